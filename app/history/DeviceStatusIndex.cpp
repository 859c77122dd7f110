// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/DeviceStatusIndex.h"

#include "campaign/DeviceId.h"
#include "campaign/DeviceStore.h"

#include <algorithm>

namespace fota {

DeviceStatusIndex DeviceStatusIndex::fromStore(const DeviceStore &store)
{
    DeviceStatusIndex index;
    for (qsizetype i = 0; i < store.statuses().size(); ++i)
        index.m_statuses.append(store.statuses().at(quint32(i)));
    const std::vector<DeviceRow> &rows = store.rows();
    index.m_numeric.reserve(rows.size());
    for (quint32 r = 0; r < quint32(rows.size()); ++r) {
        if (DeviceId::isNumeric(rows[r].id))
            index.m_numeric.push_back({rows[r].id, rows[r].status, r});
        else
            index.m_text.push_back({store.deviceId(r), rows[r].status, r});
    }
    index.sort();
    return index;
}

void DeviceStatusIndex::sort()
{
    // A walk delivers devices in ascending IMEI order, so this is usually one linear check.
    const auto byKey = [](const Entry &a, const Entry &b) {
        return a.key < b.key;
    };
    if (!std::is_sorted(m_numeric.begin(), m_numeric.end(), byKey))
        std::sort(m_numeric.begin(), m_numeric.end(), byKey);
    std::sort(m_text.begin(), m_text.end(),
              [](const TextEntry &a, const TextEntry &b) { return a.id < b.id; });
}

namespace {

// Maps each status of `before` to the index of the same text in `after` (or kAbsent), so the
// merge compares integers, not strings.
std::vector<quint32> statusMap(const QStringList &before, const QStringList &after)
{
    QHash<QString, quint32> afterIndex;
    for (qsizetype i = 0; i < after.size(); ++i)
        afterIndex.insert(after.at(i), quint32(i));
    std::vector<quint32> map(size_t(before.size()), DeviceStatusIndex::kAbsent);
    for (qsizetype i = 0; i < before.size(); ++i)
        map[size_t(i)] = afterIndex.value(before.at(i), DeviceStatusIndex::kAbsent);
    return map;
}

template <typename List, typename Less, typename Visit>
void merge(const List &a, const List &b, Less less, Visit visit)
{
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && less(*i, *j))) {
            visit(&*i, nullptr);
            ++i;
        } else if (i == a.end() || less(*j, *i)) {
            visit(nullptr, &*j);
            ++j;
        } else {
            visit(&*i, &*j);
            ++i;
            ++j;
        }
    }
}

} // namespace

std::vector<DeviceStatusIndex::Change> DeviceStatusIndex::diff(const DeviceStatusIndex &before,
                                                               const DeviceStatusIndex &after)
{
    const std::vector<quint32> map = statusMap(before.m_statuses, after.m_statuses);
    std::vector<Change> changes;
    const auto differs = [&map](quint32 from, quint32 to) {
        return from >= map.size() || map[from] != to;
    };
    merge(
        before.m_numeric, after.m_numeric,
        [](const Entry &x, const Entry &y) { return x.key < y.key; },
        [&](const Entry *b, const Entry *a) {
            if (b && a && !differs(b->status, a->status))
                return;
            changes.push_back({b ? b->key : a->key, QString(), b ? b->status : kAbsent,
                               a ? a->status : kAbsent, a ? a->row : 0});
        });
    merge(
        before.m_text, after.m_text,
        [](const TextEntry &x, const TextEntry &y) { return x.id < y.id; },
        [&](const TextEntry *b, const TextEntry *a) {
            if (b && a && !differs(b->status, a->status))
                return;
            changes.push_back({0, b ? b->id : a->id, b ? b->status : kAbsent,
                               a ? a->status : kAbsent, a ? a->row : 0});
        });
    return changes;
}

} // namespace fota
