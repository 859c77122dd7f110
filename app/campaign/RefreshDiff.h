// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace fota {

// What a refresh's complete fresh walk changes in the rows shown, worked out off the GUI thread:
// the GUI thread then only writes the rows that differ (DeviceStore::upsertMatched). Merging a
// million fresh rows on the GUI thread, a hash lookup each, stalled the window 357 ms
// (docs/benchmarks.md). compute() only reads both stores; the caller keeps `shown` unchanged
// until it returns.
class RefreshDiff
{
public:
    // nullopt when `cancel` turned true first (checked every few thousand rows).
    static std::optional<RefreshDiff> compute(const DeviceStore &shown,
                                              std::shared_ptr<const DeviceStore> fresh,
                                              const std::atomic_bool *cancel = nullptr);

    const DeviceStore &fresh() const { return *m_fresh; }
    // Rows shown whose status, reason or a time differ, each with its fresh row.
    const std::vector<DeviceStore::RowMatch> &updated() const { return m_updated; }
    // Fresh rows of devices not shown yet, in the fresh walk's order.
    const std::vector<quint32> &added() const { return m_added; }
    // The shown store this was worked out against (DeviceStore::generation() and size()): it
    // applies only to that filling, with no rows added since.
    bool isFor(const DeviceStore &shown) const
    {
        return shown.generation() == m_shownGeneration && shown.size() == m_shownSize;
    }

private:
    std::shared_ptr<const DeviceStore> m_fresh;
    std::vector<DeviceStore::RowMatch> m_updated;
    std::vector<quint32> m_added;
    quint64 m_shownGeneration = 0;
    quint32 m_shownSize = 0;
};

} // namespace fota
