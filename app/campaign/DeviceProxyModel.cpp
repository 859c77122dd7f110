// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceProxyModel.h"

#include "campaign/DeviceTableModel.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace fota {

namespace {

// Beyond this many changed rows a full re-filter and re-sort (O(n log n), ~0.1 s a million)
// is cheaper than reconciling each row.
constexpr size_t kReconcileLimit = 50'000;

} // namespace

DeviceProxyModel::DeviceProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

DeviceProxyModel::~DeviceProxyModel() = default;

void DeviceProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *model = qobject_cast<DeviceTableModel *>(sourceModel);
    if (sourceModel && !model) {
        qWarning("DeviceProxyModel only works on a DeviceTableModel");
        return;
    }
    beginResetModel();
    dropPendingSort();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_model = model;
    m_matcher.reset();
    m_order.reset();
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                &DeviceProxyModel::onRowsInserted);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DeviceProxyModel::onDataChanged);
        // Columns never move, so the model's header sections are the proxy's.
        connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            dropPendingSort();
            beginResetModel();
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            rebuildAll(true);
            endResetModel();
            startPendingSort();
        });
    }
    rebuildAll();
    endResetModel();
}

QModelIndex DeviceProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DeviceProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int DeviceProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

QModelIndex DeviceProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this ||
        size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_model->index(int(m_rows[size_t(proxyIndex.row())]), proxyIndex.column());
}

QModelIndex DeviceProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyOf.size())
        return {};
    const qint32 row = m_proxyOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant DeviceProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Horizontal headers do not depend on rows; the base class maps through row 0, which fails
    // while nothing is shown.
    if (orientation == Qt::Horizontal && m_model)
        return m_model->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

const std::vector<quint32> &DeviceProxyModel::visibleStoreRows() const
{
    // Logically const: the rows shown are the sorted ones, only not swapped in yet.
    const_cast<DeviceProxyModel *>(this)->finishPendingSort();
    return m_rows;
}

bool DeviceProxyModel::inOrder(quint32 a, quint32 b) const
{
    return m_order ? m_order->before(a, b) : a < b;
}

void DeviceProxyModel::sortRows(std::vector<quint32> &rows) const
{
    if (m_order)
        m_order->sort(rows, rows.size() >= DeviceOrder::kRadixMin &&
                                    rows.size() * 4 >= size_t(m_model->rowCount())
                                ? &storeIdOrder()
                                : nullptr);
    else
        std::sort(rows.begin(), rows.end());
}

// The ID order to change: a sort worker reading it keeps the copy it has.
std::vector<quint32> &DeviceProxyModel::ownIdOrder() const
{
    if (m_idOrder.use_count() > 1)
        m_idOrder = std::make_shared<std::vector<quint32>>(*m_idOrder);
    return *m_idOrder;
}

const std::vector<quint32> &DeviceProxyModel::storeIdOrder() const
{
    const DeviceStore &store = m_model->store();
    if (m_idOrderGeneration != store.generation() || m_idOrder->size() > store.size()) {
        m_idOrder = std::make_shared<std::vector<quint32>>(DeviceOrder::byDeviceId(store));
        m_idOrderGeneration = store.generation();
        return *m_idOrder;
    }
    if (m_idOrder->size() == store.size())
        return *m_idOrder;
    // Rows only ever get appended: sort the new ones and merge them in, or just append them
    // when a walk in ID order brought them after every row already there.
    const DeviceOrder byId(store, DeviceColumn::DeviceId, Qt::AscendingOrder);
    std::vector<quint32> added(store.size() - m_idOrder->size());
    std::iota(added.begin(), added.end(), quint32(m_idOrder->size()));
    byId.sort(added);
    std::vector<quint32> &order = ownIdOrder();
    if (order.empty() || byId.before(order.back(), added.front())) {
        order.insert(order.end(), added.begin(), added.end());
        return order;
    }
    std::vector<quint32> merged;
    merged.reserve(store.size());
    std::merge(order.begin(), order.end(), added.begin(), added.end(), std::back_inserter(merged),
               [&byId](quint32 a, quint32 b) { return byId.before(a, b); });
    order.swap(merged);
    return order;
}

template <typename Rebuild>
void DeviceProxyModel::changeLayout(Rebuild &&rebuild, QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> storeRows;
    storeRows.reserve(size_t(before.size()));
    for (const QModelIndex &p : before)
        storeRows.push_back(size_t(p.row()) < m_rows.size() ? qint64(m_rows[size_t(p.row())]) : -1);

    rebuild();
    rebuildIndex();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const qint64 storeRow = storeRows[size_t(i)];
        const qint32 row = storeRow >= 0 ? m_proxyOf[size_t(storeRow)] : -1;
        after.append(row >= 0 ? createIndex(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void DeviceProxyModel::rebuildIndex()
{
    const size_t sourceRows = m_model ? size_t(m_model->rowCount()) : 0;
    m_proxyOf.assign(sourceRows, -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyOf[m_rows[i]] = qint32(i);
}

void DeviceProxyModel::rebuildAll(bool deferSort)
{
    m_rows.clear();
    if (!m_model) {
        m_proxyOf.clear();
        return;
    }
    const DeviceStore &store = m_model->store();
    m_matcher = makeMatcher();
    if (m_sortColumn >= 0)
        m_order = std::make_unique<DeviceOrder>(store, DeviceColumn(m_sortColumn), m_sortOrder);
    else
        m_order.reset();
    const auto count = quint32(m_model->rowCount());
    if (m_filter.isEmpty()) {
        m_rows.resize(count);
        std::iota(m_rows.begin(), m_rows.end(), 0u);
    } else {
        for (quint32 r = 0; r < count; ++r) {
            if (m_matcher->accepts(r))
                m_rows.push_back(r);
        }
    }
    m_needsSort = deferSort && m_order && m_rows.size() >= size_t(m_backgroundSortRows);
    if (m_order && !m_needsSort)
        m_order->sort(m_rows);
    rebuildIndex();
}

void DeviceProxyModel::startPendingSort()
{
    if (!m_needsSort || !m_model)
        return;
    m_needsSort = false;
    startWorker(nullptr, true);
}

void DeviceProxyModel::startWorker(std::shared_ptr<const DeviceFilterMatcher> pick, bool fromShown)
{
    // The worker has its own rows, matcher and order (ranks made here); the store it reads is
    // held unchanged by the model until the worker is done (addStoreReader), also when the
    // worker was dropped for a newer one.
    const DeviceStore *store = &m_model->store();
    std::shared_ptr<const DeviceOrder> order;
    if (m_sortColumn >= 0 && (!pick || !fromShown))
        order =
            std::make_shared<const DeviceOrder>(*store, DeviceColumn(m_sortColumn), m_sortOrder);
    m_sorted = fromShown ? std::make_shared<std::vector<quint32>>(m_rows)
                         : std::make_shared<std::vector<quint32>>();
    // The table's ID order as kept while it loaded, if it is the store's as it is now; else the
    // worker works it out when its sort needs it.
    std::shared_ptr<const std::vector<quint32>> known;
    if (m_idOrderGeneration == store->generation() && m_idOrder->size() == store->size())
        known = m_idOrder;
    m_sortedIdOrder = known ? nullptr : std::make_shared<std::vector<quint32>>();
    m_sortedGeneration = store->generation();
    m_sorting = QtConcurrent::run(
        [pick, fromShown, order, store, rows = m_sorted, known, ids = m_sortedIdOrder]() mutable {
            if (pick && fromShown) {
                std::erase_if(*rows, [&pick](quint32 r) { return !pick->accepts(r); });
            } else if (pick) {
                for (quint32 r = 0; r < quint32(store->size()); ++r) {
                    if (pick->accepts(r))
                        rows->push_back(r);
                }
            }
            pick.reset(); // the proxy's own again before the result is: it may refresh it
            if (!order)
                return;
            // Picking a few rows out of the whole ID order costs a pass over all of it.
            const bool useIdOrder =
                rows->size() >= DeviceOrder::kRadixMin && rows->size() * 4 >= store->size();
            if (useIdOrder && !known)
                *ids = DeviceOrder::byDeviceId(*store);
            order->sort(*rows, useIdOrder ? (known ? known.get() : ids.get()) : nullptr);
        });
    m_model->addStoreReader(m_sorting);
    const quint64 ticket = ++m_sortTicket;
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        if (ticket == m_sortTicket)
            finishPendingSort();
    });
    watcher->setFuture(m_sorting);
}

void DeviceProxyModel::finishPendingSort()
{
    if (!m_sorting.isValid())
        return;
    ++m_sortTicket;
    m_sorting.waitForFinished();
    m_sorting = {};
    std::vector<quint32> sorted = std::move(*std::exchange(m_sorted, nullptr));
    // The ID order of the table as the worker saw it, if its sort needed it; rows added since
    // are merged in later.
    if (m_sortedIdOrder && !m_sortedIdOrder->empty()) {
        m_idOrder = m_sortedIdOrder;
        m_idOrderGeneration = m_sortedGeneration;
    }
    m_sortedIdOrder.reset();
    // A filter shows and hides rows; a sort only moves them.
    const auto hint = std::exchange(m_pendingFilter, false) ? QAbstractItemModel::NoLayoutChangeHint
                                                            : QAbstractItemModel::VerticalSortHint;
    changeLayout([&] { m_rows = std::move(sorted); }, hint);
}

void DeviceProxyModel::dropPendingSort()
{
    // The worker's rows describe a table that is going away; it finishes on its own (the
    // model waits for it before changing the store).
    ++m_sortTicket;
    m_sorting = {};
    m_sorted.reset(); // the worker keeps its own references
    m_sortedIdOrder.reset();
    m_needsSort = false;
    m_pendingFilter = false;
}

void DeviceProxyModel::refreshMatcher()
{
    // A worker that was dropped may still read the one it shares; refresh() grows its tables.
    if (m_matcher.use_count() > 1)
        m_matcher = makeMatcher();
    else
        m_matcher->refresh();
}

std::unique_ptr<DeviceFilterMatcher> DeviceProxyModel::makeMatcher()
{
    const DeviceStore &store = m_model->store();
    // Folding waits for the first search, and then folds each new reason once.
    if (!m_filter.text.trimmed().isEmpty())
        m_reasonFolds.update(store.reasons(), store.generation());
    return std::make_unique<DeviceFilterMatcher>(m_filter, store, &m_reasonFolds);
}

void DeviceProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= kDeviceColumnCount)
        return;
    column = std::max(column, -1);
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    if (column >= 0 && m_model && m_rows.size() >= size_t(m_backgroundSortRows)) {
        // Sorting a million rows by a time holds the thread for 60-90 ms: the rows keep their
        // old order until a worker has the new one. An earlier click still being sorted is
        // dropped, not waited for.
        const bool filterPending = m_pendingFilter;
        dropPendingSort();
        m_sortColumn = column;
        m_sortOrder = order;
        m_order = std::make_unique<DeviceOrder>(m_model->store(), DeviceColumn(column), order);
        // The rows shown may still be those of the filter before a pending one.
        m_pendingFilter = filterPending;
        startWorker(filterPending ? m_matcher : nullptr, !filterPending);
        return;
    }
    finishPendingSort();
    changeLayout(
        [&] {
            m_sortColumn = column;
            m_sortOrder = order;
            if (m_model && column >= 0)
                m_order =
                    std::make_unique<DeviceOrder>(m_model->store(), DeviceColumn(column), order);
            else
                m_order.reset();
            sortRows(m_rows);
        },
        QAbstractItemModel::VerticalSortHint);
}

void DeviceProxyModel::setFilter(const DeviceFilter &filter)
{
    if (filter == m_filter)
        return;
    if (m_model && m_model->rowCount() >= m_backgroundSortRows) {
        filterOnAWorker(filter);
        return;
    }
    finishPendingSort();
    changeLayout(
        [&] {
            const DeviceFilter previous = std::exchange(m_filter, filter);
            if (!m_model)
                return;
            m_matcher = makeMatcher();
            const bool narrower = previous.contains(filter);
            if (narrower) {
                // Typing more characters or unticking a bucket only hides rows: filter the
                // visible ones in place, keeping their order, instead of re-sorting everything.
                std::erase_if(m_rows, [this](quint32 r) { return !m_matcher->accepts(r); });
                return;
            }
            m_rows.clear();
            const auto count = quint32(m_model->rowCount());
            for (quint32 r = 0; r < count; ++r) {
                if (m_matcher->accepts(r))
                    m_rows.push_back(r);
            }
            sortRows(m_rows);
        },
        QAbstractItemModel::NoLayoutChangeHint);
}

void DeviceProxyModel::filterOnAWorker(const DeviceFilter &filter)
{
    // Matching a text against a million IMEIs holds a thread for 30-70 ms: the rows shown stay
    // until a worker has picked (and sorted) the new ones. A filter or sort still being worked
    // out is dropped, and the whole table picked again.
    const bool pending = isSortPending();
    dropPendingSort();
    const DeviceFilter previous = std::exchange(m_filter, filter);
    m_matcher = makeMatcher();
    // Typing more characters or unticking a bucket only hides rows: the shown ones are picked
    // in their order, without a sort.
    const bool narrower = !pending && previous.contains(filter);
    m_pendingFilter = true;
    startWorker(m_matcher, narrower);
}

void DeviceProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_model)
        return;
    finishPendingSort();
    if (!m_filter.text.trimmed().isEmpty())
        m_reasonFolds.update(m_model->store().reasons(), m_model->store().generation());
    refreshMatcher();
    if (m_order) {
        m_order->refreshRanks();
        // Kept up to date while a sorted table loads (a walk's batches usually just append),
        // so the first sort after the load does not work out a million rows' ID order.
        if (m_model->rowCount() >= int(DeviceOrder::kRadixMin))
            storeIdOrder();
    }

    std::vector<quint32> added;
    added.reserve(size_t(last - first + 1));
    for (auto r = quint32(first); r <= quint32(last); ++r) {
        if (m_matcher->accepts(r))
            added.push_back(r);
    }
    sortRows(added);
    const bool appendAtEnd =
        added.empty() || m_rows.empty() || !inOrder(added.front(), m_rows.back());
    if (appendAtEnd) {
        m_proxyOf.resize(size_t(m_model->rowCount()), -1);
        if (added.empty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        for (const quint32 r : added) {
            m_proxyOf[r] = qint32(m_rows.size());
            m_rows.push_back(r);
        }
        endInsertRows();
        return;
    }
    // New rows fall between shown ones: merge in one pass, announced as one layout change.
    changeLayout(
        [&] {
            std::vector<quint32> merged;
            merged.reserve(m_rows.size() + added.size());
            std::merge(m_rows.begin(), m_rows.end(), added.begin(), added.end(),
                       std::back_inserter(merged),
                       [this](quint32 a, quint32 b) { return inOrder(a, b); });
            m_rows.swap(merged);
        },
        QAbstractItemModel::NoLayoutChangeHint);
}

bool DeviceProxyModel::affectsLayout(const QList<int> &roles)
{
    // An empty list means "anything may have changed". The display-only roles below are what
    // the clock tick and the time-zone switch change; sorting and filtering read raw values,
    // buckets and marks, and the overdue filter compares with its own nowMs, not the model's.
    static const QList<int> displayOnly = {Qt::DisplayRole,
                                           Qt::ToolTipRole,
                                           Qt::FontRole,
                                           DeviceTableModel::OverdueRole,
                                           DeviceTableModel::CopyRole,
                                           DeviceTableModel::RelativeTimeRole,
                                           DeviceTableModel::PreviousStatusRole};
    if (roles.isEmpty())
        return true;
    return std::any_of(roles.begin(), roles.end(),
                       [](int role) { return !displayOnly.contains(role); });
}

void DeviceProxyModel::emitShownRange(const std::vector<quint32> &changed, int firstColumn,
                                      int lastColumn, const QList<int> &roles)
{
    // One signal from the first to the last shown row that changed: a view repaints only what
    // it shows of that range, so rows in between cost nothing.
    qint32 lo = -1;
    qint32 hi = -1;
    for (const quint32 r : changed) {
        const qint32 at = m_proxyOf[r];
        if (at < 0)
            continue;
        lo = lo < 0 ? at : std::min(lo, at);
        hi = std::max(hi, at);
    }
    if (lo >= 0)
        emit dataChanged(index(lo, firstColumn), index(hi, lastColumn), roles);
}

void DeviceProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (!m_model || !topLeft.isValid() || !bottomRight.isValid() || m_rows.empty())
        return;
    finishPendingSort();
    const auto first = quint32(topLeft.row());
    const auto last = quint32(bottomRight.row());
    const int left = topLeft.column();
    const int right = bottomRight.column();
    const bool wholeRange = first == 0 && last + 1 >= quint32(m_model->rowCount());

    if (!affectsLayout(roles)) {
        // Nothing can move: the clock tick or the zone switch, often over every row.
        if (wholeRange) {
            emit dataChanged(index(0, left), index(int(m_rows.size()) - 1, right), roles);
            return;
        }
        std::vector<quint32> changed(last - first + 1);
        std::iota(changed.begin(), changed.end(), first);
        emitShownRange(changed, left, right, roles);
        return;
    }

    if (!m_filter.text.trimmed().isEmpty())
        m_reasonFolds.update(m_model->store().reasons(), m_model->store().generation());
    refreshMatcher();
    if (m_order)
        m_order->refreshRanks();

    // Does any changed row need to appear, disappear or move? A refresh or a page says which
    // rows changed, so a few scattered changes do not cost a look at every row between them.
    std::vector<quint32> changed;
    if (const std::vector<quint32> *hint = m_model->changedRowsHint()) {
        // A row updated twice in one batch is listed twice.
        changed = *hint;
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    } else {
        changed.resize(last - first + 1);
        std::iota(changed.begin(), changed.end(), first);
    }
    bool layoutAffected = false;
    for (const quint32 r : changed) {
        const qint32 at = m_proxyOf[r];
        const bool shown = at >= 0;
        if (shown != m_matcher->accepts(r)) {
            layoutAffected = true;
            break;
        }
        if (shown && m_order) {
            const bool afterPrevious = at == 0 || !inOrder(r, m_rows[size_t(at - 1)]);
            const bool beforeNext =
                size_t(at + 1) >= m_rows.size() || !inOrder(m_rows[size_t(at + 1)], r);
            if (!afterPrevious || !beforeNext) {
                layoutAffected = true;
                break;
            }
        }
    }
    if (layoutAffected) {
        if (changed.size() > kReconcileLimit)
            changeLayout([this] { rebuildAll(); }, QAbstractItemModel::NoLayoutChangeHint);
        else
            changeLayout([&] { reconcile(changed); }, QAbstractItemModel::NoLayoutChangeHint);
        // A layout change tells views to re-read what they show, but not that values changed.
        emitShownRange(changed, left, right, roles);
        return;
    }
    if (wholeRange && changed.size() == m_proxyOf.size())
        emit dataChanged(index(0, left), index(int(m_rows.size()) - 1, right), roles);
    else
        emitShownRange(changed, left, right, roles);
}

void DeviceProxyModel::reconcile(const std::vector<quint32> &changed)
{
    std::vector<bool> isChanged(size_t(m_model->rowCount()), false);
    for (const quint32 r : changed)
        isChanged[r] = true;
    std::erase_if(m_rows, [&](quint32 r) { return isChanged[r]; });
    std::vector<quint32> back;
    for (const quint32 r : changed) {
        if (m_matcher->accepts(r))
            back.push_back(r);
    }
    sortRows(back);
    std::vector<quint32> merged;
    merged.reserve(m_rows.size() + back.size());
    std::merge(m_rows.begin(), m_rows.end(), back.begin(), back.end(), std::back_inserter(merged),
               [this](quint32 a, quint32 b) { return inOrder(a, b); });
    m_rows.swap(merged);
}

} // namespace fota
