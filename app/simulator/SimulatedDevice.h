// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>

namespace fota::sim {

// One device row as the simulator stores it. Times are kept as integers so that the wire text
// (several formats) can be checked against an exact value.
struct SimulatedDevice
{
    QString deviceId;               // 15-digit IMEI, valid Luhn check digit, some start with '0'
    QString status;                 // raw status as the API sends it
    QString resultReason;           // may be empty
    qint64 updatedTimeMs = kNoTime; // ms since epoch UTC; kNoTime = absent
    qint64 recentAttemptMs = kNoTime;
    qint64 nextAttemptMs = kNoTime;
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

    friend bool operator==(const SimulatedDevice &, const SimulatedDevice &) = default;
};

} // namespace fota::sim
