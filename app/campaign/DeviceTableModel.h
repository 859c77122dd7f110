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
    void reserve(quint32 devices) { m_store.reserve(devices); }
    void clear();

signals:
    // After every change of the bucket counts (the counts live in the store).
    void countsChanged();

private:
    DeviceStore m_store;
    int m_rowCount = 0; // rows announced to views; the store may be ahead inside upsertDevices
};

} // namespace fota
