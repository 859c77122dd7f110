#include "thingspace/ReportParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53
constexpr qint64 kMaxTimeMs = 253'402'300'799'999;     // 9999-12-31T23:59:59.999Z

} // namespace

QString ReportParser::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // IMEIs sent as numbers stay exact up to 2^53; print them without an exponent.
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < kMaxExactDouble)
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
        // A double names an integer exactly only up to 2^53; beyond that (1e300) the conversion
        // to qint64 would be undefined behaviour, and the number is not a count anyway.
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= kMaxExactDouble)
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
    if (value.isDouble() && (value.toDouble() == 0.0 || value.toDouble() == 1.0))
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
        // Epoch numbers: values this large are milliseconds, smaller ones seconds. Anything past
        // the year 9999 (1e300 included) is refused before it reaches a qint64 conversion.
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0)
            return false;
        const double millis = d > 1e11 ? d : d * 1000.0;
        if (millis > double(kMaxTimeMs))
            return false;
        *ms = qint64(millis);
        return true;
    }
    return false;
}

namespace {

void note(ReportPage *page, const QString &warning)
{
    if (page->warnings.size() < ReportPage::kMaxWarnings)
        page->warnings.append(warning);
}

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

// totalDevice, hasMoreData, lastSeenDeviceId and maxPageSize. A field that is there but cannot
// be read counts as unreadable and is treated as absent, never as a default such as "false".
void readPageFields(const QJsonObject &root, ReportPage *page)
{
    const QJsonValue total = root.value("totalDevice"_L1);
    page->totalDevice = ReportParser::integer(total);
    if (page->totalDevice && *page->totalDevice < 0)
        page->totalDevice.reset();
    if (present(total) && !page->totalDevice) {
        ++page->unreadableFields;
        note(page,
             QCoreApplication::translate("ReportParser", "unreadable totalDevice \"%1\"; ignored")
                 .arg(ReportParser::text(total)));
    }

    const QJsonValue more = root.value("hasMoreData"_L1);
    if (const std::optional<bool> b = ReportParser::boolean(more))
        page->moreData = *b ? ReportPage::MoreData::Yes : ReportPage::MoreData::No;
    else if (present(more)) {
        ++page->unreadableFields;
        note(page, QCoreApplication::translate("ReportParser", "unreadable hasMoreData \"%1\"")
                       .arg(ReportParser::text(more)));
    }

    page->lastSeenDeviceId = ReportParser::text(root.value("lastSeenDeviceId"_L1)).trimmed();
    if (page->lastSeenDeviceId == "0"_L1)
        page->lastSeenDeviceId.clear();

    const QJsonValue size = root.value("maxPageSize"_L1);
    const std::optional<qint64> pageSize = ReportParser::integer(size);
    if (pageSize && *pageSize >= 0 && *pageSize <= std::numeric_limits<int>::max())
        page->maxPageSize = int(*pageSize);
    else if (present(size)) {
        ++page->unreadableFields;
        note(page,
             QCoreApplication::translate("ReportParser", "unreadable maxPageSize \"%1\"; ignored")
                 .arg(ReportParser::text(size)));
    }
}

// False when the entry is skipped (counted in *page).
bool readDevice(const QJsonValue &entry, qsizetype index, ReportPage *page, DeviceRecord *d)
{
    if (!entry.isObject()) {
        ++page->skippedNotObject;
        note(page, QCoreApplication::translate("ReportParser", "entry %1 is not an object; skipped")
                       .arg(index));
        return false;
    }
    const QJsonObject o = entry.toObject();
    d->deviceId = ReportParser::text(o.value("deviceId"_L1)).trimmed();
    if (d->deviceId.isEmpty()) {
        ++page->skippedNoDeviceId;
        note(page, QCoreApplication::translate("ReportParser", "entry %1 has no deviceId; skipped")
                       .arg(index));
        return false;
    }
    d->status = ReportParser::text(o.value("status"_L1));
    d->resultReason = ReportParser::text(o.value("resultReason"_L1));
    const QJsonValue updated =
        o.contains("updatedTime"_L1) ? o.value("updatedTime"_L1) : o.value("statusTime"_L1);
    const struct
    {
        QJsonValue value;
        qint64 *target;
        QLatin1StringView name;
    } times[] = {{updated, &d->updatedTime, "updatedTime"_L1},
                 {o.value("recentAttemptTime"_L1), &d->recentAttemptTime, "recentAttemptTime"_L1},
                 {o.value("nextAttemptTime"_L1), &d->nextAttemptTime, "nextAttemptTime"_L1}};
    for (const auto &t : times) {
        if (!ReportParser::time(t.value, t.target)) {
            ++page->blankedTimes;
            note(page, QCoreApplication::translate("ReportParser",
                                                   "device %1: unreadable %2 \"%3\"; left blank")
                           .arg(d->deviceId, QString(t.name), ReportParser::text(t.value)));
        }
    }
    return true;
}

} // namespace

bool ReportParser::parse(const QJsonDocument &document, ReportPage *page, QString *error)
{
    *page = {};
    if (!document.isObject()) {
        *error =
            QCoreApplication::translate("ReportParser", "the report page is not a JSON object");
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
        *error = QCoreApplication::translate("ReportParser",
                                             "the report page's deviceList is not an array");
        return false;
    }
    if (list.isUndefined() && !root.contains("hasMoreData"_L1)) {
        *error = QCoreApplication::translate(
            "ReportParser",
            "the response is not a campaign report (no deviceList, no hasMoreData)");
        return false;
    }

    readPageFields(root, page);
    const QJsonArray devices = list.toArray();
    page->devices.reserve(devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i) {
        DeviceRecord d;
        if (readDevice(devices.at(i), i, page, &d))
            page->devices.append(std::move(d));
    }
    return true;
}

} // namespace fota
