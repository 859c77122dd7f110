// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <vector>

namespace fota {

// Which snapshots a history keeps: every snapshot of the last `fullDays` days, and before that
// the last snapshot of each UTC day, so a months-long campaign keeps a daily curve without
// growing without bound. The newest snapshot is always kept (the latest table belongs to it).
class RetentionPolicy
{
public:
    static constexpr int kDefaultFullDays = 30;

    struct Entry
    {
        qint64 id = 0;
        qint64 timeMs = 0;
    };

    explicit RetentionPolicy(int fullDays = kDefaultFullDays)
        : m_fullDays(qMax(fullDays, 0))
    {}
    int fullDays() const { return m_fullDays; }
    // Snapshots from this time on are all kept.
    qint64 cutoffMs(qint64 nowMs) const { return nowMs - qint64(m_fullDays) * 86'400'000; }

    // The ids to delete among one campaign's snapshots (any order), at `nowMs`.
    std::vector<qint64> expired(std::vector<Entry> snapshots, qint64 nowMs) const;

private:
    int m_fullDays;
};

} // namespace fota
