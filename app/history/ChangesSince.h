// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/Snapshot.h"
#include "history/StatusTransition.h"

#include <optional>

namespace fota {

// What changed in a campaign since a moment ("since this morning"): the snapshot compared
// with, the latest one, and the devices whose status differs between the two.
struct ChangesSince
{
    qint64 askedMs = 0;
    // The last snapshot at or before askedMs; if there is none (the history starts later), the
    // first one after it, so "since this morning" on a campaign first loaded at 9:00 compares
    // with 9:00. Empty when the campaign has no snapshot.
    std::optional<Snapshot> from;
    std::optional<Snapshot> to; // the latest snapshot
    TransitionSet changes;      // from → to; empty when they are the same snapshot
};

} // namespace fota
