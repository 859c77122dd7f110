// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace fota {

// Which campaign a history belongs to. The same account and campaign ID on production and on a
// staging or mock host are different campaigns, so the environment is part of the key.
struct CampaignKey
{
    QString environment; // the base URL without credentials, query or fragment
    QString accountName;
    QString campaignId;

    // "https://thingspace.verizon.com" for any spelling of that base URL; user info, query and
    // fragment are dropped so nothing secret can reach the history file through it.
    static QString environmentOf(const QUrl &baseUrl);
    static CampaignKey of(const QUrl &baseUrl, const QString &accountName,
                          const QString &campaignId)
    {
        return {environmentOf(baseUrl), accountName, campaignId};
    }

    friend bool operator==(const CampaignKey &, const CampaignKey &) = default;
};

} // namespace fota
