// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceOrder.h"

#include "campaign/DeviceId.h"

#include <algorithm>
#include <numeric>

namespace fota {

DeviceOrder::DeviceOrder(const DeviceStore &store, DeviceColumn column, Qt::SortOrder order)
    : m_store(store)
    , m_column(column)
    , m_order(order)
{
    refreshRanks();
}

void DeviceOrder::rankPool(const StringPool &pool, std::vector<quint32> *rank)
{
    // Pools only grow, so an unchanged size means unchanged ranks.
    if (qsizetype(rank->size()) == pool.size())
        return;
    std::vector<quint32> byText(size_t(pool.size()));
    std::iota(byText.begin(), byText.end(), 0u);
    std::sort(byText.begin(), byText.end(), [&pool](quint32 a, quint32 b) {
        const int c = pool.at(a).compare(pool.at(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : pool.at(a) < pool.at(b);
    });
    rank->resize(byText.size());
    for (size_t i = 0; i < byText.size(); ++i)
        (*rank)[byText[i]] = quint32(i);
}

void DeviceOrder::refreshRanks()
{
    // Only the pools this column reads are ranked; each is small (statuses, reasons, odd IDs).
    if (m_column == DeviceColumn::Status)
        rankPool(m_store.statuses(), &m_statusRank);
    if (m_column == DeviceColumn::ResultReason)
        rankPool(m_store.reasons(), &m_reasonRank);
    rankPool(m_store.textIds(), &m_textIdRank);
}

quint64 DeviceOrder::idRank(quint64 id) const
{
    if (DeviceId::isNumeric(id))
        return id;
    return DeviceId::kTextFlag | m_textIdRank[size_t(id & ~DeviceId::kTextFlag)];
}

DeviceOrder::Key DeviceOrder::key(quint32 rowIndex) const
{
    const DeviceRow &row = m_store.row(rowIndex);
    const bool descending = m_order == Qt::DescendingOrder;
    const quint64 id = idRank(row.id);
    const auto timeKey = [descending](qint64 t) -> qint64 {
        if (t == kNoTime)
            return std::numeric_limits<qint64>::max(); // missing last, either direction
        return descending ? -t : t;
    };
    switch (m_column) {
    case DeviceColumn::DeviceId:
        return {0, descending ? ~id : id};
    case DeviceColumn::Status: {
        const qint64 r = m_statusRank[row.status];
        return {descending ? -r : r, id};
    }
    case DeviceColumn::ResultReason: {
        const qint64 r = m_reasonRank[row.reason];
        return {descending ? -r : r, id};
    }
    case DeviceColumn::StatusTime:
        return {timeKey(row.updatedTime), id};
    case DeviceColumn::LastAttempt:
        return {timeKey(row.recentAttemptTime), id};
    case DeviceColumn::NextAttempt:
        return {timeKey(row.nextAttemptTime), id};
    case DeviceColumn::Bucket: {
        const qint64 b = qint64(row.bucket);
        return {descending ? -b : b, id};
    }
    case DeviceColumn::Count:
        break;
    }
    Q_UNREACHABLE();
    return {0, id};
}

void DeviceOrder::sort(std::vector<quint32> &rows) const
{
    struct Entry
    {
        Key key;
        quint32 row;
    };
    std::vector<Entry> entries;
    entries.reserve(rows.size());
    for (const quint32 r : rows)
        entries.push_back({key(r), r});
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.key < b.key; });
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = entries[i].row;
}

std::vector<quint32> DeviceOrder::byDeviceId(const DeviceStore &store)
{
    std::vector<quint32> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0u);
    DeviceOrder(store, DeviceColumn::DeviceId, Qt::AscendingOrder).sort(rows);
    return rows;
}

} // namespace fota
