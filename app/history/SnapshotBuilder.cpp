// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/SnapshotBuilder.h"

#include "campaign/DeviceFilter.h"
#include "campaign/DeviceStore.h"
#include "campaign/ReasonGroups.h"

#include <algorithm>

namespace fota {

Snapshot SnapshotBuilder::summarize(const DeviceStore &store, qint64 timeMs)
{
    Snapshot s;
    s.timeMs = timeMs;
    s.buckets = store.bucketCounts();
    s.loaded = store.size();
    s.totalDevice = store.totalDevice();
    // A short load can have nothing pending among the devices it has while others were never
    // seen: only a whole load can say the campaign is finished.
    s.complete = Snapshot::isComplete(s.buckets) && s.countsAgree();
    const std::vector<qint64> &perStatus = store.statusCounts();
    for (size_t i = 0; i < perStatus.size(); ++i) {
        if (perStatus[i] > 0)
            s.statusCounts.insert(store.statuses().at(quint32(i)), perStatus[i]);
    }
    ReasonGroups groups;
    const auto failed = BucketMask(1u << int(StatusBucket::Failed));
    for (const ReasonGroups::Group &g : groups.count(store, failed))
        s.reasonGroupCounts.insert(g.key, g.count);

    for (const DeviceRow &row : store.rows()) {
        if (store.bucket(row) != StatusBucket::Pending || row.nextAttemptTime == kNoTime)
            continue;
        // The table's own rule, so the alert and the "Overdue only" filter agree.
        if (DeviceFilterMatcher::isOverdue(store, row, timeMs))
            ++s.overdue;
        s.latestPendingNextAttemptMs = std::max(s.latestPendingNextAttemptMs, row.nextAttemptTime);
    }
    s.lastChangeMs = timeMs;
    return s;
}

} // namespace fota
