// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drawing/StackedBarPainter.h"

#include "drawing/BucketColors.h"

#include <QPainter>
#include <QPainterPath>

#include <numeric>

namespace fota {

namespace {

qint64 totalOf(const BucketCounts &counts)
{
    return std::accumulate(counts.begin(), counts.end(), qint64(0));
}

} // namespace

QList<StackedBarPainter::Segment> StackedBarPainter::segments(const QRectF &bar,
                                                              const BucketCounts &counts)
{
    QList<Segment> result;
    const qint64 total = totalOf(counts);
    if (total <= 0)
        return result;
    double left = bar.left();
    for (int b = 0; b < kBucketCount; ++b) {
        const double width = bar.width() * double(counts[size_t(b)]) / double(total);
        if (width <= 0)
            continue;
        result.append({StatusBucket(b),
                       QRectF(left, bar.top(), std::max(width, kMinSegmentWidth), bar.height())});
        left += width;
    }
    return result;
}

std::optional<StatusBucket> StackedBarPainter::bucketAt(const QRectF &bar,
                                                        const BucketCounts &counts, qreal x)
{
    const qint64 total = totalOf(counts);
    if (total <= 0)
        return std::nullopt;
    double left = bar.left();
    for (int b = 0; b < kBucketCount; ++b) {
        const double width = bar.width() * double(counts[size_t(b)]) / double(total);
        if (width > 0 && x >= left && x < left + width)
            return StatusBucket(b);
        left += width;
    }
    return std::nullopt;
}

void StackedBarPainter::paint(QPainter *painter, const QRectF &bar, const BucketCounts &counts,
                              const QColor &track, const QColor &outline)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addRoundedRect(bar, kRadius, kRadius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawPath(clip);

    painter->save();
    painter->setClipPath(clip);
    for (const Segment &segment : segments(bar, counts))
        painter->fillRect(segment.rect, BucketColors::color(segment.bucket));
    painter->restore();

    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(clip);
    painter->restore();
}

} // namespace fota
