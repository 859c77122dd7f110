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
