// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceRow.h"
#include "history/Snapshot.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace fota {

class DeviceStore;

// The counts of a snapshot, taken from a whole loaded table at the moment the load finished,
// row by row: from a store, or from a packed table read without making a store of it (the
// window records from one, so no copy of its table is held beside it).
// The change counts (changed, newFailures, newReasonGroups, lastChangeMs) need the previous
// snapshot and are the store's to fill in.
class SnapshotBuilder
{
public:
    // For rows whose status and reason index these pools, counted as of timeMs.
    SnapshotBuilder(const QStringList &statuses, const QStringList &reasons, qint64 timeMs);

    void add(const DeviceRow &row);
    Snapshot finish(std::optional<qint64> totalDevice) const;

    static Snapshot summarize(const DeviceStore &store, qint64 timeMs);

private:
    QStringList m_statuses;
    QStringList m_reasons;
    qint64 m_timeMs;
    std::vector<StatusBucket> m_bucketOf;  // per status
    std::vector<qint64> m_perStatus;       // devices per status
    std::vector<qint64> m_failedPerReason; // failed devices per reason
    qint64 m_loaded = 0;
    qint64 m_overdue = 0;
    qint64 m_latestPendingNext = kNoTime;
};

} // namespace fota
