// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiError.h"
#include "thingspace/CampaignInfo.h"

#include <QObject>
#include <QPointer>

namespace fota {

class ApiClient;
class ApiReply;

// Fetches one campaign's information, for a detail pane: only the latest fetch() is answered,
// so a quick change of selection never shows the previous campaign's details.
class CampaignInfoFetcher : public QObject
{
    Q_OBJECT
public:
    explicit CampaignInfoFetcher(ApiClient *client, QObject *parent = nullptr);
    ~CampaignInfoFetcher() override;

    // Supersedes a fetch still running (its answer is dropped, no fetched() for it).
    void fetch(const QString &accountName, const QString &campaignId);
    // Drops the running fetch without a fetched() signal.
    void cancel();
    bool isRunning() const;

signals:
    // On failure the info still carries the account and campaign id that were asked for.
    void fetched(const fota::CampaignInfo &info, const fota::ApiError &error);

private:
    void onReply(ApiReply *reply, quint64 generation, const CampaignInfo &asked);

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
    quint64 m_generation = 0;
};

} // namespace fota
