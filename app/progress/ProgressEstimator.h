// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/Snapshot.h"
#include "progress/Eta.h"

#include <QList>

#include <optional>

namespace fota {

// Throughput and ETA from a campaign's snapshot series: pure functions of the series and an
// injected "now", so they are tested on synthetic histories. The method is in docs/history.md:
// a least-squares slope of the remaining count (pending + in progress) over a recent window
// gives the throughput; the slopes of the window's older and newer halves give the range;
// a flat or rising newer half means "not converging"; the latest next attempt among pending
// devices is a floor under every estimate.
class ProgressEstimator
{
public:
    struct Options
    {
        qint64 windowMs = 6 * 3'600'000; // the recent window the rates are measured over
        qint64 minSpanMs = 15 * 60'000;  // shorter than this, two snapshots say nothing
    };

    // Devices resolved per hour over the window ending at nowMs (points oldest first); nullopt
    // without two snapshots spanning minSpanMs. Never negative: devices added to a campaign
    // are not "unresolved" progress.
    static std::optional<double> throughputPerHour(const QList<SnapshotPoint> &points, qint64 nowMs,
                                                   const Options &options);
    static std::optional<double> throughputPerHour(const QList<SnapshotPoint> &points, qint64 nowMs)
    {
        return throughputPerHour(points, nowMs, Options());
    }
    static Eta estimate(const QList<SnapshotPoint> &points, qint64 nowMs, const Options &options);
    static Eta estimate(const QList<SnapshotPoint> &points, qint64 nowMs)
    {
        return estimate(points, nowMs, Options());
    }

private:
    // -d(remaining)/dt in devices per hour by least squares; nullopt for under two points or a
    // zero time span.
    static std::optional<double> rate(const QList<SnapshotPoint> &points, qsizetype from,
                                      qsizetype to);
};

} // namespace fota
