// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/TimeParser.h"

#include <QtGlobal>

namespace fota {

// One device as the store keeps it: 40 bytes, no heap. Strings are indexes into the store's
// pools and times are ms since the epoch (kNoTime when absent); text is made only in data().
// What follows from the status (its bucket) and what few rows have (the status the operator
// last saw) are the store's: DeviceStore::bucket(), statusChanged(), previousStatus(). Each
// byte here is a megabyte at a million devices.
struct DeviceRow
{
    quint64 id = 0; // DeviceId key
    qint64 updatedTime = kNoTime;
    qint64 recentAttemptTime = kNoTime;
    qint64 nextAttemptTime = kNoTime;
    quint32 status = 0; // index into the status pool
    quint32 reason = 0; // index into the reason pool
};
static_assert(sizeof(DeviceRow) <= 40, "DeviceRow is sized for a million-device campaign");

} // namespace fota
