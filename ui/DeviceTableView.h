// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceColumn.h"

#include <QTableView>

#include <array>

class QMenu;

namespace fota {

// The device table. Configured for a million rows: fixed row height (so the view never asks
// every row for its size), no word wrap, no per-cell widgets; sorting goes to the model's
// own sort(), which for DeviceProxyModel sorts precomputed keys.
class DeviceTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DeviceTableView(QWidget *parent = nullptr);

    // Also applies the column widths and the default order (Device ID ascending).
    void setModel(QAbstractItemModel *model) override;
    // Shown centred in the empty table ("No devices match the filter").
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // Selected rows as tab-separated text with a header line: rows in displayed order, the
    // columns shown in the order shown, as a spreadsheet paste expects. Times are plain times
    // (a spreadsheet reads them as dates) under a header naming their zone; the next attempt's
    // "overdue 9 d" goes in a column of its own after it.
    QString selectionAsText() const;
    // The columns the operator sees, in visual order.
    QList<int> visibleColumnsInOrder() const;
    // The column chooser, for the header's context menu and View → Columns.
    void fillColumnMenu(QMenu *menu);
    void setColumnShown(int column, bool shown);

    // Column order, widths, visibility and sort, for QSettings. restoreLayout() ignores a state
    // saved for another set of columns (an older version) and keeps the defaults.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);

public slots:
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyColumnWidths();
    // Until the operator sizes a column (or a saved layout is restored), the result reason
    // takes the room the other columns leave, so the times fit without scrolling sideways.
    void fitReasonColumn();
    void showColumnMenu(const QPoint &pos);

    QString m_placeholder;
    bool m_autoReasonWidth = true;
    std::array<int, kDeviceColumnCount> m_naturalWidths{}; // as applyColumnWidths() set them
    bool m_sizingColumns = false;
};

} // namespace fota
