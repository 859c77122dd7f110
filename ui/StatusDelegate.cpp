// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/StatusDelegate.h"

#include "campaign/DeviceTableModel.h"
#include "ui/BucketPalette.h"

namespace fota {

StatusDelegate::StatusDelegate(QObject *parent)
    : DeviceRowDelegate(parent)
{
    for (int b = 0; b < kBucketCount; ++b)
        m_swatches[size_t(b)] = BucketPalette::swatch(StatusBucket(b));
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    DeviceRowDelegate::initStyleOption(option, index);
    const QVariant bucket = index.data(DeviceTableModel::BucketRole);
    if (!bucket.isValid())
        return;
    const int b = bucket.toInt();
    if (b < 0 || b >= kBucketCount)
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = m_swatches[size_t(b)];
    option->decorationSize = QSize(12, 12);
}

} // namespace fota
