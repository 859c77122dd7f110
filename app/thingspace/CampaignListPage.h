// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/CampaignInfo.h"

#include <QList>
#include <QString>

namespace fota {

// One page of GET /reports/{acc}/firmware/campaigns?campaignStatus=S.
struct CampaignListPage
{
    bool hasMoreData = false;
    QString lastSeenCampaignId; // empty when the server sent none
    QList<CampaignInfo> campaigns;
    QStringList warnings;
};

} // namespace fota
