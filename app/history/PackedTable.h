// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "history/DeviceStatusIndex.h"

#include <QByteArray>

#include <optional>

namespace fota {

// A whole device table as one blob, so a campaign reopens from history at once: the string
// pools first, each string once, then per device its key as a delta from the previous one (a
// walk delivers them ascending, so most take 2-3 bytes), its pool indexes and its times as
// varint deltas (attempt times from the device's own status time). ~14 bytes a device.
class PackedTable
{
public:
    static constexpr int kFormat = 1;

    static QByteArray encode(const DeviceStore &store);
    // A store equal to the encoded one: same rows in the same order, same texts, times and
    // totalDevice. nullopt if the blob is damaged (never a partial table).
    static std::optional<DeviceStore> decode(const QByteArray &blob);
    // Only device keys and statuses, for comparing the next load against this one.
    static std::optional<DeviceStatusIndex> decodeStatuses(const QByteArray &blob);
};

} // namespace fota
