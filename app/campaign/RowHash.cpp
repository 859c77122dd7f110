// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/RowHash.h"

#include <algorithm>

namespace fota {

namespace {

constexpr quint32 kMinSlotBits = 8;
constexpr quint32 kMaxSlotBits = 32; // the slot is picked from the 32 bits kept in it

} // namespace

void RowHash::insert(quint64 key, quint32 row)
{
    if (2 * (quint64(m_size) + 1) > m_slots.size())
        grow();
    place(hash(key), row);
    ++m_size;
}

void RowHash::place(quint64 h, quint32 row)
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(h >> m_shift);
    while (m_slots[i] != 0)
        i = (i + 1) & mask;
    m_slots[i] = (h & 0xFFFF'FFFF'0000'0000ull) | (quint64(row) + 1);
}

void RowHash::grow()
{
    const quint32 bits = m_slots.empty() ? kMinSlotBits : std::min(64 - m_shift + 1, kMaxSlotBits);
    std::vector<quint64> old(size_t(1) << bits);
    old.swap(m_slots);
    m_shift = 64 - bits;
    for (const quint64 slot : old) {
        if (slot != 0)
            place(slot & 0xFFFF'FFFF'0000'0000ull, quint32(slot) - 1);
    }
}

} // namespace fota
