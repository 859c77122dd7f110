// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/SeenDevices.h"

#include "campaign/DeviceId.h"

#include <algorithm>

namespace fota {

SeenDevices::Added SeenDevices::add(const DecodedPage &devices)
{
    Added added;
    const auto byKey = [](const Entry &a, const Entry &b) {
        return a.key < b.key;
    };

    // The page's devices by key, one entry each: a device listed twice keeps its later status
    // (stable_sort keeps the listing order among equal keys).
    std::vector<quint32> statuses(size_t(devices.statuses.size()));
    for (qsizetype i = 0; i < devices.statuses.size(); ++i)
        statuses[size_t(i)] = m_statuses.intern(devices.statuses[i]);
    std::vector<Entry> page;
    page.reserve(devices.devices.size());
    for (const DecodedDevice &d : devices.devices) {
        const quint64 key =
            DeviceId::isNumeric(d.id) ? d.id : DeviceId::pack(devices.deviceId(d), &m_textIds);
        page.push_back({key, statuses[d.status]});
    }
    std::stable_sort(page.begin(), page.end(), byKey);
    std::vector<Entry> unique;
    unique.reserve(page.size());
    for (const Entry &e : page) {
        if (unique.empty() || unique.back().key != e.key) {
            unique.push_back(e);
            continue;
        }
        ++added.repeated;
        if (unique.back().status != e.status) {
            ++added.statusChanged;
            unique.back().status = e.status;
        }
    }

    // Against what earlier pages brought. The usual page starts after every device seen so far
    // and needs no lookup at all.
    std::vector<Entry> fresh;
    fresh.reserve(unique.size());
    const bool allAfter =
        m_entries.empty() || unique.empty() || unique.front().key > m_entries.back().key;
    for (const Entry &e : unique) {
        const auto it = allAfter ? m_entries.end()
                                 : std::lower_bound(m_entries.begin(), m_entries.end(), e, byKey);
        if (it == m_entries.end() || it->key != e.key) {
            fresh.push_back(e);
            continue;
        }
        ++added.repeated;
        if (it->status != e.status) {
            ++added.statusChanged;
            it->status = e.status;
        }
    }

    added.fresh = qint64(fresh.size());
    const auto oldSize = std::ptrdiff_t(m_entries.size());
    const bool sortedAlready =
        fresh.empty() || m_entries.empty() || fresh.front().key > m_entries.back().key;
    m_entries.insert(m_entries.end(), fresh.begin(), fresh.end());
    if (!sortedAlready)
        std::inplace_merge(m_entries.begin(), m_entries.begin() + oldSize, m_entries.end(), byKey);
    return added;
}

void SeenDevices::clear()
{
    *this = SeenDevices();
}

} // namespace fota
