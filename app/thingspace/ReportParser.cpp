#include "thingspace/ReportParser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fota {

QString ReportParser::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // IMEIs sent as numbers stay exact up to 2^53; print them without an exponent.
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.007199254740992e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

std::optional<qint64> ReportParser::integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d))
            return qint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

std::optional<bool> ReportParser::boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0 || s == "1"_L1)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0 || s == "0"_L1)
            return false;
    }
    if (value.isDouble())
        return value.toDouble() != 0.0;
    return std::nullopt;
}

bool ReportParser::time(const QJsonValue &value, qint64 *ms)
{
    *ms = kNoTime;
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        qint64 parsed = 0;
        switch (TimeParser::parse(value.toString(), &parsed)) {
        case TimeParser::Result::Absent:
            return true;
        case TimeParser::Result::Parsed:
            *ms = parsed;
            return true;
        case TimeParser::Result::Invalid:
            return false;
        }
    }
    if (value.isDouble()) {
        // Epoch numbers: values this large are milliseconds, smaller ones seconds.
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0)
            return false;
        *ms = d > 1e11 ? qint64(d) : qint64(d * 1000.0);
        return true;
    }
    return false;
}

bool ReportParser::parse(const QJsonDocument &document, ReportPage *page, QString *error)
{
    *page = {};
    if (!document.isObject()) {
        *error = u"the report page is not a JSON object"_s;
        return false;
    }
    const QJsonObject root = document.object();
    if (root.contains("errorCode"_L1) && !root.contains("deviceList"_L1)) {
        *error = text(root.value("errorMessage"_L1));
        if (error->isEmpty())
            *error = text(root.value("errorCode"_L1));
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

    page->totalDevice = integer(root.value("totalDevice"_L1));
    page->hasMoreData = boolean(root.value("hasMoreData"_L1)).value_or(false);
    page->lastSeenDeviceId = text(root.value("lastSeenDeviceId"_L1)).trimmed();
    if (page->lastSeenDeviceId == "0"_L1)
        page->lastSeenDeviceId.clear();
    page->maxPageSize = int(integer(root.value("maxPageSize"_L1)).value_or(0));

    const QJsonArray devices = list.toArray();
    page->devices.reserve(devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const QJsonValue entry = devices.at(i);
        if (!entry.isObject()) {
            page->warnings.append(u"entry %1 is not an object; skipped"_s.arg(i));
            continue;
        }
        const QJsonObject o = entry.toObject();
        DeviceRecord d;
        d.deviceId = text(o.value("deviceId"_L1)).trimmed();
        if (d.deviceId.isEmpty()) {
            page->warnings.append(u"entry %1 has no deviceId; skipped"_s.arg(i));
            continue;
        }
        d.status = text(o.value("status"_L1));
        d.resultReason = text(o.value("resultReason"_L1));
        const QJsonValue updated =
            o.contains("updatedTime"_L1) ? o.value("updatedTime"_L1) : o.value("statusTime"_L1);
        const struct
        {
            QJsonValue value;
            qint64 *target;
            QLatin1StringView name;
        } times[] = {
            {updated, &d.updatedTime, "updatedTime"_L1},
            {o.value("recentAttemptTime"_L1), &d.recentAttemptTime, "recentAttemptTime"_L1},
            {o.value("nextAttemptTime"_L1), &d.nextAttemptTime, "nextAttemptTime"_L1}};
        for (const auto &t : times) {
            if (!time(t.value, t.target))
                page->warnings.append(u"device %1: unreadable %2 \"%3\""_s.arg(
                    d.deviceId, QString(t.name), text(t.value)));
        }
        page->devices.append(std::move(d));
    }
    return true;
}

} // namespace fota
