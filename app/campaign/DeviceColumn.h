// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fota {

// The table's columns. Every switch over this enum has no default, so adding a column without
// teaching the comparator, the filter and the writers about it fails to compile (-Wswitch).
enum class DeviceColumn : int
{
    DeviceId,
    Status,
    ResultReason,
    StatusTime,
    LastAttempt,
    NextAttempt,
    Bucket, // derived from Status; shown, sorted and filtered, never exported
    Count
};

inline constexpr int kDeviceColumnCount = int(DeviceColumn::Count);
// The API's six fields, in the CSV/JSON contract's order.
inline constexpr int kExportedColumnCount = int(DeviceColumn::Bucket);

class DeviceColumns
{
public:
    static QString title(DeviceColumn column);    // "Next attempt"
    static QString apiField(DeviceColumn column); // "nextAttemptTime": CSV header and JSON key
    static bool isTime(DeviceColumn column);
};

} // namespace fota
