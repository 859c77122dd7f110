// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceIndex.h"

#include <algorithm>

namespace fota {

namespace {

constexpr quint32 kMinSlotBits = 10;
constexpr quint32 kMaxSlotBits = 32; // the slot is picked from the 32 bits kept in it

quint32 rowOf(quint64 slot)
{
    return quint32(slot) - 1;
}

quint32 tagOf(quint64 slot)
{
    return quint32(slot >> 32);
}

} // namespace

std::optional<quint32> DeviceIndex::find(const Rows &rows, quint64 key) const
{
    if (m_sorted > 0 && key >= rows.front().id && key <= rows[m_sorted - 1].id) {
        const auto end = rows.begin() + m_sorted;
        const auto it = std::lower_bound(rows.begin(), end, key,
                                         [](const DeviceRow &r, quint64 k) { return r.id < k; });
        if (it != end && it->id == key)
            return quint32(it - rows.begin());
    }
    if (m_hashed == 0)
        return std::nullopt;
    const quint64 h = hash(key);
    const auto tag = quint32(h >> 32);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(h >> m_shift);; i = (i + 1) & mask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            return std::nullopt;
        if (tagOf(slot) == tag && rows[rowOf(slot)].id == key)
            return rowOf(slot);
    }
}

std::optional<quint32> DeviceIndex::find(const Rows &rows, quint64 key, quint32 *hint) const
{
    const quint32 next = *hint + 1;
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
    if (m_sorted == row && (row == 0 || rows[row - 1].id < rows[row].id)) {
        ++m_sorted;
        return;
    }
    // Kept at most half full, so a probe for an absent key ends after about two slots.
    if (2 * (quint64(m_hashed) + 1) > m_slots.size())
        grow();
    insert(hash(rows[row].id), row);
    ++m_hashed;
}

void DeviceIndex::insert(quint64 h, quint32 row)
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(h >> m_shift);
    while (m_slots[i] != 0)
        i = (i + 1) & mask;
    m_slots[i] = (h & 0xFFFF'FFFF'0000'0000ull) | (quint64(row) + 1);
}

void DeviceIndex::grow()
{
    const quint32 bits = m_slots.empty() ? kMinSlotBits : std::min(64 - m_shift + 1, kMaxSlotBits);
    std::vector<quint64> old(size_t(1) << bits);
    old.swap(m_slots);
    m_shift = 64 - bits;
    for (const quint64 slot : old) {
        if (slot != 0)
            insert(quint64(tagOf(slot)) << 32, rowOf(slot));
    }
}

} // namespace fota
