// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"
#include "thingspace/TimeParser.h"

#include <QtGlobal>

namespace fota {

// One device as the store keeps it: 48 bytes, no heap. Strings are indexes into the store's
// pools and times are ms since the epoch (kNoTime when absent); text is made only in data().
struct DeviceRow
{
    quint64 id = 0; // DeviceId key
    qint64 updatedTime = kNoTime;
    qint64 recentAttemptTime = kNoTime;
    qint64 nextAttemptTime = kNoTime;
    quint32 status = 0; // index into the status pool
    quint32 reason = 0; // index into the reason pool
    // With StatusChanged: the status the operator last saw (status pool index), kept until
    // "Mark all seen", however many refreshes come in between.
    quint32 previousStatus = 0;
    StatusBucket bucket = StatusBucket::Other;
    quint8 flags = 0;

    enum Flag : quint8
    {
        StatusChanged = 1, // a later load or refresh changed the status, not yet marked seen
    };
};
static_assert(sizeof(DeviceRow) <= 48, "DeviceRow is sized for a million-device campaign");

} // namespace fota
