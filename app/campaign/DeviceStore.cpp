// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceStore.h"

#include "campaign/DeviceId.h"

#include <atomic>
#include <numeric>

namespace fota {

quint64 DeviceStore::nextGeneration()
{
    // Process-wide, so two stores (the shown one and a refresh's) never share a generation.
    static std::atomic<quint64> counter{0};
    return ++counter;
}

quint32 DeviceStore::internStatus(const QString &status)
{
    const quint32 index = m_statuses.intern(status);
    while (m_statusBuckets.size() <= index) {
        m_statusCounts.push_back(0);
        m_statusBuckets.push_back(
            StatusBuckets::fromStatus(m_statuses.at(quint32(m_statusBuckets.size()))));
    }
    return index;
}

DeviceStore::UpsertResult DeviceStore::upsert(const QVector<DeviceRecord> &devices)
{
    UpsertResult result;
    result.firstNewRow = size();
    quint32 hint = ~0u;
    for (const DeviceRecord &d : devices) {
        DeviceRow row;
        row.id = DeviceId::pack(d.deviceId, &m_textIds);
        row.status = internStatus(d.status);
        row.reason = m_reasons.intern(d.resultReason);
        row.updatedTime = d.updatedTime;
        row.recentAttemptTime = d.recentAttemptTime;
        row.nextAttemptTime = d.nextAttemptTime;
        upsertRow(row, result, &hint);
    }
    m_index.commit(m_rows);
    return result;
}

DeviceStore::UpsertResult DeviceStore::upsert(const DecodedPage &page)
{
    UpsertResult result;
    result.firstNewRow = size();
    // A page has a handful of distinct statuses and reasons: each is looked up in the pools once.
    std::vector<quint32> statuses(size_t(page.statuses.size()));
    for (qsizetype i = 0; i < page.statuses.size(); ++i)
        statuses[size_t(i)] = internStatus(page.statuses[i]);
    std::vector<quint32> reasons(size_t(page.reasons.size()));
    for (qsizetype i = 0; i < page.reasons.size(); ++i)
        reasons[size_t(i)] = m_reasons.intern(page.reasons[i]);
    std::vector<quint64> textIds(size_t(page.textIds.size()));
    for (qsizetype i = 0; i < page.textIds.size(); ++i)
        textIds[size_t(i)] = DeviceId::kTextFlag | m_textIds.intern(page.textIds[i]);
    quint32 hint = ~0u;
    for (const DecodedDevice &d : page.devices) {
        DeviceRow row;
        row.id = DeviceId::isNumeric(d.id) ? d.id : textIds[size_t(d.id & ~DeviceId::kTextFlag)];
        row.status = statuses[d.status];
        row.reason = reasons[d.reason];
        row.updatedTime = d.updatedTime;
        row.recentAttemptTime = d.recentAttemptTime;
        row.nextAttemptTime = d.nextAttemptTime;
        upsertRow(row, result, &hint);
    }
    m_index.commit(m_rows);
    return result;
}

DeviceStore::UpsertResult DeviceStore::upsert(const DeviceStore &other)
{
    UpsertResult result;
    result.firstNewRow = size();
    std::vector<quint32> statuses(size_t(other.m_statuses.size()));
    for (qsizetype i = 0; i < other.m_statuses.size(); ++i)
        statuses[size_t(i)] = internStatus(other.m_statuses.at(quint32(i)));
    std::vector<quint32> reasons(size_t(other.m_reasons.size()));
    for (qsizetype i = 0; i < other.m_reasons.size(); ++i)
        reasons[size_t(i)] = m_reasons.intern(other.m_reasons.at(quint32(i)));
    std::vector<quint64> textIds(size_t(other.m_textIds.size()));
    for (qsizetype i = 0; i < other.m_textIds.size(); ++i)
        textIds[size_t(i)] = DeviceId::kTextFlag | m_textIds.intern(other.m_textIds.at(quint32(i)));
    quint32 hint = ~0u;
    for (const DeviceRow &o : other.m_rows) {
        DeviceRow row;
        row.id = DeviceId::isNumeric(o.id) ? o.id : textIds[size_t(o.id & ~DeviceId::kTextFlag)];
        row.status = statuses[o.status];
        row.reason = reasons[o.reason];
        row.updatedTime = o.updatedTime;
        row.recentAttemptTime = o.recentAttemptTime;
        row.nextAttemptTime = o.nextAttemptTime;
        upsertRow(row, result, &hint);
    }
    m_index.commit(m_rows);
    return result;
}

void DeviceStore::upsertRow(DeviceRow row, UpsertResult &result, quint32 *hint)
{
    const std::optional<quint32> found = m_index.find(m_rows, row.id, hint);
    if (!found) {
        m_rows.push_back(row);
        m_index.append(m_rows);
        ++m_bucketCounts[int(bucket(row))];
        ++m_statusCounts[row.status];
        ++result.newRows;
        return;
    }
    updateRow(*found, row, result);
}

DeviceStore::UpsertResult DeviceStore::upsertMatched(const DeviceStore &other,
                                                     const std::vector<RowMatch> &updates,
                                                     const std::vector<quint32> &added)
{
    UpsertResult result;
    result.firstNewRow = size();
    // Mapped on first use: a refresh that changes a few rows interns a few strings.
    constexpr quint32 kUnmapped = 0xffffffff;
    std::vector<quint32> statuses(size_t(other.m_statuses.size()), kUnmapped);
    std::vector<quint32> reasons(size_t(other.m_reasons.size()), kUnmapped);
    const auto rowFrom = [&](const DeviceRow &o) {
        quint32 &status = statuses[o.status];
        if (status == kUnmapped)
            status = internStatus(other.m_statuses.at(o.status));
        quint32 &reason = reasons[o.reason];
        if (reason == kUnmapped)
            reason = m_reasons.intern(other.m_reasons.at(o.reason));
        DeviceRow row;
        row.status = status;
        row.reason = reason;
        row.updatedTime = o.updatedTime;
        row.recentAttemptTime = o.recentAttemptTime;
        row.nextAttemptTime = o.nextAttemptTime;
        return row;
    };
    for (const RowMatch &m : updates) {
        DeviceRow row = rowFrom(other.m_rows[m.otherRow]);
        row.id = m_rows[m.row].id;
        updateRow(m.row, row, result);
    }
    quint32 hint = ~0u;
    for (const quint32 o : added) {
        const DeviceRow &from = other.m_rows[o];
        DeviceRow row = rowFrom(from);
        row.id =
            DeviceId::isNumeric(from.id)
                ? from.id
                : DeviceId::kTextFlag |
                      m_textIds.intern(other.m_textIds.at(quint32(from.id & ~DeviceId::kTextFlag)));
        upsertRow(row, result, &hint);
    }
    m_index.commit(m_rows);
    return result;
}

void DeviceStore::updateRow(quint32 index, DeviceRow row, UpsertResult &result)
{
    DeviceRow &existing = m_rows[index];
    if (existing.status == row.status && existing.reason == row.reason &&
        existing.updatedTime == row.updatedTime &&
        existing.recentAttemptTime == row.recentAttemptTime &&
        existing.nextAttemptTime == row.nextAttemptTime)
        return;
    const StatusBucket was = bucket(existing);
    const StatusBucket is = bucket(row);
    --m_bucketCounts[int(was)];
    ++m_bucketCounts[int(is)];
    --m_statusCounts[existing.status];
    ++m_statusCounts[row.status];
    const bool wasChanged = statusChanged(index);
    if (existing.status != row.status && index < result.firstNewRow) {
        ++result.statusChanges;
        ++result.changedTo[int(is)];
        if (!wasChanged)
            markChanged(index, existing.status);
        else if (row.status == m_previous[index])
            m_previous[index] = kNotChanged; // back to what the operator saw
    }
    if (wasChanged)
        --m_unseenCounts[int(was)];
    if (statusChanged(index))
        ++m_unseenCounts[int(is)];
    existing = row;
    // A device repeated within this batch is still just new, not updated.
    if (index < result.firstNewRow)
        result.updatedRows.push_back(index);
}

void DeviceStore::markChanged(quint32 index, quint32 previousStatus)
{
    if (index >= m_previous.size()) {
        // Room for every row at once: grown by doubling, changes spread over a refresh would
        // leave it up to twice as long as the table.
        if (index >= m_previous.capacity())
            m_previous.reserve(std::max<size_t>(m_rows.size(), size_t(index) + 1));
        m_previous.resize(size_t(index) + 1, kNotChanged);
    }
    m_previous[index] = previousStatus;
}

std::optional<DeviceStore> DeviceStore::fromRows(std::vector<DeviceRow> rows,
                                                 const QStringList &statuses,
                                                 const QStringList &reasons,
                                                 const QStringList &textIds)
{
    std::optional<StringPool> statusPool = StringPool::fromStrings(statuses);
    std::optional<StringPool> reasonPool = StringPool::fromStrings(reasons);
    std::optional<StringPool> textPool = StringPool::fromStrings(textIds);
    if (!statusPool || !reasonPool || !textPool)
        return std::nullopt;
    DeviceStore store;
    store.m_statuses = std::move(*statusPool);
    store.m_reasons = std::move(*reasonPool);
    store.m_textIds = std::move(*textPool);
    for (qsizetype i = 0; i < statuses.size(); ++i)
        store.internStatus(statuses[i]); // buckets and counts for every status, in pool order
    const auto statusCount = quint32(statuses.size());
    const auto reasonCount = quint32(reasons.size());
    const auto textCount = quint64(textIds.size());
    store.m_rows.reserve(rows.size());
    for (const DeviceRow &row : rows) {
        if (row.status >= statusCount || row.reason >= reasonCount ||
            (!DeviceId::isNumeric(row.id) && (row.id & ~DeviceId::kTextFlag) >= textCount))
            return std::nullopt;
        if (store.m_index.find(store.m_rows, row.id))
            return std::nullopt; // listed twice
        store.m_rows.push_back(row);
        store.m_index.append(store.m_rows);
        ++store.m_bucketCounts[int(store.bucket(row))];
        ++store.m_statusCounts[row.status];
    }
    store.m_index.commit(store.m_rows);
    return store;
}

qint64 DeviceStore::unseenChanges() const
{
    return std::accumulate(m_unseenCounts.begin(), m_unseenCounts.end(), qint64(0));
}

bool DeviceStore::markAllSeen()
{
    if (unseenChanges() == 0)
        return false;
    std::vector<quint32>().swap(m_previous);
    m_unseenCounts = {};
    return true;
}

void DeviceStore::clear()
{
    *this = DeviceStore();
}

std::optional<quint32> DeviceStore::find(QStringView deviceId) const
{
    quint64 key = 0;
    if (!DeviceId::packExisting(deviceId, m_textIds, &key))
        return std::nullopt;
    return m_index.find(m_rows, key);
}

DeviceRecord DeviceStore::record(quint32 index) const
{
    const DeviceRow &r = m_rows[index];
    DeviceRecord d;
    d.deviceId = deviceId(index);
    d.status = m_statuses.at(r.status);
    d.resultReason = m_reasons.at(r.reason);
    d.updatedTime = r.updatedTime;
    d.recentAttemptTime = r.recentAttemptTime;
    d.nextAttemptTime = r.nextAttemptTime;
    return d;
}

qint64 DeviceStore::memoryBytes() const
{
    return qint64(m_rows.capacity() * sizeof(DeviceRow)) +
           qint64(m_previous.capacity() * sizeof(quint32)) + m_index.memoryBytes() +
           qint64(m_statusBuckets.capacity()) + m_statuses.memoryBytes() + m_reasons.memoryBytes() +
           m_textIds.memoryBytes();
}

} // namespace fota
