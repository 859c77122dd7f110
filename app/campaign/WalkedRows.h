// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"

#include <memory>

namespace fota {

class RefreshChanges;

// What a load or refresh that reached its last page saw, for whoever records it (the history):
// the table after a load, and after a refresh, the table's rows of the devices its walk listed.
// It names the rows without copying them; take() makes the copy, so that a million rows need
// not be copied where the walk ends (the GUI thread). take() reads the table: call it there, or
// on a worker the model waits for before it changes a row (DeviceTableModel::addStoreReader).
class WalkedRows
{
public:
    WalkedRows(const DeviceStore &table, std::shared_ptr<const RefreshChanges> listedOnly)
        : m_table(&table)
        , m_listedOnly(std::move(listedOnly))
    {}

    // The rows as a store of their own.
    DeviceStore take() const;

private:
    const DeviceStore *m_table;
    // The refresh whose listed rows are meant; null: every row.
    std::shared_ptr<const RefreshChanges> m_listedOnly;
};

} // namespace fota
