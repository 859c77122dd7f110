// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/WalkedRows.h"

#include "campaign/RefreshChanges.h"

namespace fota {

DeviceStore WalkedRows::take() const
{
    if (!m_listedOnly)
        return *m_table;
    std::vector<DeviceRow> rows;
    rows.reserve(m_table->size());
    for (quint32 r = 0; r < m_table->size(); ++r) {
        // Rows past those shown at the start are the refresh's new devices.
        if (r >= m_listedOnly->shownSize() || m_listedOnly->listed(r))
            rows.push_back(m_table->row(r));
    }
    std::optional<DeviceStore> listed =
        DeviceStore::fromRows(std::move(rows), m_table->statuses().strings(),
                              m_table->reasons().strings(), m_table->textIds().strings());
    if (!listed)
        return {};
    listed->setTotalDevice(m_table->totalDevice());
    return std::move(*listed);
}

} // namespace fota
