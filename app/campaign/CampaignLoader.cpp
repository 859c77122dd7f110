#include "campaign/CampaignLoader.h"

#include "campaign/DeviceId.h"
#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"
#include "thingspace/ReportParser.h"

using namespace Qt::StringLiterals;

namespace fota {

CampaignLoader::CampaignLoader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

CampaignLoader::~CampaignLoader()
{
    if (m_reply)
        m_reply->deleteLater();
}

void CampaignLoader::start(const QString &accountName, const QString &campaignId)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    ++m_generation;
    m_account = accountName.trimmed();
    m_campaign = campaignId.trimmed();
    m_cursor.clear();
    m_progress = {};
    m_running = true;
    emit started();
    if (m_account.isEmpty() || m_campaign.isEmpty()) {
        finish(false, ApiError::make(ApiError::Kind::Rejected,
                                     u"both an account name and a campaign ID are needed"_s));
        return;
    }
    requestPage();
}

void CampaignLoader::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(false, ApiError::make(ApiError::Kind::Cancelled, u"loading was stopped"_s));
}

void CampaignLoader::requestPage()
{
    ApiReply *reply = m_client->send(ApiCall::deviceReport(m_account, m_campaign, m_cursor));
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::retrying, this,
            [this, generation](const QString &reason, int attempt, int maxAttempts, int delayMs) {
                if (generation != m_generation)
                    return;
                // One multi-argument arg(): a reason holding "%2" (a percent-encoded URL) must not
                // be substituted into.
                emit retrying(u"page %1: %2; attempt %3 of %4 in %5 s"_s.arg(
                    QString::number(m_progress.pages + 1), reason, QString::number(attempt),
                    QString::number(maxAttempts), QString::number(delayMs / 1000.0, 'f', 1)));
            });
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation] { onPageReply(reply, generation); });
}

void CampaignLoader::onPageReply(ApiReply *reply, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    m_reply = nullptr;
    if (reply->error().isError()) {
        ApiError error = reply->error();
        error.message =
            u"page %1 failed: %2"_s.arg(QString::number(m_progress.pages + 1), error.message);
        finish(false, error);
        return;
    }

    ReportPage page;
    QString problem;
    if (!ReportParser::parse(reply->json(), &page, &problem)) {
        finish(false,
               ApiError::make(
                   ApiError::Kind::InvalidResponse,
                   u"page %1 is not a campaign report: %2"_s.arg(m_progress.pages + 1).arg(problem),
                   reply->httpStatus()));
        return;
    }

    ++m_progress.pages;
    m_progress.devicesReceived += page.devices.size();
    if (page.totalDevice)
        m_progress.totalDevice = page.totalDevice;
    if (!page.devices.isEmpty())
        emit pageLoaded(page);
    emit progress(m_progress);
    if (generation != m_generation)
        return; // a receiver cancelled or restarted from pageLoaded/progress

    if (page.moreData != ReportPage::MoreData::Yes || page.devices.isEmpty()) {
        finish(true, {});
        return;
    }
    // The next cursor: the server's, or failing that the largest ID on the page.
    QString next = page.lastSeenDeviceId;
    if (next.isEmpty()) {
        for (const DeviceRecord &d : page.devices) {
            if (next.isEmpty() || DeviceId::compare(d.deviceId, next) > 0)
                next = d.deviceId;
        }
    }
    const QString previous = m_cursor.isEmpty() ? u"0"_s : m_cursor;
    if (DeviceId::compare(next, previous) <= 0) {
        finish(false,
               ApiError::make(ApiError::Kind::CursorStuck,
                              u"the report's cursor did not advance after page %1 "
                              "(lastSeenDeviceId %2 again); stopped to avoid looping forever"_s
                                  .arg(m_progress.pages)
                                  .arg(next)));
        return;
    }
    m_cursor = next;
    requestPage();
}

void CampaignLoader::finish(bool complete, const ApiError &error)
{
    m_running = false;
    LoadOutcome outcome;
    outcome.complete = complete;
    outcome.error = error;
    outcome.progress = m_progress;
    emit finished(outcome);
}

} // namespace fota
