// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "simulator/SimulatedCampaign.h"

// What a complete load of a simulated campaign puts in the store, without the network: for
// tests of what happens after a load (history, alerts) that need the exact truth.
inline fota::DeviceStore storeOf(const fota::sim::SimulatedCampaign &campaign)
{
    QVector<fota::DeviceRecord> records;
    records.reserve(campaign.devices().size());
    for (const fota::sim::SimulatedDevice &d : campaign.devices()) {
        fota::DeviceRecord r;
        r.deviceId = d.deviceId;
        r.status = d.status;
        r.resultReason = d.resultReason;
        r.updatedTime = d.updatedTimeMs;
        r.recentAttemptTime = d.recentAttemptMs;
        r.nextAttemptTime = d.nextAttemptMs;
        records.append(r);
    }
    fota::DeviceStore store;
    store.reserve(records.size());
    store.upsert(records);
    store.setTotalDevice(campaign.devices().size());
    return store;
}
