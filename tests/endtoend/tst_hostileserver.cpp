// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/CampaignFetch.h"
#include "campaign/CampaignSession.h"
#include "campaign/DeviceTableModel.h"
#include "common/Clock.h"
#include "common/SafeText.h"
#include "support/TestHttpServer.h"
#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"
#include "thingspace/SecretRedactor.h"
#include "thingspace/TokenManager.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::test::ScriptedResponse;
using fota::test::TestHttpServer;

namespace {

const QString kPagePath = u"/api/fota/v3/reports/0000123456-00001/campaigns/c1/devices"_s;
const QString kTokenPath = u"/api/ts/v1/oauth2/token"_s;
const QString kLoginPath = u"/api/m2m/v1/session/login"_s;
const QString kAccessToken = u"access-0123456789abcdef0123456789abcdef"_s;
const QString kSessionToken = u"session-fedcba9876543210fedcba9876543210"_s;
const QString kClientSecret = u"client-secret-s3cr3t-value"_s;
const QString kPassword = u"pass\"word-with-quote"_s;

const QByteArray kGoodPage = "{\"totalDevice\":1,\"hasMoreData\":false,\"deviceList\":[{"
                             "\"deviceId\":\"356938035643809\",\"status\":\"UpgradeSuccess\"}]}";

// Whatever a reply says (error, code, retry reasons) must be one visible line.
bool clean(const QString &text)
{
    return SafeText::isClean(text) && !text.contains(u'\n') && !text.contains(u'\r');
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

} // namespace

// Every wait is bounded: a reply that never ends fails the test instead of hanging it.
#define WAIT_FOR(run) QTRY_VERIFY_WITH_TIMEOUT((run)->reply->isFinished(), 30'000)

// The client against servers that misbehave in ways the simulator has no fault for: a scripted
// test server on loopback, reached through the client's real QNetworkAccessManager.
class HostileServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_certificatePath;
    QSslConfiguration m_tls;

    struct Run
    {
        ApiClient client;
        ApiReply *reply = nullptr;
        QStringList retryReasons;
        QList<int> retryDelays;
    };

    static ApiSettings settingsFor(const TestHttpServer &server)
    {
        ApiSettings s;
        s.baseUrl = server.baseUrl();
        s.transferTimeoutMs = 10'000;
        s.attemptDeadlineMs = 20'000;
        s.retryBaseDelayMs = 1;
        s.retryMaxDelayMs = 10;
        s.maxAttempts = 3;
        return s;
    }
    static Credentials pastedTokens()
    {
        Credentials c;
        c.accessToken = kAccessToken;
        c.sessionToken = kSessionToken;
        return c;
    }
    static Credentials login()
    {
        Credentials c;
        c.clientId = u"client-key"_s;
        c.clientSecret = kClientSecret;
        c.username = u"operator"_s;
        c.password = kPassword;
        return c;
    }

    // Sends one report-page request and waits for its end (bounded).
    std::unique_ptr<Run> fetch(const ApiSettings &settings,
                               const Credentials &credentials = pastedTokens(),
                               const Clock *clock = nullptr)
    {
        auto run = std::make_unique<Run>();
        if (clock)
            run->client.setClock(*clock);
        const QString problem = run->client.setSettings(settings);
        if (!problem.isEmpty())
            qFatal("settings refused: %s", qPrintable(problem));
        run->client.setCredentials(credentials);
        run->reply = run->client.send(ApiCall::deviceReport(u"0000123456-00001"_s, u"c1"_s, {}));
        Run *r = run.get();
        connect(run->reply, &ApiReply::retrying, run->reply,
                [r](const QString &reason, int, int, int delayMs) {
                    r->retryReasons << reason;
                    r->retryDelays << delayMs;
                });
        return run;
    }

    static ScriptedResponse trickling()
    {
        // 2,000 bytes at one byte every 50 ms: 100 s in all, never 10 s silent.
        ScriptedResponse r = ScriptedResponse::json(200, kGoodPage);
        r.fillerBytes = 2000;
        r.trickleBytes = 1;
        r.trickleIntervalMs = 50;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend: install the OpenSSL runtime");
        // A certificate made for this run only: nothing private is kept in the repository.
        m_certificatePath = m_dir.filePath(u"cert.pem"_s);
        const QString keyPath = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=hostile test server"_s,
                                     u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                                     keyPath, u"-out"_s, m_certificatePath});
        QVERIFY2(openssl.waitForFinished(60'000), "openssl did not finish");
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(m_certificatePath);
        QFile keyFile(keyPath);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        m_tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    }

    // --- item 4: an overall deadline per attempt ---------------------------------------------

    void tricklingAnswerHitsTheDeadlineAndIsRetried()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.script(kPagePath, {trickling(), ScriptedResponse::json(200, kGoodPage)});
        ApiSettings s = settingsFor(server);
        s.attemptDeadlineMs = 1000; // room for the good answer on a loaded machine
        auto run = fetch(s);
        WAIT_FOR(run);
        QVERIFY2(!run->reply->error().isError(), qPrintable(run->reply->error().toString()));
        QCOMPARE(server.requestCount(kPagePath), 2);
        QCOMPARE(run->retryReasons.size(), 1);
        QVERIFY2(run->retryReasons[0].contains(u"did not complete its answer within 1 s"_s),
                 qPrintable(run->retryReasons[0]));
    }

    void tricklingForeverGivesUpAsATimeout()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.script(kPagePath, trickling());
        ApiSettings s = settingsFor(server);
        s.attemptDeadlineMs = 200;
        auto run = fetch(s);
        WAIT_FOR(run);
        QCOMPARE(run->reply->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(run->reply->error().message.contains(u"gave up after 3 attempts"_s),
                 qPrintable(run->reply->error().message));
        QCOMPARE(server.requestCount(kPagePath), 3);
    }

    void tricklingTokenOrLoginHitsTheDeadline_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("token") << kTokenPath;
        QTest::newRow("login") << kLoginPath;
    }
    void tricklingTokenOrLoginHitsTheDeadline()
    {
        QFETCH(QString, path);
        TestHttpServer server;
        QVERIFY(server.start());
        const ScriptedResponse token = ScriptedResponse::json(
            200, "{\"access_token\":\"" + kAccessToken.toUtf8() + "\",\"expires_in\":3600}");
        const ScriptedResponse session =
            ScriptedResponse::json(200, "{\"sessionToken\":\"" + kSessionToken.toUtf8() + "\"}");
        ScriptedResponse slow = trickling();
        slow.body = path == kTokenPath ? token.body : session.body;
        server.script(kTokenPath, path == kTokenPath ? QList{slow, token} : QList{token});
        server.script(kLoginPath, path == kLoginPath ? QList{slow, session} : QList{session});
        server.script(kPagePath, ScriptedResponse::json(200, kGoodPage));
        ApiSettings s = settingsFor(server);
        s.attemptDeadlineMs = 1000;
        auto run = fetch(s, login());
        WAIT_FOR(run);
        QVERIFY2(!run->reply->error().isError(), qPrintable(run->reply->error().toString()));
        QCOMPARE(server.requestCount(path), 2);
        QCOMPARE(server.requestCount(kPagePath), 1);
        QCOMPARE(run->retryReasons.size(), 1);
        QVERIFY2(run->retryReasons[0].contains(u"did not complete its answer"_s),
                 qPrintable(run->retryReasons[0]));
    }

    void settingsRefuseANonPositiveDeadline()
    {
        ApiClient client;
        ApiSettings s;
        s.attemptDeadlineMs = 0;
        QVERIFY(!client.setSettings(s).isEmpty());
        s.attemptDeadlineMs = 1;
        QVERIFY(client.setSettings(s).isEmpty());
    }

    // --- item 8: refused redirects are final ---------------------------------------------------

    void redirectLoopIsAFinalError()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.script(kPagePath,
                      ScriptedResponse::redirect(302, server.url(kPagePath).toEncoded()));
        auto run = fetch(settingsFor(server));
        WAIT_FOR(run);
        const ApiError &e = run->reply->error();
        QCOMPARE(e.kind, ApiError::Kind::RefusedRedirect);
        QVERIFY2(e.message.contains(u"loop"_s), qPrintable(e.message));
        QVERIFY(!e.isTransient());
        QVERIFY(run->retryReasons.isEmpty());
        // The first request and the redirects followed before giving up; no second attempt.
        QCOMPARE(server.requestCount(kPagePath), ApiClient::kMaxRedirects + 1);
    }

    void redirectToAnotherOriginIsRefused_data()
    {
        QTest::addColumn<bool>("otherHost"); // false: the same host on another port
        QTest::newRow("another host") << true;
        QTest::newRow("another port") << false;
    }
    void redirectToAnotherOriginIsRefused()
    {
        QFETCH(bool, otherHost);
        TestHttpServer server;
        TestHttpServer elsewhere;
        QVERIFY(server.start());
        QVERIFY(elsewhere.start());
        elsewhere.script(kPagePath, ScriptedResponse::json(200, kGoodPage));
        QUrl target = otherHost ? server.url(kPagePath) : elsewhere.url(kPagePath);
        if (otherHost)
            target.setHost(u"localhost"_s); // the same socket, but not the same origin
        server.script(kPagePath, ScriptedResponse::redirect(307, target.toEncoded()));
        auto run = fetch(settingsFor(server));
        WAIT_FOR(run);
        QCOMPARE(run->reply->error().kind, ApiError::Kind::RefusedRedirect);
        QVERIFY(run->retryReasons.isEmpty());
        QCOMPARE(server.requestCount(kPagePath), 1); // the tokens went nowhere else
        QCOMPARE(elsewhere.requestCount(), 0);
    }

    void tokenEndpointRedirectIsRefused()
    {
        // The Basic credentials ride in that request: they must not follow either.
        TestHttpServer server;
        TestHttpServer elsewhere;
        QVERIFY(server.start());
        QVERIFY(elsewhere.start());
        server.script(kTokenPath,
                      ScriptedResponse::redirect(307, elsewhere.url(kTokenPath).toEncoded()));
        auto run = fetch(settingsFor(server), login());
        WAIT_FOR(run);
        QCOMPARE(run->reply->error().kind, ApiError::Kind::RefusedRedirect);
        QVERIFY(run->retryReasons.isEmpty());
        QCOMPARE(server.requestCount(kTokenPath), 1);
        QCOMPARE(elsewhere.requestCount(), 0);
    }

    void httpsToHttpIsRefused()
    {
        TestHttpServer server;
        server.setTlsConfiguration(m_tls);
        QVERIFY(server.start());
        QUrl downgraded = server.url(kPagePath);
        downgraded.setScheme(u"http"_s);
        server.script(kPagePath, ScriptedResponse::redirect(302, downgraded.toEncoded()));
        ApiSettings s = settingsFor(server);
        s.extraCaCertificateFile = m_certificatePath;
        auto run = fetch(s);
        WAIT_FOR(run);
        QCOMPARE(run->reply->error().kind, ApiError::Kind::RefusedRedirect);
        QVERIFY(run->retryReasons.isEmpty());
        QCOMPARE(server.requestCount(kPagePath), 1);
    }

    void sameOriginRedirectIsFollowed()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.script(kPagePath, ScriptedResponse::redirect(307, "/moved/devices"));
        server.script(u"/moved/devices"_s, ScriptedResponse::json(200, kGoodPage));
        auto run = fetch(settingsFor(server));
        WAIT_FOR(run);
        QVERIFY2(!run->reply->error().isError(), qPrintable(run->reply->error().toString()));
        QCOMPARE(server.requestCount(u"/moved/devices"_s), 1);
        QCOMPARE(server.requests().last().header("VZ-M2M-Token"), kSessionToken.toUtf8());
    }

    // --- item 9: the size limit holds as bytes arrive -------------------------------------------

    void oversizedBodyIsRefusedAsItArrives_data()
    {
        QTest::addColumn<int>("framing");
        QTest::addColumn<qint64>("limit");
        const int length = int(ScriptedResponse::Framing::ContentLength);
        const int chunked = int(ScriptedResponse::Framing::Chunked);
        const int close = int(ScriptedResponse::Framing::CloseDelimited);
        // A small limit shows the memory bound; a larger one, that the body is read in pieces
        // up to the limit even when Qt hands over the ~2 MB the sockets buffered at once.
        QTest::newRow("Content-Length") << length << qint64(256 << 10);
        QTest::newRow("chunked") << chunked << qint64(256 << 10);
        QTest::newRow("until the connection closes") << close << qint64(256 << 10);
        QTest::newRow("chunked, 8 MB limit") << chunked << qint64(8 << 20);
        QTest::newRow("until the connection closes, 8 MB limit") << close << qint64(8 << 20);
    }
    void oversizedBodyIsRefusedAsItArrives()
    {
        QFETCH(int, framing);
        QFETCH(qint64, limit);
        constexpr qint64 kSent = qint64(256) << 20; // far over: a quarter of a gigabyte
        TestHttpServer server;
        QVERIFY(server.start());
        ScriptedResponse huge = ScriptedResponse::json(200, "{\"deviceList\":[\"");
        huge.fillerBytes = kSent;
        huge.framing = ScriptedResponse::Framing(framing);
        server.script(kPagePath, huge);
        ApiSettings s = settingsFor(server);
        s.maxBodyBytes = limit;

        // The heap is sampled each time the server hands the socket another 64 KB, i.e. all
        // along the transfer (the server itself never holds more than ~256 KB of it).
        const qint64 heapBefore = heapInUse();
        qint64 heapPeak = heapBefore;
        connect(&server, &TestHttpServer::bodyBytesWritten, this,
                [&heapPeak] { heapPeak = std::max(heapPeak, heapInUse()); });
        auto run = fetch(s);
        WAIT_FOR(run);
        server.disconnect(this);

        QCOMPARE(run->reply->error().kind, ApiError::Kind::TooLarge);
        QCOMPARE(server.requestCount(kPagePath), 1); // not retried
        QVERIFY(server.bodyBytesSent() < kSent);
        // What the client's buffer held: never more than the limit; nothing at all when the
        // Content-Length already said too much.
        const qint64 held = run->reply->peakBufferedBytes();
        QVERIFY2(held <= limit, qPrintable(QString::number(held)));
        // Otherwise the body up to the limit exactly, however large the pieces Qt handed over
        // (at first it may hand over megabytes at once, before it honours the read buffer size).
        if (huge.framing == ScriptedResponse::Framing::ContentLength)
            QCOMPARE(held, 0);
        else
            QCOMPARE(held, limit);
        // The whole process: the limit plus Qt's and the sockets' buffers, far below the 256 MB
        // sent. Qt's HTTP thread can buffer unthrottled until the read buffer size reaches it
        // (ReplyReader's constructor says when), which on a loaded machine was 27 MB once in a
        // full suite run; what this reader holds is bounded exactly, above.
        const qint64 growth = heapPeak - heapBefore;
        QVERIFY2(growth < limit + (64 << 20), qPrintable(u"heap grew by %1 bytes"_s.arg(growth)));
    }

    // --- item 5: what a server says is shown on one line ----------------------------------------

    void serverTextIsOneLine_data()
    {
        QTest::addColumn<QString>("path"); // where the hostile answer comes from
        QTest::addColumn<int>("status");
        QTest::newRow("report page, 400") << kPagePath << 400;
        QTest::newRow("report page, 503 retried") << kPagePath << 503;
        QTest::newRow("report page, 401 then OAuth") << kTokenPath << 401;
        QTest::newRow("token endpoint, 500 retried") << kTokenPath << 500;
        QTest::newRow("login, 400") << kLoginPath << 400;
    }
    void serverTextIsOneLine()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const QByteArray hostile =
            "bad\\r\\n\\u001b[2K\\rWrote 999 devices to out.csv\\n\\u001b]0;owned\\u0007"
            "\\u009b31m\\u202eevil";
        const QByteArray body = "{\"errorCode\":\"" + hostile + "\",\"errorMessage\":\"" + hostile +
                                "\",\"error\":\"" + hostile + "\",\"error_description\":\"" +
                                hostile + "\"}";
        TestHttpServer server;
        QVERIFY(server.start());
        server.script(kTokenPath,
                      ScriptedResponse::json(200, "{\"access_token\":\"fresh-access-token\"}"));
        server.script(kLoginPath,
                      ScriptedResponse::json(200, "{\"sessionToken\":\"fresh-session-token\"}"));
        server.script(kPagePath, ScriptedResponse::json(200, kGoodPage));
        if (path == kTokenPath && status == 401) // the page's 401 leads to the token endpoint
            server.script(kPagePath, ScriptedResponse::json(401, body));
        server.script(path, ScriptedResponse::json(status, body));
        auto run = fetch(settingsFor(server), login());
        QSignalSpy impossible(run->client.tokens(), &TokenManager::renewalImpossible);
        WAIT_FOR(run);
        const ApiError &e = run->reply->error();
        QVERIFY(e.isError());
        for (const QString &text : QStringList{e.message, e.code, e.toString()} + run->retryReasons)
            QVERIFY2(clean(text), qPrintable(text));
        // Shown, not dropped: the operator sees what the server sent, escaped.
        QVERIFY2(e.toString().contains(u"\\x1b[2K\\rWrote 999 devices"_s),
                 qPrintable(e.toString()));
        QVERIFY2(e.toString().contains(u"\\x1b]0;owned\\x07"_s), qPrintable(e.toString()));
        if (status >= 500)
            QCOMPARE(run->retryReasons.size(), 2);
        for (const QList<QVariant> &signal : std::as_const(impossible))
            QVERIFY(clean(signal.at(0).value<ApiError>().toString()));
    }

    // --- item 6: secrets a server echoes are redacted -------------------------------------------

    void echoedSecretsAreRedacted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("pasted");
        QTest::newRow("report page echoes both tokens") << kPagePath << 400 << true;
        QTest::newRow("retry reasons echo both tokens") << kPagePath << 503 << true;
        QTest::newRow("token endpoint echoes the Basic value") << kTokenPath << 401 << false;
        QTest::newRow("login echoes the password and bearer") << kLoginPath << 400 << false;
        QTest::newRow("session expiry echoes the renewed session") << kPagePath << 400 << false;
    }
    void echoedSecretsAreRedacted()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(bool, pasted);
        const QByteArray code = pasted ? "Echo" : "UnifiedWebService.SessionToken.Expired";
        const QByteArray echo = "{\"errorCode\":\"" + code +
                                " {{headers}}\",\"errorMessage\":\"you sent {{headers}} "
                                "and {{body}}\",\"error\":\"invalid_client\","
                                "\"error_description\":\"you sent {{headers}} and {{body}}\"}";
        const QString freshAccess = u"fresh-access-00112233445566778899"_s;
        const QString freshSession = u"fresh-session-99887766554433221100"_s;
        TestHttpServer server;
        QVERIFY(server.start());
        server.script(kTokenPath, ScriptedResponse::json(200, "{\"access_token\":\"" +
                                                                  freshAccess.toUtf8() + "\"}"));
        server.script(kLoginPath, ScriptedResponse::json(200, "{\"sessionToken\":\"" +
                                                                  freshSession.toUtf8() + "\"}"));
        server.script(kPagePath, ScriptedResponse::json(200, kGoodPage));
        server.script(path, ScriptedResponse::json(status, echo));
        auto run = fetch(settingsFor(server), pasted ? pastedTokens() : login());
        QSignalSpy impossible(run->client.tokens(), &TokenManager::renewalImpossible);
        WAIT_FOR(run);
        const ApiError &e = run->reply->error();
        QVERIFY(e.isError());
        QStringList shown =
            QStringList{e.message, e.code, e.certificateDetails, e.toString()} + run->retryReasons;
        for (const QList<QVariant> &signal : std::as_const(impossible))
            shown << signal.at(0).value<ApiError>().toString();
        const QString basic =
            QString::fromLatin1((login().clientId + u':' + kClientSecret).toUtf8().toBase64());
        const QStringList secrets{
            kAccessToken, kSessionToken, kClientSecret, kPassword, u"pass\\\"word-with-quote"_s,
            basic,        freshAccess,   freshSession};
        for (const QString &text : std::as_const(shown)) {
            for (const QString &secret : secrets)
                QVERIFY2(!text.contains(secret), qPrintable(text));
        }
        // The echo did arrive, and was redacted rather than dropped.
        QVERIFY2(e.toString().contains(u"you sent"_s), qPrintable(e.toString()));
        QVERIFY2(e.toString().contains(SecretRedactor::kPlaceholder), qPrintable(e.toString()));
        if (status == 503)
            QCOMPARE(run->retryReasons.size(), 2);
    }

    // --- item 7: Retry-After as an HTTP date ----------------------------------------------------

    // The report's last page lists no device but names another totalDevice. The walk judges
    // itself by that total, so the table it hands on (what an export's JSON and the history
    // say) must name the same one, not the last total of a page that had devices.
    void anEmptyLastPageNamesTheTotal()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QByteArray first =
            "{\"totalDevice\":2,\"hasMoreData\":true,\"lastSeenDeviceId\":\"356938035643810\","
            "\"deviceList\":[{\"deviceId\":\"356938035643809\",\"status\":\"UpgradeSuccess\"},"
            "{\"deviceId\":\"356938035643810\",\"status\":\"UpgradeSuccess\"}]}";
        const QByteArray last = "{\"totalDevice\":3,\"hasMoreData\":false,\"deviceList\":[]}";
        server.script(kPagePath,
                      {ScriptedResponse::json(200, first), ScriptedResponse::json(200, last)});
        ApiClient client;
        QVERIFY(client.setSettings(settingsFor(server)).isEmpty());
        client.setCredentials(pastedTokens());
        CampaignFetch fetch(&client);
        std::optional<LoadOutcome> outcome;
        connect(&fetch, &CampaignFetch::finished, this,
                [&outcome](const LoadOutcome &o) { outcome = o; });
        fetch.start(u"0000123456-00001"_s, u"c1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30'000);
        QVERIFY(outcome->complete);
        QCOMPARE(fetch.store().size(), 2u);
        QCOMPARE(outcome->totalDevice(), std::optional<qint64>(3));
        QVERIFY(outcome->isIncomplete());
        QCOMPARE(fetch.store().totalDevice(), std::optional<qint64>(3));

        // The window's table after a load, then after a refresh of the same report.
        server.script(kPagePath,
                      {ScriptedResponse::json(200, first), ScriptedResponse::json(200, last)});
        DeviceTableModel model;
        CampaignSession session(&client, &model);
        std::optional<LoadOutcome> loaded;
        connect(&session, &CampaignSession::loadFinished, this,
                [&loaded](const LoadOutcome &o) { loaded = o; });
        session.load(u"0000123456-00001"_s, u"c1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30'000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.store().totalDevice(), std::optional<qint64>(3));
        model.setTotalDevice(2); // what the page with devices said: the refresh must correct it
        server.script(kPagePath,
                      {ScriptedResponse::json(200, first), ScriptedResponse::json(200, last)});
        QSignalSpy refreshed(&session, &CampaignSession::refreshed);
        session.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30'000);
        QCOMPARE(model.store().totalDevice(), std::optional<qint64>(3));
    }

    void retryAfterDateIsHonoured_data()
    {
        // The clock stands at Friday 2026-11-20 02:00:00 UTC; every date is 40 s later.
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("IMF-fixdate") << QByteArray("Fri, 20 Nov 2026 02:00:40 GMT");
        QTest::newRow("RFC 850") << QByteArray("Friday, 20-Nov-26 02:00:40 GMT");
        QTest::newRow("asctime") << QByteArray("Fri Nov 20 02:00:40 2026");
    }
    void retryAfterDateIsHonoured()
    {
        QFETCH(QByteArray, retryAfter);
        const ManualClock clock;
        TestHttpServer server;
        QVERIFY(server.start());
        ScriptedResponse limited = ScriptedResponse::json(
            429, "{\"errorCode\":\"TooManyRequests\",\"errorMessage\":\"slow down\"}");
        limited.headers.append({"Retry-After", retryAfter});
        server.script(kPagePath, {limited, ScriptedResponse::json(200, kGoodPage)});
        ApiSettings s = settingsFor(server);
        s.retryMaxDelayMs = 60'000;
        s.retryAfterScale = 0.001; // 40 s asked for, 40 ms waited
        auto run = fetch(s, pastedTokens(), &clock);
        WAIT_FOR(run);
        QVERIFY2(!run->reply->error().isError(), qPrintable(run->reply->error().toString()));
        QCOMPARE(run->retryDelays, QList<int>{40});
        QCOMPARE(server.requestCount(kPagePath), 2);
    }
};

QTEST_GUILESS_MAIN(HostileServerTest)
#include "tst_hostileserver.moc"
