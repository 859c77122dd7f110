// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"
#include "history/HistoryStore.h"
#include "progress/Eta.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fota {

// What the metrics file says about one campaign after a load.
struct CampaignMetrics
{
    QString accountName;
    QString campaignId;
    BucketCounts buckets{};
    qint64 totalDevices = 0; // totalDevice as the server said it, else the devices loaded
    bool complete = false;
    std::optional<qint64> etaMs; // no sample when there is no estimate
    qint64 lastLoadMs = 0;
    qint64 loadDurationMs = 0;
    // Whether the latest load reached its last page and was recorded. After a failed one the
    // fields above stay those of the last recorded load, so a dashboard keeps its numbers
    // while an alert can fire on a watcher that keeps failing.
    bool lastLoadSucceeded = true;
    // False until a load was recorded: then only the success gauge has a sample.
    bool hasLoad = true;
};

// Prometheus text exposition format for the node exporter's textfile collector: each metric
// with # HELP and # TYPE, labelled only by account, campaign and bucket (never a device), label
// values escaped. write() replaces the file atomically (a temporary file in the same folder,
// renamed over it), so the collector never reads half a file.
class PrometheusMetrics
{
public:
    static QByteArray format(const CampaignMetrics &metrics);
    // The metrics of a recorded load and its estimate.
    static CampaignMetrics metricsOf(const RecordResult &recorded, const Eta &eta);
    // The metrics after a failed load: the last recorded load's (if any), marked failed.
    static CampaignMetrics afterFailure(const std::optional<CampaignMetrics> &lastRecorded,
                                        const QString &accountName, const QString &campaignId);
    static bool write(const QString &path, const CampaignMetrics &metrics, QString *error);
    // A label value: backslash, double quote and line feed escaped, as the format requires.
    static QByteArray labelValue(const QString &value);
};

} // namespace fota
