#include "ui/StackedBucketBar.h"

#include "ui/BucketPalette.h"
#include "ui/NumberText.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <numeric>

using namespace Qt::StringLiterals;

namespace fota {

StackedBucketBar::StackedBucketBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"bucketBar"_s);
    setAccessibleName(tr("Status distribution"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

QSize StackedBucketBar::sizeHint() const
{
    return {400, fontMetrics().height() + 2};
}

QSize StackedBucketBar::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 2};
}

void StackedBucketBar::setCounts(const BucketCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    m_total = std::accumulate(counts.begin(), counts.end(), qint64(0));
    QStringList parts;
    for (int b = 0; b < kBucketCount; ++b) {
        parts << tr("%1 %2").arg(StatusBuckets::displayName(StatusBucket(b)),
                                 NumberText::count(m_counts[size_t(b)]));
    }
    setAccessibleDescription(parts.join(u", "_s));
    update();
}

QRectF StackedBucketBar::barRect() const
{
    return QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
}

std::optional<StatusBucket> StackedBucketBar::bucketAt(int x) const
{
    if (m_total <= 0)
        return std::nullopt;
    const QRectF bar = barRect();
    double left = bar.left();
    for (int b = 0; b < kBucketCount; ++b) {
        const double width = bar.width() * double(m_counts[size_t(b)]) / double(m_total);
        if (width > 0 && x >= left && x < left + width)
            return StatusBucket(b);
        left += width;
    }
    return std::nullopt;
}

void StackedBucketBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = barRect();
    const qreal radius = 4;
    QPainterPath clip;
    clip.addRoundedRect(bar, radius, radius);

    // The empty track takes its colour from the palette, so it sits right on light and dark.
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Midlight));
    painter.drawPath(clip);

    if (m_total > 0) {
        painter.save();
        painter.setClipPath(clip);
        double left = bar.left();
        for (int b = 0; b < kBucketCount; ++b) {
            const double width = bar.width() * double(m_counts[size_t(b)]) / double(m_total);
            if (width <= 0)
                continue;
            // At least a hairline, so a single failure among a million still shows.
            const QRectF segment(left, bar.top(), std::max(width, 2.0), bar.height());
            painter.fillRect(segment, BucketPalette::color(StatusBucket(b)));
            left += width;
        }
        painter.restore();
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(clip);
}

void StackedBucketBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto bucket = bucketAt(event->position().toPoint().x()))
            emit bucketClicked(*bucket);
    }
    QWidget::mouseReleaseEvent(event);
}

bool StackedBucketBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto bucket = bucketAt(help->pos().x())) {
            const qint64 n = m_counts[size_t(*bucket)];
            QToolTip::showText(help->globalPos(),
                               tr("%1: %2 devices (%3) — click to show only these")
                                   .arg(StatusBuckets::displayName(*bucket), NumberText::count(n),
                                        NumberText::percent(n, m_total)),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace fota
