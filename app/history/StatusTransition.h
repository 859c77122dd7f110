// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMap>
#include <QString>

#include <vector>

namespace fota {

// One device whose raw status differs between two snapshots. A device absent from the earlier
// snapshot has an empty `from`; one absent from the later snapshot has an empty `to`.
struct DeviceTransition
{
    QString deviceId;
    QString from;
    QString to;
};

// What changed between two snapshots of a campaign (the "since when" view).
struct TransitionSet
{
    qint64 fromSnapshotId = 0;
    qint64 toSnapshotId = 0;
    QMap<QString, qint64> counts; // key(from, to) -> devices
    std::vector<DeviceTransition> devices;

    // "UpgradePending→UpgradeSuccess": the form the watch line and the window show.
    static QString key(const QString &from, const QString &to) { return from + u'→' + to; }
};

// One recorded status change of one device (the detail pane's timeline).
struct DeviceStatusChange
{
    qint64 snapshotId = 0;
    qint64 timeMs = 0;       // when the snapshot that saw it was recorded
    qint64 statusTimeMs = 0; // the device's own status time then (kNoTime if it had none)
    QString from;            // empty: the device first appeared in this snapshot
    QString to;              // empty: the device was gone from this snapshot
};

} // namespace fota
