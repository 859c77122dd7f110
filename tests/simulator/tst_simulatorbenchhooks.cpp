// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The simulator's two benchmark hooks, over real HTTP: the page cache serves the same bytes at
// any cursor and forgets them when the campaign changes; the page latency holds back page answers
// only.
#include "simulator/SimulatedCampaign.h"
#include "simulator/SimulatorServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fota::sim;

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kCampaign = u"bench"_s;

} // namespace

class SimulatorBenchHooksTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    std::pair<QString, QString> m_tokens;

    QNetworkReply *getPage(const QString &cursor)
    {
        QUrl url = m_server->baseUrl();
        url.setPath(u"/api/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(kAccount, kCampaign));
        url.setQuery(QUrlQuery{{u"lastSeenDeviceId"_s, cursor}});
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_tokens.first.toUtf8());
        request.setRawHeader("VZ-M2M-Token", m_tokens.second.toUtf8());
        return m_nam->get(request);
    }

    QByteArray fetchPage(const QString &cursor)
    {
        std::unique_ptr<QNetworkReply> reply(getPage(cursor));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30'000))
            return "TIMEOUT";
        return reply->readAll();
    }

private slots:
    void init()
    {
        m_server = new SimulatorServer(this);
        m_server->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, 2500, 9));
        QVERIFY(m_server->start());
        m_tokens = m_server->issueTokens();
        m_nam = new QNetworkAccessManager(this);
    }

    void cleanup()
    {
        delete m_nam;
        delete m_server;
    }

    void cacheServesTheSameBytesUntilTheCampaignChanges()
    {
        const QByteArray uncached = fetchPage(u"0"_s);
        QVERIFY(uncached.startsWith("{\"totalDevice\""));
        m_server->setPageCache(true);
        QCOMPARE(fetchPage(u"0"_s), uncached);
        // A change behind the server's back stays unseen until the cache is cleared: proof that
        // the bytes come from the cache.
        QVERIFY(m_server->campaign(kAccount, kCampaign)->evolve(2500, 1'795'150'000'000) > 0);
        QCOMPARE(fetchPage(u"0"_s), uncached);
        m_server->clearPageCache();
        const QByteArray evolved = fetchPage(u"0"_s);
        QVERIFY(evolved != uncached);
        QCOMPARE(fetchPage(u"0"_s), evolved);

        SimulatedCampaign other = SimulatedCampaign::generate(kAccount, kCampaign, 2500, 10);
        m_server->addCampaign(other);
        const QByteArray changed = fetchPage(u"0"_s);
        QVERIFY(changed.startsWith("{\"totalDevice\""));
        QVERIFY(changed != evolved); // another seed, other devices: not the cached page
    }

    void cacheServesTheSameBytesAtAnyCursor()
    {
        // Cursors where a range-split walk might start a lane: the first page, devices inside
        // pages of every variant (status time key, shuffled order) and a value between devices.
        const QVector<SimulatedDevice> &devices =
            m_server->campaign(kAccount, kCampaign)->devices();
        QStringList cursors{u"0"_s, devices[1233].deviceId, devices[2099].deviceId,
                            devices[499].deviceId, devices[2480].deviceId};
        cursors << QString::number(devices[1700].deviceId.toULongLong() + 1)
                       .rightJustified(devices[1700].deviceId.size(), u'0');
        QList<QByteArray> uncached;
        for (const QString &cursor : cursors)
            uncached << fetchPage(cursor);
        QVERIFY(uncached.at(1).contains("\"statusTime\""));  // page number 1
        QVERIFY(uncached.at(2).contains("\"updatedTime\"")); // page number 2, shuffled
        m_server->setPageCache(true);
        for (qsizetype i = 0; i < cursors.size(); ++i)
            QCOMPARE(fetchPage(cursors[i]), uncached[i]);
        m_server->clearPageCache();
        m_server->warmPageCache();
        for (qsizetype i = cursors.size() - 1; i >= 0; --i)
            QCOMPARE(fetchPage(cursors[i]), uncached[i]);
    }

    void cacheNeverKeepsAFaultyPage()
    {
        m_server->setPageCache(true);
        const QByteArray good = fetchPage(u"0"_s);
        m_server->injectFault(SimulatorFault::TruncatedJson);
        const QByteArray truncated = fetchPage(u"0"_s);
        QCOMPARE(truncated.size(), good.size() / 2);
        QCOMPARE(fetchPage(u"0"_s), good);
    }

    void latencyHoldsBackPagesOnly()
    {
        // An hour: the page cannot be answered while this test runs, whatever the load.
        m_server->setPageLatency(3'600'000);
        std::unique_ptr<QNetworkReply> page(getPage(u"0"_s));
        QUrl tokenUrl = m_server->baseUrl();
        tokenUrl.setPath(u"/api/ts/v1/oauth2/token"_s);
        QNetworkRequest tokenRequest(tokenUrl);
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                               u"application/x-www-form-urlencoded"_s);
        tokenRequest.setRawHeader("Authorization",
                                  "Basic " + (SimulatorServer::demoClientId() + u':' +
                                              SimulatorServer::demoClientSecret())
                                                 .toUtf8()
                                                 .toBase64());
        std::unique_ptr<QNetworkReply> token(
            m_nam->post(tokenRequest, QByteArray("grant_type=client_credentials")));
        QTRY_VERIFY_WITH_TIMEOUT(token->isFinished(), 30'000);
        QCOMPARE(token->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->reportRequests(), 1, 30'000);
        QVERIFY(!page->isFinished());
        page->abort();

        m_server->setPageLatency(1);
        QVERIFY(fetchPage(u"0"_s).startsWith("{\"totalDevice\""));
    }
};

QTEST_GUILESS_MAIN(SimulatorBenchHooksTest)
#include "tst_simulatorbenchhooks.moc"
