// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/TimeParser.h"

#include <QString>

namespace fota {

// One device as text and times: what the store takes from callers that are not the page path
// (history, tests, the refresh diff) and gives back for one row. Times are ms since the epoch
// or kNoTime.
struct DeviceRecord
{
    QString deviceId;
    QString status;
    QString resultReason;
    qint64 updatedTime = kNoTime;
    qint64 recentAttemptTime = kNoTime;
    qint64 nextAttemptTime = kNoTime;

    bool operator==(const DeviceRecord &) const = default;
};

} // namespace fota
