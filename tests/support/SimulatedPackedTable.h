// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/PackedTable.h"
#include "support/SimulatedStore.h"

// A complete load of a simulated campaign as the window hands it to the history: packed, by
// ascending device ID.
inline QByteArray packedTableOf(const fota::sim::SimulatedCampaign &campaign)
{
    const fota::DeviceStore store = storeOf(campaign);
    return fota::PackedTable::encodeByDeviceId(store);
}
