// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceTableModel.h"

#include "campaign/DeviceFilter.h"
#include "thingspace/TimeFormat.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <cstdlib>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QVariant rawTime(qint64 t)
{
    return t == kNoTime ? QVariant() : QVariant(t);
}

} // namespace

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { applyPending(m_maxRowsPerChange); });
}

DeviceTableModel::~DeviceTableModel()
{
    // Workers read m_store: they must be gone before the store is.
    for (QFuture<void> &reader : m_readers)
        reader.waitForFinished();
    if (m_diff.isValid()) {
        m_diffCancel->store(true);
        m_diff.waitForFinished();
    }
    m_compareJob.waitForFinished();
}

void DeviceTableModel::addStoreReader(const QFuture<void> &reader)
{
    m_readers.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_readers.append(reader);
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kDeviceColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto rowIndex = quint32(index.row());
    const DeviceRow &row = m_store.row(rowIndex);
    const auto column = DeviceColumn(index.column());

    switch (role) {
    case BucketRole:
        return int(m_store.bucket(row));
    case ChangedRole:
        return m_store.statusChanged(rowIndex);
    case OverdueRole:
        return DeviceFilterMatcher::isOverdue(m_store, row, m_nowMs);
    case StoreRowRole:
        return rowIndex;
    case PreviousStatusRole:
        return m_store.statusChanged(rowIndex) ? QVariant(m_store.previousStatus(rowIndex))
                                               : QVariant();
    case RelativeTimeRole:
        if (column != DeviceColumn::NextAttempt || row.nextAttemptTime == kNoTime || m_nowMs == 0)
            return {};
        return relativeText(row.nextAttemptTime - m_nowMs,
                            DeviceFilterMatcher::isOverdue(m_store, row, m_nowMs));
    case CopyRole:
        return copyData(row, rowIndex, column);
    case RawRole:
        switch (column) {
        case DeviceColumn::DeviceId:
            return m_store.deviceId(rowIndex);
        case DeviceColumn::Status:
            return m_store.status(rowIndex);
        case DeviceColumn::ResultReason:
            return m_store.reason(rowIndex);
        case DeviceColumn::StatusTime:
            return rawTime(row.updatedTime);
        case DeviceColumn::LastAttempt:
            return rawTime(row.recentAttemptTime);
        case DeviceColumn::NextAttempt:
            return rawTime(row.nextAttemptTime);
        case DeviceColumn::Bucket:
            return int(m_store.bucket(row));
        case DeviceColumn::Count:
            break;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(row, rowIndex, column, role);
    default:
        return {};
    }
}

QString DeviceTableModel::reasonLine(const QString &reason, qsizetype maxChars)
{
    // Cut before replacing: the work must not grow with a hostile reason's length.
    QString line = reason.left(maxChars + 1);
    line.replace(u"\r\n"_s, u" ⏎ "_s).replace(u'\n', u" ⏎ "_s).replace(u'\r', u' ');
    if (line.size() > maxChars || reason.size() > maxChars)
        line = line.left(maxChars - 1) + u'…';
    return line;
}

QVariant DeviceTableModel::displayData(const DeviceRow &row, quint32 rowIndex, DeviceColumn column,
                                       int role) const
{
    const bool tip = role == Qt::ToolTipRole;
    const auto timeText = [&](qint64 t) {
        return tip ? m_time.timeWithZone(t) : m_time.displayTime(t);
    };
    switch (column) {
    case DeviceColumn::DeviceId:
        return m_store.deviceId(rowIndex);
    case DeviceColumn::Status:
        if (tip && m_store.statusChanged(rowIndex)) {
            const QString &before = m_store.previousStatus(rowIndex);
            return tr("%1, changed from %2 (not yet marked seen)")
                .arg(m_store.status(rowIndex), before.isEmpty() ? tr("(no status)") : before);
        }
        return m_store.status(rowIndex);
    case DeviceColumn::ResultReason:
        // One line per row in the table; the tooltip keeps the line breaks.
        return tip ? QString(m_store.reason(rowIndex).left(kToolTipChars) +
                             (m_store.reason(rowIndex).size() > kToolTipChars ? u"…"_s : QString()))
                   : reasonLine(m_store.reason(rowIndex), kCellChars);
    case DeviceColumn::StatusTime:
        return timeText(row.updatedTime);
    case DeviceColumn::LastAttempt:
        return timeText(row.recentAttemptTime);
    case DeviceColumn::NextAttempt: {
        if (row.nextAttemptTime == kNoTime)
            return QString();
        const bool overdue = DeviceFilterMatcher::isOverdue(m_store, row, m_nowMs);
        if (tip || m_nowMs == 0)
            return overdue ? tr("%1 — overdue: still pending after its next attempt")
                                 .arg(timeText(row.nextAttemptTime))
                           : timeText(row.nextAttemptTime);
        // Only a pending device can be overdue; a finished one just had its attempt.
        return u"%1 (%2)"_s.arg(m_time.displayTime(row.nextAttemptTime),
                                relativeText(row.nextAttemptTime - m_nowMs, overdue));
    }
    case DeviceColumn::Bucket:
        return StatusBuckets::displayName(m_store.bucket(row));
    case DeviceColumn::Count:
        break;
    }
    return {};
}

QVariant DeviceTableModel::copyData(const DeviceRow &row, quint32 rowIndex,
                                    DeviceColumn column) const
{
    switch (column) {
    case DeviceColumn::ResultReason:
        return m_store.reason(rowIndex);
    case DeviceColumn::StatusTime:
        return m_time.time(row.updatedTime);
    case DeviceColumn::LastAttempt:
        return m_time.time(row.recentAttemptTime);
    case DeviceColumn::NextAttempt:
        return m_time.time(row.nextAttemptTime);
    case DeviceColumn::DeviceId:
    case DeviceColumn::Status:
    case DeviceColumn::Bucket:
        return displayData(row, rowIndex, column, Qt::DisplayRole);
    case DeviceColumn::Count:
        break;
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kDeviceColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = DeviceColumn(section);
    if (role == Qt::DisplayRole)
        return DeviceColumns::isTime(column)
                   //: A time column's header: %1 the column's title ("Status time"), %2 its time
                   //: zone ("UTC" or "local, Europe/Paris").
                   ? tr("%1 (%2)").arg(DeviceColumns::title(column), m_time.zoneName())
                   : DeviceColumns::title(column);
    if (role == Qt::ToolTipRole)
        return DeviceColumns::apiField(column);
    return {};
}

void DeviceTableModel::upsertDevices(const QVector<DeviceRecord> &devices)
{
    if (devices.isEmpty())
        return;
    flushPendingPages(); // in arrival order
    stopReaders();
    publish(m_store.upsert(devices));
}

void DeviceTableModel::mergePage(const DecodedPage &page)
{
    if (page.devices.empty())
        return;
    m_pending.push_back(page);
    m_pendingRows += qsizetype(page.devices.size());
    // A burst (pages that waited for the lane before them, handed on at once) is merged as it
    // comes, a bounded step at a time: waiting for the interval would make one change of
    // everything the burst brought, a stall that grows with the burst.
    if (m_pendingRows >= m_maxRowsPerChange) {
        applyPending(m_maxRowsPerChange);
        return;
    }
    if (m_flushTimer.isActive())
        return;
    const qint64 since = m_clock->steadyMs() - m_lastFlushMs;
    if (since >= m_coalesceMs)
        applyPending(m_maxRowsPerChange);
    else
        m_flushTimer.start(int(m_coalesceMs - since));
}

void DeviceTableModel::flushPendingPages()
{
    applyPending(std::numeric_limits<qsizetype>::max());
}

void DeviceTableModel::applyPending(qsizetype maxRows)
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    stopReaders();
    m_lastFlushMs = m_clock->steadyMs();
    // Whole pages, in arrival order, as many as fit in maxRows (at least one).
    size_t take = 0;
    qsizetype rows = 0;
    while (take < m_pending.size() &&
           (take == 0 || rows + qsizetype(m_pending[take].devices.size()) <= maxRows))
        rows += qsizetype(m_pending[take++].devices.size());
    std::vector<DecodedPage> pages;
    if (take == m_pending.size()) {
        pages = std::move(m_pending);
        m_pending.clear();
    } else {
        pages.assign(std::make_move_iterator(m_pending.begin()),
                     std::make_move_iterator(m_pending.begin() + qsizetype(take)));
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(take));
    }
    m_pendingRows -= rows;
    DeviceStore::UpsertResult all;
    all.firstNewRow = m_store.size();
    for (const DecodedPage &page : pages) {
        const DeviceStore::UpsertResult r = m_store.upsert(page);
        all.newRows += r.newRows;
        // A row added by an earlier page of this batch is still new to the views.
        for (const quint32 row : r.updatedRows) {
            if (row < all.firstNewRow)
                all.updatedRows.push_back(row);
        }
    }
    // What did not fit waits for the next change: the next turn of the event loop when it is a
    // step of its own, else the interval.
    if (!m_pending.empty())
        m_flushTimer.start(m_pendingRows >= m_maxRowsPerChange ? 0 : m_coalesceMs);
    publish(all);
}

void DeviceTableModel::publish(const DeviceStore::UpsertResult &result)
{
    // The store appends new rows at once; the model publishes them through m_rowCount inside
    // begin/endInsertRows, so views never see rows before they are announced. Existing row
    // numbers never move, so nothing else changes underneath the views.
    const auto &updated = result.updatedRows;
    if (!updated.empty()) {
        // One signal spanning every updated row: a receiver handling rows one at a time would
        // see the others already changed in the store but not yet announced.
        const auto [lo, hi] = std::minmax_element(updated.begin(), updated.end());
        m_changedHint = &updated;
        emit dataChanged(index(int(*lo), 0), index(int(*hi), kDeviceColumnCount - 1));
        m_changedHint = nullptr;
    }
    // Updates first, while only the old rows are published: a sorted proxy must re-place the
    // changed rows before it merges new ones into an order that assumes it is sorted.
    if (result.newRows > 0) {
        beginInsertRows({}, int(result.firstNewRow), int(result.firstNewRow + result.newRows - 1));
        m_rowCount = int(m_store.size());
        endInsertRows();
    }
    if (result.newRows > 0 || !updated.empty())
        emit countsChanged();
}

void DeviceTableModel::setTotalDevice(std::optional<qint64> total)
{
    stopReaders();
    m_store.setTotalDevice(total);
}

QString DeviceTableModel::relativeText(qint64 deltaMs, bool overdue)
{
    const qint64 minutes = std::abs(deltaMs) / 60'000;
    QString amount;
    if (minutes < 1)
        //: A span of time in the next-attempt column, as short as possible ("in <1 min").
        amount = tr("<1 min");
    else if (minutes < 60)
        //: %1 minutes, abbreviated (the column is narrow).
        amount = tr("%1 min").arg(minutes);
    else if (minutes < 48 * 60)
        //: %1 hours, abbreviated (the column is narrow).
        amount = tr("%1 h").arg((minutes + 30) / 60);
    else
        //: %L1 days, abbreviated (the column is narrow).
        amount = tr("%L1 d").arg((minutes + 12 * 60) / (24 * 60));
    if (deltaMs >= 0)
        //: A next attempt still to come; %1 is a span such as "3 h".
        return tr("in %1").arg(amount);
    //: %1 is how long ago a pending device should have been attempted again.
    return overdue ? tr("overdue %1").arg(amount) : tr("%1 ago").arg(amount);
}

void DeviceTableModel::setUseUtc(bool utc)
{
    if (utc == m_time.isUtc())
        return;
    m_time.setUtc(utc);
    emit headerDataChanged(Qt::Horizontal, 0, kDeviceColumnCount - 1);
    if (m_rowCount > 0)
        emit dataChanged(index(0, int(DeviceColumn::StatusTime)),
                         index(m_rowCount - 1, int(DeviceColumn::NextAttempt)),
                         {Qt::DisplayRole, Qt::ToolTipRole, CopyRole});
    emit timeZoneChanged();
}

void DeviceTableModel::setNow(qint64 msSinceEpoch)
{
    if (msSinceEpoch == m_nowMs)
        return;
    m_nowMs = msSinceEpoch;
    if (m_rowCount > 0)
        emit dataChanged(index(0, int(DeviceColumn::NextAttempt)),
                         index(m_rowCount - 1, int(DeviceColumn::NextAttempt)),
                         {Qt::DisplayRole, Qt::ToolTipRole, OverdueRole});
}

DeviceTableModel::RefreshSummary DeviceTableModel::applyRefresh(const DeviceStore &fresh)
{
    flushPendingPages();
    stopReaders();
    const std::optional<RefreshDiff> diff =
        RefreshDiff::compute(m_store, std::make_shared<const DeviceStore>(fresh));
    return applyDiff(*diff);
}

void DeviceTableModel::applyRefreshInBackground(DeviceStore fresh)
{
    flushPendingPages();
    stopReaders();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto freshRows = std::make_shared<const DeviceStore>(std::move(fresh));
    const DeviceStore *shown = &m_store;
    m_diffCancel = cancel;
    const quint64 ticket = ++m_diffTicket;
    m_diff = QtConcurrent::run([shown, freshRows, cancel] {
        return RefreshDiff::compute(*shown, freshRows, cancel.get());
    });
    watchDiff(ticket, nullptr);
}

void DeviceTableModel::startRefreshCompare()
{
    flushPendingPages();
    waitForCompareJobs();
    m_refreshChanges = std::make_shared<RefreshChanges>(m_store);
    m_appliedChanges.reset();
}

void DeviceTableModel::compareRefreshPage(const DecodedPage &page)
{
    if (!m_refreshChanges || !m_refreshChanges->enqueue(page))
        return; // the drain running takes it
    const DeviceStore *shown = &m_store;
    m_compareJob =
        QtConcurrent::run([shown, changes = m_refreshChanges] { changes->drain(*shown); });
}

void DeviceTableModel::applyComparedRefresh(std::optional<qint64> totalDevice)
{
    if (!m_refreshChanges)
        return;
    flushPendingPages();
    stopReaders(false); // the diff waits for the page comparisons on its worker
    auto cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<RefreshChanges> changes = std::exchange(m_refreshChanges, nullptr);
    const DeviceStore *shown = &m_store;
    m_diffCancel = cancel;
    const quint64 ticket = ++m_diffTicket;
    m_diff = QtConcurrent::run([shown, changes, totalDevice, cancel, drain = m_compareJob] {
        QFuture<void>(drain).waitForFinished();
        if (!changes->isFor(*shown))
            return std::optional<RefreshDiff>();
        auto fresh = std::make_shared<DeviceStore>(changes->takeRows());
        if (totalDevice)
            fresh->setTotalDevice(totalDevice);
        return RefreshDiff::compute(*shown, std::move(fresh), cancel.get());
    });
    m_compareJob = {}; // done before m_diff is
    watchDiff(ticket, changes);
}

void DeviceTableModel::watchDiff(quint64 ticket, std::shared_ptr<const RefreshChanges> changes)
{
    auto *watcher = new QFutureWatcher<std::optional<RefreshDiff>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, changes] {
        watcher->deleteLater();
        if (ticket != m_diffTicket)
            return; // cancelled: stopReaders() already said so
        const std::optional<RefreshDiff> diff = m_diff.takeResult();
        m_diff = {};
        m_diffCancel.reset();
        if (!diff || !diff->isFor(m_store)) {
            emit refreshDropped();
            return;
        }
        m_appliedChanges = changes;
        emit refreshApplied(applyDiff(*diff));
    });
    watcher->setFuture(m_diff);
}

void DeviceTableModel::dropRefreshCompare()
{
    m_refreshChanges.reset(); // a comparison still running keeps its own reference
}

void DeviceTableModel::waitForCompareJobs()
{
    m_compareJob.waitForFinished();
    m_compareJob = {};
}

quint32 DeviceTableModel::lastRefreshUnlisted() const
{
    return m_appliedChanges ? m_appliedChanges->unlisted() : 0;
}

DeviceStore DeviceTableModel::lastRefreshListedRows() const
{
    return m_appliedChanges ? WalkedRows(m_store, m_appliedChanges).take() : DeviceStore();
}

WalkedRows DeviceTableModel::walkedRows(bool afterRefresh) const
{
    const bool listedOnly = afterRefresh && lastRefreshUnlisted() > 0;
    return WalkedRows(m_store, listedOnly ? m_appliedChanges : nullptr);
}

void DeviceTableModel::cancelRefresh()
{
    stopReaders();
}

void DeviceTableModel::stopReaders(bool comparisonsToo)
{
    if (comparisonsToo)
        waitForCompareJobs();
    for (QFuture<void> &reader : m_readers)
        reader.waitForFinished();
    m_readers.clear();
    if (!m_diff.isValid())
        return;
    m_diffCancel->store(true);
    m_diff.waitForFinished();
    m_diff = {};
    m_diffCancel.reset();
    ++m_diffTicket;
    emit refreshDropped();
}

DeviceTableModel::RefreshSummary DeviceTableModel::applyDiff(const RefreshDiff &diff)
{
    RefreshSummary summary;
    const DeviceStore::UpsertResult result =
        m_store.upsertMatched(diff.fresh(), diff.updated(), diff.added());
    summary.changed = result.statusChanges;
    summary.changedTo = result.changedTo;
    summary.added = result.newRows;
    if (diff.fresh().totalDevice())
        m_store.setTotalDevice(diff.fresh().totalDevice());
    // As a page's merge: one update spanning the rows that changed (the proxy hears which
    // ones), then one insertion for the devices that are new. A refresh that changed no row
    // still says the counts may have (the total can move on its own).
    publish(result);
    if (result.newRows == 0 && result.updatedRows.empty())
        emit countsChanged();
    summary.unseen = m_store.unseenChanges();
    summary.unseenIn = m_store.unseenCounts();
    return summary;
}

void DeviceTableModel::markAllSeen()
{
    flushPendingPages();
    if (!m_store.markAllSeen())
        return;
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, kDeviceColumnCount - 1),
                         {ChangedRole, PreviousStatusRole, Qt::ToolTipRole, Qt::FontRole});
    emit countsChanged();
}

DeviceTableModel::RefreshSummary DeviceTableModel::unseenSummary() const
{
    RefreshSummary summary;
    summary.unseen = m_store.unseenChanges();
    summary.unseenIn = m_store.unseenCounts();
    return summary;
}

QString DeviceTableModel::describe(const RefreshSummary &summary)
{
    const auto moves = [](const BucketCounts &counts) {
        QStringList parts;
        for (int b = 0; b < kBucketCount; ++b) {
            if (counts[size_t(b)] > 0)
                //: What a refresh changed, one part per bucket: %L1 how many devices, %2 the bucket
                //: they moved to, lower case ("120 → succeeded").
                parts << tr("%L1 → %2")
                             .arg(counts[size_t(b)])
                             .arg(StatusBuckets::displayName(StatusBucket(b)).toLower());
        }
        return parts.join(u", "_s);
    };
    QString text = summary.changed == 0
                       ? tr("No status changed since the last refresh")
                       : tr("%L1 changed: %2").arg(summary.changed).arg(moves(summary.changedTo));
    // Marks of earlier refreshes stay until the operator has seen them; say so, or a quiet
    // refresh would read as "nothing to look at".
    if (summary.unseen > summary.changed)
        text += tr("; %L1 unseen in all: %2").arg(summary.unseen).arg(moves(summary.unseenIn));
    if (summary.added > 0)
        text += tr("; %L1 new devices").arg(summary.added);
    return text;
}

void DeviceTableModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    m_pendingRows = 0;
    stopReaders();
    m_appliedChanges.reset();
    beginResetModel();
    m_store.clear();
    m_rowCount = 0;
    endResetModel();
    emit countsChanged();
}

void DeviceTableModel::replaceStore(DeviceStore store)
{
    // Pages still waiting belong to the walk this table replaces.
    m_flushTimer.stop();
    m_pending.clear();
    m_pendingRows = 0;
    stopReaders();
    m_appliedChanges.reset();
    beginResetModel();
    m_store = std::move(store);
    m_rowCount = int(m_store.size());
    endResetModel();
    emit countsChanged();
}

} // namespace fota
