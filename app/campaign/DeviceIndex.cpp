// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceIndex.h"

#include <algorithm>

namespace fota {

std::optional<quint32> DeviceIndex::find(const Rows &rows, quint64 key) const
{
    if (!m_order.empty() && key <= rows[m_order.back()].id && key >= rows[m_order.front()].id) {
        const auto it = std::lower_bound(m_order.begin(), m_order.end(), key,
                                         [&rows](quint32 r, quint64 k) { return rows[r].id < k; });
        if (it != m_order.end() && rows[*it].id == key)
            return *it;
    }
    return findOutsideOrder(rows, key);
}

std::optional<quint32> DeviceIndex::findFrom(const Rows &rows, quint64 key, size_t *from) const
{
    const size_t n = m_order.size();
    const auto idAt = [&](size_t i) {
        return rows[m_order[i]].id;
    };
    if (n == 0 || key > idAt(n - 1) || key < idAt(0))
        return find(rows, key);
    size_t lo = *from < n && idAt(*from) <= key ? *from : 0;
    // Galloping: the first position at or past key lies in (lo, lo + step].
    size_t step = 1;
    while (lo + step < n && idAt(lo + step) < key) {
        lo += step;
        step *= 2;
    }
    const auto first = m_order.begin() + qsizetype(lo);
    const auto last = m_order.begin() + qsizetype(std::min(n, lo + step + 1));
    const auto it = std::lower_bound(first, last, key,
                                     [&rows](quint32 r, quint64 k) { return rows[r].id < k; });
    *from = size_t(it - m_order.begin());
    if (it != m_order.end() && rows[*it].id == key)
        return *it;
    return findOutsideOrder(rows, key);
}

std::optional<quint32> DeviceIndex::findOutsideOrder(const Rows &rows, quint64 key) const
{
    if (const std::optional<quint32> row = m_hashed.find(rows, key))
        return row;
    return findPending(rows, key);
}

std::optional<quint32> DeviceIndex::findPending(const Rows &rows, quint64 key) const
{
    if (m_pendingFirst >= rows.size())
        return std::nullopt;
    if (!m_pendingAscending)
        return m_pending.find(rows, key);
    if (key < rows[m_pendingFirst].id || key > rows.back().id)
        return std::nullopt;
    const auto it = std::lower_bound(rows.begin() + m_pendingFirst, rows.end(), key,
                                     [](const DeviceRow &r, quint64 k) { return r.id < k; });
    if (it != rows.end() && it->id == key)
        return quint32(it - rows.begin());
    return std::nullopt;
}

std::optional<quint32> DeviceIndex::find(const Rows &rows, quint64 key, quint32 *hint) const
{
    const quint32 next = *hint + 1; // ~0u before the first lookup: row 0
    if (next < rows.size() && rows[next].id == key) {
        *hint = next;
        return next;
    }
    const std::optional<quint32> found = find(rows, key);
    if (found)
        *hint = *found;
    return found;
}

void DeviceIndex::append(const Rows &rows)
{
    const auto row = quint32(rows.size() - 1);
    if (!m_pendingAscending) {
        m_pending.insert(rows[row].id, row);
        return;
    }
    if (row == m_pendingFirst || rows[row - 1].id < rows[row].id)
        return; // still ascending: found by binary search until committed
    // A shuffled page: from here on its rows are found through a small hash.
    m_pendingAscending = false;
    for (quint32 r = m_pendingFirst; r <= row; ++r)
        m_pending.insert(rows[r].id, r);
}

void DeviceIndex::commit(const Rows &rows)
{
    const auto end = quint32(rows.size());
    if (m_pendingFirst >= end)
        return;
    std::vector<quint32> batch(end - m_pendingFirst);
    for (quint32 r = m_pendingFirst; r < end; ++r)
        batch[r - m_pendingFirst] = r;
    if (!m_pendingAscending)
        std::sort(batch.begin(), batch.end(),
                  [&rows](quint32 a, quint32 b) { return rows[a].id < rows[b].id; });
    if (m_order.empty() || rows[batch.front()].id > rows[m_order.back()].id) {
        m_order.insert(m_order.end(), batch.begin(), batch.end());
    } else {
        for (const quint32 r : batch)
            m_hashed.insert(rows[r].id, r);
    }
    m_pending.clear();
    m_pendingFirst = end;
    m_pendingAscending = true;
}

} // namespace fota
