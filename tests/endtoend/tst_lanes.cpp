// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimulatorFixture.h"

#include "campaign/CampaignLoader.h"
#include "campaign/DeviceStore.h"
#include "thingspace/ApiClient.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatorFault;

Q_DECLARE_METATYPE(fota::sim::SimulatorFault)

// Range-split loading end to end: several lanes over real HTTP to the simulator, whose campaign
// clusters in three TAC families (one with leading zeros) with wide gaps, so some lanes start
// in a gap and find nothing of their own and others are dense. Every walk must give exactly
// what the sequential walk gives.
class LanesTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPageSize = 50; // 54 pages: enough for every lane to be split again

    SimulatorFixture *m_sim = nullptr;

    struct Walk
    {
        ApiClient client;
        CampaignLoader loader{&client};
        DeviceStore store;
        QStringList delivered; // every device ID in the order pages were handed on
        QStringList notices;
        LoadOutcome outcome;
        int finishedCount = 0;
        int pagesSeen = 0;
    };

    std::unique_ptr<Walk> makeWalk(int connections)
    {
        auto walk = std::make_unique<Walk>();
        ApiSettings settings = m_sim->settings();
        settings.connections = connections;
        if (!walk->client.setSettings(settings).isEmpty())
            qFatal("settings refused");
        walk->client.setCredentials(SimulatorFixture::login());
        Walk *w = walk.get();
        connect(&w->loader, &CampaignLoader::pageLoaded, &w->loader, [w](const DecodedPage &page) {
            w->store.upsert(page);
            for (const DecodedDevice &d : page.devices)
                w->delivered << page.deviceId(d);
        });
        connect(&w->loader, &CampaignLoader::progress, &w->loader,
                [w](const LoadProgress &p) { w->pagesSeen = p.pages; });
        connect(&w->loader, &CampaignLoader::notice, &w->loader,
                [w](const QString &text) { w->notices << text; });
        connect(&w->loader, &CampaignLoader::finished, &w->loader, [w](const LoadOutcome &o) {
            w->outcome = o;
            ++w->finishedCount;
        });
        return walk;
    }

    void walkAndWait(Walk &walk, bool resume = false)
    {
        const int before = walk.finishedCount;
        if (resume)
            walk.loader.resume();
        else
            walk.loader.start(m_sim->account, m_sim->campaignId);
        QTRY_VERIFY_WITH_TIMEOUT(walk.finishedCount > before, 60000);
        QCOMPARE(walk.finishedCount, before + 1);
    }

    static QList<DeviceRecord> records(const DeviceStore &store)
    {
        QList<DeviceRecord> out;
        for (quint32 row = 0; row < store.size(); ++row)
            out << store.record(row);
        std::sort(out.begin(), out.end(), [](const DeviceRecord &a, const DeviceRecord &b) {
            return a.deviceId < b.deviceId;
        });
        return out;
    }

    // The sequential walk of the fault-free server, as the reference (the campaign does not
    // change between walks, so once is enough).
    QList<DeviceRecord> m_reference;
    QList<DeviceRecord> sequentialResult()
    {
        if (m_reference.isEmpty()) {
            auto one = makeWalk(1);
            walkAndWait(*one);
            if (!one->outcome.complete)
                qFatal("the sequential walk failed");
            m_reference = records(one->store);
        }
        return m_reference;
    }

    void verifyWhole(const Walk &walk)
    {
        QVERIFY2(walk.outcome.complete, qPrintable(walk.outcome.error.toString()));
        QVERIFY(walk.outcome.countsAgree());
        QCOMPARE(walk.store.size(), quint32(SimulatorFixture::kDevices));
        QCOMPARE(walk.outcome.devicesLoaded(), qint64(SimulatorFixture::kDevices));
    }

private slots:
    void initTestCase()
    {
        m_sim = new SimulatorFixture;
        QVERIFY(m_sim->start());
        m_sim->server.setPageSize(kPageSize);
    }
    void cleanupTestCase() { delete m_sim; }
    void init()
    {
        m_sim->server.clearFaults();
        m_sim->server.setRejectForeignCursors(false);
        m_sim->server.setMaxPagesInFlight(0);
        m_sim->server.setPageLatency(0);
        m_sim->server.setSlowEarlyPages({}, 0, 0);
        m_sim->server.resetPeakPagesInFlight();
    }

    void campaignClusters()
    {
        // What the other tests rely on: a few TAC families, one with leading zeros, wide gaps.
        const auto &devices = m_sim->campaign().devices();
        QSet<QString> tacs;
        for (const auto &d : devices)
            tacs.insert(d.deviceId.left(8));
        QVERIFY(tacs.size() >= 3);
        QVERIFY(devices.first().deviceId.startsWith(u'0'));
        const quint64 first = devices.first().deviceId.toULongLong();
        const quint64 last = devices.last().deviceId.toULongLong();
        QVERIFY(last - first > 1000 * quint64(devices.size()));
    }

    void sameRowsAsTheSequentialWalk_data()
    {
        QTest::addColumn<int>("connections");
        for (int n : {1, 2, 3, 4, 6, 7, 8})
            QTest::newRow(qPrintable(u"%1 connections"_s.arg(n))) << n;
    }
    void sameRowsAsTheSequentialWalk()
    {
        QFETCH(int, connections);
        const QList<DeviceRecord> reference = sequentialResult();
        // A little latency, so requests overlap and the server can count them.
        m_sim->server.setPageLatency(5);
        auto walk = makeWalk(connections);
        walkAndWait(*walk);
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), reference);
        // Handed on in ID order, like the sequential walk (the simulator shuffles some pages
        // internally, so order is compared up to the page).
        QStringList sorted = walk->delivered;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(walk->delivered.size(), sorted.size());
        QCOMPARE(walk->delivered.first().left(8), sorted.first().left(8));
        QCOMPARE(walk->delivered.last().left(8), sorted.last().left(8));
        QVERIFY(walk->loader.peakInFlight() <= connections);
        QVERIFY(m_sim->server.peakPagesInFlight() <= connections);
        // Lanes finish in any order; a new request must still go to a manager with a free
        // connection, or Qt holds it back while the walk counts it as running.
        QVERIFY2(walk->client.peakOpenCalls(0) <= ApiClient::kConnectionsPerManager,
                 qPrintable(QString::number(walk->client.peakOpenCalls(0))));
        QVERIFY2(walk->client.peakOpenCalls(1) <=
                     std::max(connections - ApiClient::kConnectionsPerManager, 0),
                 qPrintable(QString::number(walk->client.peakOpenCalls(1))));
        if (connections == 1) {
            QCOMPARE(walk->loader.laneCount(), 1);
        } else {
            QVERIFY(walk->loader.laneCount() > 1);
            QCOMPARE(walk->loader.peakInFlight(), connections);
        }
        QCOMPARE(walk->outcome.lanes, walk->loader.laneCount());
        QVERIFY(walk->notices.isEmpty());
    }

    void windowedLanesGiveTheSequentialResult()
    {
        // 538 pages of 5 over four connections: long enough that split lanes keep windows of
        // pages (CampaignLoader::kMinPagesPerLane) and hand the rest on, lane after lane.
        const QList<DeviceRecord> reference = sequentialResult();
        m_sim->server.setPageSize(5);
        m_sim->server.setPageLatency(1);
        auto walk = makeWalk(4);
        walkAndWait(*walk);
        m_sim->server.setPageSize(kPageSize);
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), reference);
        QVERIFY(walk->outcome.progress.pages >= 538);
        // More lanes than four equal parts and their tails make (15-16): the windows were used
        // (28-32).
        QVERIFY2(walk->loader.laneCount() > 20,
                 qPrintable(QString::number(walk->loader.laneCount())));
        QVERIFY(walk->loader.peakInFlight() <= 4);
    }

    // The first devices the server answers a cursor with: its TAC family (the campaign's
    // families differ in their first two digits).
    QString familyAfter(const QString &cursor) const
    {
        const quint64 at = cursor.toULongLong();
        for (const auto &d : m_sim->campaign().devices()) {
            if (d.deviceId.toULongLong() > at)
                return d.deviceId.left(2);
        }
        return QString();
    }

    // A short walk is split into equal parts after its first page. Extrapolating the first
    // family's density put every split point in the gap after it (the walk found the third
    // family only rounds later); the probes above the first share find every family at once.
    void firstSplitsFindEveryCluster()
    {
        const QList<DeviceRecord> reference = sequentialResult();
        m_sim->server.setPageLatency(5);
        const qsizetype before = m_sim->server.reportCursors().size();
        auto walk = makeWalk(4);
        walkAndWait(*walk);
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), reference);
        // The first page, the page after it and the three new lanes' first requests.
        const QStringList first = m_sim->server.reportCursors().mid(before, 5);
        QCOMPARE(first.size(), 5);
        QSet<QString> found;
        for (const QString &cursor : first)
            found.insert(familyAfter(cursor));
        QCOMPARE(found, (QSet<QString>{u"01"_s, u"35"_s, u"86"_s}));
    }

    static bool lies(SimulatorFault fault)
    {
        return fault == SimulatorFault::StuckCursor || fault == SimulatorFault::CreepingCursor ||
               fault == SimulatorFault::NullDeviceList || fault == SimulatorFault::EndlessPages ||
               fault == SimulatorFault::InflatedTotal;
    }

    void sameResultUnderEveryFault_data()
    {
        QTest::addColumn<SimulatorFault>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("skip");
        QTest::addColumn<bool>("transient"); // the campaign stays whole: only a retry, or a quirk
        const std::pair<const char *, SimulatorFault> once[] = {
            {"rate limited", SimulatorFault::RateLimited},
            {"server error", SimulatorFault::ServerError},
            {"session expired", SimulatorFault::SessionExpired},
            {"bearer expired", SimulatorFault::BearerExpired},
            {"truncated JSON", SimulatorFault::TruncatedJson},
            {"reset mid-body", SimulatorFault::ConnectionReset},
            {"stalled", SimulatorFault::Stall},
            {"overlapping pages", SimulatorFault::OverlappingPages},
            {"wrong field types", SimulatorFault::WrongFieldTypes},
            {"HTML page", SimulatorFault::HtmlErrorPage},
            {"empty page", SimulatorFault::EmptyPage},
            {"hasMoreData missing", SimulatorFault::MoreDataMissing},
            {"hasMoreData unreadable", SimulatorFault::MoreDataUnreadable},
            {"hostile entries", SimulatorFault::HostileEntries},
            {"stuck cursor", SimulatorFault::StuckCursor},
            {"creeping cursor", SimulatorFault::CreepingCursor},
            {"null device list", SimulatorFault::NullDeviceList},
        };
        for (const auto &[name, fault] : once) {
            for (int skip : {0, 6}) {
                QTest::newRow(
                    qPrintable(u"%1, request %2"_s.arg(QLatin1StringView(name)).arg(skip + 1)))
                    << fault << 1 << skip << !lies(fault);
            }
        }
        // Lies on every page.
        QTest::newRow("endless pages") << SimulatorFault::EndlessPages << 100000 << 0 << false;
        QTest::newRow("inflated total") << SimulatorFault::InflatedTotal << 100000 << 0 << false;
        QTest::newRow("wrong field types everywhere")
            << SimulatorFault::WrongFieldTypes << 100000 << 0 << true;
        QTest::newRow("empty pages everywhere")
            << SimulatorFault::EmptyPage << 100000 << 0 << false;
    }
    // A transient fault or a quirk costs a retry and changes nothing: the lanes bring exactly
    // the sequential walk's rows. A report that lies on one page may or may not hurt (that
    // depends on which page of which lane it lands on, as it does for the sequential walk),
    // but a walk that calls itself whole must be whole; one that lies on every page ends both
    // walks as not the whole campaign.
    void sameResultUnderEveryFault()
    {
        QFETCH(SimulatorFault, fault);
        QFETCH(int, times);
        QFETCH(int, skip);
        QFETCH(bool, transient);
        const QList<DeviceRecord> reference = sequentialResult();
        m_sim->server.injectFault(fault, times, skip);
        auto one = makeWalk(1);
        walkAndWait(*one);
        m_sim->server.clearFaults();
        m_sim->server.injectFault(fault, times, skip);
        auto walk = makeWalk(4);
        walkAndWait(*walk);
        if (transient)
            QVERIFY2(!walk->outcome.isIncomplete(), qPrintable(walk->outcome.error.toString()));
        if (times > 1)
            QCOMPARE(walk->outcome.isIncomplete(), one->outcome.isIncomplete());
        if (walk->outcome.isIncomplete())
            return;
        verifyWhole(*walk);
        const QList<DeviceRecord> rows = records(walk->store);
        if (fault != SimulatorFault::HostileEntries) {
            QCOMPARE(rows, reference);
            return;
        }
        // The page the fault lands on repeats the three devices before it with another status:
        // which three depends on where the page starts, in either walk.
        int differing = 0;
        for (qsizetype i = 0; i < rows.size(); ++i)
            differing += rows[i] == reference[i] ? 0 : 1;
        QVERIFY2(differing <= 3, qPrintable(QString::number(differing)));
    }

    // A server whose cursors are opaque: the first split point is refused with a 400, the walk
    // says so once and finishes over one connection, with every device.
    void fallsBackWhenSplitPointsAreRefused()
    {
        m_sim->server.setRejectForeignCursors(true);
        const QList<DeviceRecord> reference = sequentialResult();
        m_sim->server.setPageLatency(5);
        auto walk = makeWalk(4);
        walkAndWait(*walk);
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), reference);
        QCOMPARE(walk->notices.size(), 1);
        QVERIFY(walk->notices.first().contains(u"one connection"_s));
        QCOMPARE(walk->outcome.walkNote, walk->notices.first());
        QCOMPARE(walk->loader.laneCount(), 1);
    }

    // A gateway that answers 429 as soon as more than two pages are out: the walk halves its
    // connections, waits as asked, and still brings every device.
    void backsOffFromTooManyRequests()
    {
        const QList<DeviceRecord> reference = sequentialResult();
        m_sim->server.setPageLatency(10);
        m_sim->server.setMaxPagesInFlight(2);
        auto walk = makeWalk(8);
        walkAndWait(*walk);
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), reference);
        QVERIFY(m_sim->server.rejectedForTooMany() > 0);
        QVERIFY(m_sim->server.peakPagesInFlight() <= 2);
        // Halving to a budget the server accepts: far fewer refusals than pages.
        QVERIFY2(m_sim->server.rejectedForTooMany() < 30,
                 qPrintable(QString::number(m_sim->server.rejectedForTooMany())));
    }

    // A report whose pages disagree about totalDevice, and whose first range answers last: its
    // early pages count one device more than the campaign has. The sequential walk ends with
    // its last page's total, the real one, and so must the lanes, whichever page came last.
    void theTotalIsThatOfTheLastPageInIdOrder()
    {
        const auto &devices = m_sim->campaign().devices();
        const qint64 real = devices.size();
        m_sim->server.setSlowEarlyPages(devices.at(devices.size() / 8).deviceId, real + 1, 300);
        auto one = makeWalk(1);
        walkAndWait(*one);
        QCOMPARE(one->outcome.totalDevice(), std::optional<qint64>(real));
        auto walk = makeWalk(4);
        walkAndWait(*walk);
        QVERIFY(walk->outcome.lanes > 1);
        QCOMPARE(walk->outcome.totalDevice(), std::optional<qint64>(real));
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), records(one->store));
    }

    // Stop stops every lane at once; Retry continues each lane where it stopped.
    void stopAndResumeEveryLane()
    {
        const QList<DeviceRecord> reference = sequentialResult();
        m_sim->server.setPageLatency(5);
        auto walk = makeWalk(4);
        Walk *w = walk.get();
        QMetaObject::Connection stopper =
            connect(&w->loader, &CampaignLoader::progress, &w->loader, [w](const LoadProgress &p) {
                if (p.pages == 12)
                    w->loader.cancel();
            });
        const int requestsBefore = m_sim->server.reportRequests();
        walkAndWait(*walk);
        disconnect(stopper);
        QCOMPARE(walk->outcome.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(walk->loader.laneCount() > 1);
        QVERIFY(walk->loader.canResume());
        QVERIFY(!walk->loader.isRunning());
        // Everything that had arrived was handed on before finished().
        QCOMPARE(qint64(walk->store.size()), walk->outcome.devicesLoaded());
        walkAndWait(*walk, true);
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), reference);
        // Each lane went on from its own cursor: no walk from the start again.
        const int requests = m_sim->server.reportRequests() - requestsBefore;
        QVERIFY2(requests < 54 + 2 * walk->loader.laneCount() + 8,
                 qPrintable(QString::number(requests)));
    }

    // A lane that fails for good fails the walk; Retry continues every lane.
    void failureKeepsEveryLaneForRetry()
    {
        const QList<DeviceRecord> reference = sequentialResult();
        m_sim->server.setPageLatency(5);
        // Every request from the tenth on is refused. One 400 would not do: when it lands on
        // the first request of a new lane, it reads as a server refusing made-up cursors and the
        // walk falls back to one lane and completes; the next 400 then fails the walk.
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1000, 10);
        auto walk = makeWalk(4);
        walkAndWait(*walk);
        QVERIFY(!walk->outcome.complete);
        QCOMPARE(walk->outcome.error.kind, ApiError::Kind::Rejected);
        QVERIFY(walk->loader.canResume());
        m_sim->server.clearFaults();
        walkAndWait(*walk, true);
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), reference);
    }

    // Every access token is revoked while four lanes are out: each request hears 401, and they
    // share one renewal.
    void lanesShareOneTokenRenewal()
    {
        const QList<DeviceRecord> reference = sequentialResult();
        m_sim->server.setPageLatency(20);
        m_sim->server.injectFault(SimulatorFault::BearerExpired, 1, 8);
        auto walk = makeWalk(4);
        const int tokensBefore = m_sim->server.tokenRequests();
        const int loginsBefore = m_sim->server.loginRequests();
        walkAndWait(*walk);
        verifyWhole(*walk);
        QCOMPARE(records(walk->store), reference);
        QCOMPARE(m_sim->server.tokenRequests() - tokensBefore, 2); // the first, one renewal
        QCOMPARE(m_sim->server.loginRequests() - loginsBefore, 1);
    }
};

QTEST_GUILESS_MAIN(LanesTest)
#include "tst_lanes.moc"
