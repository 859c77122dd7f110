// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/TimeParser.h"

#include <QtGlobal>

namespace fota {

// One device of a decoded report page: 40 bytes, no heap. The ID is a DeviceIdKey (a packed digit
// string) or, for an ID that is not one, DeviceIdKey::kTextFlag | an index into the page's
// textIds. Status and reason index the page's own string tables (0 is the empty string); the
// store re-interns them once per distinct string when it merges the page. Times are ms since the
// epoch or kNoTime.
struct DecodedDevice
{
    quint64 id = 0;
    qint64 updatedTime = kNoTime;
    qint64 recentAttemptTime = kNoTime;
    qint64 nextAttemptTime = kNoTime;
    quint32 status = 0;
    quint32 reason = 0;

    bool operator==(const DecodedDevice &) const = default;
};
static_assert(sizeof(DecodedDevice) == 40, "a page of a thousand devices stays one small block");

} // namespace fota
