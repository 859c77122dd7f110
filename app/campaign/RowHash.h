// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceRow.h"

#include <optional>
#include <vector>

namespace fota {

// Device ID -> row for the rows DeviceIndex cannot keep in order: open addressing with linear
// probing in 8-byte slots, at most half full. A slot holds the upper 32 bits of the key's hash
// and the row number; the key itself is read from the row, so a slot costs 8 bytes where a QHash
// node cost ~40, and a probe for an absent key ends after about two slots, nearly always
// without touching a row.
class RowHash
{
public:
    using Rows = std::vector<DeviceRow>;

    std::optional<quint32> find(const Rows &rows, quint64 key) const
    {
        if (m_size == 0)
            return std::nullopt;
        const quint64 h = hash(key);
        const auto tag = quint32(h >> 32);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h >> m_shift);; i = (i + 1) & mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0)
                return std::nullopt;
            if (quint32(slot >> 32) == tag && rows[quint32(slot) - 1].id == key)
                return quint32(slot) - 1;
        }
    }
    // `row` holds `key`, which is not in the hash yet.
    void insert(quint64 key, quint32 row);
    void clear() { *this = RowHash(); }
    quint32 size() const { return m_size; }
    qint64 memoryBytes() const { return qint64(m_slots.capacity() * sizeof(quint64)); }

private:
    static quint64 hash(quint64 key) { return key * 0x9E37'79B9'7F4A'7C15ull; }
    void place(quint64 h, quint32 row);
    void grow();

    // 0 (empty) or the hash's upper 32 bits << 32 | (row + 1). The same upper bits pick the slot,
    // so growing rehashes from the slots alone, without reading a row.
    std::vector<quint64> m_slots;
    quint32 m_shift = 64; // 64 - log2(slot count)
    quint32 m_size = 0;
};

} // namespace fota
