#pragma once

// The oracle of the differential decoder test: today's QJsonDocument path (ReportParser and its
// field readers) with the rules both parsers now follow applied on top, written against
// QJsonValue so that it shares nothing with the decoder. Where a rule changes today's answer,
// `ruleApplied` says so, and the test then does not expect ReportParser::parse to agree.

#include "thingspace/DecodedPage.h"
#include "thingspace/ReportParser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace reference {

using namespace Qt::StringLiterals;
using fota::DecodedPage;
using fota::DeviceRecord;
using fota::ReportParser;

struct Page
{
    std::optional<qint64> totalDevice;
    DecodedPage::MoreData hasMoreData = DecodedPage::MoreData::Unknown;
    QString lastSeenDeviceId;
    int maxPageSize = 0;
    QVector<DeviceRecord> devices;
    QStringList warnings; // ReportParser's wording
    int notObjects = 0;
    int noDeviceId = 0;
    std::array<int, 3> unreadableTimes{};
    bool ruleApplied = false; // a rule gave another answer than today's ReportParser
};

inline bool inInt64Range(double d)
{
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

inline std::optional<qint64> integer(const QJsonValue &v, bool *ruleApplied)
{
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble()) &&
        !inInt64Range(v.toDouble())) {
        *ruleApplied = true; // today: qint64(1e300), undefined behaviour
        return std::nullopt;
    }
    return ReportParser::integer(v);
}

inline bool hasNonAsciiDigit(const QString &s)
{
    for (const QChar c : s) {
        if (c.isDigit() && c.unicode() > 127)
            return true;
    }
    return false;
}

inline bool time(const QJsonValue &v, qint64 *ms, bool *ruleApplied)
{
    *ms = fota::kNoTime;
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 1e11 &&
        !inInt64Range(v.toDouble())) {
        *ruleApplied = true; // today: undefined behaviour
        return false;
    }
    if (v.isString() && hasNonAsciiDigit(v.toString())) {
        qint64 today = 0;
        if (ReportParser::time(v, &today))
            *ruleApplied = true; // today: "27.١٢٣Z" reads as a fraction
        return false;
    }
    return ReportParser::time(v, ms);
}

inline bool parse(const QJsonDocument &document, Page *page, QString *error)
{
    *page = {};
    if (!document.isObject()) {
        *error = u"the report page is not a JSON object"_s;
        return false;
    }
    const QJsonObject root = document.object();
    if (root.contains("errorCode"_L1) && !root.contains("deviceList"_L1)) {
        *error = ReportParser::text(root.value("errorMessage"_L1));
        if (error->isEmpty())
            *error = ReportParser::text(root.value("errorCode"_L1));
        return false;
    }
    const QJsonValue list = root.value("deviceList"_L1);
    if (!list.isArray() && !list.isUndefined() && !list.isNull()) {
        *error = u"the report page's deviceList is not an array"_s;
        return false;
    }
    if (list.isUndefined() && !root.contains("hasMoreData"_L1)) {
        *error = u"the response is not a campaign report (no deviceList, no hasMoreData)"_s;
        return false;
    }
    page->totalDevice = integer(root.value("totalDevice"_L1), &page->ruleApplied);
    const std::optional<bool> more = ReportParser::boolean(root.value("hasMoreData"_L1));
    if (!more)
        page->ruleApplied = true; // today: false
    page->hasMoreData = !more ? DecodedPage::MoreData::Unknown
                              : (*more ? DecodedPage::MoreData::Yes : DecodedPage::MoreData::No);
    page->lastSeenDeviceId = ReportParser::text(root.value("lastSeenDeviceId"_L1)).trimmed();
    if (page->lastSeenDeviceId == "0"_L1)
        page->lastSeenDeviceId.clear();
    page->maxPageSize = int(integer(root.value("maxPageSize"_L1), &page->ruleApplied).value_or(0));

    const QJsonArray devices = list.toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (!devices.at(i).isObject()) {
            page->warnings.append(u"entry %1 is not an object; skipped"_s.arg(i));
            ++page->notObjects;
            continue;
        }
        const QJsonObject o = devices.at(i).toObject();
        DeviceRecord d;
        d.deviceId = ReportParser::text(o.value("deviceId"_L1)).trimmed();
        if (d.deviceId.isEmpty()) {
            page->warnings.append(u"entry %1 has no deviceId; skipped"_s.arg(i));
            ++page->noDeviceId;
            continue;
        }
        d.status = ReportParser::text(o.value("status"_L1));
        d.resultReason = ReportParser::text(o.value("resultReason"_L1));
        const QJsonValue updated =
            o.contains("updatedTime"_L1) ? o.value("updatedTime"_L1) : o.value("statusTime"_L1);
        const std::array<std::tuple<QJsonValue, qint64 *, QLatin1StringView>, 3> times{
            {{updated, &d.updatedTime, "updatedTime"_L1},
             {o.value("recentAttemptTime"_L1), &d.recentAttemptTime, "recentAttemptTime"_L1},
             {o.value("nextAttemptTime"_L1), &d.nextAttemptTime, "nextAttemptTime"_L1}}};
        for (size_t t = 0; t < times.size(); ++t) {
            const auto &[value, target, name] = times[t];
            if (!time(value, target, &page->ruleApplied)) {
                page->warnings.append(u"device %1: unreadable %2 \"%3\""_s.arg(
                    d.deviceId, QString(name), ReportParser::text(value)));
                ++page->unreadableTimes[t];
            }
        }
        page->devices.append(d);
    }
    return true;
}

} // namespace reference
