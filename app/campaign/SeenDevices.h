// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StringPool.h"
#include "thingspace/DecodedPage.h"

#include <unordered_map>
#include <vector>

namespace fota {

// The distinct devices a walk has received and each one's last status, so the loader can tell
// a page that brings new devices from one that repeats old ones, and count devices that come
// again with another status. It lives as long as the walk, beside the table's own store, so it
// is kept small: sorted blocks of a fixed capacity, keys and 16-bit status indexes in separate
// arrays (10 bytes a device). One growing vector cost 16 bytes a device, 21 on average with its
// spare capacity, and three times its size for the moment it doubled. Pages arrive in ascending
// IMEI order, so new devices are nearly always appended to the last block.
class SeenDevices
{
public:
    struct Added
    {
        qint64 fresh = 0;         // devices not seen before
        qint64 repeated = 0;      // listings of devices already seen (this page included)
        qint64 statusChanged = 0; // of those, how many with another status than before
    };

    static constexpr size_t kBlockCapacity = 4096;

    Added add(const DecodedPage &page);
    qint64 size() const { return m_size; }
    void clear();
    // What the devices' keys and statuses take (capacity included), without the string pools.
    qint64 memoryBytes() const;

private:
    struct Entry
    {
        quint64 key; // DeviceId::pack
        quint32 status;
    };
    struct Block
    {
        std::vector<quint64> keys; // ascending; every key above the previous block's
        std::vector<quint16> statuses;
    };
    struct Place
    {
        size_t block = 0;
        size_t index = 0;
        bool found = false;
    };

    std::vector<Entry> uniqueOf(const DecodedPage &page, Added *added);
    Place find(quint64 key) const;
    void append(const Entry &entry);
    void insert(Place place, const Entry &entry);
    quint32 statusAt(const Place &place) const;
    void setStatus(const Place &place, quint32 status);

    std::vector<Block> m_blocks;
    // Status indexes that do not fit in 16 bits (a server inventing statuses), by device key.
    std::unordered_map<quint64, quint32> m_wideStatuses;
    qint64 m_size = 0;
    StringPool m_textIds;
    StringPool m_statuses;
};

} // namespace fota
