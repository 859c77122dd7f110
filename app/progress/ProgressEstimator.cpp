// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "progress/ProgressEstimator.h"

#include <algorithm>
#include <cmath>

namespace fota {

namespace {

constexpr double kHourMs = 3'600'000.0;

struct Window
{
    qsizetype first = 0; // indexes into the points, [first, end)
    qsizetype end = 0;
};

// The points inside [now - window, now].
Window windowOf(const QList<SnapshotPoint> &points, qint64 nowMs, qint64 windowMs)
{
    Window w;
    w.end = points.size();
    while (w.end > 0 && points[w.end - 1].timeMs > nowMs)
        --w.end;
    w.first = w.end;
    while (w.first > 0 && points[w.first - 1].timeMs >= nowMs - windowMs)
        --w.first;
    return w;
}

qint64 after(qint64 fromMs, qint64 remaining, double perHour)
{
    // Rounded, not ceiled: a rate of 359.9999999 from float sums must not add a millisecond.
    return fromMs + qint64(std::llround(double(remaining) / perHour * kHourMs));
}

} // namespace

std::optional<double> ProgressEstimator::rate(const QList<SnapshotPoint> &points, qsizetype from,
                                              qsizetype to)
{
    const qsizetype n = to - from;
    if (n < 2)
        return std::nullopt;
    // Times relative to the first point keep the sums well inside double precision.
    const qint64 t0 = points[from].timeMs;
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (qsizetype i = from; i < to; ++i) {
        const double t = double(points[i].timeMs - t0) / kHourMs;
        const double y = double(points[i].remaining());
        st += t;
        sy += y;
        stt += t * t;
        sty += t * y;
    }
    const double denominator = double(n) * stt - st * st;
    if (denominator <= 0)
        return std::nullopt;
    return -(double(n) * sty - st * sy) / denominator;
}

std::optional<double> ProgressEstimator::throughputPerHour(const QList<SnapshotPoint> &points,
                                                           qint64 nowMs, const Options &options)
{
    const Window w = windowOf(points, nowMs, options.windowMs);
    if (w.end - w.first < 2 ||
        points[w.end - 1].timeMs - points[w.first].timeMs < options.minSpanMs)
        return std::nullopt;
    const std::optional<double> r = rate(points, w.first, w.end);
    if (!r)
        return std::nullopt;
    return std::max(*r, 0.0);
}

Eta ProgressEstimator::estimate(const QList<SnapshotPoint> &points, qint64 nowMs,
                                const Options &options)
{
    Eta eta;
    const Window w = windowOf(points, nowMs, options.windowMs);
    if (w.end == 0)
        return eta;
    const SnapshotPoint &latest = points[w.end - 1];
    eta.remaining = latest.remaining();
    eta.throughputPerHour = throughputPerHour(points, nowMs, options);
    if (eta.remaining == 0) {
        // Done since the first snapshot of the trailing run with nothing left.
        qsizetype i = w.end - 1;
        while (i > 0 && points[i - 1].remaining() == 0)
            --i;
        eta.state = Eta::State::Done;
        eta.etaMs = points[i].timeMs;
        return eta;
    }
    if (!eta.throughputPerHour)
        return eta;

    const std::optional<double> whole = rate(points, w.first, w.end);
    // The halves of the window by time; a half with fewer than two points takes the whole rate.
    const qint64 middle = points[w.first].timeMs + (latest.timeMs - points[w.first].timeMs) / 2;
    qsizetype split = w.first;
    while (split < w.end && points[split].timeMs <= middle)
        ++split;
    const double older = rate(points, w.first, split).value_or(*whole);
    const double newer = rate(points, std::max(split - 1, w.first), w.end).value_or(*whole);
    if (*whole <= 0 || newer <= 0) {
        eta.state = Eta::State::NotConverging;
        return eta;
    }
    const double fastest = std::max({*whole, older, newer});
    double slowest = std::min(*whole, newer);
    if (older > 0)
        slowest = std::min(slowest, older);

    eta.state = Eta::State::Estimated;
    eta.etaMs = after(latest.timeMs, eta.remaining, *whole);
    eta.earliestMs = after(latest.timeMs, eta.remaining, fastest);
    eta.latestMs = after(latest.timeMs, eta.remaining, slowest);
    const qint64 floor = latest.latestPendingNextAttemptMs;
    if (floor != kNoTime && floor > eta.etaMs) {
        eta.basis = Eta::Basis::NextAttemptFloor;
        eta.etaMs = floor;
    }
    if (floor != kNoTime) {
        eta.earliestMs = std::max(eta.earliestMs, floor);
        eta.latestMs = std::max(eta.latestMs, floor);
    }
    return eta;
}

} // namespace fota
