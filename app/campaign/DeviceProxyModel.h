// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceFilter.h"
#include "campaign/DeviceOrder.h"
#include "campaign/FoldedPool.h"

#include <QAbstractProxyModel>
#include <QFuture>

#include <memory>
#include <vector>

namespace fota {

class DeviceTableModel;

// Sorts and filters the device table. Not a QSortFilterProxyModel: with a million rows that
// one needs ~13 s to sort by a time and ~2.3 s to filter (docs/benchmarks.md), because it
// compares QVariants row by row. This proxy keeps a vector of visible store rows, filters with
// a predicate prepared once per distinct string, and sorts precomputed integer keys.
// Arriving pages are merged into the current order in one pass, so a sorted, filtered view
// stays sorted and filtered while a campaign loads. A change of many rows reaches the views as
// one dataChanged over the rows shown, never one signal per row: a clock tick at a million rows
// fanned out row by row cost ~1 s of GUI time.
class DeviceProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit DeviceProxyModel(QObject *parent = nullptr);
    ~DeviceProxyModel() override;

    // Must be a DeviceTableModel; anything else is refused with a warning.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Column -1 restores the order in which devices arrived. A table of kBackgroundSortRows
    // rows or more keeps its order until a worker has sorted it (sortColumn() says the new
    // one at once).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const DeviceFilter &filter);
    const DeviceFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The store rows shown, in the order shown: what "export rows shown" writes. An order still
    // being sorted on a worker is waited for and swapped in first.
    const std::vector<quint32> &visibleStoreRows() const;
    quint32 storeRow(int proxyRow) const { return m_rows[size_t(proxyRow)]; }

    // A whole table shown at once (a stored one, a campaign switch) with at least this many rows
    // is shown in store order at once and sorted on a worker, the order swapped in with one
    // layout change: sorting a million rows by a time took 179 ms of GUI time in the reset. A
    // sort asked for on such a table is done the same way.
    static constexpr int kBackgroundSortRows = 100'000;
    void setBackgroundSortRows(int rows) { m_backgroundSortRows = rows; }
    // The order of a table just shown, or a sort or filter just asked for, is still being worked
    // out on a worker.
    bool isSortPending() const { return m_sorting.isValid(); }

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    // With deferSort, a large sorted table is left in store order for startPendingSort().
    void rebuildAll(bool deferSort = false);
    void startPendingSort();
    // Works out the rows to show on a worker: those `pick` accepts, from the rows shown (in
    // their order) or, without fromShown, from the whole table, sorted unless picked from the
    // rows shown. No `pick`: the rows shown, sorted.
    void startWorker(std::shared_ptr<const DeviceFilterMatcher> pick, bool fromShown);
    void filterOnAWorker(const DeviceFilter &filter);
    // Before anything reads or changes the order: waits for the worker and swaps its order in.
    void finishPendingSort();
    void dropPendingSort();
    void rebuildIndex();
    std::unique_ptr<DeviceFilterMatcher> makeMatcher();
    // Brings the matcher up to date with the store's pools (new statuses or reasons).
    void refreshMatcher();
    // Whether a change of these roles can move a row or show or hide it.
    static bool affectsLayout(const QList<int> &roles);
    void emitShownRange(const std::vector<quint32> &changed, int firstColumn, int lastColumn,
                        const QList<int> &roles);
    bool inOrder(quint32 a, quint32 b) const;
    void sortRows(std::vector<quint32> &rows) const;
    // Every store row in ascending device-ID order, kept across sorts and grown as rows arrive.
    const std::vector<quint32> &storeIdOrder() const;
    std::vector<quint32> &ownIdOrder() const;
    // Removes `changed` rows from the visible list and merges back those that pass.
    void reconcile(const std::vector<quint32> &changed);
    template <typename Rebuild>
    void changeLayout(Rebuild &&rebuild, QAbstractItemModel::LayoutChangeHint hint);

    DeviceTableModel *m_model = nullptr;
    std::vector<quint32> m_rows;
    std::vector<qint32> m_proxyOf; // store row -> proxy row, -1 when hidden
    DeviceFilter m_filter;
    // Shared with a filter worker while one runs: refreshing it then makes a new one.
    std::shared_ptr<DeviceFilterMatcher> m_matcher;
    FoldedPool m_reasonFolds; // reasons folded for search, once per distinct reason
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::unique_ptr<DeviceOrder> m_order;
    // Shared with a sort worker while one runs (copied before a change then): the worker need
    // not work out the order again, which cost it a million rows' worth of temporary arrays.
    mutable std::shared_ptr<std::vector<quint32>> m_idOrder =
        std::make_shared<std::vector<quint32>>();
    mutable quint64 m_idOrderGeneration = 0;
    int m_backgroundSortRows = kBackgroundSortRows;
    bool m_needsSort = false;
    bool m_pendingFilter = false; // the worker's rows are a new filter's
    // Not a QFuture<std::vector>: takeResult() resets the state the model's copy waits on.
    QFuture<void> m_sorting;
    std::shared_ptr<std::vector<quint32>> m_sorted; // written by the worker, read when done
    // The worker's storeIdOrder(), when it had to work it out; null when it was given m_idOrder.
    std::shared_ptr<std::vector<quint32>> m_sortedIdOrder;
    quint64 m_sortedGeneration = 0;
    quint64 m_sortTicket = 0;
};

} // namespace fota
