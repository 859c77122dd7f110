// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceColumn.h"
#include "campaign/DeviceStore.h"

#include <Qt>

#include <vector>

namespace fota {

// The order of rows under a column: raw values, times chronologically with missing times last
// in either direction, ties broken by ascending device ID, strings case-insensitively.
//
// Sorting extracts a contiguous 24-byte key per row and sorts the keys. Comparing rows in place
// (each comparison touching two random rows and, for strings, two QStrings) measured
// ~1.9 s for a million rows; the key sort measures ~0.1 s (see docs/benchmarks.md). Large
// sorts go further: the rows in device-ID order, then one 64-bit key per row (the column's
// rank or time above the row's place in that order) radix-sorted, skipping the digits that do
// not vary; 77-230 ms at a million rows in the window became ~20-50 ms.
class DeviceOrder
{
public:
    struct Key
    {
        qint64 primary;
        quint64 secondary;
        bool operator<(const Key &o) const
        {
            return primary < o.primary || (primary == o.primary && secondary < o.secondary);
        }
    };

    DeviceOrder(const DeviceStore &store, DeviceColumn column, Qt::SortOrder order);

    // Call after the store's pools grew (new statuses or reasons): ranks are per pool entry.
    void refreshRanks();
    Key key(quint32 row) const;
    bool before(quint32 a, quint32 b) const { return key(a) < key(b); }

    // `storeIdOrder`, when given, is every row of the store in ascending device-ID order (what
    // byDeviceId() returns, kept by the caller): large sorts then skip working it out.
    void sort(std::vector<quint32> &rows, const std::vector<quint32> *storeIdOrder = nullptr) const;
    // Rows this many or more are radix-sorted (and use storeIdOrder).
    static constexpr size_t kRadixMin = 4096;
    // Rows sorted by ascending device ID: the CLI's and the exporter's default order (without
    // sorting when the store's ID index holds it).
    static std::vector<quint32> byDeviceId(const DeviceStore &store);

private:
    void keySort(std::vector<quint32> &rows) const;
    // The rows in ascending device-ID order.
    std::vector<quint32> idOrder(const std::vector<quint32> &rows) const;
    std::vector<quint32> subsetInIdOrder(const std::vector<quint32> &rows,
                                         const std::vector<quint32> &storeIdOrder) const;
    // The column's value of a row as an unsigned number that sorts as the order asks (missing
    // times last), below `*limit`; false if the values do not fit beside the ID place.
    bool packKeys(const std::vector<quint32> &byId, std::vector<quint64> *keys, int idBits) const;
    static void rankPool(const StringPool &pool, std::vector<quint32> *rank);
    quint64 idRank(quint64 id) const;

    const DeviceStore &m_store;
    DeviceColumn m_column;
    Qt::SortOrder m_order;
    std::vector<quint32> m_statusRank;
    std::vector<quint32> m_reasonRank;
    std::vector<quint32> m_textIdRank;
};

} // namespace fota
