// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "monitoring/WatchLine.h"

#include "common/SafeText.h"
#include "monitoring/JsonText.h"
#include "thingspace/TimeFormat.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace fota {

namespace {

void key(QByteArray &out, const char *name)
{
    out.append('"').append(name).append("\":");
}

void head(QByteArray &out, qint64 timeMs, const QString &account, const QString &campaign)
{
    out.append('{');
    key(out, "time");
    out.append('"');
    TimeFormat::appendIsoUtcMillis(out, timeMs);
    out.append("\",");
    key(out, "accountName");
    JsonText::appendString(out, account);
    out.append(',');
    key(out, "campaignId");
    JsonText::appendString(out, campaign);
}

// Most devices first, then by name: the order a reader scans in, and stable for tests.
void countsObject(QByteArray &out, const QMap<QString, qint64> &counts)
{
    std::vector<std::pair<QString, qint64>> sorted(counts.keyValueBegin(), counts.keyValueEnd());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    out.append('{');
    bool first = true;
    for (const auto &[name, count] : sorted) {
        if (!std::exchange(first, false))
            out.append(',');
        JsonText::appendString(out, name);
        out.append(':').append(QByteArray::number(count));
    }
    out.append('}');
}

void buckets(QByteArray &out, const BucketCounts &b)
{
    static constexpr std::pair<const char *, StatusBucket> kOrder[] = {
        {"succeeded", StatusBucket::Succeeded}, {"failed", StatusBucket::Failed},
        {"pending", StatusBucket::Pending},     {"inProgress", StatusBucket::InProgress},
        {"cancelled", StatusBucket::Cancelled}, {"other", StatusBucket::Other},
    };
    out.append('{');
    for (const auto &[name, bucket] : kOrder) {
        if (bucket != StatusBucket::Succeeded)
            out.append(',');
        key(out, name);
        out.append(QByteArray::number(b[int(bucket)]));
    }
    out.append('}');
}

void alerts(QByteArray &out, const QList<Alert> &list)
{
    out.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append('{');
        key(out, "rule");
        JsonText::appendString(out, list[i].rule);
        out.append(',');
        key(out, "message");
        JsonText::appendString(out, list[i].message);
        out.append('}');
    }
    out.append(']');
}

} // namespace

QByteArray WatchLine::number(double value)
{
    if (!std::isfinite(value))
        return "null";
    const double rounded = std::round(value * 10) / 10;
    QByteArray text = QByteArray::number(rounded, 'f', 1);
    if (text.endsWith(".0"))
        text.chop(2);
    return text == "-0" ? QByteArray("0") : text;
}

QByteArray WatchLine::format(const WatchReport &r)
{
    const Snapshot &s = r.snapshot;
    QByteArray out;
    out.reserve(1024);
    head(out, r.timeMs, r.accountName, r.campaignId);
    out.append(',');
    key(out, "totalDevice");
    out.append(s.totalDevice ? QByteArray::number(*s.totalDevice) : QByteArray("null"));
    out.append(',');
    key(out, "loaded");
    out.append(QByteArray::number(s.loaded)).append(',');
    key(out, "complete");
    out.append(r.complete ? "true," : "false,");
    key(out, "buckets");
    buckets(out, s.buckets);
    out.append(',');
    key(out, "statuses");
    countsObject(out, s.statusCounts);
    out.append(',');
    key(out, "changed");
    out.append(QByteArray::number(s.changed)).append(',');
    key(out, "transitions");
    countsObject(out, r.transitions);
    out.append(',');
    key(out, "throughputPerHour");
    out.append(r.throughputPerHour ? number(*r.throughputPerHour) : QByteArray("null"));
    out.append(',');
    key(out, "eta");
    if (r.etaMs) {
        out.append('"');
        TimeFormat::appendIsoUtcMillis(out, *r.etaMs);
        out.append('"');
    } else {
        out.append("null");
    }
    out.append(',');
    key(out, "alerts");
    alerts(out, r.alerts);
    out.append('}');
    return out;
}

WatchReport WatchLine::reportOf(const RecordResult &recorded, const Eta &eta,
                                const QList<Alert> &alerts)
{
    WatchReport r;
    r.timeMs = recorded.snapshot.timeMs;
    r.accountName = recorded.key.accountName;
    r.campaignId = recorded.key.campaignId;
    r.complete = recorded.snapshot.countsAgree();
    r.snapshot = recorded.snapshot;
    r.transitions = recorded.transitions;
    r.throughputPerHour = eta.throughputPerHour;
    r.etaMs = eta.timeMs();
    r.alerts = alerts;
    return r;
}

QByteArray WatchLine::failure(qint64 timeMs, const QString &accountName, const QString &campaignId,
                              const QString &error)
{
    QByteArray out;
    head(out, timeMs, accountName, campaignId);
    out.append(',');
    key(out, "error");
    // The message may quote the server: one line, and no longer than a line should be.
    JsonText::appendString(out, SafeText::oneLine(error));
    out.append('}');
    return out;
}

} // namespace fota
