// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceSet.h"

#include "campaign/DeviceId.h"
#include "campaign/StringPool.h"

#include <algorithm>

namespace fota {

namespace {

// A numeric ID packs without a pool: in an empty one only a numeric ID is found.
bool numericKey(QStringView deviceId, quint64 *key)
{
    static const StringPool kNoTextIds;
    return DeviceId::packExisting(deviceId, kNoTextIds, key) && DeviceId::isNumeric(*key);
}

} // namespace

DeviceSet::DeviceSet(const QStringList &deviceIds)
{
    m_keys.reserve(size_t(deviceIds.size()));
    for (const QString &id : deviceIds) {
        quint64 key = 0;
        if (numericKey(id, &key))
            m_keys.push_back(key);
        else
            m_texts.insert(id);
    }
    std::sort(m_keys.begin(), m_keys.end());
    m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
}

bool DeviceSet::contains(QStringView deviceId) const
{
    quint64 key = 0;
    if (!numericKey(deviceId, &key))
        return m_texts.contains(deviceId.toString());
    return std::binary_search(m_keys.begin(), m_keys.end(), key);
}

bool DeviceSet::contains(const DeviceStore &store, quint32 row) const
{
    const quint64 id = store.row(row).id;
    if (!DeviceId::isNumeric(id))
        return !m_texts.isEmpty() && m_texts.contains(store.deviceId(row));
    return std::binary_search(m_keys.begin(), m_keys.end(), id);
}

std::vector<bool> DeviceSet::rowsIn(const DeviceStore &store) const
{
    // A walk stores devices in ascending ID order, so the rows and the sorted keys are merged
    // in one sequential pass; a row out of that order (added by a later page or refresh) is
    // looked up on its own. A hash lookup per device of the set instead cost ~0.5 µs each.
    std::vector<bool> rows(store.size(), false);
    size_t next = 0;
    quint64 highest = 0;
    for (quint32 r = 0; r < store.size(); ++r) {
        const quint64 id = store.row(r).id;
        if (!DeviceId::isNumeric(id)) {
            rows[r] = !m_texts.isEmpty() && m_texts.contains(store.deviceId(r));
            continue;
        }
        if (id < highest) {
            rows[r] = std::binary_search(m_keys.begin(), m_keys.end(), id);
            continue;
        }
        highest = id;
        while (next < m_keys.size() && m_keys[next] < id)
            ++next;
        rows[r] = next < m_keys.size() && m_keys[next] == id;
    }
    return rows;
}

} // namespace fota
