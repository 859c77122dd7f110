// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/Snapshot.h"
#include "history/StatusTransition.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace fota {

// What a report takes from the campaign's history (ReportHistoryReader): plain values, so the
// report itself is computed by a pure function and tested without a database.
struct ReportHistory
{
    // The snapshots recorded before the data in hand was loaded, oldest first.
    QList<SnapshotPoint> points;
    // The snapshot the data in hand is compared with, if one was asked for and found.
    std::optional<Snapshot> since;
    // Why there is none although one was asked for (no snapshot that early, ...).
    QString sinceProblem;
    // The devices whose raw status at `since` differs from the data in hand (empty `from`: not
    // in the campaign then; empty `to`: not in it now), in ascending device ID order.
    std::vector<DeviceTransition> changed;
};

} // namespace fota
