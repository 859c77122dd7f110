#include "campaign/DeviceTableModel.h"

#include "thingspace/TimeFormat.h"

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
{}

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

    if (role == BucketRole)
        return int(row.bucket);
    if (role == StoreRowRole)
        return rowIndex;

    if (role == RawRole) {
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
        case DeviceColumn::Count:
            break;
        }
        return {};
    }

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case DeviceColumn::DeviceId:
            return m_store.deviceId(rowIndex);
        case DeviceColumn::Status:
            return m_store.status(rowIndex);
        case DeviceColumn::ResultReason: {
            const QString &reason = m_store.reason(rowIndex);
            if (role == Qt::ToolTipRole)
                return reason;
            // One line per row in the table; the tooltip and exports keep the newlines.
            QString line = reason;
            line.replace(u"\r\n"_s, u" ⏎ "_s).replace(u'\n', u" ⏎ "_s).replace(u'\r', u' ');
            return line;
        }
        case DeviceColumn::StatusTime:
            return TimeFormat::displayUtc(row.updatedTime);
        case DeviceColumn::LastAttempt:
            return TimeFormat::displayUtc(row.recentAttemptTime);
        case DeviceColumn::NextAttempt:
            return TimeFormat::displayUtc(row.nextAttemptTime);
        case DeviceColumn::Count:
            break;
        }
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kDeviceColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = DeviceColumn(section);
    if (role == Qt::DisplayRole)
        return DeviceColumns::isTime(column) ? DeviceColumns::title(column) + u" (UTC)"_s
                                             : DeviceColumns::title(column);
    if (role == Qt::ToolTipRole)
        return DeviceColumns::apiField(column);
    return {};
}

void DeviceTableModel::upsertDevices(const QVector<DeviceRecord> &devices)
{
    if (devices.isEmpty())
        return;
    // The store appends new rows at once; the model publishes them through m_rowCount inside
    // begin/endInsertRows, so views never see rows before they are announced. Existing row
    // numbers never move, so nothing else changes underneath the views.
    const DeviceStore::UpsertResult result = m_store.upsert(devices);
    const auto &updated = result.updatedRows;
    if (!updated.empty()) {
        // One signal spanning every updated row: a receiver handling rows one at a time would
        // see the others already changed in the store but not yet announced.
        const auto [lo, hi] = std::minmax_element(updated.begin(), updated.end());
        emit dataChanged(index(int(*lo), 0), index(int(*hi), kDeviceColumnCount - 1));
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
    m_store.setTotalDevice(total);
}

void DeviceTableModel::clear()
{
    beginResetModel();
    m_store.clear();
    m_rowCount = 0;
    endResetModel();
    emit countsChanged();
}

} // namespace fota
