// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/CampaignInfo.h"
#include "thingspace/CampaignListPage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace fota {

// Turns campaign-information answers into CampaignInfo values, as leniently as ReportParser
// reads report pages: ids as strings or numbers, hours as "2" or 2, null or missing fields.
class CampaignInfoParser
{
public:
    // False (with a reason in *error) when the object is an error body or carries neither an id
    // nor a campaign name, i.e. is not a campaign at all.
    static bool parse(const QJsonObject &object, CampaignInfo *info, QString *error);

    // A campaigns-by-status page. Entries that are not campaigns are skipped with a warning.
    static bool parseList(const QJsonDocument &document, CampaignListPage *page, QString *error);

    // A plain date ("2026-11-20"); a full timestamp is cut to the date as written, not as UTC,
    // because the API's dates are the operator's calendar days. *raw receives the text either
    // way. False when present but unreadable (the date is then invalid).
    static bool date(const QJsonValue &value, QDate *date, QString *raw);

    // An hour of the day, 0-24, as a number, "2" or "02:00"; -1 when absent or unreadable.
    static int hour(const QJsonValue &value);
};

} // namespace fota
