// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

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

} // namespace fota
