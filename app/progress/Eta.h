// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <optional>

namespace fota {

// When a campaign will be done, as ProgressEstimator judges it from its snapshots.
struct Eta
{
    enum class State
    {
        Done,          // nothing pending or in progress
        Estimated,     // etaMs with a range
        NotConverging, // the remaining count is not falling
        NotEnoughData, // fewer than two snapshots (or too short a span) in the window
    };
    // What sets etaMs: the throughput, or the latest next attempt of a pending device (no
    // campaign can finish before its last scheduled attempt).
    enum class Basis
    {
        Throughput,
        NextAttemptFloor,
    };

    State state = State::NotEnoughData;
    Basis basis = Basis::Throughput;
    qint64 etaMs = 0;      // Estimated: the estimate; Done: when it was first seen done
    qint64 earliestMs = 0; // Estimated: the range, earliest <= eta <= latest
    qint64 latestMs = 0;
    qint64 remaining = 0;                    // pending + in progress at the latest snapshot
    std::optional<double> throughputPerHour; // devices resolved per hour over the window

    // The time to show or export: the estimate, or when it was done; none otherwise.
    std::optional<qint64> timeMs() const
    {
        if (state == State::Estimated || state == State::Done)
            return etaMs;
        return std::nullopt;
    }
};

} // namespace fota
