// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceFilter.h"
#include "campaign/StatusBucket.h"

#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace fota {

class DeviceTableModel;

// Every status bucket and, under it, every raw status the campaign uses, each with its device
// count; ticking any of them narrows the table (several may be ticked). The counts are read
// from the store's running totals on countsChanged, never by scanning the rows; the tree holds
// a few dozen items, so a QStandardItemModel is the right tool here.
class StatusSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit StatusSidebar(DeviceTableModel *model, QWidget *parent = nullptr);

    // The ticked buckets (0: none) and raw statuses.
    BucketMask checkedBuckets() const;
    QStringList checkedStatuses() const;
    // Writes the selection into a filter: nothing ticked means every status.
    void applyTo(DeviceFilter &filter) const;
    // The one bucket ticked, when that is the whole selection (for the combo and the summary).
    std::optional<StatusBucket> singleBucket() const;
    bool hasSelection() const;

    // Replaces the selection; emits selectionChanged once if it differs.
    void setSelection(BucketMask buckets, const QStringList &statuses = {});
    void selectOnly(std::optional<StatusBucket> bucket);

    // For tests and accessibility: what a row says.
    qint64 shownCount(StatusBucket bucket) const;
    std::optional<qint64> shownCount(const QString &status) const;
    QTreeView *view() const { return m_tree; }
    QStandardItem *bucketItem(StatusBucket bucket) const;
    QStandardItem *statusItem(const QString &status) const;

public slots:
    void clearSelection();

signals:
    void selectionChanged();

private:
    void refreshCounts();
    void onItemChanged(QStandardItem *item);
    void onClicked(const QModelIndex &index);
    void setCount(QStandardItem *nameItem, qint64 count);
    void fitWidthToNames();

    DeviceTableModel *m_model;
    QTreeView *m_tree;
    QStandardItemModel *m_items;
    QToolButton *m_clear;
    std::array<QStandardItem *, kBucketCount> m_buckets{};
    std::vector<QStandardItem *> m_statuses; // indexed like the store's status pool
    quint64 m_generation = 0;                // of the store m_statuses describes
    bool m_updating = false;
    // Set when a click toggled the check box itself, so the row click does not undo it.
    bool m_checkToggled = false;
};

} // namespace fota
