// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The progress chart drawn into images: bands where the counts say, a one-snapshot spike
// among ten thousand still visible after decimation, at most four vertices per pixel column,
// axes ticked on the zone's clock, and the hover text.
#include "drawing/BucketColors.h"
#include "drawing/ChartAxes.h"
#include "drawing/ProgressChartRenderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

constexpr qint64 kStart = 1'795'140'000'000; // 2026-11-20T02:00:00Z
constexpr qint64 kMinute = 60'000;
constexpr int kDevices = 10'000;

SnapshotPoint point(qint64 timeMs, qint64 succeeded, qint64 failed, qint64 pending)
{
    SnapshotPoint p;
    p.timeMs = timeMs;
    p.buckets[int(StatusBucket::Succeeded)] = succeeded;
    p.buckets[int(StatusBucket::Failed)] = failed;
    p.buckets[int(StatusBucket::Pending)] = pending;
    p.loaded = succeeded + failed + pending;
    return p;
}

// Whether the colour at (x, y) is the bucket's (the chart draws flat fills).
bool isBucketAt(const QImage &image, QPointF at, StatusBucket bucket)
{
    return image.pixelColor(at.toPoint()) == BucketColors::color(bucket);
}

ProgressChartRenderer::Style plainStyle()
{
    ProgressChartRenderer::Style style;
    style.font = QFont(u"DejaVu Sans"_s, 9);
    style.background = Qt::white;
    return style;
}

} // namespace

class TestProgressChart : public QObject
{
    Q_OBJECT

private slots:
    void countTicksAreRound()
    {
        QCOMPARE(ChartAxes::countStep(2689, 5), qint64(1000));
        QCOMPARE(ChartAxes::countStep(2689, 10), qint64(500));
        QCOMPARE(ChartAxes::countStep(1'000'000, 4), qint64(500'000));
        QCOMPARE(ChartAxes::countStep(0, 4), qint64(1));
        const auto ticks = ChartAxes::countTicks(2689, 5);
        QCOMPARE(ticks.size(), size_t(4));
        QCOMPARE(ticks.back().value, qint64(3000));
        QCOMPARE(ticks.back().label, u"3,000"_s);
    }

    void timeTicksFollowTheClock()
    {
        // 10:07 to 14:53 UTC, room for six labels: every hour on the hour.
        const qint64 from = kStart + 8 * 60 * kMinute + 7 * kMinute;
        const qint64 to = kStart + 12 * 60 * kMinute + 53 * kMinute;
        const auto ticks = ChartAxes::timeTicks(from, to, 6, true);
        QStringList labels;
        for (const auto &t : ticks) {
            labels << t.label;
            QCOMPARE(t.value % (60 * kMinute), qint64(0));
        }
        QCOMPARE(labels, (QStringList{u"11:00"_s, u"12:00"_s, u"13:00"_s, u"14:00"_s}));
        // Across midnight the day is named; over days, midnights only.
        const auto overNight =
            ChartAxes::timeTicks(kStart + 20 * 60 * kMinute, kStart + 26 * 60 * kMinute, 4, true);
        QVERIFY(std::any_of(overNight.begin(), overNight.end(),
                            [](const auto &t) { return t.label == u"Nov 21"_s; }));
        const auto days = ChartAxes::timeTicks(kStart, kStart + 10 * 1440 * kMinute, 6, true);
        QCOMPARE(days.front().label, u"Nov 21"_s);
        QCOMPARE(days.front().value, kStart + 22 * 60 * kMinute);
        // In the local zone the ticks fall on the local clock's whole hours.
        for (const auto &t : ChartAxes::timeTicks(from, to, 6, false))
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(t.value).time().minute(), 0);
    }

    // The legend names every bucket with its latest count, then the zone; the time axis is
    // in the display's zone. A zone half an hour off UTC (a POSIX rule, no tzdata needed)
    // puts local whole hours between UTC ones.
    void legendAndTimeAxisFollowTheZone()
    {
        const QByteArray savedTz = qgetenv("TZ");
        qputenv("TZ", "IST-5:30");
        ProgressChartRenderer r;
        r.setStyle(plainStyle());
        r.setPoints({point(kStart + 8 * 60 * kMinute + 7 * kMinute, 100, 20, 9880),
                     point(kStart + 12 * 60 * kMinute + 53 * kMinute, 6000, 1234, 2766)});
        r.setTimeDisplay(TimeDisplay(true));
        const QStringList legend = r.legendTexts();
        QCOMPARE(legend.size(), qsizetype(kBucketCount + 1));
        QCOMPARE(legend[int(StatusBucket::Succeeded)],
                 StatusBuckets::displayName(StatusBucket::Succeeded) + u" 6,000"_s);
        QCOMPARE(legend[int(StatusBucket::Failed)],
                 StatusBuckets::displayName(StatusBucket::Failed) + u" 1,234"_s);
        QCOMPARE(legend.last(), u"times in UTC"_s);
        const QRectF bounds(0, 0, 640, 240);
        const QStringList utc = r.timeLabels(bounds);
        QVERIFY2(utc.contains(u"12:00"_s), qPrintable(utc.join(u' ')));
        QVERIFY2(!utc.contains(u"18:00"_s), qPrintable(utc.join(u' ')));

        r.setTimeDisplay(TimeDisplay(false));
        QCOMPARE(r.legendTexts().last(), u"times in "_s + TimeDisplay(false).zoneName());
        QVERIFY(r.legendTexts().last() != u"times in UTC"_s);
        const QStringList local = r.timeLabels(bounds);
        // 10:07–14:53 UTC is 15:37–20:23 here.
        QVERIFY2(local.contains(u"18:00"_s), qPrintable(local.join(u' ')));
        QVERIFY2(!local.contains(u"12:00"_s), qPrintable(local.join(u' ')));
        if (savedTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", savedTz);
    }

    // The campaign pending at first, succeeded later: pending on top of the left half,
    // succeeded filling the right half.
    void bandsAreWhereTheCountsSay()
    {
        QList<SnapshotPoint> points;
        for (int i = 0; i < 100; ++i) {
            const qint64 done = i < 50 ? 0 : kDevices;
            points << point(kStart + i * kMinute, done, 0, kDevices - done);
        }
        ProgressChartRenderer renderer;
        renderer.setStyle(plainStyle());
        renderer.setPoints(points);
        const QSize size(800, 300);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paint(painter, QRectF(QPointF(), QSizeF(size)));
        painter.end();
        const QRectF plot = renderer.plotRect(QRectF(QPointF(), QSizeF(size)));
        QVERIFY(!plot.isEmpty());
        const qreal low = plot.bottom() - plot.height() * 0.2;
        const qreal high = plot.bottom() - plot.height() * 0.8;
        for (const qreal y : {low, high}) {
            QVERIFY(
                isBucketAt(image, {plot.left() + plot.width() * 0.2, y}, StatusBucket::Pending));
            QVERIFY(
                isBucketAt(image, {plot.left() + plot.width() * 0.8, y}, StatusBucket::Succeeded));
        }
    }

    // Ten thousand snapshots in a few hundred pixels: one snapshot where every device failed
    // still shows, because each pixel column keeps its extremes; and the outline stays small.
    void aSpikeSurvivesDecimation()
    {
        QList<SnapshotPoint> points;
        for (int i = 0; i < 10'000; ++i) {
            const bool spike = i == 6'789;
            points << point(kStart + i * kMinute, spike ? 0 : kDevices, spike ? kDevices : 0, 0);
        }
        ProgressChartRenderer renderer;
        renderer.setStyle(plainStyle());
        renderer.setPoints(points);
        const QSize size(600, 240);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        renderer.paint(painter, bounds);
        painter.end();
        const QRectF plot = renderer.plotRect(bounds);
        const qreal x = plot.left() + plot.width() * 6'789.0 / 9'999.0;
        bool failedSeen = false;
        for (int dx = -1; dx <= 1; ++dx)
            failedSeen |= isBucketAt(image, {x + dx, plot.center().y()}, StatusBucket::Failed);
        QVERIFY(failedSeen);
        QVERIFY(isBucketAt(image, {plot.left() + plot.width() * 0.3, plot.center().y()},
                           StatusBucket::Succeeded));
        QVERIFY(renderer.vertexCount() <= (kBucketCount + 1) * 4 * (qsizetype(plot.width()) + 1));
    }

    void hoverNamesTheSnapshot()
    {
        const QList<SnapshotPoint> points{point(kStart, 100, 20, 880),
                                          point(kStart + 60 * kMinute, 600, 100, 300),
                                          point(kStart + 120 * kMinute, 900, 100, 0)};
        ProgressChartRenderer renderer;
        renderer.setStyle(plainStyle());
        renderer.setPoints(points);
        const QRectF bounds(0, 0, 600, 240);
        const QRectF plot = renderer.plotRect(bounds);
        QCOMPARE(renderer.indexAt(bounds, plot.left()), qsizetype(0));
        QCOMPARE(renderer.indexAt(bounds, plot.center().x() + 5), qsizetype(1));
        QCOMPARE(renderer.indexAt(bounds, plot.right() + 50), qsizetype(2));
        const QString text = renderer.describe(1);
        QVERIFY2(text.startsWith(u"2026-11-20 03:00:00 UTC\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"Succeeded: 600 (60.0 %)"_s));
        QVERIFY(text.contains(u"Pending: 300 (30.0 %)"_s));
        QVERIFY(text.endsWith(u"1,000 devices"_s));
        QCOMPARE(renderer.indexAt(bounds, 0), qsizetype(0));
        ProgressChartRenderer empty;
        QCOMPARE(empty.indexAt(bounds, 10), qsizetype(-1));
        QVERIFY(empty.describe(0).isEmpty());
    }

    // One snapshot is a flat band, not nothing.
    void oneSnapshotIsDrawnAcross()
    {
        const QImage image = ProgressChartRenderer::image(
            {point(kStart, 500, 0, 500)}, QSize(400, 200), TimeDisplay(true), plainStyle());
        ProgressChartRenderer renderer;
        renderer.setStyle(plainStyle());
        renderer.setPoints({point(kStart, 500, 0, 500)});
        const QRectF plot = renderer.plotRect(QRectF(0, 0, 400, 200));
        for (const qreal f : {0.1, 0.9}) {
            const qreal x = plot.left() + plot.width() * f;
            QVERIFY(isBucketAt(image, {x, plot.bottom() - plot.height() * 0.25},
                               StatusBucket::Succeeded));
            QVERIFY(isBucketAt(image, {x, plot.bottom() - plot.height() * 0.75},
                               StatusBucket::Pending));
        }
    }
};

QTEST_MAIN(TestProgressChart)
#include "tst_progresschart.moc"
