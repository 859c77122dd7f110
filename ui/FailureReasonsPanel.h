// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceFilter.h"
#include "campaign/ReasonGroups.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTimer;
class QToolButton;
class QTreeView;

namespace fota {

class DeviceTableModel;

// "What fails and why": the failed devices' result reasons grouped (dates, times and counts
// folded away), most frequent first. Clicking a group narrows the table to it; clicking it
// again, or Show all, lifts that.
class FailureReasonsPanel : public QWidget
{
    Q_OBJECT
public:
    // A recount is one pass over the rows (~10 ms a million); while pages arrive it runs at most
    // this often rather than once per page.
    static constexpr int kRecountIntervalMs = 300;

    explicit FailureReasonsPanel(DeviceTableModel *model, QWidget *parent = nullptr);

    QString selectedGroup() const { return m_selected; }
    void applyTo(DeviceFilter &filter) const;
    const QList<ReasonGroups::Group> &groups() const { return m_groups; }
    QTreeView *view() const { return m_view; }
    // What a row says and its tooltip, as the operator sees them.
    QString rowText(int row) const;
    QString rowToolTip(int row) const;
    QString summaryText() const;

public slots:
    void selectGroup(const QString &key);
    void clearGroup();
    // Counts now instead of at the end of the throttle interval.
    void recountNow();

signals:
    void groupChanged(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRecount();
    void rebuild();
    void toggleRow(int row);
    void updateSelectionDisplay();
    void updateRowHeights();

    DeviceTableModel *m_model;
    ReasonGroups m_counter; // kept: it remembers each reason's group between recounts
    QList<ReasonGroups::Group> m_groups;
    QString m_selected;
    quint64 m_generation = 0; // of the store m_groups describes
    QTreeView *m_view;
    QStandardItemModel *m_items;
    QLabel *m_summary;
    QToolButton *m_clear;
    QTimer *m_throttle;
};

} // namespace fota
