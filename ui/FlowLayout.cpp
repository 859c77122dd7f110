// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace fota {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_hSpace(horizontalSpacing)
    , m_vSpace(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    // One line: what the items would like side by side.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? horizontalSpacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::horizontalSpacing() const
{
    return m_hSpace >= 0 ? m_hSpace : smartSpacing(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalSpacing() const
{
    return m_vSpace >= 0 ? m_vSpace : smartSpacing(QStyle::PM_LayoutVerticalSpacing);
}

int FlowLayout::smartSpacing(QStyle::PixelMetric metric) const
{
    QObject *owner = parent();
    if (!owner)
        return 6;
    if (owner->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(owner);
        return widget->style()->pixelMetric(metric, nullptr, widget);
    }
    return static_cast<QLayout *>(owner)->spacing();
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int hSpace = horizontalSpacing();
    const int vSpace = verticalSpacing();

    // Break into lines by preferred width (never narrower than an item's minimum).
    QList<QList<QLayoutItem *>> lines(1);
    int lineWidth = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = std::min(item->sizeHint().width(), area.width());
        const int needed = lineWidth == 0 ? w : lineWidth + hSpace + w;
        if (needed > area.width() && !lines.last().isEmpty()) {
            lines.append(QList<QLayoutItem *>());
            lineWidth = w;
        } else {
            lineWidth = needed;
        }
        lines.last().append(item);
    }

    int y = area.y();
    if (lines.last().isEmpty())
        return m.top() + m.bottom();
    for (const QList<QLayoutItem *> &line : std::as_const(lines)) {
        int used = 0;
        int height = 0;
        for (QLayoutItem *item : line) {
            used += std::min(item->sizeHint().width(), area.width());
            height = std::max(height, item->sizeHint().height());
        }
        used += hSpace * int(line.size() - 1);
        // The room left goes to the items that expand, in equal shares; an item that reaches
        // its maximum gives the rest of its share back to the others.
        QList<int> widths;
        for (QLayoutItem *item : line)
            widths << std::max(std::min(item->sizeHint().width(), area.width()),
                               std::min(item->minimumSize().width(), area.width()));
        int spare = std::max(0, area.width() - used);
        for (int round = 0; round < 4 && spare > 0; ++round) {
            QList<qsizetype> growing;
            for (qsizetype i = 0; i < line.size(); ++i) {
                if ((line[i]->expandingDirections() & Qt::Horizontal) &&
                    widths[i] < line[i]->maximumSize().width())
                    growing << i;
            }
            if (growing.isEmpty())
                break;
            const int share = std::max(1, spare / int(growing.size()));
            for (const qsizetype i : growing) {
                const int add =
                    std::min({share, spare, line[i]->maximumSize().width() - widths[i]});
                widths[i] += add;
                spare -= add;
            }
        }
        int x = area.x();
        for (qsizetype i = 0; i < line.size(); ++i) {
            QLayoutItem *item = line[i];
            const int w = widths[i];
            if (apply) {
                const int h =
                    item->hasHeightForWidth() ? item->heightForWidth(w) : item->sizeHint().height();
                const int itemHeight = std::min(std::max(h, item->minimumSize().height()), height);
                item->setGeometry(QRect(x, y + (height - itemHeight) / 2, w, itemHeight));
            }
            x += w + hSpace;
        }
        y += height + vSpace;
    }
    return y - vSpace - rect.y() + m.bottom();
}

} // namespace fota
