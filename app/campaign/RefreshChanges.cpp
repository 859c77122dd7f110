// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/RefreshChanges.h"

#include "campaign/DeviceId.h"

#include <algorithm>
#include <utility>

namespace fota {

namespace {

constexpr quint32 kMissing = 0xffffffff;

// Each page string's index in the shown pool, kMissing when the shown store lacks it.
std::vector<quint32> mapStrings(const QStringList &page, const StringPool &shown)
{
    std::vector<quint32> map(size_t(page.size()));
    for (qsizetype i = 0; i < page.size(); ++i)
        map[size_t(i)] = shown.find(page[i]).value_or(kMissing);
    return map;
}

} // namespace

RefreshChanges::RefreshChanges(const DeviceStore &shown)
    : m_listed((size_t(shown.size()) + 63) / 64, 0)
    , m_shownGeneration(shown.generation())
    , m_shownSize(shown.size())
{}

bool RefreshChanges::keptBefore(const DecodedDevice &device, const DecodedPage &page) const
{
    if (m_rows.isEmpty())
        return false;
    if (DeviceId::isNumeric(device.id))
        return m_rows.findKey(device.id).has_value();
    return m_rows.find(page.textIds.value(qsizetype(device.id & ~DeviceId::kTextFlag))).has_value();
}

bool RefreshChanges::enqueue(const DecodedPage &page)
{
    const QMutexLocker lock(&m_queueMutex);
    m_queue.push_back(page);
    return !std::exchange(m_draining, true);
}

void RefreshChanges::drain(const DeviceStore &shown)
{
    for (;;) {
        DecodedPage page;
        {
            const QMutexLocker lock(&m_queueMutex);
            if (m_queue.empty()) {
                m_draining = false;
                return;
            }
            page = std::move(m_queue.front());
            m_queue.pop_front();
        }
        addPage(page, shown);
    }
}

void RefreshChanges::addPage(const DecodedPage &page, const DeviceStore &shown)
{
    const std::vector<quint32> statuses = mapStrings(page.statuses, shown.statuses());
    const std::vector<quint32> reasons = mapStrings(page.reasons, shown.reasons());
    const std::vector<quint32> textIds = mapStrings(page.textIds, shown.textIds());
    // Looked up in ascending key order (a page is a narrow ID range, shuffled or not), each
    // search starting where the previous one ended; kept in page order.
    std::vector<std::pair<quint64, quint32>> keys; // shown key (0: not shown), device
    keys.reserve(page.devices.size());
    for (quint32 i = 0; i < quint32(page.devices.size()); ++i) {
        const quint64 id = page.devices[i].id;
        quint64 key = 0;
        if (DeviceId::isNumeric(id))
            key = id;
        else if (const quint32 text = textIds[size_t(id & ~DeviceId::kTextFlag)]; text != kMissing)
            key = DeviceId::kTextFlag | text;
        keys.emplace_back(key, i);
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<quint32> kept;
    size_t from = 0;
    for (const auto &[key, i] : keys) {
        const DecodedDevice &d = page.devices[i];
        const std::optional<quint32> at = key == 0 ? std::nullopt : shown.findKeyFrom(key, &from);
        if (at && *at < m_shownSize) {
            quint64 &word = m_listed[*at / 64];
            const quint64 bit = quint64(1) << (*at % 64);
            if (!(word & bit)) {
                word |= bit;
                ++m_listedCount;
            }
            const DeviceRow &o = shown.row(*at);
            // A string the shown pools lack maps to kMissing and so always differs.
            if (o.status == statuses[d.status] && o.reason == reasons[d.reason] &&
                o.updatedTime == d.updatedTime && o.recentAttemptTime == d.recentAttemptTime &&
                o.nextAttemptTime == d.nextAttemptTime) {
                // Listed again unchanged after a changed listing: the later listing wins.
                // (Listings of a device in one page are next to each other once sorted.)
                const bool keptInPage = !kept.empty() && page.devices[kept.back()].id == d.id;
                if (!keptInPage && !keptBefore(d, page))
                    continue;
            }
        }
        kept.push_back(i);
    }
    if (kept.empty())
        return;
    std::sort(kept.begin(), kept.end());
    DecodedPage changes;
    changes.statuses = page.statuses;
    changes.reasons = page.reasons;
    changes.textIds = page.textIds;
    changes.devices.reserve(kept.size());
    for (const quint32 i : kept)
        changes.devices.push_back(page.devices[i]);
    m_rows.upsert(changes);
}

} // namespace fota
