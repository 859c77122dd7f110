// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

#include <vector>

namespace fota {

// Where a chart puts its axis ticks and what they say: device counts at 1, 2 or 5 times a
// power of ten, times at whole minutes, hours or days of the zone the chart is drawn in (UTC
// or local, as the table shows them). Pure functions, so the axes are tested without drawing.
class ChartAxes
{
public:
    struct Tick
    {
        qint64 value = 0; // a count, or ms since the epoch
        QString label;
    };

    // The smallest step of 1, 2 or 5 times a power of ten that puts at most maxTicks steps
    // between 0 and max (at least 1).
    static qint64 countStep(qint64 max, int maxTicks);
    // 0, step, 2 step, ... up to the first tick at or above max.
    static std::vector<Tick> countTicks(qint64 max, int maxTicks);
    // Ticks within [fromMs, toMs] at the smallest step from one minute to a year that gives
    // at most maxTicks, aligned to the zone's clock: "14:00", or "Nov 22" at midnight and for
    // steps of days.
    static std::vector<Tick> timeTicks(qint64 fromMs, qint64 toMs, int maxTicks, bool utc);
    // 1,204: grouped in the user's locale (English grouping under the bare C locale).
    static QString countText(qint64 value);
    static QLocale locale();
};

} // namespace fota
