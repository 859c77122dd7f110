// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"

#include <QWidget>

#include <optional>

namespace fota {

// One horizontal bar split into the six buckets in proportion to their counts. Painted, not
// made of child widgets, so an update per arriving page costs one repaint.
class StackedBucketBar : public QWidget
{
    Q_OBJECT
public:
    explicit StackedBucketBar(QWidget *parent = nullptr);

    void setCounts(const BucketCounts &counts);
    const BucketCounts &counts() const { return m_counts; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void bucketClicked(fota::StatusBucket bucket);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The segment under x, if any; empty buckets have no segment.
    std::optional<StatusBucket> bucketAt(int x) const;
    QRectF barRect() const;

    BucketCounts m_counts{};
    qint64 m_total = 0;
};

} // namespace fota
