// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/ConnectionBudget.h"
#include "campaign/LaneSplitter.h"
#include "campaign/LoadOutcome.h"
#include "campaign/RangeOrderedTotal.h"
#include "campaign/RetryNotice.h"
#include "campaign/WalkLane.h"
#include "thingspace/ApiError.h"
#include "thingspace/DecodedPage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace fota {

class ApiClient;
class ApiReply;

// Walks a campaign's report with lastSeenDeviceId. With one connection (ApiSettings::
// connections) it is one walk page after page. With more, the report is walked as several ID
// ranges at once (WalkLane, split by LaneSplitter, docs/loading.md): lastSeenDeviceId is a
// filter, so a lane starts anywhere and stops where the next begins. Pages are handed on
// (pageLoaded) in ID-range order, so a receiver sees the same rows in the same order as from the
// sequential walk; lanes ahead wait until the ones before them are done. Whatever arrived before
// a failure or a cancel is handed on before finished(). Each start() has a generation: replies
// of a cancelled or superseded walk are dropped.
//
// A server may lie, so the walk is bounded: a lane continues while hasMoreData is true (or, when
// hasMoreData is missing or unreadable, while the server's cursor and totalDevice say more
// remain), and the walk stops with an error when a cursor cannot advance, when
// kMaxPagesWithoutNew pages in a row of a lane bring no new device, or when it goes far past
// what the report announced (twice its totalDevice, or twice the pages that needs, plus a
// margin). A server that refuses a cursor it did not hand out (a 400 on a split point) is walked
// on with one request at a time from the cursors it did hand out (notice() says so once).
//
// After a failed page (or a cancel) every lane keeps its last good cursor and the walk its
// counts: resume() continues each lane from there.
class CampaignLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPagesWithoutNew = 10;
    // Lanes one walk may create, so splitting cannot cost more than a few requests a connection.
    static constexpr int kMaxLanesPerConnection = 8;
    // A report of fewer pages is walked in one lane: splitting saves a round trip or two at
    // most, and a server that refuses made-up cursors is never asked one for so little.
    static constexpr int kMinPagesToSplit = 5;
    // The fewest pages a split lane keeps for itself (LaneSplitter::choose's maxKeptPages);
    // a walk with fewer for each lane it may make is split into equal parts.
    static constexpr int kMinPagesPerLane = 16;

    explicit CampaignLoader(ApiClient *client, QObject *parent = nullptr);
    ~CampaignLoader() override;

    // Uses the client's settings().connections as they are now.
    void start(const QString &accountName, const QString &campaignId);
    void cancel();
    // Whether resume() can continue the last walk: it ended on a failed request or page, or
    // was cancelled, and not because the report itself was inconsistent.
    bool canResume() const { return !m_running && m_resumable; }
    // Continues the last walk from each lane's last good cursor, keeping its progress and
    // diagnostics. A no-op unless canResume().
    void resume();
    bool isRunning() const { return m_running; }
    QString accountName() const { return m_account; }
    QString campaignId() const { return m_campaign; }
    // The cursor the first unfinished lane asks with next: empty before the first page.
    QString cursor() const;
    // Lanes the last walk used (1 for a sequential walk), and the most requests it had out.
    int laneCount() const { return int(m_lanes.size()); }
    int peakInFlight() const { return m_peakInFlight; }
    // Requests the last walk sent while the page naming their cursor was still being decoded,
    // and how many of those it dropped (the decoded page named another cursor, or ended the
    // lane, or the walk stopped).
    int requestsSentAhead() const { return m_sentAhead; }
    int requestsDroppedAhead() const { return m_droppedAhead; }

signals:
    void started();
    void resumed();
    // A page with at least one device, decoded on a worker: merge it, do not keep the reference.
    void pageLoaded(const fota::DecodedPage &page);
    void progress(const fota::LoadProgress &progress);
    // A transient failure of a page being retried, as it happens.
    void retrying(const fota::RetryNotice &notice);
    // Something the operator should know about how the walk goes, once per walk (the fallback
    // to one connection). One translated sentence.
    void notice(const QString &text);
    void finished(const fota::LoadOutcome &outcome);

private:
    struct Next
    {
        bool finished = false; // the lane is over
        QString cursor;        // else the page to ask for next, unless error is set
        ApiError error;
    };

    void pump();
    WalkLane *splitOne();
    std::vector<LaneSplitter::Lane> laneShapes() const;
    WalkLane *probe(const std::vector<quint64> &points);
    WalkLane *insertLane(size_t index, quint64 at, bool openEnd);
    void sendRequest(WalkLane *lane);
    ApiReply *send(const QString &cursor, int channel);
    void watch(WalkLane *lane, ApiReply *reply);
    void onBodyReceived(WalkLane *lane, ApiReply *reply);
    void sendAhead(WalkLane *lane, const ApiReply &answered);
    ApiReply *adoptAhead(WalkLane *lane);
    void dropAhead(WalkLane *lane);
    void onPageReply(WalkLane *lane, ApiReply *reply, quint64 generation);
    void onRetrying(int delayMs, ApiError::Kind kind, RetryNotice notice);
    bool refusedSplitPoint(const WalkLane &lane, const ApiReply &reply) const;
    void fallBackToSequential(WalkLane *lane);
    // Counts the page and queues the lane's part of it; true if it reached past the lane's hi.
    bool takePage(WalkLane *lane, const std::shared_ptr<DecodedPage> &page);
    std::shared_ptr<const DecodedPage>
    keptPart(const WalkLane &lane, const std::shared_ptr<DecodedPage> &page, bool *crossed) const;
    static std::optional<DecodedPage> ownPart(const WalkLane &lane, const DecodedPage &page);
    void settle(WalkLane *lane, const Next &next, bool crossed);
    Next nextStep(const WalkLane &lane, const DecodedPage &page) const;
    ApiError checkBounds(const WalkLane &lane, const QString &next) const;
    qint64 devicesLoaded() const;
    int inFlight() const;
    int freeChannel() const;
    size_t indexOf(const WalkLane *lane) const;
    void deliver(bool everything);
    bool popDeliverable(std::shared_ptr<const DecodedPage> *page, bool everything);
    void abortAll();
    void fail(const ApiError &error, bool resumable);
    void finishIfDone();
    void finish(bool complete, const ApiError &error, bool resumable);

    ApiClient *m_client;
    QString m_account;
    QString m_campaign;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_resumable = false;
    std::vector<std::unique_ptr<WalkLane>> m_lanes; // in ID-range order
    ConnectionBudget m_budget;
    bool m_splitting = false;
    bool m_fellBack = false;
    int m_peakInFlight = 0;
    int m_sentAhead = 0;
    int m_droppedAhead = 0;
    QTimer m_holdTimer;     // wakes pump() when a Retry-After hold ends
    QTimer m_deliverTimer;  // hands on waiting pages a slice at a time
    QElapsedTimer m_steady; // for the hold
    LoadProgress m_progress;
    RangeOrderedTotal m_total; // what m_progress.totalDevice says
    LoadDiagnostics m_diagnostics;
    RoundTripStats m_roundTrips;
    QString m_fallbackNote;
    qint64 m_largestPage = 0;
    int m_announcedPageSize = 0;
};

} // namespace fota
