// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StringPool.h"
#include "thingspace/DecodedPage.h"

#include <vector>

namespace fota {

// The distinct devices a walk has received and each one's last status, so the loader can tell
// a page that brings new devices from one that repeats old ones, and count devices that come
// again with another status. 16 bytes a device in a sorted vector (a hash of QStrings would
// cost ~100): pages arrive in ascending IMEI order, so new devices are nearly always appended.
class SeenDevices
{
public:
    struct Added
    {
        qint64 fresh = 0;         // devices not seen before
        qint64 repeated = 0;      // listings of devices already seen (this page included)
        qint64 statusChanged = 0; // of those, how many with another status than before
    };

    Added add(const DecodedPage &page);
    qint64 size() const { return qint64(m_entries.size()); }
    void clear();

private:
    struct Entry
    {
        quint64 key; // DeviceId::pack
        quint32 status;
    };

    std::vector<Entry> m_entries; // sorted by key, one per device
    StringPool m_textIds;
    StringPool m_statuses;
};

} // namespace fota
