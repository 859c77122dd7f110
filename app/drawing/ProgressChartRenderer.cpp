// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drawing/ProgressChartRenderer.h"

#include "drawing/BucketColors.h"
#include "drawing/ChartAxes.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr int kEdges = kBucketCount + 1;
constexpr qreal kSwatch = 10;
constexpr qreal kLegendGap = 14;

// The pixel column a snapshot falls in: its first, lowest, highest and last value per edge.
struct Column
{
    int index = -1;
    int count = 0;
    qreal firstX = 0;
    qreal lastX = 0;
    std::array<qint64, kEdges> first{};
    std::array<qint64, kEdges> low{};
    std::array<qint64, kEdges> high{};
    std::array<qint64, kEdges> last{};
    std::array<int, kEdges> lowAt{};
    std::array<int, kEdges> highAt{};
};

} // namespace

ProgressChartRenderer::Style::Style()
{
    for (int b = 0; b < kBucketCount; ++b)
        colors[size_t(b)] = BucketColors::color(StatusBucket(b));
}

const std::array<StatusBucket, kBucketCount> &ProgressChartRenderer::stackOrder()
{
    static constexpr std::array<StatusBucket, kBucketCount> kOrder = {
        StatusBucket::Succeeded, StatusBucket::Failed,     StatusBucket::Cancelled,
        StatusBucket::Other,     StatusBucket::InProgress, StatusBucket::Pending};
    return kOrder;
}

ProgressChartRenderer::ProgressChartRenderer() = default;

void ProgressChartRenderer::setPoints(QList<SnapshotPoint> points)
{
    m_points = std::move(points);
    m_maxDevices = 0;
    for (const SnapshotPoint &p : m_points) {
        qint64 total = 0;
        for (const qint64 n : p.buckets)
            total += std::max<qint64>(n, 0);
        m_maxDevices = std::max(m_maxDevices, total);
    }
    if (m_highlight >= m_points.size())
        m_highlight = -1;
    m_dirty = true;
}

void ProgressChartRenderer::setTimeDisplay(const TimeDisplay &display)
{
    m_time = display;
}

void ProgressChartRenderer::setStyle(const Style &style)
{
    m_style = style;
    m_dirty = true; // the font moves the plot
}

QString ProgressChartRenderer::zoneText() const
{
    return QCoreApplication::translate("ProgressChartRenderer", "times in %1")
        .arg(m_time.zoneName());
}

qreal ProgressChartRenderer::legendHeight(qreal width) const
{
    if (!m_style.legend)
        return 0;
    const QFontMetricsF fm(m_style.font);
    const qreal line = fm.height() + 4;
    qreal x = 0;
    int rows = 1;
    const auto place = [&](qreal itemWidth) {
        if (x > 0 && x + itemWidth > width) {
            ++rows;
            x = 0;
        }
        x += itemWidth + kLegendGap;
    };
    const QStringList texts = legendTexts();
    for (int b = 0; b < kBucketCount; ++b)
        place(kSwatch + 4 + fm.horizontalAdvance(texts[b]));
    place(fm.horizontalAdvance(texts.last()));
    return rows * line + 4;
}

ProgressChartRenderer::Layout ProgressChartRenderer::layout(const QRectF &bounds) const
{
    const QFontMetricsF fm(m_style.font);
    Layout l;
    l.lineHeight = fm.height();
    const qreal legend = legendHeight(bounds.width());
    const qreal axis = fm.height() + 6;
    const qreal top = bounds.top() + fm.height() / 2;
    const qreal bottom = bounds.bottom() - legend - axis;
    const int maxTicks = std::max(1, int((bottom - top) / (fm.height() * 1.4)));
    const std::vector<ChartAxes::Tick> ticks = ChartAxes::countTicks(m_maxDevices, maxTicks);
    l.top = std::max<qint64>(ticks.back().value, 1);
    const qreal labels = fm.horizontalAdvance(ticks.back().label) + 8;
    const qreal right = bounds.right() - fm.horizontalAdvance(u"00:00"_s) / 2 - 2;
    l.plot = QRectF(QPointF(bounds.left() + labels, top), QPointF(right, bottom));
    if (l.plot.width() < 1 || l.plot.height() < 1)
        l.plot = QRectF();
    l.legend = QRectF(bounds.left(), bounds.bottom() - legend, bounds.width(), legend);
    return l;
}

QRectF ProgressChartRenderer::plotRect(const QRectF &bounds) const
{
    return layout(bounds).plot;
}

qreal ProgressChartRenderer::xOf(qint64 timeMs, const QRectF &plot) const
{
    const qint64 first = m_points.first().timeMs;
    const qint64 span = m_points.last().timeMs - first;
    if (span <= 0)
        return plot.center().x();
    return plot.left() + plot.width() * double(timeMs - first) / double(span);
}

qreal ProgressChartRenderer::yOf(qint64 devices, const Layout &l) const
{
    return l.plot.bottom() - l.plot.height() * double(devices) / double(l.top);
}

void ProgressChartRenderer::decimate(const Layout &l)
{
    for (auto &edge : m_edges)
        edge.clear();
    m_decimatedFor = l.plot;
    m_decimatedTop = l.top;
    m_dirty = false;
    if (m_points.isEmpty() || l.plot.isEmpty())
        return;
    const int columns = std::max(1, int(std::ceil(l.plot.width())));
    for (auto &edge : m_edges)
        edge.reserve(size_t(std::min<qsizetype>(m_points.size(), qsizetype(columns) * 4)));

    Column c;
    const auto flush = [&] {
        if (c.count == 0)
            return;
        const qreal middle = (c.firstX + c.lastX) / 2;
        for (int k = 0; k < kEdges; ++k) {
            std::vector<QPointF> &edge = m_edges[size_t(k)];
            edge.emplace_back(c.firstX, yOf(c.first[size_t(k)], l));
            if (c.count == 1)
                continue;
            const bool lowFirst = c.lowAt[size_t(k)] <= c.highAt[size_t(k)];
            edge.emplace_back(middle, yOf(lowFirst ? c.low[size_t(k)] : c.high[size_t(k)], l));
            edge.emplace_back(middle, yOf(lowFirst ? c.high[size_t(k)] : c.low[size_t(k)], l));
            edge.emplace_back(c.lastX, yOf(c.last[size_t(k)], l));
        }
    };
    std::array<qint64, kEdges> values{};
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const SnapshotPoint &p = m_points[i];
        for (int k = 0; k < kBucketCount; ++k)
            values[size_t(k + 1)] =
                values[size_t(k)] + std::max<qint64>(p.buckets[size_t(stackOrder()[size_t(k)])], 0);
        const qreal x = xOf(p.timeMs, l.plot);
        const int index = std::clamp(int(x - l.plot.left()), 0, columns - 1);
        if (index != c.index) {
            flush();
            c.index = index;
            c.count = 0;
            c.firstX = x;
            c.first = c.low = c.high = values;
            c.lowAt.fill(0);
            c.highAt.fill(0);
        }
        for (int k = 0; k < kEdges; ++k) {
            if (values[size_t(k)] < c.low[size_t(k)]) {
                c.low[size_t(k)] = values[size_t(k)];
                c.lowAt[size_t(k)] = c.count;
            }
            if (values[size_t(k)] > c.high[size_t(k)]) {
                c.high[size_t(k)] = values[size_t(k)];
                c.highAt[size_t(k)] = c.count;
            }
        }
        c.last = values;
        c.lastX = x;
        ++c.count;
    }
    flush();
    // One moment only (a single snapshot, or all at one time): a flat band across the plot.
    if (m_edges[0].size() == 1 || m_points.first().timeMs == m_points.last().timeMs) {
        for (auto &edge : m_edges) {
            const qreal y = edge.back().y();
            edge.assign({QPointF(l.plot.left(), y), QPointF(l.plot.right(), y)});
        }
    }
}

void ProgressChartRenderer::paintBands(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing, false); // crisp at pixel resolution
    for (int b = 0; b < kBucketCount; ++b) {
        const std::vector<QPointF> &upper = m_edges[size_t(b + 1)];
        const std::vector<QPointF> &lower = m_edges[size_t(b)];
        m_outline.assign(upper.begin(), upper.end());
        m_outline.insert(m_outline.end(), lower.rbegin(), lower.rend());
        const QColor color = m_style.colors[size_t(stackOrder()[size_t(b)])];
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(m_outline.data(), int(m_outline.size()), Qt::WindingFill);
        painter.setPen(QPen(color.darker(125), 1));
        painter.drawPolyline(upper.data(), int(upper.size()));
    }
}

std::vector<ChartAxes::Tick> ProgressChartRenderer::timeTicks(const QRectF &plot) const
{
    if (m_points.isEmpty())
        return {};
    const QFontMetricsF fm(m_style.font);
    const qreal labelWidth = fm.horizontalAdvance(u"Nov 22"_s) + 16;
    const int maxTicks = std::max(1, int(plot.width() / labelWidth));
    return ChartAxes::timeTicks(m_points.first().timeMs, m_points.last().timeMs, maxTicks,
                                m_time.isUtc());
}

QStringList ProgressChartRenderer::timeLabels(const QRectF &bounds) const
{
    QStringList labels;
    for (const ChartAxes::Tick &t : timeTicks(plotRect(bounds)))
        labels << t.label;
    return labels;
}

QStringList ProgressChartRenderer::legendTexts() const
{
    const SnapshotPoint *latest = m_points.isEmpty() ? nullptr : &m_points.last();
    QStringList texts;
    for (int b = 0; b < kBucketCount; ++b) {
        texts << StatusBuckets::displayName(StatusBucket(b)) + u' ' +
                     ChartAxes::countText(latest ? latest->buckets[size_t(b)] : 0);
    }
    texts << zoneText();
    return texts;
}

void ProgressChartRenderer::paintAxes(QPainter &painter, const Layout &l) const
{
    const QFontMetricsF fm(m_style.font);
    const QRectF &plot = l.plot;
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int maxCountTicks = std::max(1, int(plot.height() / (fm.height() * 1.4)));
    for (const ChartAxes::Tick &t : ChartAxes::countTicks(m_maxDevices, maxCountTicks)) {
        const qreal y = yOf(t.value, l);
        painter.setPen(QPen(m_style.grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(m_style.mutedText);
        painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 4, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, t.label);
    }
    const qreal labelWidth = fm.horizontalAdvance(u"Nov 22"_s) + 16;
    for (const ChartAxes::Tick &t : timeTicks(plot)) {
        const qreal x = xOf(t.value, plot);
        painter.setPen(QPen(m_style.grid, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(m_style.mutedText);
        painter.drawText(QRectF(x - labelWidth / 2, plot.bottom() + 3, labelWidth, fm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, t.label);
    }
    painter.setPen(QPen(m_style.mutedText, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void ProgressChartRenderer::paintLegend(QPainter &painter, const Layout &l) const
{
    if (!m_style.legend)
        return;
    const QFontMetricsF fm(m_style.font);
    const qreal line = fm.height() + 4;
    qreal x = l.legend.left();
    qreal y = l.legend.top() + 4;
    const auto place = [&](qreal width) {
        if (x > l.legend.left() && x + width > l.legend.right()) {
            x = l.legend.left();
            y += line;
        }
        const qreal at = x;
        x += width + kLegendGap;
        return at;
    };
    const QStringList texts = legendTexts();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int b = 0; b < kBucketCount; ++b) {
        const QString &text = texts[b];
        const qreal at = place(kSwatch + 4 + fm.horizontalAdvance(text));
        const QColor color = m_style.colors[size_t(b)];
        painter.setPen(QPen(color.darker(130), 1));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(at, y + (fm.height() - kSwatch) / 2, kSwatch, kSwatch), 2,
                                2);
        painter.setPen(m_style.text);
        painter.drawText(QPointF(at + kSwatch + 4, y + fm.ascent()), text);
    }
    const QString &zone = texts.last();
    const qreal at = place(fm.horizontalAdvance(zone));
    painter.setPen(m_style.mutedText);
    painter.drawText(QPointF(at, y + fm.ascent()), zone);
}

void ProgressChartRenderer::paintHighlight(QPainter &painter, const Layout &l) const
{
    if (m_highlight < 0 || m_highlight >= m_points.size())
        return;
    const qreal x = xOf(m_points[m_highlight].timeMs, l.plot);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(m_style.text, 1, Qt::DashLine));
    painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
}

void ProgressChartRenderer::paint(QPainter &painter, const QRectF &bounds)
{
    painter.save();
    painter.setFont(m_style.font);
    if (m_style.background.alpha() > 0)
        painter.fillRect(bounds, m_style.background);
    const Layout l = layout(bounds);
    if (m_points.isEmpty() || l.plot.isEmpty()) {
        painter.setPen(m_style.mutedText);
        painter.drawText(bounds, Qt::AlignCenter | Qt::TextWordWrap,
                         QCoreApplication::translate(
                             "ProgressChartRenderer",
                             "No history yet: every complete load or refresh adds a point."));
        painter.restore();
        return;
    }
    if (m_dirty || l.plot != m_decimatedFor || l.top != m_decimatedTop)
        decimate(l);
    paintAxes(painter, l);
    paintBands(painter);
    paintHighlight(painter, l);
    paintLegend(painter, l);
    painter.restore();
}

qsizetype ProgressChartRenderer::indexAt(const QRectF &bounds, qreal x) const
{
    if (m_points.isEmpty())
        return -1;
    const QRectF plot = plotRect(bounds);
    if (plot.isEmpty())
        return -1;
    // Points are in time order: the nearest is next to the first at or after x.
    const auto after = std::lower_bound(
        m_points.begin(), m_points.end(), x,
        [&](const SnapshotPoint &p, qreal at) { return xOf(p.timeMs, plot) < at; });
    qsizetype i = after - m_points.begin();
    if (i == m_points.size())
        return i - 1;
    if (i > 0 && x - xOf(m_points[i - 1].timeMs, plot) <= xOf(m_points[i].timeMs, plot) - x)
        --i;
    return i;
}

QString ProgressChartRenderer::describe(qsizetype index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const SnapshotPoint &p = m_points[index];
    qint64 total = 0;
    for (const qint64 n : p.buckets)
        total += n;
    QStringList lines{m_time.timeWithZone(p.timeMs)};
    const QLocale locale = ChartAxes::locale();
    for (int b = 0; b < kBucketCount; ++b) {
        const qint64 n = p.buckets[size_t(b)];
        const double share = total > 0 ? 100.0 * double(n) / double(total) : 0.0;
        //: The chart's tooltip, one line a bucket: %1 the bucket, %2 its device count, %3 its share
        //: in per cent with one decimal.
        lines << QCoreApplication::translate("ProgressChartRenderer", "%1: %2 (%3 %)")
                     .arg(StatusBuckets::displayName(StatusBucket(b)), ChartAxes::countText(n),
                          locale.toString(share, 'f', 1));
    }
    lines << QCoreApplication::translate("ProgressChartRenderer", "%1 devices")
                 .arg(ChartAxes::countText(total));
    return lines.join(u'\n');
}

qsizetype ProgressChartRenderer::vertexCount() const
{
    qsizetype n = 0;
    for (const auto &edge : m_edges)
        n += qsizetype(edge.size());
    return n;
}

QImage ProgressChartRenderer::image(const QList<SnapshotPoint> &points, const QSize &size,
                                    const TimeDisplay &display, const Style &style,
                                    qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(style.background.alpha() > 0 ? style.background : QColor(Qt::white));
    ProgressChartRenderer renderer;
    renderer.setStyle(style);
    renderer.setTimeDisplay(display);
    renderer.setPoints(points);
    QPainter painter(&image);
    renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

ProgressChartRenderer::ImageFunction ProgressChartRenderer::imageIn(const TimeDisplay &display)
{
    return [display](const QList<SnapshotPoint> &points, QSize size, qreal dpr) {
        return image(points, size, display, Style(), dpr);
    };
}

} // namespace fota
