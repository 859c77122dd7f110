// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceColumn.h"
#include "campaign/DeviceStore.h"
#include "campaign/RefreshChanges.h"
#include "campaign/RefreshDiff.h"
#include "campaign/TimeDisplay.h"
#include "campaign/WalkedRows.h"
#include "common/Clock.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>

namespace fota {

// The table over the store. Text is made on demand in data(); RawRole gives what sorting and
// filtering use (ms since the epoch for times, qint64; the raw status string; ...).
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RawRole =
            Qt::UserRole + 1, // qint64 ms for times (invalid QVariant if absent), QString else
        BucketRole,           // int StatusBucket
        StoreRowRole,         // quint32 row in the store
        ChangedRole,          // bool: status changed, not yet marked seen
        OverdueRole,          // bool: pending, next attempt already past
        PreviousStatusRole,   // QString: the status last seen, for a changed device; else invalid
        // QString: a cell as the clipboard takes it: a plain time a spreadsheet reads as a date,
        // the whole reason; never the relative "(overdue 9 d)" text
        CopyRole,
        RelativeTimeRole, // QString: "in 3 h" / "overdue 9 d" for the next attempt; else invalid
    };

    // Longest result reason the table draws and a tooltip shows: a hostile 10 MB reason would
    // otherwise be laid out on every repaint. The detail pane and exports keep the whole text.
    static constexpr qsizetype kCellChars = 300;
    static constexpr qsizetype kToolTipChars = 1000;

    // What a refresh moved, for a summary line ("12 changed: 9 → succeeded, 3 → failed").
    struct RefreshSummary
    {
        qint64 changed = 0; // at this refresh
        BucketCounts changedTo{};
        qint64 added = 0;
        qint64 unseen = 0; // marked and not yet seen, this refresh's and earlier ones
        BucketCounts unseenIn{};
    };

    explicit DeviceTableModel(QObject *parent = nullptr);
    ~DeviceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const DeviceStore &store() const { return m_store; }

    // Applied at once: one rowsInserted for the new devices, one dataChanged for the updated.
    void upsertDevices(const QVector<DeviceRecord> &devices);
    // Pages as a load delivers them, coalesced: the model changes at most once every
    // coalesceInterval() (the first page at once), however many pages land in between, with one
    // rowsInserted for all their new rows and one dataChanged over the updated ones. At a
    // thousand pages that is what keeps the table from repainting a thousand times. No change
    // merges more than maxRowsPerChange() rows (whole pages; at least one): once that many
    // wait, they are merged at once, and what does not fit follows in later steps, so a burst
    // of pages costs several bounded steps of the GUI thread, never one long one.
    void mergePage(const DecodedPage &page);
    // Applies the pages still waiting now (the load ended, or the caller needs the rows); fewer
    // than maxRowsPerChange() rows wait at any time outside a step.
    void flushPendingPages();
    bool hasPendingPages() const { return !m_pending.empty(); }
    // At a million devices a merged row costs the GUI thread about 0.35 µs (store, proxy and
    // views; docs/benchmarks.md): a step of 32,768 rows is about 11 ms.
    static constexpr qsizetype kMaxRowsPerChange = 32'768;
    void setMaxRowsPerChange(qsizetype rows) { m_maxRowsPerChange = std::max<qsizetype>(1, rows); }
    qsizetype maxRowsPerChange() const { return m_maxRowsPerChange; }
    void setCoalesceInterval(int ms) { m_coalesceMs = ms; }
    int coalesceInterval() const { return m_coalesceMs; }
    // Where the coalescing reads the time since the last change; must outlive the model.
    void setClock(const Clock &clock) { m_clock = &clock; }
    void setTotalDevice(std::optional<qint64> total);
    void reserve(qint64 devices)
    {
        stopReaders();
        m_store.reserve(devices);
    }
    void clear();
    // Shows another whole table at once (e.g. a campaign's last stored one): one reset.
    void replaceStore(DeviceStore store);
    // Applies a complete fresh load at once, in one structural update, so views keep selection
    // and scroll position. Devices whose status differs are marked; marks of earlier refreshes
    // stay until markAllSeen(). Devices missing from the fresh load are kept as they were.
    RefreshSummary applyRefresh(const DeviceStore &fresh);
    // The same, with the comparison on a worker (RefreshDiff): the GUI thread then only writes
    // the rows that differ, announced with one dataChanged over them and one rowsInserted, and
    // emits refreshApplied(). While the worker reads the store nothing changes it: any change
    // of the rows (a page, clear(), replaceStore(), another refresh) first cancels the diff
    // and waits for the worker to stop (it looks every 4,096 rows), and the result is dropped
    // (refreshDropped()). markAllSeen() only touches the marks, which the worker does not read,
    // and the marks are worked out when the result is applied.
    void applyRefreshInBackground(DeviceStore fresh);
    // A refresh compared page by page as its walk runs, so it never holds a second full store:
    // startRefreshCompare() before its first page, compareRefreshPage() for every page (each
    // compared with the rows shown on a worker, in order; only the changed and new devices are
    // kept, RefreshChanges), then applyComparedRefresh() once the walk is complete, which
    // finishes on the worker and applies as applyRefreshInBackground() does (refreshApplied(),
    // or refreshDropped() when the rows shown changed since the start). The comparisons read
    // the store: any change of the rows waits for them first.
    void startRefreshCompare();
    void compareRefreshPage(const DecodedPage &page);
    void applyComparedRefresh(std::optional<qint64> totalDevice);
    // Forgets a refresh being compared page by page (it failed for good, or is superseded).
    void dropRefreshCompare();
    bool isComparingRefresh() const { return m_refreshChanges != nullptr; }
    // After a compared refresh was applied: how many rows shown its walk did not list (they
    // stay as they were), and the rows it did list, as a store of their own, for whoever
    // records what the walk saw (the history). Empty store when no refresh was applied.
    quint32 lastRefreshUnlisted() const;
    DeviceStore lastRefreshListedRows() const;
    // What a complete walk listed (CampaignSession::walkCompleted): every row after a load; after
    // a refresh, the rows lastRefreshListedRows() gives, or every row when it listed them all.
    WalkedRows walkedRows(bool afterRefresh) const;
    // Drops a background refresh still being compared; refreshDropped() if there was one.
    void cancelRefresh();
    bool isApplyingRefresh() const { return m_diff.isValid(); }
    // Inside a dataChanged() of this model: the rows that changed (a row may be listed twice,
    // in no particular order), when the signal's range also
    // spans rows that did not (a refresh or a page updating scattered rows); else null. Lets a
    // proxy look at those rows only instead of at every row in the range.
    const std::vector<quint32> *changedRowsHint() const { return m_changedHint; }
    // A worker outside the model that reads store() (a proxy sorting a table just shown): every
    // change of the rows waits for it to finish first, as for a background refresh.
    void addStoreReader(const QFuture<void> &reader);
    // Forgets every change mark ("Mark all seen"); one dataChanged for the rows.
    void markAllSeen();
    // The unseen marks as a summary (changed = 0): what the line says when nothing refreshed.
    RefreshSummary unseenSummary() const;

    // Times in UTC (default) or in the local time zone; only the display changes.
    void setUseUtc(bool utc);
    bool useUtc() const { return m_time.isUtc(); }
    const TimeDisplay &timeDisplay() const { return m_time; }
    // "Now" for relative next-attempt text and the overdue flag; the window ticks it.
    void setNow(qint64 msSinceEpoch);
    qint64 now() const { return m_nowMs; }

    QString formatTime(qint64 msSinceEpoch) const { return m_time.time(msSinceEpoch); }
    static QString relativeText(qint64 deltaMs, bool overdue);
    // "12 changed: 9 → succeeded, 3 → failed", and what else is unseen.
    static QString describe(const RefreshSummary &summary);
    // At most maxChars of a reason on one line ("⏎" for a line break, "…" when cut).
    static QString reasonLine(const QString &reason, qsizetype maxChars);

signals:
    // After every change of the bucket counts (the counts live in the store) and of the marks.
    void countsChanged();
    // After setUseUtc() changed the zone: whatever shows times outside the table follows.
    void timeZoneChanged();
    // A background refresh was applied.
    void refreshApplied(const fota::DeviceTableModel::RefreshSummary &summary);
    // A background refresh ended without being applied (cancelled, or the rows changed).
    void refreshDropped();

private:
    // Announces what an upsert changed: one dataChanged, then one insertion.
    void publish(const DeviceStore::UpsertResult &result);
    // Merges the pages waiting, in arrival order, up to maxRows rows, as one change.
    void applyPending(qsizetype maxRows);
    RefreshSummary applyDiff(const RefreshDiff &diff);
    // Applies m_diff's result when the worker is done, if it is still the latest.
    void watchDiff(quint64 ticket, std::shared_ptr<const RefreshChanges> changes);
    void waitForCompareJobs();
    // Called before anything changes m_store: no worker may be reading it then. Without
    // comparisonsToo, a refresh's page comparisons may still run.
    void stopReaders(bool comparisonsToo = true);
    QVariant displayData(const DeviceRow &row, quint32 rowIndex, DeviceColumn column,
                         int role) const;
    QVariant copyData(const DeviceRow &row, quint32 rowIndex, DeviceColumn column) const;

    DeviceStore m_store;
    int m_rowCount = 0; // rows announced to views; the store may be ahead inside publish()
    std::vector<DecodedPage> m_pending;
    qsizetype m_pendingRows = 0;
    qsizetype m_maxRowsPerChange = kMaxRowsPerChange;
    QTimer m_flushTimer;
    const Clock *m_clock = &Clock::system();
    qint64 m_lastFlushMs = std::numeric_limits<qint64>::min() / 2;
    int m_coalesceMs = 100;
    TimeDisplay m_time;
    qint64 m_nowMs = 0;
    QFuture<std::optional<RefreshDiff>> m_diff; // valid while a background refresh compares
    std::shared_ptr<std::atomic_bool> m_diffCancel;
    quint64 m_diffTicket = 0; // a finished diff applies only if it is still the latest
    const std::vector<quint32> *m_changedHint = nullptr;
    QList<QFuture<void>> m_readers;
    std::shared_ptr<RefreshChanges> m_refreshChanges;       // while a walk is compared
    std::shared_ptr<const RefreshChanges> m_appliedChanges; // of the last compared refresh
    QFuture<void> m_compareJob; // drains m_refreshChanges' pages on a worker
};

} // namespace fota
