// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceRow.h"
#include "campaign/RowHash.h"

#include <optional>
#include <vector>

namespace fota {

// The store's device ID -> row index. The report is sorted by IMEI and walked by cursor, so
// each page's devices come after every device before them (inside a page the server may shuffle
// them). Rows are therefore kept as a list of row numbers in ascending ID order, to which each
// page's new rows are added at the end, sorted once a page; a new device is found absent with
// one comparison against the last ID, and a known one by binary search. Only a page that does
// not come after the rows already kept (several lanes, a server out of order) goes into a hash
// (RowHash). The QHash this replaces cost ~40 bytes a device and, with a lookup and an insert
// per new device, ~0.4 µs a row: a sixth of a million-device export's CPU.
//
// Rows are appended in batches (a page): append() for each new row, commit() after the batch.
// The index holds row numbers, never the rows: every call is given the store's rows.
class DeviceIndex
{
public:
    using Rows = std::vector<DeviceRow>;

    std::optional<quint32> find(const Rows &rows, quint64 key) const;
    // The same, trying first the row after *hint (the last row found, updated): a store merged
    // in the order of this one (a refresh) costs one comparison a row.
    std::optional<quint32> find(const Rows &rows, quint64 key, quint32 *hint) const;
    // The same for keys asked in ascending order (a page sorted once): each search in the
    // ordered list starts where the previous one ended (*from, updated; 0 before the first), so
    // a page's devices, close together in ID, cost a few comparisons each instead of a binary
    // search over every row, each step a cache miss at a million rows.
    std::optional<quint32> findFrom(const Rows &rows, quint64 key, size_t *from) const;
    // rows.back() was just appended, with a key that find() did not find.
    void append(const Rows &rows);
    // The rows appended since the last commit() are one batch: they join the ordered list if
    // they all come after it, else the hash.
    void commit(const Rows &rows);
    void reserve(size_t rows) { m_order.reserve(rows); }
    void clear() { *this = DeviceIndex(); }
    qint64 memoryBytes() const
    {
        return qint64(m_order.capacity() * sizeof(quint32)) + m_hashed.memoryBytes() +
               m_pending.memoryBytes();
    }
    // Every row in ascending ID order, when the index knows it without sorting (nothing was
    // hashed, nothing is pending); else empty.
    const std::vector<quint32> &ascendingOrder(const Rows &rows) const
    {
        static const std::vector<quint32> none;
        return m_order.size() == rows.size() ? m_order : none;
    }

private:
    // The rows the ID order does not hold: those out of order (hashed), then those not yet
    // committed.
    std::optional<quint32> findOutsideOrder(const Rows &rows, quint64 key) const;
    std::optional<quint32> findPending(const Rows &rows, quint64 key) const;

    std::vector<quint32> m_order; // committed rows in ascending ID order
    RowHash m_hashed;             // committed rows that are not in m_order
    quint32 m_pendingFirst = 0;   // rows from here on are not committed yet
    bool m_pendingAscending = true;
    RowHash m_pending; // the uncommitted rows, once they stopped ascending
};

} // namespace fota
