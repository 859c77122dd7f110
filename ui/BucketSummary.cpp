// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/BucketSummary.h"

#include "campaign/DeviceTableModel.h"
#include "ui/BucketPalette.h"
#include "ui/FlowLayout.h"
#include "ui/NumberText.h"
#include "ui/StackedBucketBar.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace fota {

BucketSummary::BucketSummary(DeviceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_bar(new StackedBucketBar(this))
    , m_coverage(new QLabel(this))
{
    setObjectName(u"bucketSummary"_s);
    setAccessibleName(tr("Status summary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    m_coverage->setObjectName(u"coverageLabel"_s);
    m_coverage->setWordWrap(true);
    m_coverage->setForegroundRole(QPalette::PlaceholderText);
    m_coverage->hide();
    layout->addWidget(m_coverage);

    // The labels wrap to a second line rather than widen the window at a large font.
    auto *labels = new FlowLayout(nullptr, 2, 2);
    for (int b = 0; b < kBucketCount; ++b) {
        const auto bucket = StatusBucket(b);
        auto *label = new QToolButton(this);
        label->setObjectName(u"bucketLabel_"_s + StatusBuckets::key(bucket));
        label->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        label->setIcon(BucketPalette::swatch(bucket));
        label->setAutoRaise(true);
        label->setCheckable(true);
        label->setFocusPolicy(Qt::TabFocus);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        connect(label, &QToolButton::clicked, this, [this, bucket] {
            emit bucketClicked(bucket);
            // The receiver decides what is selected; undo the button's own toggle otherwise.
            updateChecks();
        });
        m_labels[size_t(b)] = label;
        labels->addWidget(label);
    }
    layout->addLayout(labels);

    connect(m_bar, &StackedBucketBar::bucketClicked, this, &BucketSummary::bucketClicked);
    if (m_model)
        connect(m_model, &DeviceTableModel::countsChanged, this, &BucketSummary::refresh);
    refresh();
}

void BucketSummary::refresh()
{
    m_counts = m_model ? m_model->store().bucketCounts() : BucketCounts{};
    m_total = std::accumulate(m_counts.begin(), m_counts.end(), qint64(0));
    m_bar->setCounts(m_counts);
    for (int b = 0; b < kBucketCount; ++b) {
        const auto bucket = StatusBucket(b);
        const qint64 n = m_counts[size_t(b)];
        const QString name = StatusBuckets::displayName(bucket);
        const QString count = NumberText::count(n);
        const QString share = NumberText::percent(n, m_total);
        QToolButton *label = m_labels[size_t(b)];
        //: A bucket's tile, two lines: %1 the bucket ("Succeeded"), then %2 its device count and %3
        //: its share.
        label->setText(tr("%1\n%2 · %3").arg(name, count, share));
        label->setAccessibleName(tr("%1: %2 devices, %3").arg(name, count, share));
        label->setToolTip(tr("Show only %1 devices (%2)").arg(name.toLower(), count));
    }
    updateCoverageText();
}

void BucketSummary::setCoverage(Coverage coverage, std::optional<qint64> totalDevice)
{
    m_coverageKind = coverage;
    m_totalDevice = totalDevice;
    updateCoverageText();
}

QString BucketSummary::coverageText() const
{
    return m_coverage->isHidden() ? QString() : m_coverage->text();
}

void BucketSummary::updateCoverageText()
{
    if (m_coverageKind == Coverage::Whole || m_total == 0) {
        m_coverage->hide();
        return;
    }
    const QString loaded = NumberText::count(m_total);
    QString text;
    if (m_coverageKind == Coverage::Loading)
        text = m_totalDevice ? tr("Shares of the %1 devices loaded so far, of %2 in the campaign")
                                   .arg(loaded, NumberText::count(*m_totalDevice))
                             : tr("Shares of the %1 devices loaded so far").arg(loaded);
    else
        text = m_totalDevice
                   ? tr("Shares of the %1 devices loaded; the load did not complete (%2 in the "
                        "campaign)")
                         .arg(loaded, NumberText::count(*m_totalDevice))
                   : tr("Shares of the %1 devices loaded; the load did not complete").arg(loaded);
    m_coverage->setText(text);
    m_coverage->show();
}

void BucketSummary::setSelectedBucket(std::optional<StatusBucket> bucket)
{
    m_selected = bucket;
    updateChecks();
}

void BucketSummary::updateChecks()
{
    for (int b = 0; b < kBucketCount; ++b)
        m_labels[size_t(b)]->setChecked(m_selected && int(*m_selected) == b);
}

} // namespace fota
