// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/RefreshDiff.h"

#include "campaign/DeviceId.h"

namespace fota {

namespace {

constexpr quint32 kMissing = 0xffffffff;

// Each fresh pool entry's index in the shown pool, kMissing when the shown store lacks it.
std::vector<quint32> mapPool(const StringPool &from, const StringPool &to)
{
    std::vector<quint32> map(size_t(from.size()));
    for (qsizetype i = 0; i < from.size(); ++i)
        map[size_t(i)] = to.find(from.at(quint32(i))).value_or(kMissing);
    return map;
}

} // namespace

std::optional<RefreshDiff> RefreshDiff::compute(const DeviceStore &shown,
                                                std::shared_ptr<const DeviceStore> fresh,
                                                const std::atomic_bool *cancel)
{
    RefreshDiff diff;
    diff.m_fresh = std::move(fresh);
    diff.m_shownGeneration = shown.generation();
    diff.m_shownSize = shown.size();
    const DeviceStore &f = *diff.m_fresh;
    const std::vector<quint32> statuses = mapPool(f.statuses(), shown.statuses());
    const std::vector<quint32> reasons = mapPool(f.reasons(), shown.reasons());
    const std::vector<quint32> textIds = mapPool(f.textIds(), shown.textIds());
    const auto &rows = f.rows();
    for (quint32 i = 0; i < quint32(rows.size()); ++i) {
        if ((i & 4095) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        const DeviceRow &n = rows[i];
        std::optional<quint32> at;
        if (DeviceId::isNumeric(n.id)) {
            at = shown.findKey(n.id);
        } else if (const quint32 text = textIds[size_t(n.id & ~DeviceId::kTextFlag)];
                   text != kMissing) {
            at = shown.findKey(DeviceId::kTextFlag | text);
        }
        if (!at) {
            diff.m_added.push_back(i);
            continue;
        }
        const DeviceRow &o = shown.row(*at);
        // A string the shown pools lack maps to kMissing and so always differs.
        if (o.status != statuses[n.status] || o.reason != reasons[n.reason] ||
            o.updatedTime != n.updatedTime || o.recentAttemptTime != n.recentAttemptTime ||
            o.nextAttemptTime != n.nextAttemptTime)
            diff.m_updated.push_back({*at, i});
    }
    return diff;
}

} // namespace fota
