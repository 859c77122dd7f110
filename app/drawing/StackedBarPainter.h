// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"

#include <QColor>
#include <QList>
#include <QRectF>

#include <optional>

class QPainter;

namespace fota {

// One horizontal bar split into the six status buckets in proportion to their counts: the
// window's summary bar paints it, the campaign report draws it into its image (PDF) or as SVG
// (HTML) from the same segments, so both show exactly the same proportions.
class StackedBarPainter
{
public:
    struct Segment
    {
        StatusBucket bucket = StatusBucket::Other;
        QRectF rect;
    };

    // The segments of the non-empty buckets, left to right, inside `bar`. A segment is at least
    // kMinSegmentWidth wide so a single failure among a million still shows; the others keep
    // their places (a widened one overlaps its neighbour rather than pushing the bar longer).
    static QList<Segment> segments(const QRectF &bar, const BucketCounts &counts);
    // The bucket whose share of the bar covers x (before any widening), if any.
    static std::optional<StatusBucket> bucketAt(const QRectF &bar, const BucketCounts &counts,
                                                qreal x);
    // A rounded track in `track`, the segments clipped to it, and a 1-unit outline in `outline`.
    static void paint(QPainter *painter, const QRectF &bar, const BucketCounts &counts,
                      const QColor &track, const QColor &outline);

    static constexpr qreal kMinSegmentWidth = 2.0;
    static constexpr qreal kRadius = 4.0;
};

} // namespace fota
