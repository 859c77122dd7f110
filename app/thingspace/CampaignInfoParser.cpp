// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/CampaignInfoParser.h"

#include "thingspace/ReportParser.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fota {

bool CampaignInfoParser::date(const QJsonValue &value, QDate *date, QString *raw)
{
    *date = {};
    *raw = ReportParser::text(value).trimmed();
    if (raw->isEmpty())
        return true;
    const QStringView text(*raw);
    if (text.size() != 10 &&
        !(text.size() > 10 && (text[10] == u'T' || text[10] == u't' || text[10] == u' ')))
        return false;
    *date = QDate::fromString(text.first(10).toString(), Qt::ISODate);
    return date->isValid();
}

int CampaignInfoParser::hour(const QJsonValue &value)
{
    std::optional<qint64> h = ReportParser::integer(value);
    if (!h && value.isString()) {
        // "02:00" and "2:30" name the hour they start in.
        const QString s = value.toString().trimmed();
        const qsizetype colon = s.indexOf(u':');
        if (colon > 0) {
            bool ok = false;
            const int v = s.first(colon).toInt(&ok);
            if (ok)
                h = v;
        }
    }
    if (!h || *h < 0 || *h > 24)
        return -1;
    return int(*h);
}

bool CampaignInfoParser::parse(const QJsonObject &o, CampaignInfo *info, QString *error)
{
    *info = {};
    const auto text = [&o](QLatin1StringView name) {
        return ReportParser::text(o.value(name));
    };

    info->id = text("id"_L1).trimmed();
    if (info->id.isEmpty())
        info->id = text("campaignId"_L1).trimmed();
    info->campaignName = text("campaignName"_L1);
    if (info->id.isEmpty() && info->campaignName.isEmpty()) {
        if (o.contains("errorCode"_L1) || o.contains("errorMessage"_L1)) {
            *error = text("errorMessage"_L1);
            if (error->isEmpty())
                *error = text("errorCode"_L1);
        } else {
            *error = QCoreApplication::translate(
                "CampaignInfoParser", "the answer is not a campaign (no id, no campaignName)");
        }
        return false;
    }
    info->accountName = text("accountName"_L1);
    info->firmwareName = text("firmwareName"_L1);
    info->firmwareFrom = text("firmwareFrom"_L1);
    info->firmwareTo = text("firmwareTo"_L1);
    info->protocol = text("protocol"_L1);
    info->make = text("make"_L1);
    info->model = text("model"_L1);
    info->status = text("status"_L1);
    if (info->status.isEmpty())
        info->status = text("campaignStatus"_L1);

    if (!date(o.value("startDate"_L1), &info->startDate, &info->startDateText))
        info->warnings.append(
            QCoreApplication::translate("CampaignInfoParser", "unreadable startDate \"%1\"")
                .arg(info->startDateText));
    if (!date(o.value("endDate"_L1), &info->endDate, &info->endDateText))
        info->warnings.append(
            QCoreApplication::translate("CampaignInfoParser", "unreadable endDate \"%1\"")
                .arg(info->endDateText));

    const QJsonValue windows = o.value("campaignTimeWindowList"_L1);
    if (!windows.isArray() && !windows.isUndefined() && !windows.isNull())
        info->warnings.append(QCoreApplication::translate(
            "CampaignInfoParser", "campaignTimeWindowList is not an array"));
    const QJsonArray list = windows.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject w = list.at(i).toObject();
        CampaignInfo::TimeWindow window;
        window.startHour = hour(w.value("startTime"_L1));
        window.endHour = hour(w.value("endTime"_L1));
        if (window.startHour < 0 && window.endHour < 0) {
            info->warnings.append(
                QCoreApplication::translate("CampaignInfoParser",
                                            "time window %1 has no readable hours; skipped")
                    .arg(i));
            continue;
        }
        info->timeWindows.append(window);
    }
    return true;
}

bool CampaignInfoParser::parseList(const QJsonDocument &document, CampaignListPage *page,
                                   QString *error)
{
    *page = {};
    if (!document.isObject()) {
        *error = QCoreApplication::translate("CampaignInfoParser",
                                             "the campaign list is not a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonValue list = root.value("campaignList"_L1);
    if (root.contains("errorCode"_L1) && list.isUndefined()) {
        *error = ReportParser::text(root.value("errorMessage"_L1));
        if (error->isEmpty())
            *error = ReportParser::text(root.value("errorCode"_L1));
        return false;
    }
    if (!list.isArray() && !list.isUndefined() && !list.isNull()) {
        *error = QCoreApplication::translate("CampaignInfoParser",
                                             "the campaign list's campaignList is not an array");
        return false;
    }
    if (list.isUndefined() && !root.contains("hasMoreData"_L1)) {
        *error = QCoreApplication::translate(
            "CampaignInfoParser",
            "the response is not a campaign list (no campaignList, no hasMoreData)");
        return false;
    }
    page->hasMoreData = ReportParser::boolean(root.value("hasMoreData"_L1)).value_or(false);
    page->lastSeenCampaignId = ReportParser::text(root.value("lastSeenCampaignId"_L1)).trimmed();

    const QJsonArray entries = list.toArray();
    page->campaigns.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        CampaignInfo info;
        QString problem;
        if (!entries.at(i).isObject() || !parse(entries.at(i).toObject(), &info, &problem) ||
            info.id.isEmpty()) {
            // Without an id an entry can neither be told apart nor looked up again.
            page->warnings.append(
                QCoreApplication::translate("CampaignInfoParser",
                                            "entry %1 is not a campaign with an id; skipped")
                    .arg(i));
            continue;
        }
        for (const QString &w : std::as_const(info.warnings))
            page->warnings.append(
                QCoreApplication::translate("CampaignInfoParser", "campaign %1: %2")
                    .arg(info.id, w));
        page->campaigns.append(std::move(info));
    }
    return true;
}

} // namespace fota
