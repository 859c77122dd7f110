// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "monitoring/PrometheusMetrics.h"

#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QByteArray seconds(qint64 ms)
{
    // Whole seconds with the milliseconds as decimals, never an exponent.
    const qint64 whole = ms / 1000;
    const qint64 rest = ms % 1000;
    return QByteArray::number(whole) + '.' +
           QByteArray::number(rest < 0 ? -rest : rest).rightJustified(3, '0');
}

void family(QByteArray &out, const char *name, const char *help)
{
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" gauge\n");
}

} // namespace

QByteArray PrometheusMetrics::labelValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '"')
            out.append("\\\"");
        else if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
    return out;
}

CampaignMetrics PrometheusMetrics::metricsOf(const RecordResult &recorded, const Eta &eta)
{
    const Snapshot &s = recorded.snapshot;
    CampaignMetrics m;
    m.accountName = recorded.key.accountName;
    m.campaignId = recorded.key.campaignId;
    m.buckets = s.buckets;
    m.totalDevices = s.totalDevice.value_or(s.loaded);
    m.complete = s.complete;
    m.etaMs = eta.timeMs();
    m.lastLoadMs = s.timeMs;
    m.loadDurationMs = std::max<qint64>(s.loadDurationMs, 0);
    return m;
}

CampaignMetrics PrometheusMetrics::afterFailure(const std::optional<CampaignMetrics> &lastRecorded,
                                                const QString &accountName,
                                                const QString &campaignId)
{
    CampaignMetrics m = lastRecorded.value_or(CampaignMetrics());
    m.accountName = accountName;
    m.campaignId = campaignId;
    m.hasLoad = lastRecorded.has_value();
    m.lastLoadSucceeded = false;
    return m;
}

QByteArray PrometheusMetrics::format(const CampaignMetrics &m)
{
    const QByteArray labels = "account=\"" + labelValue(m.accountName) + "\",campaign=\"" +
                              labelValue(m.campaignId) + '"';
    // Before any recorded load there is nothing to say but that the load failed: the families
    // are declared, without samples.
    const auto sample = [&](QByteArray &out, const char *name, const QByteArray &value) {
        if (m.hasLoad)
            out.append(name).append('{').append(labels).append("} ").append(value).append('\n');
    };
    QByteArray out;
    family(out, "fota_campaign_devices",
           "Devices of the FOTA campaign per status bucket at the last recorded load (one "
           "that reached the report's last page).");
    for (int b = 0; b < kBucketCount && m.hasLoad; ++b) {
        out.append("fota_campaign_devices{").append(labels).append(",bucket=\"");
        out.append(StatusBuckets::key(StatusBucket(b)).toUtf8()).append("\"} ");
        out.append(QByteArray::number(m.buckets[b])).append('\n');
    }
    family(out, "fota_campaign_total_devices",
           "Devices in the FOTA campaign (the report's totalDevice, else the devices loaded).");
    sample(out, "fota_campaign_total_devices", QByteArray::number(m.totalDevices));
    family(out, "fota_campaign_complete",
           "1 when the last recorded load was whole (its devices match the report's "
           "totalDevice) and none of them is pending or in progress, else 0.");
    sample(out, "fota_campaign_complete", m.complete ? "1" : "0");
    family(out, "fota_campaign_eta_timestamp_seconds",
           "Estimated completion of the FOTA campaign, Unix time; absent without an estimate.");
    if (m.etaMs)
        sample(out, "fota_campaign_eta_timestamp_seconds", seconds(*m.etaMs));
    family(out, "fota_campaign_last_load_timestamp_seconds",
           "When the last recorded load of the FOTA campaign finished, Unix time.");
    sample(out, "fota_campaign_last_load_timestamp_seconds", seconds(m.lastLoadMs));
    family(out, "fota_campaign_load_duration_seconds",
           "How long the last recorded load of the FOTA campaign took.");
    sample(out, "fota_campaign_load_duration_seconds", seconds(m.loadDurationMs));
    family(out, "fota_campaign_last_load_success",
           "1 when the latest load of the FOTA campaign reached the report's last page and was "
           "recorded, 0 when it failed (the other samples stay those of the last recorded "
           "load).");
    out.append("fota_campaign_last_load_success{").append(labels).append("} ");
    out.append(m.lastLoadSucceeded ? "1\n" : "0\n");
    return out;
}

bool PrometheusMetrics::write(const QString &path, const CampaignMetrics &metrics, QString *error)
{
    QSaveFile file(path);
    // Never fall back to writing in place: a collector could read a half-written file.
    file.setDirectWriteFallback(false);
    const QByteArray text = format(metrics);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = u"cannot write the metrics file %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fota
