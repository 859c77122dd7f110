#pragma once

#include <QTableView>

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
    // Selected rows as tab-separated text with a header line, in displayed order.
    QString selectionAsText() const;

public slots:
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyColumnWidths();

    QString m_placeholder;
};

} // namespace fota
