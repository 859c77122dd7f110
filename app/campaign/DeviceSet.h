#pragma once

#include "campaign/DeviceStore.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace fota {

// Devices named by ID, for filters such as "the devices that changed since this morning".
// Built once and then read only; matched against a store's rows without making their text: a
// numeric ID (every IMEI) by its packed key in a sorted vector, the rare text ID by its text.
// It does not depend on the store it is matched against, so a refresh or another filter keeps
// it valid (docs/benchmarks.md: a filter pass over a million rows).
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

private:
    std::vector<quint64> m_keys; // numeric IDs, packed as DeviceId packs them, sorted
    QSet<QString> m_texts;
};

} // namespace fota
