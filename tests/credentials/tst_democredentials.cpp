// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials/DemoCredentials.h"
#include "simulator/SimulatorServer.h"
#include "support/ProcessWait.h"
#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fota::Credentials;
using fota::DemoCredentials;

// The simulator's fixed credentials may reach the simulator on this machine and nothing else.
class DemoCredentialsTest : public QObject
{
    Q_OBJECT

private slots:
    void theClientKnowsTheSimulatorsCredentials()
    {
        // Two copies on purpose (the simulator shares no code with the client): they must agree,
        // or the guard would protect nothing.
        const Credentials demo = DemoCredentials::credentials();
        QCOMPARE(demo.clientId, fota::sim::SimulatorServer::demoClientId());
        QCOMPARE(demo.clientSecret, fota::sim::SimulatorServer::demoClientSecret());
        QCOMPARE(demo.username, fota::sim::SimulatorServer::demoUsername());
        QCOMPARE(demo.password, fota::sim::SimulatorServer::demoPassword());
        QVERIFY(DemoCredentials::isDemo(demo));
    }

    void refusedForAnyOtherHost_data()
    {
        QTest::addColumn<QUrl>("baseUrl");
        QTest::newRow("production") << QUrl(u"https://thingspace.verizon.com"_s);
        QTest::newRow("mock host") << QUrl(u"https://mock.thingspace.verizon.com"_s);
        QTest::newRow("private address") << QUrl(u"https://10.0.0.5:8443"_s);
        QTest::newRow("looks local") << QUrl(u"https://localhost.example.com"_s);
        QTest::newRow("loopback as a subdomain") << QUrl(u"https://127.0.0.1.example.com"_s);
        QTest::newRow("any address") << QUrl(u"http://0.0.0.0:8080"_s);
        QTest::newRow("no host") << QUrl(u"file:///tmp/x"_s);
        QTest::newRow("invalid") << QUrl();
    }

    void refusedForAnyOtherHost()
    {
        QFETCH(QUrl, baseUrl);
        const QString refusal = DemoCredentials::refusal(DemoCredentials::credentials(), baseUrl);
        QVERIFY2(refusal.contains(u"demo credentials"_s), qPrintable(refusal));
        // Either pair alone is refused too: each would be sent on its own.
        Credentials keyOnly = DemoCredentials::credentials();
        keyOnly.username = u"operator"_s;
        keyOnly.password = u"real password"_s;
        QVERIFY(!DemoCredentials::refusal(keyOnly, baseUrl).isEmpty());
        Credentials loginOnly = DemoCredentials::credentials();
        loginOnly.clientId = u"real-key"_s;
        loginOnly.clientSecret = u"real-secret"_s;
        QVERIFY(!DemoCredentials::refusal(loginOnly, baseUrl).isEmpty());
    }

    void allowedForTheLoopbackSimulator_data()
    {
        QTest::addColumn<QUrl>("baseUrl");
        QTest::newRow("127.0.0.1") << QUrl(u"http://127.0.0.1:41234"_s);
        QTest::newRow("127.x") << QUrl(u"http://127.8.9.10:41234"_s);
        QTest::newRow("localhost") << QUrl(u"http://localhost:41234"_s);
        QTest::newRow("::1") << QUrl(u"http://[::1]:41234"_s);
        QTest::newRow("https loopback") << QUrl(u"https://127.0.0.1:8443"_s);
    }

    void allowedForTheLoopbackSimulator()
    {
        QFETCH(QUrl, baseUrl);
        QCOMPARE(DemoCredentials::refusal(DemoCredentials::credentials(), baseUrl), QString());
    }

    void realCredentialsAreNotTheGuardsBusiness()
    {
        Credentials real;
        real.clientId = u"key"_s;
        real.clientSecret = u"secret"_s;
        real.username = u"demo-user"_s; // a real account may have a user of that name
        real.password = u"a real password"_s;
        QVERIFY(!DemoCredentials::isDemo(real));
        QCOMPARE(DemoCredentials::refusal(real, QUrl(u"https://thingspace.verizon.com"_s)),
                 QString());
        Credentials tokens;
        tokens.accessToken = u"access"_s;
        tokens.sessionToken = u"session"_s;
        QCOMPARE(DemoCredentials::refusal(tokens, QUrl(u"https://thingspace.verizon.com"_s)),
                 QString());
    }

    void theRefusalNamesTheHostOnOneLine()
    {
        const QString refusal = DemoCredentials::refusal(
            DemoCredentials::credentials(), QUrl(u"https://thingspace.verizon.com/api"_s));
        QVERIFY2(refusal.contains(u"thingspace.verizon.com"_s), qPrintable(refusal));
        QVERIFY(!refusal.contains(u"demo-password"_s));
        QVERIFY(!refusal.contains(u"demo-client-secret"_s));
        QVERIFY(!refusal.contains(u'\n'));
    }

    // End to end: the client refuses before any request leaves, and `export` is a usage error.
    // 192.0.2.1 is TEST-NET-1: nothing answers there, so without the guard the request would
    // end in a network error or a timeout instead.
    void theClientNeverSendsThemElsewhere()
    {
        fota::ApiClient client;
        fota::ApiSettings settings;
        settings.baseUrl = QUrl(u"https://192.0.2.1"_s);
        settings.transferTimeoutMs = 3000;
        settings.attemptDeadlineMs = 3000;
        settings.maxAttempts = 1;
        QCOMPARE(client.setSettings(settings), QString());
        client.setCredentials(DemoCredentials::credentials());
        fota::ApiReply *reply = client.send(fota::ApiCall::deviceReport(u"acc"_s, u"c"_s, {}));
        QSignalSpy finished(reply, &fota::ApiReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(reply->error().kind, fota::ApiError::Kind::InsecureUrl);
        QVERIFY2(reply->error().message.contains(u"demo credentials"_s),
                 qPrintable(reply->error().message));
        reply->deleteLater();
    }

    // Every command that loads refuses them in the step they share, before any request, any
    // history or output file and any retry: exit 2 and one line. 192.0.2.1 (TEST-NET-1) answers
    // nothing, so a request sent anyway would end in a timeout or a network error (exit 1), and
    // `watch` without --count would go on loading until the test gives up on it.
    void everyCommandRefusesThemForAnotherHost_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("export") << QStringList{u"export"_s};
        QTest::newRow("watch") << QStringList{u"watch"_s, u"--history"_s, u"HISTORY"_s};
        QTest::newRow("watch --count 1")
            << QStringList{u"watch"_s, u"--history"_s, u"HISTORY"_s, u"--count"_s, u"1"_s};
        QTest::newRow("report") << QStringList{u"report"_s, u"--output"_s, u"OUTPUT"_s};
    }
    void everyCommandRefusesThemForAnotherHost()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString history = dir.filePath(u"history.sqlite"_s);
        const QString output = dir.filePath(u"report.html"_s);
        command.replaceInStrings(u"HISTORY"_s, history);
        command.replaceInStrings(u"OUTPUT"_s, output);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const Credentials demo = DemoCredentials::credentials();
        env.remove(u"THINGSPACE_BEARER_TOKEN"_s);
        env.remove(u"THINGSPACE_SESSION_TOKEN"_s);
        env.insert(u"THINGSPACE_CLIENT_ID"_s, demo.clientId);
        env.insert(u"THINGSPACE_CLIENT_SECRET"_s, demo.clientSecret);
        env.insert(u"THINGSPACE_USERNAME"_s, demo.username);
        env.insert(u"THINGSPACE_PASSWORD"_s, demo.password);
        // `report` starts a QGuiApplication, which warns on stderr without a runtime directory.
        env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("FOTA_MONITOR_EXE"),
                      command + QStringList{u"--account"_s, u"acc"_s, u"--campaign"_s, u"c"_s,
                                            u"--base-url"_s, u"https://192.0.2.1"_s, u"--timeout"_s,
                                            u"2"_s, u"--attempts"_s, u"1"_s});
        QVERIFY2(finishWithEventLoop(process, 30000), "still running after 30 s");
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 2, err.constData());
        // One line, the refusal: no "Loading campaign ...", no warning, no failed load.
        QVERIFY2(err.endsWith('\n') && err.count('\n') == 1, err.constData());
        QVERIFY2(err.contains("error: refusing to send the built-in demo credentials to "
                              "192.0.2.1"),
                 err.constData());
        QVERIFY(!err.contains("demo-password"));
        QVERIFY(!err.contains("demo-client-secret"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!QFileInfo::exists(history));
        QVERIFY(!QFileInfo::exists(output));
    }
};

QTEST_GUILESS_MAIN(DemoCredentialsTest)

#include "tst_democredentials.moc"
