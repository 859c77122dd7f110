// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/CampaignLoader.h"

#include <QCoreApplication>

#include "campaign/DeviceId.h"
#include "common/SafeText.h"
#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Without a totalDevice there is nothing to hold a walk to but these: far beyond any campaign
// the API serves (1,000 devices a page), and bounded.
constexpr qint64 kMaxDevicesUnannounced = 50'000'000;
constexpr int kMaxPagesUnannounced = 200'000;
constexpr int kDefaultPageSize = 1000;

// Cursors are server text; they appear in messages shown on a terminal and in the window.
QString quoted(const QString &cursor)
{
    return u"\""_s + SafeText::oneLine(cursor, 40) + u"\""_s;
}

} // namespace

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
    m_diagnostics = {};
    m_roundTrips.clear();
    m_seen.clear();
    m_pagesWithoutNew = 0;
    m_largestPage = 0;
    m_announcedPageSize = 0;
    m_resumable = false;
    m_running = true;
    emit started();
    if (m_account.isEmpty() || m_campaign.isEmpty()) {
        finish(false,
               ApiError::make(
                   ApiError::Kind::Rejected,
                   QCoreApplication::translate(
                       "CampaignLoader", "both an account name and a campaign ID are needed")),
               false);
        return;
    }
    requestPage();
}

void CampaignLoader::resume()
{
    if (!canResume())
        return;
    ++m_generation;
    m_resumable = false;
    m_running = true;
    emit resumed();
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
    finish(false,
           ApiError::make(ApiError::Kind::Cancelled,
                          QCoreApplication::translate("CampaignLoader", "loading was stopped")),
           true);
}

void CampaignLoader::requestPage()
{
    ApiReply *reply = m_client->send(ApiCall::deviceReport(m_account, m_campaign, m_cursor));
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::retrying, this,
            [this, generation](const QString &reason, int attempt, int maxAttempts, int delayMs,
                               ApiError::Kind kind) {
                if (generation != m_generation)
                    return;
                RetryNotice notice;
                notice.page = m_progress.pages + 1;
                notice.reason = RetryNotice::reasonOf(kind);
                notice.detail = reason;
                notice.attempt = attempt;
                notice.maxAttempts = maxAttempts;
                notice.delayMs = delayMs;
                emit retrying(notice);
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
    const QString pageNumber = QString::number(m_progress.pages + 1);
    // A failed request or an unreadable page changes nothing: the cursor stays the last good
    // one, so the walk can resume from there.
    if (reply->error().isError()) {
        ApiError error = reply->error();
        error.message = QCoreApplication::translate("CampaignLoader", "page %1 failed: %2")
                            .arg(pageNumber, error.message);
        finish(false, error, true);
        return;
    }
    const std::shared_ptr<DecodedPage> decoded = reply->page();
    if (!decoded) {
        finish(false,
               ApiError::make(ApiError::Kind::InvalidResponse,
                              QCoreApplication::translate("CampaignLoader",
                                                          "page %1 is not a campaign report: %2")
                                  .arg(pageNumber, SafeText::oneLine(reply->pageProblem())),
                              reply->httpStatus()),
               true);
        return;
    }
    const DecodedPage &page = *decoded;

    m_roundTrips.add(reply->roundTripMs());
    takePage(page);
    if (!page.devices.empty())
        emit pageLoaded(page);
    emit progress(m_progress);
    if (generation != m_generation)
        return; // a receiver cancelled or restarted from pageLoaded/progress

    const Next next = nextStep(page);
    if (next.error.isError()) {
        // The report contradicts itself; asking again from the same cursor would only repeat
        // the delivered page, so this walk cannot be resumed.
        finish(false, next.error, false);
    } else if (next.finished) {
        finish(true, {}, false);
    } else {
        m_cursor = next.cursor;
        requestPage();
    }
}

void CampaignLoader::takePage(const DecodedPage &page)
{
    const SeenDevices::Added added = m_seen.add(page);
    ++m_progress.pages;
    m_progress.devicesReceived += qint64(page.devices.size());
    m_progress.devicesLoaded = m_seen.size();
    if (page.totalDevice)
        m_progress.totalDevice = page.totalDevice;
    m_diagnostics.addPage(page.diagnostics, m_progress.pages);
    m_diagnostics.statusChanged += added.statusChanged;
    m_pagesWithoutNew = added.fresh > 0 ? 0 : m_pagesWithoutNew + 1;
    m_largestPage = std::max(m_largestPage, qsizetype(page.devices.size()));
    if (page.maxPageSize > 0)
        m_announcedPageSize = page.maxPageSize;
}

CampaignLoader::Next CampaignLoader::nextStep(const DecodedPage &page) const
{
    Next next;
    const QString previous = m_cursor.isEmpty() ? u"0"_s : m_cursor;
    const bool advances =
        !page.lastSeenDeviceId.isEmpty() && DeviceId::compare(page.lastSeenDeviceId, previous) > 0;
    switch (page.hasMoreData) {
    case DecodedPage::MoreData::No:
        next.finished = true;
        return next;
    case DecodedPage::MoreData::Unknown: {
        // No readable hasMoreData is not "false": go on while the server's own cursor moves
        // and its totalDevice (if any) says devices remain. Otherwise the walk ends here and
        // the count check of LoadOutcome judges it.
        const bool remain =
            !m_progress.totalDevice || m_progress.devicesLoaded < *m_progress.totalDevice;
        next.finished = !(advances && remain);
        if (!next.finished) {
            next.cursor = page.lastSeenDeviceId;
            next.error = checkBounds(next.cursor);
        }
        return next;
    }
    case DecodedPage::MoreData::Yes:
        break;
    }

    // The next cursor: the server's, or failing that the largest ID on the page.
    next.cursor = page.lastSeenDeviceId;
    if (next.cursor.isEmpty()) {
        for (const DecodedDevice &d : page.devices) {
            const QString id = page.deviceId(d);
            if (next.cursor.isEmpty() || DeviceId::compare(id, next.cursor) > 0)
                next.cursor = id;
        }
    }
    const QString pages = QString::number(m_progress.pages);
    if (next.cursor.isEmpty()) {
        next.error = ApiError::make(
            ApiError::Kind::CursorStuck,
            QCoreApplication::translate(
                "CampaignLoader",
                "page %1 said more devices follow but had neither devices nor a lastSeenDeviceId "
                "to continue from; stopped with %2 devices")
                .arg(pages, QString::number(m_progress.devicesLoaded)));
        return next;
    }
    if (DeviceId::compare(next.cursor, previous) <= 0) {
        next.error = ApiError::make(
            ApiError::Kind::CursorStuck,
            QCoreApplication::translate(
                "CampaignLoader",
                "the report's cursor did not advance after page %1 (lastSeenDeviceId %2 after %3); "
                "stopped to avoid looping forever")
                .arg(pages, quoted(next.cursor), quoted(previous)));
        return next;
    }
    next.error = checkBounds(next.cursor);
    return next;
}

// Before asking for another page: has the walk gone on for longer than any honest report could?
ApiError CampaignLoader::checkBounds(const QString &next) const
{
    const QString pages = QString::number(m_progress.pages);
    const QString loaded = QString::number(m_progress.devicesLoaded);
    if (m_pagesWithoutNew >= kMaxPagesWithoutNew) {
        return ApiError::make(
            ApiError::Kind::CursorStuck,
            QCoreApplication::translate(
                "CampaignLoader",
                "%1 pages in a row brought no new device although the cursor moved on (now %2); "
                "stopped after page %3 with %4 devices to avoid looping forever")
                .arg(QString::number(m_pagesWithoutNew), quoted(next), pages, loaded));
    }
    if (!m_progress.totalDevice) {
        if (m_progress.devicesReceived <= kMaxDevicesUnannounced &&
            m_progress.pages < kMaxPagesUnannounced)
            return {};
        return ApiError::make(ApiError::Kind::InvalidResponse,
                              QCoreApplication::translate(
                                  "CampaignLoader",
                                  "the report announced no totalDevice and has not ended after "
                                  "%1 pages and %2 devices; stopped")
                                  .arg(pages, loaded));
    }
    const qint64 total = *m_progress.totalDevice;
    int pageSize = m_announcedPageSize > 0 ? m_announcedPageSize : kDefaultPageSize;
    if (m_largestPage > 0)
        pageSize = int(std::min<qsizetype>(pageSize, m_largestPage));
    // Twice what the report announced, plus a margin: a campaign may grow a little during a
    // walk, and a page or two may overlap, but not by this much.
    const qint64 maxDevices = 2 * total + 2 * qint64(pageSize);
    const qint64 maxPages = 2 * ((total + pageSize - 1) / pageSize) + kMaxPagesWithoutNew;
    if (m_progress.devicesLoaded > maxDevices || m_progress.pages >= maxPages) {
        return ApiError::make(
            ApiError::Kind::InvalidResponse,
            QCoreApplication::translate(
                "CampaignLoader",
                "the report announced %1 devices (totalDevice), but after %2 pages and %3 devices "
                "it still says more follow; stopped")
                .arg(QString::number(total), pages, loaded));
    }
    return {};
}

void CampaignLoader::finish(bool complete, const ApiError &error, bool resumable)
{
    m_running = false;
    m_resumable = resumable && !complete;
    // The distinct-device tracker only matters to a walk that may go on; a million devices
    // hold 16 MB of it.
    if (!m_resumable)
        m_seen.clear();
    LoadOutcome outcome;
    outcome.complete = complete;
    outcome.error = error;
    outcome.progress = m_progress;
    outcome.diagnostics = m_diagnostics;
    outcome.roundTrips = m_roundTrips;
    emit finished(outcome);
}

} // namespace fota
