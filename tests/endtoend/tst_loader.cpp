// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimulatorFixture.h"
#include "support/ClientBarrier.h"
#include "support/HeldFreeMemory.h"
#include "support/PoolHold.h"

#include "campaign/CampaignLoader.h"
#include "campaign/CampaignSession.h"
#include "campaign/DeviceTableModel.h"
#include "common/AllocatorTuning.h"
#include "simulator/ReportPageWriter.h"
#include "thingspace/ApiClient.h"

#include <QDateTime>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::ReportPageWriter;
using fota::sim::SimulatorFault;

Q_DECLARE_METATYPE(fota::sim::SimulatorFault)

// The loader end to end: real HTTP through QNetworkAccessManager to the simulator, for every
// fault the simulator can produce.
class LoaderTest : public QObject
{
    Q_OBJECT

private:
    SimulatorFixture *m_sim = nullptr;

    struct Run
    {
        ApiClient client;
        DeviceTableModel model;
        CampaignSession session{&client, &model};
        LoadOutcome outcome;
        bool finished = false;
        QStringList retries;
    };

    std::unique_ptr<Run> makeRun(const Credentials &credentials = SimulatorFixture::login(),
                                 ApiSettings settings = {})
    {
        auto run = std::make_unique<Run>();
        if (settings.baseUrl == BaseUrlPolicy::defaultBaseUrl())
            settings = m_sim->settings();
        if (!run->client.setSettings(settings).isEmpty())
            qFatal("settings refused");
        run->client.setCredentials(credentials);
        Run *r = run.get();
        connect(&run->session, &CampaignSession::loadFinished, &run->session,
                [r](const LoadOutcome &o) {
                    r->outcome = o;
                    r->finished = true;
                });
        connect(&run->session, &CampaignSession::retrying, &run->session,
                [r](const RetryNotice &n) { r->retries << n.oneLine(); });
        return run;
    }

    void loadAndWait(Run &run, int timeoutMs = 30000)
    {
        run.session.load(m_sim->account, m_sim->campaignId);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished, timeoutMs);
    }

    // The loader alone, without a session: what it delivers, page by page, and how it ends.
    struct Walk
    {
        ApiClient client;
        CampaignLoader loader{&client};
        DeviceStore store;
        QList<QStringList> pages; // the device IDs of each page delivered
        LoadOutcome outcome;
        int finishedCount = 0;
    };

    std::unique_ptr<Walk> makeWalk()
    {
        auto walk = std::make_unique<Walk>();
        if (!walk->client.setSettings(m_sim->settings()).isEmpty())
            qFatal("settings refused");
        walk->client.setCredentials(SimulatorFixture::login());
        Walk *w = walk.get();
        connect(&w->loader, &CampaignLoader::pageLoaded, &w->loader, [w](const DecodedPage &page) {
            w->store.upsert(page);
            QStringList ids;
            for (const DecodedDevice &d : page.devices)
                ids << page.deviceId(d);
            w->pages << ids;
        });
        connect(&w->loader, &CampaignLoader::finished, &w->loader, [w](const LoadOutcome &o) {
            w->outcome = o;
            ++w->finishedCount;
        });
        return walk;
    }

    // Starts (or resumes) the walk and waits for its end.
    void walkAndWait(Walk &walk, bool resume = false)
    {
        const int before = walk.finishedCount;
        if (resume)
            walk.loader.resume();
        else
            walk.loader.start(m_sim->account, m_sim->campaignId);
        QTRY_VERIFY_WITH_TIMEOUT(walk.finishedCount > before, 30000);
        QCOMPARE(walk.finishedCount, before + 1);
    }

    // Every device of the campaign, exactly once, with every field as the server holds it.
    void verifyExactly(const DeviceStore &store)
    {
        const auto &devices = m_sim->campaign().devices();
        QCOMPARE(store.size(), quint32(devices.size()));
        for (const auto &d : devices) {
            const auto row = store.find(d.deviceId);
            QVERIFY2(row, qPrintable(d.deviceId));
            const DeviceRecord r = store.record(*row);
            QCOMPARE(r.deviceId, d.deviceId);
            QCOMPARE(r.status, d.status);
            QCOMPARE(r.resultReason, d.resultReason);
            QCOMPARE(r.updatedTime, d.updatedTimeMs == d.kNoTime ? kNoTime : d.updatedTimeMs);
            QCOMPARE(r.recentAttemptTime,
                     d.recentAttemptMs == d.kNoTime ? kNoTime : d.recentAttemptMs);
            QCOMPARE(r.nextAttemptTime, d.nextAttemptMs == d.kNoTime ? kNoTime : d.nextAttemptMs);
        }
    }

private slots:
    void initTestCase()
    {
        m_sim = new SimulatorFixture;
        QVERIFY(m_sim->start());
    }
    void cleanupTestCase() { delete m_sim; }
    void init() { m_sim->server.clearFaults(); }

    void loadsTheWholeCampaign()
    {
        auto run = makeRun();
        QSignalSpy progress(&run->session, &CampaignSession::progress);
        loadAndWait(*run);
        QVERIFY(run->finished);
        QVERIFY2(run->outcome.complete, qPrintable(run->outcome.error.toString()));
        QCOMPARE(run->outcome.progress.pages, 3);
        QCOMPARE(run->outcome.progress.totalDevice,
                 std::optional<qint64>(SimulatorFixture::kDevices));
        QCOMPARE(progress.count(), 3);
        verifyExactly(run->model.store());
    }

    void survivesEveryTransientFault_data()
    {
        QTest::addColumn<SimulatorFault>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("skip");
        QTest::newRow("429 with Retry-After") << SimulatorFault::RateLimited << 1 << 1;
        QTest::newRow("5xx") << SimulatorFault::ServerError << 2 << 1;
        QTest::newRow("expired session") << SimulatorFault::SessionExpired << 1 << 1;
        QTest::newRow("expired bearer") << SimulatorFault::BearerExpired << 1 << 2;
        QTest::newRow("truncated JSON") << SimulatorFault::TruncatedJson << 2 << 1;
        QTest::newRow("reset mid-body") << SimulatorFault::ConnectionReset << 2 << 0;
        QTest::newRow("stalled response") << SimulatorFault::Stall << 1 << 1;
        QTest::newRow("overlapping pages") << SimulatorFault::OverlappingPages << 2 << 1;
        QTest::newRow("wrong field types") << SimulatorFault::WrongFieldTypes << 3 << 0;
        QTest::newRow("HTML instead of JSON, then fine") << SimulatorFault::HtmlErrorPage << 2 << 1;
    }
    void survivesEveryTransientFault()
    {
        QFETCH(SimulatorFault, fault);
        QFETCH(int, times);
        QFETCH(int, skip);
        m_sim->server.injectFault(fault, times, skip);
        const int tokensBefore = m_sim->server.tokenRequests();
        const int loginsBefore = m_sim->server.loginRequests();
        auto run = makeRun();
        loadAndWait(*run);
        QVERIFY(run->finished);
        QVERIFY2(run->outcome.complete, qPrintable(run->outcome.error.toString()));
        verifyExactly(run->model.store());
        if (QTest::currentTestFailed())
            return;
        if (fault == SimulatorFault::SessionExpired) {
            QCOMPARE(m_sim->server.loginRequests() - loginsBefore, 2); // initial + one renewal
            QVERIFY(run->retries.isEmpty());                           // a renewal is not a retry
        } else if (fault == SimulatorFault::BearerExpired) {
            QCOMPARE(m_sim->server.tokenRequests() - tokensBefore, 2);
            QCOMPARE(m_sim->server.loginRequests() - loginsBefore, 1);
        } else if (fault != SimulatorFault::OverlappingPages &&
                   fault != SimulatorFault::WrongFieldTypes) {
            QCOMPARE(run->retries.size(), times); // each failure was retried and said so
        }
    }

    void stopsWhenTheCursorDoesNotAdvance()
    {
        m_sim->server.injectFault(SimulatorFault::StuckCursor, 1, 1);
        auto run = makeRun();
        loadAndWait(*run);
        QVERIFY(run->finished);
        QVERIFY(!run->outcome.complete);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::CursorStuck);
        QVERIFY(run->outcome.error.message.contains(u"did not advance"_s));
        QVERIFY(run->model.rowCount() >= 1000); // what arrived stays
        QVERIFY(!run->session.isComplete());
    }

    void emptyPageMidWalkContinues()
    {
        m_sim->server.injectFault(SimulatorFault::EmptyPage, 1, 1);
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY2(walk->outcome.complete, qPrintable(walk->outcome.error.toString()));
        QVERIFY(!walk->outcome.isIncomplete());
        QCOMPARE(walk->outcome.progress.pages, 4);
        QCOMPARE(walk->pages.size(), 3); // an empty page is not delivered
        QCOMPARE(walk->outcome.devicesLoaded(), SimulatorFixture::kDevices);
        verifyExactly(walk->store);
    }

    void unreadableHasMoreDataIsNotFalse_data()
    {
        QTest::addColumn<SimulatorFault>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("skip");
        QTest::newRow("missing on page 1") << SimulatorFault::MoreDataMissing << 1 << 0;
        QTest::newRow("missing on page 2") << SimulatorFault::MoreDataMissing << 1 << 1;
        QTest::newRow("missing on every page") << SimulatorFault::MoreDataMissing << 10 << 0;
        QTest::newRow("\"yes\" on page 1") << SimulatorFault::MoreDataUnreadable << 1 << 0;
        QTest::newRow("\"yes\" on every page") << SimulatorFault::MoreDataUnreadable << 10 << 0;
    }
    void unreadableHasMoreDataIsNotFalse()
    {
        QFETCH(SimulatorFault, fault);
        QFETCH(int, times);
        QFETCH(int, skip);
        m_sim->server.injectFault(fault, times, skip);
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY2(walk->outcome.complete, qPrintable(walk->outcome.error.toString()));
        QVERIFY(!walk->outcome.isIncomplete());
        QCOMPARE(walk->outcome.progress.pages, 3);
        verifyExactly(walk->store);
    }

    void nullDeviceListThatPromisesMoreIsAnError()
    {
        m_sim->server.injectFault(SimulatorFault::NullDeviceList);
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY(!walk->outcome.complete);
        QVERIFY(walk->outcome.isIncomplete());
        QCOMPARE(walk->outcome.error.kind, ApiError::Kind::CursorStuck);
        QVERIFY2(walk->outcome.error.message.contains(u"neither devices nor a lastSeenDeviceId"_s),
                 qPrintable(walk->outcome.error.message));
        QCOMPARE(walk->outcome.totalDevice(), std::optional<qint64>(5000));
        QCOMPARE(walk->store.size(), 0u);
        QVERIFY(!walk->loader.canResume());
    }

    void fewerDevicesThanAnnouncedIsIncomplete()
    {
        // On every request: probes of split lanes and requests sent ahead make the walk ask
        // more often than its three pages, and one true total would make it complete.
        m_sim->server.injectFault(SimulatorFault::InflatedTotal, 1000);
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY(walk->outcome.complete); // the walk itself ended normally
        QVERIFY(!walk->outcome.countsAgree());
        QVERIFY(walk->outcome.isIncomplete());
        QCOMPARE(walk->outcome.devicesLoaded(), SimulatorFixture::kDevices);
        QCOMPARE(walk->outcome.totalDevice(), std::optional<qint64>(50000));
        verifyExactly(walk->store);
    }

    // Each next page is asked for while the worker decodes the page before it, with the cursor
    // its first bytes name. A clean walk guesses right every time: the server sees exactly the
    // sequential walk's requests, one at a time.
    void asksForTheNextPageWhileThisOneIsDecoded()
    {
        const int before = m_sim->server.reportRequests();
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY2(walk->outcome.complete, qPrintable(walk->outcome.error.toString()));
        verifyExactly(walk->store);
        const int pages = walk->outcome.progress.pages;
        QCOMPARE(pages, (SimulatorFixture::kDevices + 999) / 1000);
        QCOMPARE(walk->loader.requestsSentAhead(), pages - 1);
        QCOMPARE(walk->loader.requestsDroppedAhead(), 0);
        QCOMPARE(m_sim->server.reportRequests() - before, pages);
        QCOMPARE(walk->loader.peakInFlight(), 1);
    }

    // A request sent ahead asks for the page after the one being decoded; its retry notice says
    // that page. Every thread of the pool is held until the notice, so the first page is still
    // undecoded when the second one fails (under a sanitizer it was, now and then, and the
    // notice said page 1).
    void aRetrySentAheadNamesItsOwnPage()
    {
        auto walk = makeWalk();
        walkAndWait(*walk); // signs in: no token is decoded while the pool is held
        m_sim->server.injectFault(SimulatorFault::ServerError, 1, 1); // the second page
        test::PoolHold pool;
        QList<RetryNotice> notices;
        connect(&walk->loader, &CampaignLoader::retrying, &walk->loader,
                [&](const RetryNotice &notice) {
                    notices << notice;
                    pool.release();
                });
        walkAndWait(*walk);
        pool.release(); // whatever happened, the pool is free again
        QVERIFY2(walk->outcome.complete, qPrintable(walk->outcome.error.toString()));
        verifyExactly(walk->store);
        QCOMPARE(walk->loader.requestsSentAhead(), walk->outcome.progress.pages - 1);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices[0].page, 2);
    }

    // A page cut short gives no guess (its retry is the next request), and a page that turns out
    // malformed although it looked whole drops the request sent from it before it is retried.
    void aMalformedPageSendsNothingAhead_data()
    {
        QTest::addColumn<SimulatorFault>("fault");
        QTest::newRow("cut short") << SimulatorFault::TruncatedJson;
        QTest::newRow("html") << SimulatorFault::HtmlErrorPage;
    }

    void aMalformedPageSendsNothingAhead()
    {
        QFETCH(SimulatorFault, fault);
        m_sim->server.injectFault(fault, 1, 1); // the second page
        const int before = m_sim->server.reportRequests();
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY2(walk->outcome.complete, qPrintable(walk->outcome.error.toString()));
        verifyExactly(walk->store);
        const int pages = walk->outcome.progress.pages;
        QCOMPARE(m_sim->server.reportRequests() - before, pages + 1);
        QCOMPARE(walk->loader.requestsDroppedAhead(), 0);
        QCOMPARE(walk->loader.requestsSentAhead(), pages - 1);
    }

    void creepingCursorStops()
    {
        m_sim->server.injectFault(SimulatorFault::CreepingCursor, 1000);
        const int before = m_sim->server.reportRequests();
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY(!walk->outcome.complete);
        QCOMPARE(walk->outcome.error.kind, ApiError::Kind::CursorStuck);
        QVERIFY2(walk->outcome.error.message.contains(u"brought no new device"_s),
                 qPrintable(walk->outcome.error.message));
        QCOMPARE(walk->outcome.progress.pages, 1 + CampaignLoader::kMaxPagesWithoutNew);
        QCOMPARE(m_sim->server.reportRequests() - before, 1 + CampaignLoader::kMaxPagesWithoutNew);
        QCOMPARE(walk->outcome.devicesLoaded(), 1000);
        QVERIFY(!walk->loader.canResume());
    }

    void endlessPagesStop()
    {
        m_sim->server.injectFault(SimulatorFault::EndlessPages, 100'000);
        const int before = m_sim->server.reportRequests();
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY(!walk->outcome.complete);
        QCOMPARE(walk->outcome.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(walk->outcome.error.message.contains(u"announced 10 devices"_s),
                 qPrintable(walk->outcome.error.message));
        QVERIFY(m_sim->server.reportRequests() - before <= 3);
    }

    void countsWhatThePagesGotWrong()
    {
        m_sim->server.injectFault(SimulatorFault::HostileEntries, 1, 1);
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY2(walk->outcome.complete, qPrintable(walk->outcome.error.toString()));
        QVERIFY(!walk->outcome.isIncomplete()); // repeats are not extra devices
        const LoadDiagnostics &d = walk->outcome.diagnostics;
        QCOMPARE(d.skippedNotObject, 1);
        QCOMPARE(d.skippedNoDeviceId, 1);
        QCOMPARE(d.blankedTimes, 1);
        QCOMPARE(d.unreadableFields, 0);
        QCOMPARE(d.statusChanged, qint64(ReportPageWriter::kHostileRepeats));
        QVERIFY(d.summary().contains(u"skipped 2 device entries"_s));
        QVERIFY(d.summary().contains(u"left 1 unreadable time blank"_s));
        QVERIFY(d.summary().contains(u"3 devices were listed again with another status"_s));
        // The later listing wins.
        const auto &devices = m_sim->campaign().devices();
        for (int i = 1000 - ReportPageWriter::kHostileRepeats; i < 1000; ++i) {
            const DeviceRecord r = walk->store.record(*walk->store.find(devices[i].deviceId));
            QCOMPARE(r.status, ReportPageWriter::statusAgain(devices[i].status));
        }
        const DeviceRecord blanked = walk->store.record(
            *walk->store.find(devices[1000 - ReportPageWriter::kHostileRepeats].deviceId));
        QCOMPARE(blanked.updatedTime, kNoTime);
    }

    void cleanWalkHasNoDiagnostics()
    {
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY(walk->outcome.complete);
        QVERIFY(walk->outcome.diagnostics.isEmpty());
        QVERIFY(walk->outcome.diagnostics.summary().isEmpty());
        QVERIFY(!walk->loader.canResume());
        walk->loader.resume(); // nothing to resume: no second walk, no second finished()
        QVERIFY(!walk->loader.isRunning());
        QCOMPARE(walk->finishedCount, 1);
    }

    void resumesFromTheLastGoodCursor()
    {
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1, 2);
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY(!walk->outcome.complete);
        QCOMPARE(walk->outcome.error.kind, ApiError::Kind::Rejected);
        QCOMPARE(walk->pages.size(), 2);
        QVERIFY(walk->loader.canResume());
        const QString lastGood = walk->loader.cursor();
        QCOMPARE(lastGood, walk->pages.at(1).last());
        const qsizetype requestedBefore = m_sim->server.reportCursors().size();

        walkAndWait(*walk, true);
        QVERIFY2(walk->outcome.complete, qPrintable(walk->outcome.error.toString()));
        QVERIFY(!walk->outcome.isIncomplete());
        QCOMPARE(walk->outcome.progress.pages, 3); // counts kept across the resume
        QCOMPARE(walk->outcome.devicesLoaded(), SimulatorFixture::kDevices);
        // Only the failed page was asked for again: page 1 was not.
        QCOMPARE(m_sim->server.reportCursors().mid(requestedBefore), QStringList{lastGood});
        // The pages delivered, together, are exactly the campaign: nothing twice, nothing missing.
        QStringList delivered;
        for (const QStringList &page : std::as_const(walk->pages))
            delivered += page;
        delivered.sort();
        QStringList expected;
        for (const auto &d : m_sim->campaign().devices())
            expected << d.deviceId;
        expected.sort();
        QCOMPARE(delivered, expected);
        verifyExactly(walk->store);
        QVERIFY(!walk->loader.canResume());
    }

    void resumesAfterACancel()
    {
        m_sim->server.injectFault(SimulatorFault::Stall, 1, 1);
        auto walk = makeWalk();
        walk->loader.start(m_sim->account, m_sim->campaignId);
        QTRY_COMPARE(walk->pages.size(), 1);
        walk->loader.cancel();
        QCOMPARE(walk->finishedCount, 1);
        QCOMPARE(walk->outcome.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(walk->loader.canResume());
        m_sim->server.clearFaults();
        const qsizetype requestedBefore = m_sim->server.reportCursors().size();
        walkAndWait(*walk, true);
        QVERIFY2(walk->outcome.complete, qPrintable(walk->outcome.error.toString()));
        QVERIFY(!m_sim->server.reportCursors().mid(requestedBefore).contains(u"0"_s));
        QCOMPARE(walk->pages.size(), 3);
        verifyExactly(walk->store);
    }

    void aNewStartForgetsTheResumePoint()
    {
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1, 1);
        auto walk = makeWalk();
        walkAndWait(*walk);
        QVERIFY(walk->loader.canResume());
        walkAndWait(*walk); // start() again: a fresh walk from page 1
        QVERIFY(walk->outcome.complete);
        QCOMPARE(walk->outcome.progress.pages, 3);
        QCOMPARE(walk->outcome.progress.devicesReceived, SimulatorFixture::kDevices);
    }

    void reportsTheServersErrorAndKeepsRows()
    {
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1, 1);
        const int before = m_sim->server.reportRequests();
        auto run = makeRun();
        loadAndWait(*run);
        QVERIFY(run->finished);
        QVERIFY(!run->outcome.complete);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::Rejected);
        QCOMPARE(run->outcome.error.code, u"FOTA.REPORT.InvalidRequest"_s);
        QVERIFY(run->outcome.error.toString().contains(
            u"Campaign report is not available for this account."_s));
        QCOMPARE(run->model.rowCount(), 1000);
        QCOMPARE(m_sim->server.reportRequests() - before, 2); // a 400 is not retried
    }

    void unknownCampaignIsAClearError()
    {
        auto run = makeRun();
        run->session.load(m_sim->account, u"no-such-campaign"_s);
        QTRY_VERIFY(run->finished);
        QVERIFY(!run->outcome.complete);
        QVERIFY(run->outcome.error.message.contains(u"no-such-campaign"_s));
    }

    void givesUpAfterBoundedAttempts()
    {
        m_sim->server.injectFault(SimulatorFault::ServerError, 100, 1);
        const int before = m_sim->server.reportRequests();
        auto run = makeRun();
        loadAndWait(*run);
        QVERIFY(run->finished);
        QVERIFY(!run->outcome.complete);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::ServerError);
        QVERIFY(run->outcome.error.message.contains(u"gave up after 4 attempts"_s));
        QCOMPARE(m_sim->server.reportRequests() - before, 1 + 4);
        QCOMPARE(run->model.rowCount(), 1000);
    }

    void refusesOversizedBodies()
    {
        ApiSettings s = m_sim->settings();
        s.maxBodyBytes = 20 * 1024;
        auto run = makeRun(SimulatorFixture::login(), s);
        loadAndWait(*run);
        QVERIFY(run->finished);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(run->model.rowCount(), 0);
    }

    void cancelKeepsWhatArrived()
    {
        m_sim->server.injectFault(SimulatorFault::Stall, 1, 1);
        auto run = makeRun();
        run->session.load(m_sim->account, m_sim->campaignId);
        QTRY_COMPARE(run->model.rowCount(), 1000);
        run->session.stop();
        QVERIFY(run->finished);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(run->model.rowCount(), 1000);
        m_sim->server.clearFaults();
        QVERIFY(fota::test::roundTrip(
            run->client, ApiCall::deviceReport(m_sim->account, m_sim->campaignId, {})));
        QCOMPARE(run->model.rowCount(), 1000); // nothing of the stopped walk arrives later
    }

    void rejectedPasswordIsTriedExactlyOnce()
    {
        Credentials c = SimulatorFixture::login();
        c.password = u"wrong"_s;
        const int loginsBefore = m_sim->server.loginRequests();
        auto run = makeRun(c);
        loadAndWait(*run);
        QVERIFY(run->finished);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::LoginRejected);
        QVERIFY(run->outcome.error.message.contains(u"lock"_s));
        // Loading again with the same client does not log in again either.
        run->finished = false;
        loadAndWait(*run);
        QVERIFY(run->finished);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::LoginRejected);
        QCOMPARE(m_sim->server.loginRequests() - loginsBefore, 1);
        QVERIFY(!run->outcome.error.message.contains(u"wrong"_s));
        // A correct login afterwards resets the server's failure count.
        auto good = makeRun();
        loadAndWait(*good);
        QVERIFY(good->finished);
        QVERIFY(good->outcome.complete);
    }

    void rejectedClientSecretIsReported()
    {
        Credentials c = SimulatorFixture::login();
        c.clientSecret = u"not-the-secret"_s;
        auto run = makeRun(c);
        loadAndWait(*run);
        QVERIFY(run->finished);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::InvalidClient);
        QVERIFY(run->outcome.error.message.contains(u"client key or secret"_s));
        QVERIFY(!run->outcome.error.toString().contains(c.clientSecret));
    }

    void directTokensWork()
    {
        const auto [bearer, session] = m_sim->server.issueTokens();
        Credentials c;
        c.accessToken = bearer;
        c.sessionToken = session;
        const int tokensBefore = m_sim->server.tokenRequests();
        auto run = makeRun(c);
        loadAndWait(*run);
        QVERIFY(run->finished);
        QVERIFY2(run->outcome.complete, qPrintable(run->outcome.error.toString()));
        QCOMPARE(m_sim->server.tokenRequests(), tokensBefore);
        verifyExactly(run->model.store());
    }

    void directTokensCannotBeRenewed()
    {
        const auto [bearer, session] = m_sim->server.issueTokens();
        m_sim->server.injectFault(SimulatorFault::BearerExpired, 1, 0);
        auto run = makeRun(Credentials{bearer, session, {}, {}, {}, {}});
        loadAndWait(*run);
        QVERIFY(run->finished);
        QCOMPARE(run->outcome.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(run->outcome.error.message.contains(u"supply a current token"_s));
    }

    void pagesLargerThanAThousand()
    {
        m_sim->server.setPageSize(1500);
        auto run = makeRun();
        loadAndWait(*run);
        QVERIFY(run->finished);
        m_sim->server.setPageSize(1000);
        QVERIFY(run->outcome.complete);
        QCOMPARE(run->outcome.progress.pages, 2);
        verifyExactly(run->model.store());
    }

    // What a walk freed lies below the rows it brought, where free() leaves it resident; an
    // idle session gives those pages back.
    void anIdleSessionGivesBackWhatTheWalkFreed()
    {
        auto run = makeRun();
        std::unique_ptr<test::HeldFreeMemory> freed;
        qint64 held = 0;
        connect(&run->session, &CampaignSession::loadFinished, &run->session, [&] {
            // As main() does: page-sized blocks then come from the heap, not from mappings.
            AllocatorTuning::apply();
            freed = std::make_unique<test::HeldFreeMemory>(320); // 64 MB
            held = test::residentBytes();
        });
        loadAndWait(*run);
        QVERIFY(run->outcome.complete);
        QVERIFY(!run->session.isBusy());
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        QTRY_VERIFY2(held - test::residentBytes() > freed->freedBytes() * 3 / 4,
                     qPrintable(u"%1 MB given back"_s.arg((held - test::residentBytes()) >> 20)));
#else
        QVERIFY(!AllocatorTuning::releaseFreeMemory()); // another allocator: nothing to give
#endif
    }

    void refreshAppliesChangesAtOnce()
    {
        auto run = makeRun();
        loadAndWait(*run);
        QVERIFY(run->outcome.complete);
        const int moved = m_sim->server.campaign(m_sim->account, m_sim->campaignId)
                              ->evolve(30, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(moved > 0);
        QSignalSpy refreshed(&run->session, &CampaignSession::refreshed);
        QSignalSpy rowsChanged(&run->model, &QAbstractItemModel::dataChanged);
        run->session.refresh();
        QVERIFY(run->session.isRefreshing());
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30000);
        const auto summary = refreshed.first().first().value<DeviceTableModel::RefreshSummary>();
        QCOMPARE(summary.changed, moved);
        QCOMPARE(rowsChanged.count(), 1); // swapped in at once, not page by page
        verifyExactly(run->model.store());
        int marked = 0;
        for (quint32 r = 0; r < run->model.store().size(); ++r)
            marked += run->model.store().statusChanged(r) ? 1 : 0;
        QCOMPARE(marked, moved);
    }

    void refreshStoppedWhileComparedChangesNothing_data()
    {
        QTest::addColumn<bool>("loadInstead");
        QTest::newRow("stopped") << false;
        QTest::newRow("superseded by a load") << true;
    }
    void refreshStoppedWhileComparedChangesNothing()
    {
        // The walk is complete and the comparison runs on a worker: a stop or a load now must
        // drop its result, and the rows stay as they were.
        QFETCH(bool, loadInstead);
        auto run = makeRun();
        loadAndWait(*run);
        QVERIFY(run->outcome.complete);
        const int moved = m_sim->server.campaign(m_sim->account, m_sim->campaignId)
                              ->evolve(30, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(moved > 0);
        QSignalSpy refreshed(&run->session, &CampaignSession::refreshed);
        QSignalSpy failed(&run->session, &CampaignSession::refreshFailed);
        QSignalSpy rowsChanged(&run->model, &QAbstractItemModel::dataChanged);
        bool stoppedWhileCompared = false;
        // Queued: runs right after the comparison started, before its result can be applied
        // (the worker's result is posted after this).
        connect(
            &run->session, &CampaignSession::refreshApplying, &run->session,
            [&] {
                if (!run->session.isRefreshing())
                    return;
                stoppedWhileCompared = run->model.isApplyingRefresh();
                if (loadInstead)
                    run->session.load(m_sim->account, m_sim->campaignId);
                else
                    run->session.stop();
            },
            Qt::QueuedConnection);
        run->finished = false;
        run->session.refresh();
        if (loadInstead) {
            QTRY_VERIFY_WITH_TIMEOUT(run->finished, 30000);
            QCOMPARE(failed.count(), 0); // superseded, not failed
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
            QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
            QVERIFY(!run->session.isBusy());
            QCOMPARE(rowsChanged.count(), 0);
            QCOMPARE(run->model.store().unseenChanges(), 0);
        }
        QVERIFY(stoppedWhileCompared);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(!run->model.isApplyingRefresh());
        // The next refresh applies as usual.
        disconnect(&run->session, &CampaignSession::refreshApplying, &run->session, nullptr);
        run->session.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30000);
        verifyExactly(run->model.store());
    }

    void failedRefreshChangesNothing()
    {
        auto run = makeRun();
        loadAndWait(*run);
        QVERIFY(run->outcome.complete);
        m_sim->server.campaign(m_sim->account, m_sim->campaignId)
            ->evolve(10, QDateTime::currentMSecsSinceEpoch());
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1, 1);
        QSignalSpy failed(&run->session, &CampaignSession::refreshFailed);
        QSignalSpy rowsChanged(&run->model, &QAbstractItemModel::dataChanged);
        run->session.refresh();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(rowsChanged.count(), 0);
        QCOMPARE(run->model.rowCount(), SimulatorFixture::kDevices);
    }

    void plainHttpOnlyOnLoopback()
    {
        ApiClient client;
        ApiSettings s;
        s.baseUrl = QUrl(u"http://thingspace.verizon.com"_s);
        QVERIFY(client.setSettings(s).contains(u"https"_s));
        QCOMPARE(client.settings().baseUrl, BaseUrlPolicy::defaultBaseUrl());
    }

    void pathSegmentsArePercentEncoded()
    {
        ApiClient client;
        ApiSettings s;
        s.baseUrl = QUrl(u"https://example.test/base/"_s);
        QVERIFY(client.setSettings(s).isEmpty());
        const QUrl url = client.urlFor(ApiCall::deviceReport(u"acc/../x"_s, u"id?a=b#c"_s, {}));
        QCOMPARE(
            url.toString(QUrl::FullyEncoded),
            u"https://example.test/base/api/fota/v3/reports/acc%2F..%2Fx/campaigns/id%3Fa%3Db%23c/devices?lastSeenDeviceId=0"_s);
    }
};

QTEST_GUILESS_MAIN(LoaderTest)
#include "tst_loader.moc"
