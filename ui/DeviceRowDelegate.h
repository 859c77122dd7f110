// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace fota {

// Marks what an operator watching a rollout must not miss, in every column of a row: a device
// whose status changed at the last refresh is bold with a "●" before its IMEI, and an overdue
// next attempt carries a warning icon beside its "(overdue …)" text. Weight, a glyph and an
// icon rather than a background tint: they read the same in light and dark palettes and do
// not rely on colour alone. A next attempt too narrow for its relative text shows the time.
class DeviceRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DeviceRowDelegate(QObject *parent = nullptr);

    // The option a cell is painted with (in `rect`, which decides whether a next attempt keeps
    // its relative text); public so tests can check the marks without pixels.
    QStyleOptionViewItem styledOption(const QModelIndex &index, const QRect &rect = {}) const;

    static QString changedMarker();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static void dropRelativeTextIfNarrow(QStyleOptionViewItem *option);

    QIcon m_overdueIcon; // made once; painted for every visible overdue cell
};

} // namespace fota
