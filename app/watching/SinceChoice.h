// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace fota {

// The moments "what changed since …" offers: the previous refresh, this morning (the start
// of today), yesterday (the start of yesterday) or a chosen time. Days begin at midnight of
// the zone the table shows (UTC or local), so "this morning" means the operator's morning.
class SinceChoice
{
public:
    enum Kind
    {
        PreviousRefresh,
        ThisMorning,
        Yesterday,
        Chosen,
    };

    // Midnight at the start of the day daysBack days before the one nowMs falls on.
    static qint64 startOfDay(qint64 nowMs, int daysBack, bool utc);
    // The moment to compare with. PreviousRefresh takes the time of the snapshot before the
    // latest (previousSnapshotMs; 0 if there is none); Chosen takes chosenMs.
    static qint64 timeFor(Kind kind, qint64 nowMs, bool utc, qint64 previousSnapshotMs,
                          qint64 chosenMs);
};

} // namespace fota
