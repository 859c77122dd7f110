// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/TimeDisplay.h"
#include "history/Snapshot.h"

#include <QImage>
#include <QList>
#include <QSize>

#include <functional>

namespace fota {

// Draws the progress chart of a campaign's snapshots (oldest first) as an image of `size`
// logical pixels at `dpr` device pixels per pixel. The report does not draw its own chart: the
// application's chart renderer is plugged in here, and without one the report shows the recent
// snapshots as a table instead.
using ReportChart =
    std::function<QImage(const QList<SnapshotPoint> &points, QSize size, qreal dpr)>;

// The chart renderer whose time axis is in `display`'s zone: a command decides the zone (UTC
// or local) only once it has read its options, so it is given this and asks for its chart.
using ReportChartForZone = std::function<ReportChart(const TimeDisplay &display)>;

} // namespace fota
