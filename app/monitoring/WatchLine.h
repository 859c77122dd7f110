// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "alerts/Alert.h"
#include "history/HistoryStore.h"
#include "history/Snapshot.h"
#include "progress/Eta.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace fota {

// What `watch` knows after one load, for its line.
struct WatchReport
{
    qint64 timeMs = 0; // when the load finished
    QString accountName;
    QString campaignId;
    // The load was the whole campaign (the walk ended and its devices match totalDevice): the
    // line's "complete". Whether the campaign itself is finished is the buckets' and the
    // `complete` alert rule's business.
    bool complete = false;
    Snapshot snapshot;                 // as recorded (counts, changed)
    QMap<QString, qint64> transitions; // TransitionSet::key(from, to) -> devices
    std::optional<double> throughputPerHour;
    std::optional<qint64> etaMs;
    QList<Alert> alerts;
};

// The one-line JSON object `watch` prints after every load. Keys in this order: time,
// accountName, campaignId, totalDevice, loaded, complete, buckets (succeeded, failed, pending,
// inProgress, cancelled, other), statuses, changed, transitions, throughputPerHour, eta,
// alerts [{rule, message}]. statuses and transitions list the most devices first, ties by
// name. A failed load prints {time, accountName, campaignId, error}. No trailing newline.
class WatchLine
{
public:
    static QByteArray format(const WatchReport &report);
    // The report of a recorded load: counts and changes from the record, the throughput and
    // the ETA (estimated or done) from the estimate, the alerts that fired.
    static WatchReport reportOf(const RecordResult &recorded, const Eta &eta,
                                const QList<Alert> &alerts);
    static QByteArray failure(qint64 timeMs, const QString &accountName, const QString &campaignId,
                              const QString &error);
    // 412.5, 500: at most one decimal, no exponent.
    static QByteArray number(double value);
};

} // namespace fota
