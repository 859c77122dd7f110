// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/DeviceRowDelegate.h"

#include "campaign/DeviceColumn.h"
#include "campaign/DeviceTableModel.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fota {

DeviceRowDelegate::DeviceRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_overdueIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{}

QString DeviceRowDelegate::changedMarker()
{
    return u"● "_s;
}

QStyleOptionViewItem DeviceRowDelegate::styledOption(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initStyleOption(&option, index);
    return option;
}

void DeviceRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto column = DeviceColumn(index.column());
    if (index.data(DeviceTableModel::ChangedRole).toBool()) {
        option->font.setBold(true);
        if (column == DeviceColumn::DeviceId)
            option->text = changedMarker() + option->text;
    }
    if (column == DeviceColumn::NextAttempt && index.data(DeviceTableModel::OverdueRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_overdueIcon;
        option->decorationSize = QSize(14, 14);
    }
}

} // namespace fota
