// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/LoadDiagnostics.h"
#include "campaign/LoadProgress.h"
#include "campaign/RoundTripStats.h"
#include "thingspace/ApiError.h"

namespace fota {

// How a campaign walk ended. `complete` says only that the walk reached a last page; whether
// the rows are the whole campaign is isIncomplete()'s question, which also compares the
// devices loaded with the report's last totalDevice. The CLI exits 4 and the window marks the
// campaign incomplete on the same answer.
struct LoadOutcome
{
    bool complete = false; // the walk reached a page that ends it
    ApiError error;        // why not, when not
    LoadProgress progress;
    LoadDiagnostics diagnostics;
    RoundTripStats roundTrips; // every page answered in this walk, resumed parts included
    int lanes = 1;             // ID ranges the walk was split into (1: sequential)
    int peakConnections = 1;   // the most requests it had out at once
    QString walkNote;          // e.g. the fallback to one connection; empty when none

    qint64 devicesLoaded() const { return progress.devicesLoaded; }
    std::optional<qint64> totalDevice() const { return progress.totalDevice; }
    // True unless the report announced a totalDevice that the distinct devices loaded miss.
    bool countsAgree() const
    {
        return !progress.totalDevice || *progress.totalDevice == progress.devicesLoaded;
    }
    // The rows are not the whole campaign: the walk did not finish, or the counts disagree.
    bool isIncomplete() const { return !complete || !countsAgree(); }
};

} // namespace fota
