// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/Snapshot.h"

namespace fota {

class DeviceStore;

// The counts of a snapshot, taken from a whole loaded table at the moment the load finished.
// The change counts (changed, newFailures, newReasonGroups, lastChangeMs) need the previous
// snapshot and are the store's to fill in.
class SnapshotBuilder
{
public:
    static Snapshot summarize(const DeviceStore &store, qint64 timeMs);
};

} // namespace fota
