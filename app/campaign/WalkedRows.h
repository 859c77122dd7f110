// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"

#include <memory>
#include <vector>

namespace fota {

class RefreshChanges;

// What a load or refresh that reached its last page saw, for whoever records it (the history):
// the table after a load, and after a refresh, the table's rows of the devices its walk listed.
// It names the rows without copying them, so that a million rows need not be copied where the
// walk ends (the GUI thread). take(), table() and rowsByIdIfKnown() read the table: call them
// there, or on a worker the model waits for before it changes a row
// (DeviceTableModel::addStoreReader).
class WalkedRows
{
public:
    WalkedRows(const DeviceStore &table, std::shared_ptr<const RefreshChanges> listedOnly)
        : m_table(&table)
        , m_listedOnly(std::move(listedOnly))
    {}

    // The rows as a store of their own.
    DeviceStore take() const;
    // The rows in place: the table, and which of its rows are meant, by ascending device ID
    // when the table's ID index holds that order (after a walk, as a rule), else in row order.
    // Never sorted: whoever changes the table waits for the reader on the GUI thread, and
    // sorting a million rows takes 90 ms. Every row meant and the order known: the index's
    // own list, not copied; else the rows are put in *scratch.
    const DeviceStore &table() const { return *m_table; }
    const std::vector<quint32> &rowsByIdIfKnown(std::vector<quint32> *scratch) const;

private:
    bool includes(quint32 row) const;

    const DeviceStore *m_table;
    // The refresh whose listed rows are meant; null: every row.
    std::shared_ptr<const RefreshChanges> m_listedOnly;
};

} // namespace fota
