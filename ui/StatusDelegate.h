// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"
#include "ui/DeviceRowDelegate.h"

#include <QIcon>

#include <array>

namespace fota {

// Puts the bucket's colour swatch before the status (or bucket) text. A delegate rather than a
// decoration role in the model: colours are a view concern and the core has no QtGui icons.
// Derives from the row delegate so a changed device stays bold in these columns too.
class StatusDelegate : public DeviceRowDelegate
{
    Q_OBJECT
public:
    explicit StatusDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::array<QIcon, kBucketCount> m_swatches; // made once; painted for every visible cell
};

} // namespace fota
