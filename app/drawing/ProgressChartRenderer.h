// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"
#include "campaign/TimeDisplay.h"
#include "drawing/ChartAxes.h"
#include "history/Snapshot.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>

#include <array>
#include <functional>
#include <vector>

class QImage;
class QPainter;

namespace fota {

// A campaign's progress over time: the devices of each status bucket as stacked areas (the
// finished buckets at the bottom, what remains on top) over a time axis in the table's zone,
// a count axis, and a legend that names every bucket with its latest count and says the zone.
// It draws with QPainter on any paint device: the window's widget wraps it (and adds hover),
// and a report draws the same picture into a QImage.
//
// Fast at 10,000 snapshots and more: the series is decimated to the plot's pixel width,
// keeping for every pixel column the first, lowest, highest and last value of each band's
// edge, which is all a full-resolution drawing would show there; the result is cached until
// the points or the plot size change, and painting reuses its buffers, so nothing is allocated
// per snapshot (docs/benchmarks.md has the figures).
class ProgressChartRenderer
{
public:
    struct Style
    {
        Style();
        QFont font;
        QColor text{0x20, 0x20, 0x20};
        QColor mutedText{0x66, 0x66, 0x66};
        QColor grid{0x00, 0x00, 0x00, 0x24};
        QColor background{Qt::transparent};
        std::array<QColor, kBucketCount> colors; // per StatusBucket; BucketColors by default
        bool legend = true;
    };

    // The stacking order, bottom to top: succeeded, failed, cancelled, other, in progress,
    // pending, so the remaining devices sit on top and shrink as the campaign moves.
    static const std::array<StatusBucket, kBucketCount> &stackOrder();

    ProgressChartRenderer();

    // Snapshots oldest first (as HistoryStore::points() gives them).
    void setPoints(QList<SnapshotPoint> points);
    const QList<SnapshotPoint> &points() const { return m_points; }
    void setTimeDisplay(const TimeDisplay &display);
    const TimeDisplay &timeDisplay() const { return m_time; }
    void setStyle(const Style &style);
    const Style &style() const { return m_style; }
    // The snapshot to mark with a vertical line (hover), or -1 for none.
    void setHighlight(qsizetype index) { m_highlight = index; }
    qsizetype highlight() const { return m_highlight; }

    void paint(QPainter &painter, const QRectF &bounds);
    // Where the stacked areas go inside bounds (axes and legend take the rest).
    QRectF plotRect(const QRectF &bounds) const;
    // The snapshot nearest to x in the plot of bounds, or -1 if there is none.
    qsizetype indexAt(const QRectF &bounds, qreal x) const;
    // The time and every bucket's count (and share) of one snapshot, one per line.
    QString describe(qsizetype index) const;
    // What the legend says, in order: every bucket with its latest count, then the zone
    // ("times in UTC").
    QStringList legendTexts() const;
    // The time axis's labels, left to right, as paint() draws them in bounds.
    QStringList timeLabels(const QRectF &bounds) const;
    // Vertices of every band edge after the last decimation: at most four per pixel column.
    qsizetype vertexCount() const;

    // The chart alone in an image (for a report); logical size `size` at devicePixelRatio.
    static QImage image(const QList<SnapshotPoint> &points, const QSize &size,
                        const TimeDisplay &display, const Style &style = Style(),
                        qreal devicePixelRatio = 1.0);
    // image() with the default style and times in display's zone, as a function of the
    // points, the size and the device pixel ratio: what the campaign report takes as its chart
    // (report/ReportChart). It may be called on any thread.
    using ImageFunction =
        std::function<QImage(const QList<SnapshotPoint> &points, QSize size, qreal dpr)>;
    static ImageFunction imageIn(const TimeDisplay &display);

private:
    struct Layout
    {
        QRectF plot;
        QRectF legend;
        qint64 top = 1; // the count at the plot's top edge
        qreal lineHeight = 0;
    };
    Layout layout(const QRectF &bounds) const;
    qreal legendHeight(qreal width) const;
    qreal xOf(qint64 timeMs, const QRectF &plot) const;
    qreal yOf(qint64 devices, const Layout &l) const;
    void decimate(const Layout &l);
    void paintBands(QPainter &painter);
    std::vector<ChartAxes::Tick> timeTicks(const QRectF &plot) const;
    void paintAxes(QPainter &painter, const Layout &l) const;
    void paintLegend(QPainter &painter, const Layout &l) const;
    void paintHighlight(QPainter &painter, const Layout &l) const;
    QString zoneText() const;

    QList<SnapshotPoint> m_points;
    TimeDisplay m_time;
    Style m_style;
    qsizetype m_highlight = -1;
    qint64 m_maxDevices = 0; // the largest stacked total of any snapshot
    // m_edges[k]: the top edge of the k lowest bands (k = 0 the baseline), in device
    // coordinates, decimated for m_decimatedFor and m_decimatedTop.
    std::array<std::vector<QPointF>, kBucketCount + 1> m_edges;
    std::vector<QPointF> m_outline; // one band's polygon, reused on every paint
    QRectF m_decimatedFor;
    qint64 m_decimatedTop = 0;
    bool m_dirty = true;
};

} // namespace fota
