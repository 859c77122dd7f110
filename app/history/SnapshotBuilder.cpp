// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/SnapshotBuilder.h"

#include "campaign/DeviceFilter.h"
#include "campaign/DeviceStore.h"
#include "campaign/ReasonGroups.h"

#include <algorithm>

namespace fota {

SnapshotBuilder::SnapshotBuilder(const QStringList &statuses, const QStringList &reasons,
                                 qint64 timeMs)
    : m_statuses(statuses)
    , m_reasons(reasons)
    , m_timeMs(timeMs)
    , m_perStatus(size_t(statuses.size()), 0)
    , m_failedPerReason(size_t(reasons.size()), 0)
{
    m_bucketOf.reserve(size_t(statuses.size()));
    for (const QString &status : statuses)
        m_bucketOf.push_back(StatusBuckets::fromStatus(status));
}

void SnapshotBuilder::add(const DeviceRow &row)
{
    ++m_loaded;
    ++m_perStatus[row.status];
    const StatusBucket bucket = m_bucketOf[row.status];
    if (bucket == StatusBucket::Failed)
        ++m_failedPerReason[row.reason];
    if (bucket != StatusBucket::Pending || row.nextAttemptTime == kNoTime)
        return;
    // The table's own rule, so the alert and the "Overdue only" filter agree.
    if (DeviceFilterMatcher::isOverdue(bucket, row, m_timeMs))
        ++m_overdue;
    m_latestPendingNext = std::max(m_latestPendingNext, row.nextAttemptTime);
}

Snapshot SnapshotBuilder::finish(std::optional<qint64> totalDevice) const
{
    Snapshot s;
    s.timeMs = m_timeMs;
    s.loaded = m_loaded;
    s.totalDevice = totalDevice;
    for (size_t i = 0; i < m_perStatus.size(); ++i) {
        s.buckets[int(m_bucketOf[i])] += m_perStatus[i];
        if (m_perStatus[i] > 0)
            s.statusCounts.insert(m_statuses.at(qsizetype(i)), m_perStatus[i]);
    }
    // A short load can have nothing pending among the devices it has while others were never
    // seen: only a whole load can say the campaign is finished.
    s.complete = Snapshot::isComplete(s.buckets) && s.countsAgree();
    for (size_t i = 0; i < m_failedPerReason.size(); ++i) {
        if (m_failedPerReason[i] > 0)
            s.reasonGroupCounts[ReasonGroups::normalize(m_reasons.at(qsizetype(i)))] +=
                m_failedPerReason[i];
    }
    s.overdue = m_overdue;
    s.latestPendingNextAttemptMs = m_latestPendingNext;
    s.lastChangeMs = m_timeMs;
    return s;
}

Snapshot SnapshotBuilder::summarize(const DeviceStore &store, qint64 timeMs)
{
    SnapshotBuilder builder(store.statuses().strings(), store.reasons().strings(), timeMs);
    for (const DeviceRow &row : store.rows())
        builder.add(row);
    return builder.finish(store.totalDevice());
}

} // namespace fota
