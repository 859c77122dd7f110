// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportBuilder.h"

#include "campaign/DeviceFilter.h"
#include "campaign/DeviceOrder.h"
#include "campaign/DeviceStore.h"
#include "campaign/ReasonGroups.h"
#include "common/SafeText.h"
#include "progress/ProgressEstimator.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr BucketMask kFailedOnly = BucketMask(1u << int(StatusBucket::Failed));

ReportModel::Device deviceOf(const DeviceStore &store, quint32 row)
{
    return {store.deviceId(row), store.status(row), store.reason(row),
            store.row(row).nextAttemptTime};
}

} // namespace

qint64 ReportModel::total() const
{
    return std::accumulate(buckets.begin(), buckets.end(), qint64(0));
}

ReportModel ReportBuilder::build(const ReportInput &input)
{
    ReportModel model;
    model.limits = input.limits;
    model.generatedAtMs = input.generatedAtMs;
    model.asOfMs = input.asOfMs;
    model.utc = input.utc;
    model.environment = input.environment;
    model.accountName = input.accountName;
    model.campaignId = input.campaignId;
    model.hasInfo = input.info.has_value();
    if (input.info)
        model.info = *input.info;
    model.infoProblem = SafeText::oneLine(input.infoProblem);
    model.complete = input.complete;
    if (!input.store)
        return model;
    const DeviceStore &store = *input.store;
    model.loaded = store.size();
    model.totalDevice = store.totalDevice();
    model.buckets = store.bucketCounts();

    addStatuses(store, &model);
    addReasons(store, DeviceOrder::byDeviceId(store), &model);
    addOverdue(store, &model);
    addHistory(input, &model);
    return model;
}

void ReportBuilder::addStatuses(const DeviceStore &store, ReportModel *model)
{
    const StringPool &pool = store.statuses();
    const std::vector<qint64> &counts = store.statusCounts();
    for (size_t i = 0; i < counts.size(); ++i) {
        // A status no device has any more (or the pool's empty placeholder) is noise, as in the
        // window's sidebar.
        if (counts[i] == 0)
            continue;
        const QString &status = pool.at(quint32(i));
        model->statuses.append({status, StatusBuckets::fromStatus(status), counts[i]});
    }
    std::sort(model->statuses.begin(), model->statuses.end(),
              [](const ReportModel::StatusLine &a, const ReportModel::StatusLine &b) {
                  return a.bucket != b.bucket ? a.bucket < b.bucket : a.status < b.status;
              });
}

void ReportBuilder::addReasons(const DeviceStore &store, const std::vector<quint32> &byId,
                               ReportModel *model)
{
    ReasonGroups counter;
    const QList<ReasonGroups::Group> groups = counter.count(store, kFailedOnly);
    model->failed = store.bucketCounts()[size_t(StatusBucket::Failed)];
    model->reasonGroups = groups.size();
    QHash<QString, qsizetype> listed;
    for (const ReasonGroups::Group &g : groups) {
        if (model->reasons.size() >= model->limits.reasons) {
            model->devicesInOtherReasons += g.count;
            continue;
        }
        listed.insert(g.key, model->reasons.size());
        model->reasons.append({g.key, ReasonGroups::label(g.key), g.count, g.example, {}});
    }
    // Examples in ascending device ID order, so the same data always names the same devices.
    std::vector<qint32> groupOfReason(size_t(store.reasons().size()), -2); // -2: not looked up
    qsizetype needed = model->reasons.size() * model->limits.examplesPerReason;
    for (const quint32 r : byId) {
        if (needed <= 0)
            break;
        const DeviceRow &row = store.row(r);
        if (store.bucket(row) != StatusBucket::Failed)
            continue;
        qint32 &group = groupOfReason[row.reason];
        if (group == -2)
            group = qint32(listed.value(counter.keyOf(row.reason), -1));
        if (group < 0)
            continue;
        QStringList &examples = model->reasons[group].exampleDevices;
        if (examples.size() < model->limits.examplesPerReason) {
            examples.append(store.deviceId(r));
            --needed;
        }
    }
}

void ReportBuilder::addOverdue(const DeviceStore &store, ReportModel *model)
{
    std::vector<quint32> overdue;
    for (quint32 r = 0; r < store.size(); ++r) {
        if (DeviceFilterMatcher::isOverdue(store, store.row(r), model->asOfMs))
            overdue.push_back(r);
    }
    model->overdue = qint64(overdue.size());
    // Longest overdue first; ties by device ID, so the list does not depend on load order.
    const DeviceOrder order(store, DeviceColumn::DeviceId, Qt::AscendingOrder);
    const auto first = [&](quint32 a, quint32 b) {
        const qint64 ta = store.row(a).nextAttemptTime;
        const qint64 tb = store.row(b).nextAttemptTime;
        return ta != tb ? ta < tb : order.before(a, b);
    };
    const size_t n = std::min(overdue.size(), size_t(std::max(0, model->limits.overdueDevices)));
    std::partial_sort(overdue.begin(), overdue.begin() + qsizetype(n), overdue.end(), first);
    for (size_t i = 0; i < n; ++i)
        model->overdueList.append(deviceOf(store, overdue[i]));
}

void ReportBuilder::addHistory(const ReportInput &input, ReportModel *model)
{
    model->historyProblem = SafeText::oneLine(input.historyProblem);
    if (!input.history)
        return;
    const ReportHistory &history = *input.history;
    model->hasHistory = true;
    model->points = history.points;
    // The data in hand is the latest point, unless it is not the whole campaign: a partial
    // table would read as devices vanishing.
    if (model->complete) {
        SnapshotPoint now;
        now.timeMs = model->asOfMs;
        now.buckets = model->buckets;
        now.loaded = model->loaded;
        now.totalDevice = model->totalDevice;
        const DeviceStore &store = *input.store;
        for (const DeviceRow &row : store.rows()) {
            if (store.bucket(row) == StatusBucket::Pending && row.nextAttemptTime != kNoTime)
                now.latestPendingNextAttemptMs =
                    std::max(now.latestPendingNextAttemptMs, row.nextAttemptTime);
        }
        model->points.append(now);
    }
    model->eta = ProgressEstimator::estimate(model->points, model->asOfMs);
    if (input.chart && model->points.size() >= 2) {
        model->progressChart = [chart = input.chart, points = model->points](QSize size,
                                                                             qreal dpr) {
            return chart(points, size, dpr);
        };
    }
    addChanges(history, model);
}

void ReportBuilder::addChanges(const ReportHistory &history, ReportModel *model)
{
    model->changesProblem = SafeText::oneLine(history.sinceProblem);
    if (!history.since)
        return;
    ReportModel::Changes changes;
    changes.since = *history.since;
    changes.changed = qint64(history.changed.size());
    QHash<QString, qsizetype> index; // TransitionSet::key(from, to) -> changes.transitions
    for (const DeviceTransition &d : history.changed) {
        const QString key = TransitionSet::key(d.from, d.to);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, changes.transitions.size());
            changes.transitions.append({d.from, d.to, 0});
        }
        ++changes.transitions[it.value()].devices;
        if (changes.devices.size() < model->limits.changedDevices)
            changes.devices.append({d.deviceId, d.from, d.to});
    }
    std::sort(changes.transitions.begin(), changes.transitions.end(),
              [](const ReportModel::Transition &a, const ReportModel::Transition &b) {
                  if (a.devices != b.devices)
                      return a.devices > b.devices;
                  return a.from != b.from ? a.from < b.from : a.to < b.to;
              });
    model->changes = std::move(changes);
}

} // namespace fota
