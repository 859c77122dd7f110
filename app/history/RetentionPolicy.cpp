// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/RetentionPolicy.h"

#include <algorithm>

namespace fota {

namespace {

constexpr qint64 kDayMs = 86'400'000;

qint64 utcDay(qint64 ms)
{
    return ms / kDayMs - (ms % kDayMs < 0 ? 1 : 0);
}

} // namespace

std::vector<qint64> RetentionPolicy::expired(std::vector<Entry> snapshots, qint64 nowMs) const
{
    std::sort(snapshots.begin(), snapshots.end(), [](const Entry &a, const Entry &b) {
        return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.id < b.id;
    });
    const qint64 cutoff = cutoffMs(nowMs);
    std::vector<qint64> ids;
    for (size_t i = 0; i + 1 < snapshots.size(); ++i) {
        const Entry &e = snapshots[i];
        if (e.timeMs >= cutoff)
            break; // sorted: everything after is recent too
        // Kept when it is the last of its day, i.e. the next one falls on a later day.
        if (utcDay(snapshots[i + 1].timeMs) == utcDay(e.timeMs))
            ids.push_back(e.id);
    }
    return ids;
}

} // namespace fota
