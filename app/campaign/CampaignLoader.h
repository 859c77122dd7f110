// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/LoadOutcome.h"
#include "campaign/RetryNotice.h"
#include "campaign/SeenDevices.h"
#include "thingspace/ApiError.h"
#include "thingspace/DecodedPage.h"

#include <QObject>
#include <QPointer>

namespace fota {

class ApiClient;
class ApiReply;

// Walks a campaign's report page by page with lastSeenDeviceId. It hands each page on as it
// arrives (pageLoaded), so whatever arrived before a failure or a cancel is already with the
// receiver and stays there. Each start() has a generation: replies of a cancelled or superseded
// walk are dropped.
//
// A server may lie, so the walk is bounded: it continues while hasMoreData is true (or, when
// hasMoreData is missing or unreadable, while the server's cursor and totalDevice say more
// remain), and stops with an error when the cursor cannot advance, when kMaxPagesWithoutNew
// pages in a row bring no new device, or when it goes far past what the report announced
// (twice its totalDevice, or twice the pages that needs, plus a margin).
//
// After a failed page (or a cancel) the walk keeps its last good cursor and its counts:
// resume() continues from there, and no page already delivered is delivered again.
class CampaignLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPagesWithoutNew = 10;

    explicit CampaignLoader(ApiClient *client, QObject *parent = nullptr);
    ~CampaignLoader() override;

    void start(const QString &accountName, const QString &campaignId);
    void cancel();
    // Whether resume() can continue the last walk: it ended on a failed request or page, or
    // was cancelled, and not because the report itself was inconsistent.
    bool canResume() const { return !m_running && m_resumable; }
    // Continues the last walk from its last good cursor, keeping its progress and diagnostics.
    // A no-op unless canResume().
    void resume();
    bool isRunning() const { return m_running; }
    QString accountName() const { return m_account; }
    QString campaignId() const { return m_campaign; }
    // The cursor the next page is asked with: empty before the first page.
    QString cursor() const { return m_cursor; }

signals:
    void started();
    void resumed();
    // A page with at least one device, decoded on a worker: merge it, do not keep the reference.
    void pageLoaded(const fota::DecodedPage &page);
    void progress(const fota::LoadProgress &progress);
    // A transient failure of a page being retried, as it happens.
    void retrying(const fota::RetryNotice &notice);
    void finished(const fota::LoadOutcome &outcome);

private:
    struct Next
    {
        bool finished = false; // the walk is over, complete
        QString cursor;        // else the page to ask for next, unless error is set
        ApiError error;
    };

    void requestPage();
    void onPageReply(ApiReply *reply, quint64 generation);
    void takePage(const DecodedPage &page);
    Next nextStep(const DecodedPage &page) const;
    ApiError checkBounds(const QString &next) const;
    void finish(bool complete, const ApiError &error, bool resumable);

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
    QString m_account;
    QString m_campaign;
    QString m_cursor;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_resumable = false;
    LoadProgress m_progress;
    LoadDiagnostics m_diagnostics;
    RoundTripStats m_roundTrips;
    SeenDevices m_seen;
    int m_pagesWithoutNew = 0;
    qsizetype m_largestPage = 0;
    int m_announcedPageSize = 0;
};

} // namespace fota
