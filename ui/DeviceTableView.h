// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceColumn.h"

#include <QSet>
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
    // saved for another set of columns (an older version) and keeps the defaults. A column
    // hidden only to fit a narrow viewport is saved as shown. With `automaticWidths` (what
    // hasAutomaticWidths() said when the state was saved) the widths keep fitting the viewport.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state, bool automaticWidths = false);
    // True until the operator sizes a column (or a layout with sized columns is restored): the
    // default columns then fit the viewport without scrolling sideways, as far as they can.
    bool hasAutomaticWidths() const { return m_autoWidths; }

public slots:
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyColumnWidths();
    // Until the operator sizes a column, the result reason takes the room the other columns
    // leave, down to a floor; below that the next attempt drops its relative text and then
    // the last attempt is hidden (unless the operator chose it), so nothing scrolls sideways.
    void fitColumns();
    void showColumnMenu(const QPoint &pos);

    QString m_placeholder;
    bool m_autoWidths = true;
    std::array<int, kDeviceColumnCount> m_naturalWidths{}; // as applyColumnWidths() set them
    int m_compactNextWidth = 0; // the next attempt without its relative text
    QSet<int> m_autoHidden;     // hidden by fitColumns(), not by the operator
    QSet<int> m_pinnedColumns;  // shown or hidden by the operator: fitColumns() leaves them
    bool m_sizingColumns = false;
};

} // namespace fota
