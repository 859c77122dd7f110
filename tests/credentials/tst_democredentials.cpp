// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials/DemoCredentials.h"
#include "simulator/SimulatorServer.h"

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
};

QTEST_GUILESS_MAIN(DemoCredentialsTest)

#include "tst_democredentials.moc"
