// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/WalkedRows.h"

#include "campaign/RefreshChanges.h"

#include <algorithm>
#include <iterator>

namespace fota {

bool WalkedRows::includes(quint32 row) const
{
    // Rows past those shown at the start are the refresh's new devices.
    return !m_listedOnly || row >= m_listedOnly->shownSize() || m_listedOnly->listed(row);
}

const std::vector<quint32> &WalkedRows::rowsByIdIfKnown(std::vector<quint32> *scratch) const
{
    const std::vector<quint32> *known = m_table->idOrder();
    if (known && !m_listedOnly)
        return *known;
    scratch->clear();
    if (known) {
        std::copy_if(known->begin(), known->end(), std::back_inserter(*scratch),
                     [this](quint32 row) { return includes(row); });
        return *scratch;
    }
    for (quint32 r = 0; r < m_table->size(); ++r) {
        if (includes(r))
            scratch->push_back(r);
    }
    return *scratch;
}

DeviceStore WalkedRows::take() const
{
    if (!m_listedOnly)
        return *m_table;
    std::vector<DeviceRow> rows;
    rows.reserve(m_table->size());
    for (quint32 r = 0; r < m_table->size(); ++r) {
        if (includes(r))
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
