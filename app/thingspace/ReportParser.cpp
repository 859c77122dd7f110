// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/ReportParser.h"

#include "common/DeviceIdKey.h"
#include "thingspace/FieldRules.h"
#include "thingspace/PageStringTable.h"
#include "thingspace/TimeReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fota {

QString ReportParser::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return FieldRules::textOfNumber(value.toDouble());
    case QJsonValue::Bool:
        return FieldRules::textOfBoolean(value.toBool());
    default:
        return {};
    }
}

std::optional<qint64> ReportParser::integer(const QJsonValue &value)
{
    if (value.isDouble())
        return FieldRules::integerOfNumber(value.toDouble());
    if (value.isString())
        return FieldRules::integerOfText(value.toString());
    return std::nullopt;
}

std::optional<bool> ReportParser::boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return FieldRules::booleanOfText(value.toString());
    if (value.isDouble())
        return FieldRules::booleanOfNumber(value.toDouble());
    return std::nullopt;
}

bool ReportParser::time(const QJsonValue &value, qint64 *ms)
{
    *ms = kNoTime;
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        qint64 parsed = 0;
        switch (TimeReader::read(value.toString(), &parsed)) {
        case TimeParser::Result::Absent:
            return true;
        case TimeParser::Result::Parsed:
            *ms = parsed;
            return true;
        case TimeParser::Result::Invalid:
            return false;
        }
    }
    if (value.isDouble())
        return FieldRules::timeOfNumber(value.toDouble(), ms);
    return false;
}

namespace {

using Issue = PageDiagnostics::Issue;
using Problem = PageDiagnostics::Problem;

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

void unreadableField(DecodedPage *page, PageDiagnostics::PageField field, const QJsonValue &value)
{
    ++page->diagnostics.unreadableFields;
    Issue issue;
    issue.problem = Problem::UnreadableField;
    issue.pageField = field;
    issue.value = ReportParser::text(value);
    page->diagnostics.add(issue);
}

// totalDevice, hasMoreData, lastSeenDeviceId and maxPageSize. A field that is there but cannot
// be read counts as unreadable and is treated as absent, never as a default such as "false".
void readPageFields(const QJsonObject &root, DecodedPage *page)
{
    using Field = PageDiagnostics::PageField;
    const QJsonValue total = root.value("totalDevice"_L1);
    page->totalDevice = FieldRules::count(ReportParser::integer(total));
    if (present(total) && !page->totalDevice)
        unreadableField(page, Field::TotalDevice, total);

    const QJsonValue more = root.value("hasMoreData"_L1);
    if (const std::optional<bool> b = ReportParser::boolean(more))
        page->hasMoreData = *b ? DecodedPage::MoreData::Yes : DecodedPage::MoreData::No;
    else if (present(more))
        unreadableField(page, Field::HasMoreData, more);

    page->lastSeenDeviceId = ReportParser::text(root.value("lastSeenDeviceId"_L1)).trimmed();
    if (page->lastSeenDeviceId == "0"_L1)
        page->lastSeenDeviceId.clear();

    const QJsonValue size = root.value("maxPageSize"_L1);
    if (const std::optional<int> pageSize = FieldRules::pageSize(ReportParser::integer(size)))
        page->maxPageSize = *pageSize;
    else if (present(size))
        unreadableField(page, Field::MaxPageSize, size);
}

struct Tables
{
    PageStringTable statuses;
    PageStringTable reasons;
    PageStringTable textIds;
};

// The ID as the decoder packs it; false when there is none.
bool packId(const QJsonValue &value, Tables &tables, quint64 *key, QString *text)
{
    *text = ReportParser::text(value).trimmed();
    if (text->isEmpty())
        return false;
    if (DeviceIdKey::pack(text->utf16(), text->size(), key))
        return true;
    // Text IDs are never empty, so they never take the reserved entry 0: shift them down.
    *key = DeviceIdKey::kTextFlag | (tables.textIds.internText(*text) - 1);
    return true;
}

void readDevice(const QJsonValue &entry, qint32 index, Tables &tables, DecodedPage *page)
{
    PageDiagnostics &diagnostics = page->diagnostics;
    Issue issue;
    issue.entry = index;
    if (!entry.isObject()) {
        ++diagnostics.notObjects;
        issue.problem = Problem::NotAnObject;
        diagnostics.add(issue);
        return;
    }
    const QJsonObject o = entry.toObject();
    DecodedDevice d;
    QString id;
    if (!packId(o.value("deviceId"_L1), tables, &d.id, &id)) {
        ++diagnostics.noDeviceId;
        issue.problem = Problem::NoDeviceId;
        diagnostics.add(issue);
        return;
    }
    d.status = tables.statuses.internText(ReportParser::text(o.value("status"_L1)));
    d.reason = tables.reasons.internText(ReportParser::text(o.value("resultReason"_L1)));
    // updatedTime wins whenever the key is there, even as null.
    const QJsonValue updated =
        o.contains("updatedTime"_L1) ? o.value("updatedTime"_L1) : o.value("statusTime"_L1);
    const std::array<std::pair<QJsonValue, qint64 *>, 3> times{
        {{updated, &d.updatedTime},
         {o.value("recentAttemptTime"_L1), &d.recentAttemptTime},
         {o.value("nextAttemptTime"_L1), &d.nextAttemptTime}}};
    for (size_t t = 0; t < times.size(); ++t) {
        if (ReportParser::time(times[t].first, times[t].second))
            continue;
        ++diagnostics.unreadableTimes[t];
        issue.problem = Problem::UnreadableTime;
        issue.field = PageDiagnostics::TimeField(t);
        issue.deviceId = id;
        issue.value = ReportParser::text(times[t].first);
        diagnostics.add(issue);
    }
    page->devices.push_back(d);
}

} // namespace

bool ReportParser::parse(const QJsonDocument &document, DecodedPage *page, QString *error)
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
    page->devices.reserve(size_t(devices.size()));
    Tables tables;
    for (qsizetype i = 0; i < devices.size(); ++i)
        readDevice(devices.at(i), qint32(i), tables, page);
    page->statuses = tables.statuses.take();
    page->reasons = tables.reasons.take();
    page->textIds = tables.textIds.take();
    page->textIds.removeFirst(); // text IDs are never empty: no reserved entry 0
    return true;
}

} // namespace fota
