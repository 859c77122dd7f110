// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimulatorFixture.h"
#include "support/CsvReader.h"

#include "campaign/CampaignLoader.h"
#include "common/Clock.h"
#include "thingspace/ApiClient.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatorServer;

namespace {

// More token requests than this for one campaign is a renewal storm: the run is stopped there,
// so a regression fails in seconds instead of hammering the endpoint until the test times out.
constexpr int kStorm = 200;

} // namespace

// Issue 7, item 1: whatever expires_in a token endpoint advertises (60, 119, 0, -5), a whole
// campaign loads with a small, bounded number of token requests, through the client and through
// `fota-monitor export`. Time is a ManualClock shared by the client and the simulator, moved by
// hand for every page served: nothing here sleeps.
class TokenRenewalTest : public QObject
{
    Q_OBJECT

private slots:
    void campaignLoadsWithFewTokenRequests_data()
    {
        QTest::addColumn<int>("advertised");  // expires_in in the token answer
        QTest::addColumn<int>("enforced");    // how long the simulator accepts a token, s
        QTest::addColumn<int>("pageSeconds"); // the clock moves this much per page served
        QTest::addColumn<int>("maxTokenRequests");
        QTest::addColumn<int>("max401s");
        // 27 pages of 100 devices. With time standing still, one token serves them all.
        QTest::newRow("60, time still") << 60 << 60 << 0 << 1 << 0;
        QTest::newRow("119, time still") << 119 << 119 << 0 << 1 << 0;
        QTest::newRow("0, time still") << 0 << 3600 << 0 << 1 << 0;
        QTest::newRow("-5, time still") << -5 << 3600 << 0 << 1 << 0;
        // 270 s of loading. A 60 s token is renewed when half its life is left (t = 40, 80,
        // ... 240), a 119 s one at 60, 120, 180, 240: always before the server refuses it.
        QTest::newRow("60, 10 s a page") << 60 << 60 << 10 << 7 << 0;
        QTest::newRow("119, 10 s a page") << 119 << 119 << 10 << 5 << 0;
        // No known lifetime: used until the server refuses it (every 60 s), then renewed once.
        QTest::newRow("0, lasting 60 s, 10 s a page") << 0 << 60 << 10 << 5 << 4;
        QTest::newRow("-5, lasting 60 s, 10 s a page") << -5 << 60 << 10 << 5 << 4;
        // A 1 s token is "near expiry" before every page; the rate limit (one early renewal per
        // 5 s) keeps it to one renewal every five pages instead of one a page.
        QTest::newRow("1, rate limited") << 1 << 3600 << 1 << 7 << 0;
    }
    void campaignLoadsWithFewTokenRequests()
    {
        QFETCH(int, advertised);
        QFETCH(int, enforced);
        QFETCH(int, pageSeconds);
        QFETCH(int, maxTokenRequests);
        QFETCH(int, max401s);

        ManualClock clock;
        SimulatorFixture sim;
        sim.server.setClock(&clock);
        sim.server.setPageSize(100);
        sim.server.setAccessTokenLifetime(enforced);
        sim.server.setAdvertisedExpiresIn(advertised);
        QVERIFY(sim.start());

        ApiClient client;
        client.setClock(clock);
        QVERIFY(client.setSettings(sim.settings()).isEmpty());
        client.setCredentials(SimulatorFixture::login());
        CampaignLoader loader(&client);
        int rejected = 0;
        qint64 devices = 0;
        std::optional<LoadOutcome> outcome;
        connect(&sim.server, &SimulatorServer::requestServed, &loader,
                [&](const QString &path, int status) {
                    if (status == 401)
                        ++rejected;
                    if (path.endsWith(u"/devices"_s))
                        clock.advance(qint64(pageSeconds) * 1000);
                    if (sim.server.tokenRequests() > kStorm)
                        loader.cancel();
                });
        connect(&loader, &CampaignLoader::pageLoaded, &loader,
                [&devices](const DecodedPage &page) { devices += qsizetype(page.devices.size()); });
        connect(&loader, &CampaignLoader::finished, &loader,
                [&outcome](const LoadOutcome &o) { outcome = o; });
        loader.start(sim.account, sim.campaignId);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);

        QVERIFY2(sim.server.tokenRequests() <= maxTokenRequests,
                 qPrintable(u"%1 token requests"_s.arg(sim.server.tokenRequests())));
        QVERIFY2(outcome->complete, qPrintable(outcome->error.toString()));
        QCOMPARE(devices, SimulatorFixture::kDevices);
        QVERIFY2(rejected <= max401s, qPrintable(u"%1 answers were 401"_s.arg(rejected)));
        QCOMPARE(sim.server.loginRequests(), 1);
    }

    void exportLoadsWithFewTokenRequests_data()
    {
        QTest::addColumn<int>("advertised");
        QTest::newRow("60") << 60;
        QTest::newRow("119") << 119;
        QTest::newRow("0") << 0;
        QTest::newRow("-5") << -5;
    }
    void exportLoadsWithFewTokenRequests()
    {
        QFETCH(int, advertised);
        const QString exe = qEnvironmentVariable("FOTA_MONITOR_EXE");
        QVERIFY2(QFile::exists(exe), "FOTA_MONITOR_EXE not set");
        SimulatorFixture sim; // real time: the export is a separate process
        sim.server.setAdvertisedExpiresIn(advertised);
        QVERIFY(sim.start());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"THINGSPACE_BEARER_TOKEN"_s);
        env.remove(u"THINGSPACE_SESSION_TOKEN"_s);
        const Credentials c = SimulatorFixture::login();
        env.insert(u"THINGSPACE_CLIENT_ID"_s, c.clientId);
        env.insert(u"THINGSPACE_CLIENT_SECRET"_s, c.clientSecret);
        env.insert(u"THINGSPACE_USERNAME"_s, c.username);
        env.insert(u"THINGSPACE_PASSWORD"_s, c.password);
        QProcess process;
        process.setProcessEnvironment(env);
        const QString output = dir.filePath(u"campaign.csv"_s);
        process.start(exe,
                      {u"export"_s, u"--account"_s, sim.account, u"--campaign"_s, sim.campaignId,
                       u"--base-url"_s, sim.server.baseUrl().toString(), u"--output"_s, output});
        QVERIFY(process.waitForStarted(10'000));
        // The simulator answers from this thread's event loop, so wait with it running.
        QTRY_VERIFY_WITH_TIMEOUT(
            process.state() == QProcess::NotRunning || sim.server.tokenRequests() > kStorm, 60'000);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(sim.server.tokenRequests() <= 2,
                 qPrintable(u"%1 token requests"_s.arg(sim.server.tokenRequests())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("Loaded 2689 devices"), err.constData());
        QFile csv(output);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(readCsv(csv.readAll()).size(), SimulatorFixture::kDevices + 1);
    }
};

QTEST_GUILESS_MAIN(TokenRenewalTest)
#include "tst_tokenrenewal.moc"
