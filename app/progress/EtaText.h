// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/TimeDisplay.h"
#include "progress/Eta.h"

#include <QString>

namespace fota {

// The ETA told in words, with its basis, for the window and a report: "≈ 360 devices resolved
// per hour", "done ≈ Thu 14:00 UTC, in 12–18 h", "bound by the throughput" or "by the latest
// next attempt of a pending device", "not converging". Times in the display's zone, naming it.
class EtaText
{
public:
    // "≈ 360 devices resolved per hour (last 6 h)"; empty without a throughput.
    static QString throughput(const Eta &eta);
    // "done ≈ Thu 14:00 UTC, in 12–18 h", "not converging: the pending count is not
    // falling", "done since Thu 14:00 UTC", or what is missing for an estimate.
    static QString estimate(const Eta &eta, qint64 nowMs, const TimeDisplay &time);
    // What sets the estimate, for an Estimated ETA; empty otherwise.
    static QString basis(const Eta &eta, const TimeDisplay &time);
    // "Thu 14:00 UTC", or "Nov 30 14:00 UTC" a week or more from nowMs.
    static QString moment(qint64 ms, qint64 nowMs, const TimeDisplay &time);
    // "14:04 UTC" on nowMs's day (in the display's zone), else as moment().
    static QString shortMoment(qint64 ms, qint64 nowMs, const TimeDisplay &time);
    // "40 min", "12 h", "3 d": a span, rounded to what matters at that size.
    static QString span(qint64 ms);
    // "12–18 h" (one unit for both ends), or "12 h" when they round the same.
    static QString range(qint64 fromMs, qint64 toMs);
};

} // namespace fota
