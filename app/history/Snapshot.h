// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"
#include "thingspace/TimeParser.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace fota {

// What a progress chart and the ETA need of one recorded load: small, so ten thousand of them
// read in one query.
struct SnapshotPoint
{
    qint64 id = 0;     // increases with every snapshot recorded in the file
    qint64 timeMs = 0; // when the load finished, ms since the epoch (UTC)
    BucketCounts buckets{};
    qint64 loaded = 0; // devices in the table
    std::optional<qint64> totalDevice;
    // The latest nextAttemptTime among pending devices (kNoTime if none has one): no estimate
    // can put the end of the campaign before it.
    qint64 latestPendingNextAttemptMs = kNoTime;

    // Whether the load was the whole campaign: its distinct devices match the report's last
    // totalDevice (or the report gave none). Only walks that reached their last page are
    // recorded, so this is LoadOutcome::countsAgree() of the load, kept in the two numbers.
    bool countsAgree() const { return !totalDevice || *totalDevice == loaded; }

    // Devices that still have to reach a final state, as far as the load can tell: those
    // pending or in progress, and those the report counted but did not list (a short load
    // cannot show them done).
    qint64 remaining() const
    {
        const qint64 unlisted = totalDevice ? std::max<qint64>(*totalDevice - loaded, 0) : 0;
        return buckets[int(StatusBucket::Pending)] + buckets[int(StatusBucket::InProgress)] +
               unlisted;
    }
};

// One recorded load or refresh of a campaign, in full.
struct Snapshot : SnapshotPoint
{
    // The load was whole (countsAgree) and nothing in it is pending or in progress: the
    // campaign has finished (successfully or not).
    bool complete = false;
    QMap<QString, qint64> statusCounts;      // raw status, verbatim -> devices
    QMap<QString, qint64> reasonGroupCounts; // failed devices per ReasonGroups::normalize key
    QStringList newReasonGroups;             // groups no earlier snapshot of the campaign had
    qint64 changed = 0;         // devices whose status differs from the previous snapshot's
    qint64 newFailures = 0;     // of those, devices now in the failed bucket that were not before
    qint64 overdue = 0;         // pending devices whose next attempt was before timeMs
    qint64 lastChangeMs = 0;    // time of the latest snapshot with a change (or the first)
    qint64 loadDurationMs = -1; // how long the load took, -1 if not known

    static bool isComplete(const BucketCounts &buckets)
    {
        return buckets[int(StatusBucket::Pending)] == 0 &&
               buckets[int(StatusBucket::InProgress)] == 0;
    }
};

} // namespace fota
