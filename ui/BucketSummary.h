// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QToolButton;

namespace fota {

class DeviceTableModel;
class StackedBucketBar;

// The campaign at a glance: a stacked bar of the six status buckets and, per bucket, its name,
// count and share as text. Clicking a bucket asks for the table to show only that bucket.
class BucketSummary : public QWidget
{
    Q_OBJECT
public:
    explicit BucketSummary(DeviceTableModel *model, QWidget *parent = nullptr);

    const BucketCounts &counts() const { return m_counts; }
    qint64 total() const { return m_total; }
    // The bucket the table is narrowed to, shown as a pressed label; empty for all buckets.
    void setSelectedBucket(std::optional<StatusBucket> bucket);
    // What the shares are of: with a partial table (loading, stopped, failed) the line under
    // the bar says they are of the devices loaded so far, not of the campaign.
    enum class Coverage
    {
        Whole,
        Loading,
        Incomplete,
    };
    void setCoverage(Coverage coverage, std::optional<qint64> totalDevice);
    QString coverageText() const;

signals:
    void bucketClicked(fota::StatusBucket bucket);

private:
    // Reads the store's running counts: O(buckets), never a scan of the rows.
    void refresh();
    void updateChecks();

    void updateCoverageText();

    DeviceTableModel *m_model;
    StackedBucketBar *m_bar;
    QLabel *m_coverage;
    Coverage m_coverageKind = Coverage::Whole;
    std::optional<qint64> m_totalDevice;
    std::array<QToolButton *, kBucketCount> m_labels{};
    BucketCounts m_counts{};
    qint64 m_total = 0;
    std::optional<StatusBucket> m_selected;
};

} // namespace fota
