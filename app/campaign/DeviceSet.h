// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace fota {

// Devices named by ID, for filters such as "the devices that changed since this morning".
// Built once and then read only. A filter resolves it against the store once (rowsIn(): one
// sequential pass merging the rows with the sorted keys), and matches rows that arrive later
// by their packed key in the sorted vector (the rare text ID by its text). It does not depend on
// the store, so a refresh or another filter keeps it valid (docs/benchmarks.md).
class DeviceSet
{
public:
    DeviceSet() = default;
    explicit DeviceSet(const QStringList &deviceIds);

    qsizetype size() const { return qsizetype(m_keys.size()) + m_texts.size(); }
    bool isEmpty() const { return size() == 0; }
    bool contains(QStringView deviceId) const;
    // Whether the device in this row of `store` is in the set.
    bool contains(const DeviceStore &store, quint32 row) const;
    // For every row of `store` now, whether its device is in the set.
    std::vector<bool> rowsIn(const DeviceStore &store) const;

private:
    std::vector<quint64> m_keys; // numeric IDs, packed as DeviceId packs them, sorted
    QSet<QString> m_texts;
};

} // namespace fota
