// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/CampaignInfoFetcher.h"

#include <QCoreApplication>

#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"
#include "thingspace/CampaignInfoParser.h"

using namespace Qt::StringLiterals;

namespace fota {

CampaignInfoFetcher::CampaignInfoFetcher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

CampaignInfoFetcher::~CampaignInfoFetcher()
{
    cancel();
}

bool CampaignInfoFetcher::isRunning() const
{
    return !m_reply.isNull();
}

void CampaignInfoFetcher::cancel()
{
    ++m_generation;
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void CampaignInfoFetcher::fetch(const QString &accountName, const QString &campaignId)
{
    cancel();
    CampaignInfo asked;
    asked.accountName = accountName.trimmed();
    asked.id = campaignId.trimmed();
    if (asked.accountName.isEmpty() || asked.id.isEmpty()) {
        emit fetched(asked,
                     ApiError::make(ApiError::Kind::Rejected,
                                    QCoreApplication::translate(
                                        "CampaignInfoFetcher",
                                        "both an account name and a campaign ID are needed")));
        return;
    }
    ApiReply *reply = m_client->send(ApiCall::campaignInfo(asked.accountName, asked.id));
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation, asked] { onReply(reply, generation, asked); });
}

void CampaignInfoFetcher::onReply(ApiReply *reply, quint64 generation, const CampaignInfo &asked)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    m_reply = nullptr;
    if (reply->error().isError()) {
        emit fetched(asked, reply->error());
        return;
    }
    CampaignInfo info;
    QString problem;
    if (!reply->json().isObject() ||
        !CampaignInfoParser::parse(reply->json().object(), &info, &problem)) {
        if (problem.isEmpty())
            problem = QCoreApplication::translate("CampaignInfoFetcher",
                                                  "the answer is not a JSON object");
        // The parser quotes an errorMessage the server put in a 2xx body.
        emit fetched(asked,
                     m_client->cleanError(ApiError::make(
                         ApiError::Kind::InvalidResponse,
                         QCoreApplication::translate("CampaignInfoFetcher", "campaign %1: %2")
                             .arg(asked.id, problem),
                         reply->httpStatus())));
        return;
    }
    // Some answers leave out what the URL already says; the caller still needs to know which.
    if (info.id.isEmpty())
        info.id = asked.id;
    if (info.accountName.isEmpty())
        info.accountName = asked.accountName;
    emit fetched(info, {});
}

} // namespace fota
