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

QStyleOptionViewItem DeviceRowDelegate::styledOption(const QModelIndex &index,
                                                     const QRect &rect) const
{
    QStyleOptionViewItem option;
    option.rect = rect;
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
    if (column == DeviceColumn::NextAttempt && option->rect.width() > 0)
        dropRelativeTextIfNarrow(option);
}

void DeviceRowDelegate::dropRelativeTextIfNarrow(QStyleOptionViewItem *option)
{
    // "2026-11-21 04:39:00 (overdue 10 d)" in a column narrowed to fit the window: the time
    // whole rather than cut mid-word; the icon and the tooltip still say it is overdue.
    const qsizetype relative = option->text.lastIndexOf(u" ("_s);
    if (relative <= 0)
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const int margins =
        2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1);
    const int icon = option->features & QStyleOptionViewItem::HasDecoration
                         ? option->decorationSize.width() + margins
                         : 0;
    const QFontMetrics fm(option->font);
    if (fm.horizontalAdvance(option->text) + icon + margins > option->rect.width())
        option->text.truncate(relative);
}

} // namespace fota
