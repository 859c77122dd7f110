#pragma once

#include "thingspace/ApiError.h"
#include "thingspace/CampaignInfo.h"

#include <QWidget>

class QLabel;

namespace fota {

class ApiClient;
class CampaignInfoFetcher;

// Which campaign the table shows, as ThingSpace describes it: name, firmware from → to, make
// and model, protocol, dates, daily time windows and the campaign's own status. Fetched once
// per campaign (campaign-information endpoint); a failure says so here and changes nothing else,
// since the device report does not depend on it.
class CampaignHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignHeader(ApiClient *client, QWidget *parent = nullptr);

    // Fetches unless this campaign's information is already shown.
    void load(const QString &accountName, const QString &campaignId);
    void clear();
    void showInfo(const CampaignInfo &info, const ApiError &error);

    QString titleText() const;
    QString detailText() const;
    const CampaignInfo &info() const { return m_info; }

    static QString windowsText(const QList<CampaignInfo::TimeWindow> &windows);

signals:
    // After a successful fetch: the recent-campaigns list names its entry with it.
    void infoShown(const fota::CampaignInfo &info);

private:
    CampaignInfoFetcher *m_fetcher;
    QLabel *m_title;
    QLabel *m_detail;
    CampaignInfo m_info;
    QString m_shownKey; // account + id of what is shown or being fetched
};

} // namespace fota
