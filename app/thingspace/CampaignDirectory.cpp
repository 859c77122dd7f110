// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/CampaignDirectory.h"

#include <QCoreApplication>

#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"
#include "thingspace/CampaignInfoParser.h"

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Failures that every other status would meet too. Going on would only repeat them, and for a
// rejected login each repeat counts toward the account's lockout.
bool endsTheWalk(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::InvalidClient:
    case ApiError::Kind::LoginRejected:
    case ApiError::Kind::MissingCredentials:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

CampaignDirectory::CampaignDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_statuses(allStatuses())
{}

CampaignDirectory::~CampaignDirectory()
{
    dropReply();
}

QStringList CampaignDirectory::allStatuses()
{
    return {u"CampaignRequestPending"_s, u"CampaignRequestQueued"_s, u"CampaignPreScheduled"_s,
            u"CampaignScheduled"_s,      u"CampaignEnded"_s,         u"CampaignRequestFailed"_s,
            u"CampaignFailed"_s,         u"CampaignCancelled"_s,     u"CampaignAborted"_s};
}

void CampaignDirectory::setStatuses(const QStringList &statuses)
{
    m_statuses = statuses;
}

void CampaignDirectory::dropReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void CampaignDirectory::list(const QString &accountName)
{
    dropReply();
    ++m_generation;
    m_account = accountName.trimmed();
    m_walking = m_statuses;
    m_statusIndex = 0;
    m_cursor.clear();
    m_usedCursors.clear();
    m_page = 0;
    m_found.clear();
    m_ids.clear();
    m_firstError = {};
    m_running = true;
    if (m_account.isEmpty()) {
        finish(ApiError::make(
            ApiError::Kind::Rejected,
            QCoreApplication::translate("CampaignDirectory", "an account name is needed")));
        return;
    }
    if (m_walking.isEmpty()) {
        finish({});
        return;
    }
    requestPage();
}

void CampaignDirectory::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    dropReply();
    finish(ApiError::make(
        ApiError::Kind::Cancelled,
        QCoreApplication::translate("CampaignDirectory", "listing campaigns was stopped")));
}

void CampaignDirectory::requestPage()
{
    const QString status = m_walking.at(m_statusIndex);
    ApiReply *reply = m_client->send(ApiCall::campaignsByStatus(m_account, status, m_cursor));
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::retrying, this,
            [this, generation, status](const QString &reason, int attempt, int maxAttempts,
                                       int delayMs) {
                if (generation != m_generation)
                    return;
                // One multi-argument arg(): a reason holding "%2" must not be substituted into.
                emit retrying(
                    QCoreApplication::translate(
                        "CampaignDirectory", "campaigns in status %1: %2; attempt %3 of %4 in %5 s")
                        .arg(status, reason, QString::number(attempt), QString::number(maxAttempts),
                             QString::number(delayMs / 1000.0, 'f', 1)));
            });
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation] { onPageReply(reply, generation); });
}

void CampaignDirectory::onPageReply(ApiReply *reply, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    m_reply = nullptr;
    const QString status = m_walking.at(m_statusIndex);
    if (reply->error().isError()) {
        ApiError error = reply->error();
        error.message =
            QCoreApplication::translate("CampaignDirectory", "campaigns in status %1: %2")
                .arg(status, error.message);
        nextStatus(error);
        return;
    }

    CampaignListPage page;
    QString problem;
    if (!CampaignInfoParser::parseList(reply->json(), &page, &problem)) {
        nextStatus(ApiError::make(
            ApiError::Kind::InvalidResponse,
            QCoreApplication::translate("CampaignDirectory",
                                        "campaigns in status %1: not a campaign list: %2")
                .arg(status, problem),
            reply->httpStatus()));
        return;
    }
    ++m_page;

    // A campaign that changes status between two calls shows up under both; the first is kept.
    QList<CampaignInfo> fresh;
    for (CampaignInfo &info : page.campaigns) {
        if (m_ids.contains(info.id))
            continue;
        m_ids.insert(info.id);
        fresh.append(std::move(info));
    }
    // Kept as the last id of the page before moving: the fallback cursor.
    const QString lastOnPage =
        fresh.isEmpty() ? (page.campaigns.isEmpty() ? QString() : page.campaigns.last().id)
                        : fresh.last().id;
    if (!fresh.isEmpty()) {
        m_found += fresh;
        emit campaignsFound(fresh);
        if (generation != m_generation)
            return; // a receiver cancelled or restarted
    }

    if (!page.hasMoreData || page.campaigns.isEmpty()) {
        nextStatus({});
        return;
    }
    const QString next = page.lastSeenCampaignId.isEmpty() ? lastOnPage : page.lastSeenCampaignId;
    if (next.isEmpty() || next == m_cursor || m_usedCursors.contains(next)) {
        nextStatus(ApiError::make(
            ApiError::Kind::CursorStuck,
            QCoreApplication::translate(
                "CampaignDirectory",
                "campaigns in status %1: the cursor did not advance after page %2 "
                "(lastSeenCampaignId \"%3\" again); stopped to avoid looping forever")
                .arg(status, QString::number(m_page), next)));
        return;
    }
    m_usedCursors.insert(next);
    m_cursor = next;
    requestPage();
}

void CampaignDirectory::nextStatus(const ApiError &error)
{
    if (error.isError() && !m_firstError.isError())
        m_firstError = error;
    if (endsTheWalk(error.kind)) {
        finish(error);
        return;
    }
    ++m_statusIndex;
    m_cursor.clear();
    m_usedCursors.clear();
    m_page = 0;
    if (m_statusIndex >= m_walking.size()) {
        finish(m_firstError);
        return;
    }
    requestPage();
}

void CampaignDirectory::finish(const ApiError &error)
{
    m_running = false;
    // The list's parser quotes the server's errorMessage, and the stuck cursor is its text.
    emit finished(m_found, m_client->cleanError(error));
}

} // namespace fota
