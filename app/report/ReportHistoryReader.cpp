// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportHistoryReader.h"

#include "campaign/DeviceId.h"
#include "campaign/DeviceStore.h"
#include "history/DeviceStatusIndex.h"
#include "history/HistoryStore.h"

#include <QHash>

#include <algorithm>

namespace fota {

namespace {

QString idOf(const DeviceStatusIndex::Change &change)
{
    static const StringPool kNoTextIds; // numeric keys need no pool
    return change.textId.isEmpty() ? DeviceId::text(change.key, kNoTextIds) : change.textId;
}

QString statusOf(const DeviceStatusIndex &index, quint32 status)
{
    return status == DeviceStatusIndex::kAbsent ? QString() : index.statuses().value(status);
}

} // namespace

std::optional<ReportHistory>
ReportHistoryReader::read(HistoryStore &history, const CampaignKey &key, const DeviceStore &current,
                          const ReportSince &since, qint64 loadStartedMs, HistoryError *error)
{
    ReportHistory result;
    const qint64 before = loadStartedMs - 1;
    result.points = history.points(key, 0, before);
    if (history.lastError().isError()) {
        *error = history.lastError();
        return std::nullopt;
    }
    if (since.kind == ReportSince::Kind::None)
        return result;
    const qint64 at =
        since.kind == ReportSince::Kind::Previous ? before : std::min(since.timeMs, before);
    result.since = history.snapshotAtOrBefore(key, at);
    if (!result.since) {
        result.sinceProblem =
            since.kind == ReportSince::Kind::Previous
                ? tr("The history has no snapshot of this campaign from before this load.")
                : tr("The history has no snapshot of this campaign from that time or earlier.");
        return result;
    }
    QString problem;
    auto changed = changedSince(history, key, result.since->id, current, &problem);
    if (!changed) {
        result.since.reset();
        result.sinceProblem = problem;
        return result;
    }
    result.changed = std::move(*changed);
    return result;
}

std::optional<std::vector<DeviceTransition>>
ReportHistoryReader::changedSince(HistoryStore &history, const CampaignKey &key, qint64 sinceId,
                                  const DeviceStore &current, QString *problem)
{
    const std::optional<StoredTable> table = history.latestTable(key);
    if (!table) {
        *problem = tr("The history keeps no table of this campaign to compare with.");
        return std::nullopt;
    }
    // Status at the chosen snapshot of every device that changed between it and the table.
    QHash<QString, DeviceTransition> sinceToTable;
    if (sinceId != table->snapshotId) {
        const std::optional<TransitionSet> set =
            history.transitions(key, sinceId, table->snapshotId);
        if (!set) {
            *problem = tr("The history's changes since that snapshot could not be read.");
            return std::nullopt;
        }
        for (const DeviceTransition &t : set->devices)
            sinceToTable.insert(t.deviceId, t);
    }
    const DeviceStatusIndex then = DeviceStatusIndex::fromStore(table->store);
    const DeviceStatusIndex now = DeviceStatusIndex::fromStore(current);
    std::vector<DeviceTransition> changed;
    for (const DeviceStatusIndex::Change &c : DeviceStatusIndex::diff(then, now)) {
        DeviceTransition t{idOf(c), statusOf(then, c.from), statusOf(now, c.to)};
        if (const auto it = sinceToTable.constFind(t.deviceId); it != sinceToTable.constEnd()) {
            t.from = it->from;
            sinceToTable.erase(it);
        }
        if (t.from != t.to)
            changed.push_back(std::move(t));
    }
    // Changed before the table, the same in the table and now.
    for (const DeviceTransition &t : std::as_const(sinceToTable))
        changed.push_back(t);
    std::sort(changed.begin(), changed.end(),
              [](const DeviceTransition &a, const DeviceTransition &b) {
                  return DeviceId::compare(a.deviceId, b.deviceId) < 0;
              });
    return changed;
}

} // namespace fota
