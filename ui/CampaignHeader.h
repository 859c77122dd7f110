// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/TimeDisplay.h"
#include "thingspace/ApiError.h"
#include "thingspace/CampaignInfo.h"

#include <QWidget>

class QLabel;

namespace fota {

class ApiClient;
class CampaignInfoFetcher;

// Which campaign the table shows, as ThingSpace describes it: name, firmware from → to, make
// and model, protocol, dates, daily time windows and the campaign's own status. Fetched again
// with every load and refresh (and after signing in), so the campaign's own status is watched
// and a failed fetch is tried again; a failure says so here and changes nothing else, since the
// device report does not depend on it.
class CampaignHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignHeader(ApiClient *client, QWidget *parent = nullptr);

    // Fetches the campaign's information. For the campaign already shown the details stay
    // while the new answer is awaited, and stay if it fails.
    void load(const QString &accountName, const QString &campaignId);
    // Fetches the shown campaign's information again; a no-op when none is shown.
    void refresh();
    void clear();
    void showInfo(const CampaignInfo &info, const ApiError &error);

    QString titleText() const;
    QString detailText() const;
    const CampaignInfo &info() const { return m_info; }

    // The zone the time windows are shown in (the table's); redraws the details.
    void setTimeDisplay(const TimeDisplay &display);

    // "02:00–06:00 UTC", or in the local zone "03:00–07:00 UTC+01:00" (its offset on `day`).
    static QString windowsText(const QList<CampaignInfo::TimeWindow> &windows,
                               const TimeDisplay &display, const QDate &day);

signals:
    // After a successful fetch: the recent-campaigns list names its entry with it.
    void infoShown(const fota::CampaignInfo &info);

private:
    void showDetail();

    CampaignInfoFetcher *m_fetcher;
    QLabel *m_title;
    QLabel *m_detail;
    CampaignInfo m_info;
    TimeDisplay m_time;
    QString m_account; // what is shown or being fetched
    QString m_campaign;
    bool m_hasInfo = false; // m_info describes the campaign shown
};

} // namespace fota
