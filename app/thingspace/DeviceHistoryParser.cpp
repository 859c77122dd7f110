// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/DeviceHistoryParser.h"

#include "thingspace/CampaignInfoParser.h"
#include "thingspace/ReportParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fota {

bool DeviceHistoryParser::parse(const QJsonDocument &document, QList<DeviceHistoryEntry> *entries,
                                QString *error, QStringList *warnings)
{
    entries->clear();
    QStringList ignored;
    QStringList &notes = warnings ? *warnings : ignored;

    QJsonArray list;
    if (document.isArray()) {
        list = document.array();
    } else if (document.isObject()) {
        const QJsonObject root = document.object();
        bool found = false;
        for (const auto key : {"deviceHistory"_L1, "history"_L1, "campaignList"_L1}) {
            const QJsonValue v = root.value(key);
            if (v.isArray()) {
                list = v.toArray();
                found = true;
                break;
            }
        }
        if (!found) {
            *error = ReportParser::text(root.value("errorMessage"_L1));
            if (error->isEmpty())
                *error = ReportParser::text(root.value("errorCode"_L1));
            if (error->isEmpty())
                *error = QCoreApplication::translate(
                    "DeviceHistoryParser", "the response is not a device history (no list in it)");
            return false;
        }
    } else {
        *error =
            QCoreApplication::translate("DeviceHistoryParser", "the device history is not JSON");
        return false;
    }

    entries->reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            notes.append(QCoreApplication::translate("DeviceHistoryParser",
                                                     "history entry %1 is not an object; skipped")
                             .arg(i));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        const auto text = [&o](QLatin1StringView name) {
            return ReportParser::text(o.value(name));
        };
        DeviceHistoryEntry e;
        e.campaignId = text("campaignId"_L1).trimmed();
        if (e.campaignId.isEmpty())
            e.campaignId = text("id"_L1).trimmed();
        e.firmwareName = text("firmwareName"_L1);
        e.firmwareFrom = text("firmwareFrom"_L1);
        e.firmwareTo = text("firmwareTo"_L1);
        e.status = text("status"_L1);
        e.reason = o.contains("reason"_L1) ? text("reason"_L1) : text("resultReason"_L1);
        if (!CampaignInfoParser::date(o.value("startDate"_L1), &e.startDate, &e.startDateText))
            notes.append(QCoreApplication::translate(
                             "DeviceHistoryParser", "history entry %1: unreadable startDate \"%2\"")
                             .arg(QString::number(i), e.startDateText));
        if (!ReportParser::time(o.value("reportUpdatedTime"_L1), &e.reportUpdatedTime))
            notes.append(
                QCoreApplication::translate("DeviceHistoryParser",
                                            "history entry %1: unreadable reportUpdatedTime \"%2\"")
                    .arg(QString::number(i), text("reportUpdatedTime"_L1)));
        entries->append(std::move(e));
    }
    return true;
}

} // namespace fota
