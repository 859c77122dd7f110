// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/StackedBucketBar.h"

#include "drawing/StackedBarPainter.h"
#include "ui/NumberText.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
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
        //: For screen readers, one part a bucket: %1 the bucket ("Succeeded"), %2 its device count.
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
    return StackedBarPainter::bucketAt(barRect(), m_counts, x);
}

void StackedBucketBar::paintEvent(QPaintEvent *)
{
    // The empty track takes its colour from the palette, so it sits right on light and dark.
    QPainter painter(this);
    StackedBarPainter::paint(&painter, barRect(), m_counts, palette().color(QPalette::Midlight),
                             palette().color(QPalette::Mid));
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
