#pragma once

#include "campaign/DeviceColumn.h"
#include "campaign/DeviceStore.h"

#include <QAbstractTableModel>

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
        ChangedRole,          // bool: status changed since the previous load
        OverdueRole,          // bool: pending, next attempt already past
    };

    // What a refresh moved, for a summary line ("12 changed: 9 → succeeded, 3 → failed").
    struct RefreshSummary
    {
        qint64 changed = 0;
        BucketCounts changedTo{};
        qint64 added = 0;
    };

    explicit DeviceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const DeviceStore &store() const { return m_store; }

    // One page: one rowsInserted for the new devices, dataChanged for the updated ones.
    void upsertDevices(const QVector<DeviceRecord> &devices);
    void setTotalDevice(std::optional<qint64> total);
    void reserve(qint64 devices) { m_store.reserve(devices); }
    void clear();
    // Applies a complete fresh load at once: change marks are reset and set again for the
    // devices whose status differs, in one structural update, so views keep selection and
    // scroll position. Devices missing from the fresh load are kept as they were.
    RefreshSummary applyRefresh(const DeviceStore &fresh);

    // Times in UTC (default) or in the local time zone; only the display changes.
    void setUseUtc(bool utc);
    bool useUtc() const { return m_useUtc; }
    // "Now" for relative next-attempt text and the overdue flag; the window ticks it.
    void setNow(qint64 msSinceEpoch);
    qint64 now() const { return m_nowMs; }

    QString formatTime(qint64 msSinceEpoch) const;
    static QString relativeText(qint64 deltaMs, bool overdue);
    // "12 changed: 9 → succeeded, 3 → failed".
    static QString describe(const RefreshSummary &summary);

signals:
    // After every change of the bucket counts (the counts live in the store).
    void countsChanged();

private:
    DeviceStore m_store;
    int m_rowCount = 0; // rows announced to views; the store may be ahead inside upsertDevices
    bool m_useUtc = true;
    qint64 m_nowMs = 0;
};

} // namespace fota
