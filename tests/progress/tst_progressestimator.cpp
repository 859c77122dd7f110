// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Throughput and ETA on synthetic histories: steady, slowing, stalled, done, bounded by the
// next-attempt floor, and too little data; "now" is injected, so nothing depends on the clock.
#include "progress/ProgressEstimator.h"

#include <QtTest>

using namespace fota;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kT0 = 1'795'140'000'000; // 2026-11-20T02:00:00Z

SnapshotPoint point(qint64 timeMs, qint64 pending, qint64 inProgress = 0, qint64 floor = kNoTime)
{
    SnapshotPoint p;
    p.timeMs = timeMs;
    p.buckets[int(StatusBucket::Pending)] = pending;
    p.buckets[int(StatusBucket::InProgress)] = inProgress;
    p.buckets[int(StatusBucket::Succeeded)] = 20'000 - pending - inProgress;
    p.loaded = 20'000;
    p.latestPendingNextAttemptMs = floor;
    return p;
}

// Hourly snapshots for `hours` hours, losing perHour(h) devices in hour h.
template <typename Rate> QList<SnapshotPoint> history(qint64 start, int hours, Rate perHour)
{
    QList<SnapshotPoint> points;
    qint64 remaining = start;
    for (int h = 0; h <= hours; ++h) {
        points.append(point(kT0 + h * kHour, remaining));
        remaining -= perHour(h);
    }
    return points;
}

} // namespace

class TestProgressEstimator : public QObject
{
    Q_OBJECT

private slots:
    void steady()
    {
        const auto points = history(10'000, 6, [](int) { return 500; });
        const qint64 now = points.last().timeMs + 60'000;
        QCOMPARE(*ProgressEstimator::throughputPerHour(points, now), 500.0);
        const Eta eta = ProgressEstimator::estimate(points, now);
        QCOMPARE(eta.state, Eta::State::Estimated);
        QCOMPARE(eta.basis, Eta::Basis::Throughput);
        QCOMPARE(eta.remaining, 7000);
        QCOMPARE(eta.etaMs, points.last().timeMs + 14 * kHour); // 7,000 at 500 an hour
        QCOMPARE(eta.earliestMs, eta.etaMs);                    // every part of the window agrees
        QCOMPARE(eta.latestMs, eta.etaMs);
        QCOMPARE(*eta.throughputPerHour, 500.0);
    }

    void inProgressCountsAsRemaining()
    {
        QList<SnapshotPoint> points;
        for (int h = 0; h <= 4; ++h)
            points.append(point(kT0 + h * kHour, 1000 - 100 * h, 200));
        const Eta eta = ProgressEstimator::estimate(points, points.last().timeMs);
        QCOMPARE(eta.remaining, 800);
        QCOMPARE(eta.etaMs, points.last().timeMs + 8 * kHour);
    }

    void slowing()
    {
        // 800 an hour for three hours, then 200 an hour: the range spans both paces and the
        // estimate sits between them.
        const auto points = history(10'000, 6, [](int h) { return h < 3 ? 800 : 200; });
        const qint64 now = points.last().timeMs;
        const Eta eta = ProgressEstimator::estimate(points, now);
        QCOMPARE(eta.state, Eta::State::Estimated);
        const qint64 remaining = 10'000 - 3 * 800 - 3 * 200;
        QCOMPARE(eta.remaining, remaining);
        QCOMPARE(eta.latestMs, now + remaining * kHour / 200);
        QCOMPARE(eta.earliestMs, now + remaining * kHour / 800);
        QVERIFY(eta.earliestMs < eta.etaMs && eta.etaMs < eta.latestMs);
        const double rate = *eta.throughputPerHour;
        QVERIFY(rate > 200 && rate < 800);
    }

    void stalled()
    {
        const auto flat = history(4000, 6, [](int) { return 0; });
        const Eta none = ProgressEstimator::estimate(flat, flat.last().timeMs);
        QCOMPARE(none.state, Eta::State::NotConverging);
        QCOMPARE(*none.throughputPerHour, 0.0);
        // Moving at first, stuck for the newer half of the window: not converging either.
        const auto stuck = history(4000, 6, [](int h) { return h < 3 ? 300 : 0; });
        QCOMPARE(ProgressEstimator::estimate(stuck, stuck.last().timeMs).state,
                 Eta::State::NotConverging);
        // Devices added faster than others resolve: the remaining count rises.
        const auto rising = history(4000, 6, [](int) { return -50; });
        QCOMPARE(ProgressEstimator::estimate(rising, rising.last().timeMs).state,
                 Eta::State::NotConverging);
        QCOMPARE(*ProgressEstimator::throughputPerHour(rising, rising.last().timeMs), 0.0);
    }

    void done()
    {
        auto points = history(1500, 3, [](int) { return 500; });
        points.append(point(kT0 + 4 * kHour, 0));
        QCOMPARE(points[3].remaining(), 0);
        const Eta eta = ProgressEstimator::estimate(points, points.last().timeMs + kHour);
        QCOMPARE(eta.state, Eta::State::Done);
        QCOMPARE(eta.etaMs, points[3].timeMs); // when it was first seen done
        QCOMPARE(eta.remaining, 0);
    }

    void aShortLoadIsNotDone()
    {
        // The report counted 20,000 devices and listed 19,000, none pending: the 1,000 it did
        // not list cannot be shown done, so they still count as remaining.
        auto points = history(1500, 3, [](int) { return 500; });
        SnapshotPoint shortLoad = point(kT0 + 4 * kHour, 0);
        shortLoad.buckets[int(StatusBucket::Succeeded)] = 19'000;
        shortLoad.loaded = 19'000;
        shortLoad.totalDevice = 20'000;
        points.append(shortLoad);
        QCOMPARE(points.last().remaining(), 1000);
        const Eta eta = ProgressEstimator::estimate(points, points.last().timeMs + kHour);
        QVERIFY(eta.state != Eta::State::Done);
        QCOMPARE(eta.remaining, 1000);
        // The next whole load with nothing pending is done.
        points.append(point(kT0 + 5 * kHour, 0));
        points.last().totalDevice = 20'000;
        QCOMPARE(ProgressEstimator::estimate(points, points.last().timeMs).state, Eta::State::Done);
    }

    void nextAttemptFloorBoundsTheEstimate()
    {
        auto points = history(10'000, 6, [](int) { return 500; });
        const qint64 floor = points.last().timeMs + 30 * kHour; // after the 14 h estimate
        points.last().latestPendingNextAttemptMs = floor;
        const Eta late = ProgressEstimator::estimate(points, points.last().timeMs);
        QCOMPARE(late.basis, Eta::Basis::NextAttemptFloor);
        QCOMPARE(late.etaMs, floor);
        QCOMPARE(late.earliestMs, floor);
        QCOMPARE(late.latestMs, floor);
        // A floor before the estimate changes nothing.
        points.last().latestPendingNextAttemptMs = points.last().timeMs + kHour;
        const Eta early = ProgressEstimator::estimate(points, points.last().timeMs);
        QCOMPARE(early.basis, Eta::Basis::Throughput);
        QCOMPARE(early.etaMs, points.last().timeMs + 14 * kHour);
    }

    void onlyTheRecentWindowCounts()
    {
        // Fast a day ago, steady at 100 an hour for the last six hours.
        QList<SnapshotPoint> points = history(50'000, 6, [](int) { return 5000; });
        const qint64 gapEnd = points.last().timeMs + 18 * kHour;
        const qint64 remaining = points.last().remaining();
        for (int h = 0; h <= 6; ++h)
            points.append(point(gapEnd + h * kHour, remaining - 100 * h));
        const qint64 now = points.last().timeMs;
        QCOMPARE(*ProgressEstimator::throughputPerHour(points, now), 100.0);
        ProgressEstimator::Options wide;
        wide.windowMs = 48 * kHour;
        QVERIFY(*ProgressEstimator::throughputPerHour(points, now, wide) > 100.0);
        // Snapshots after "now" (another process recorded ahead of the clock) are ignored.
        points.append(point(now + 3 * kHour, 0));
        QCOMPARE(ProgressEstimator::estimate(points, now).state, Eta::State::Estimated);
    }

    void notEnoughData()
    {
        QCOMPARE(ProgressEstimator::estimate({}, kT0).state, Eta::State::NotEnoughData);
        const QList<SnapshotPoint> one{point(kT0, 100)};
        QCOMPARE(ProgressEstimator::estimate(one, kT0).state, Eta::State::NotEnoughData);
        QVERIFY(!ProgressEstimator::throughputPerHour(one, kT0));
        // Two snapshots a minute apart are too close to measure a rate.
        const QList<SnapshotPoint> close{point(kT0, 100), point(kT0 + 60'000, 90)};
        QCOMPARE(ProgressEstimator::estimate(close, kT0 + 60'000).state, Eta::State::NotEnoughData);
        // But a single snapshot can already say the campaign is done.
        QCOMPARE(ProgressEstimator::estimate({point(kT0, 0)}, kT0).state, Eta::State::Done);
    }
};

QTEST_GUILESS_MAIN(TestProgressEstimator)
#include "tst_progressestimator.moc"
