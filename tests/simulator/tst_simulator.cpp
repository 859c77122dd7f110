// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Tests of the built-in simulated ThingSpace: the generated data, the wire format and every
// fault, all checked through a real QNetworkAccessManager against the running server.
#include "common/Clock.h"
#include "simulator/Luhn.h"
#include "simulator/ReasonCatalog.h"
#include "simulator/ReportPageWriter.h"
#include "simulator/SimTimeFormat.h"
#include "simulator/SimulatedCampaign.h"
#include "simulator/SimulatorServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace fota::sim;

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kCampaignId = u"f3c1b0de-5a7e-4c55-9d0e-2b1f6a7c8e90"_s;

struct Result
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray contentLength;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
};

enum class TimeForm
{
    Rfc0,
    Rfc1,
    Rfc2,
    Rfc3,
    Go
};

// Parses either wire form; returns the exact ms and which form was used.
std::optional<std::pair<qint64, TimeForm>> parseTime(const QString &text)
{
    static const QRegularExpression rfc(
        uR"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$)"_s);
    static const QRegularExpression go(
        uR"(^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))? \+0000 UTC$)"_s);
    QRegularExpressionMatch m = rfc.match(text);
    bool isGo = false;
    if (!m.hasMatch()) {
        m = go.match(text);
        isGo = true;
        if (!m.hasMatch())
            return std::nullopt;
    }
    const QDateTime dt(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()),
                       QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()),
                       QTimeZone::utc());
    if (!dt.isValid())
        return std::nullopt;
    const QString fraction = m.captured(7);
    if (fraction.size() > 3 && fraction.mid(3).toLongLong() != 0)
        return std::nullopt; // sub-millisecond digits would not be exact
    const qint64 ms = dt.toMSecsSinceEpoch() + fraction.left(3).leftJustified(3, u'0').toInt();
    const TimeForm form = isGo ? TimeForm::Go : TimeForm(int(fraction.size()));
    return std::pair{ms, form};
}

struct WireStats
{
    QSet<int> forms; // TimeForm values seen
    int missing = 0; // absent time as a missing key
    int nulls = 0;   // ... as null
    int empties = 0; // ... as ""
    int nullReasons = 0;
};

// Empty string when the JSON device equals the stored one, else what differs.
QString compareDevice(const QJsonObject &o, const SimulatedDevice &d, const QString &timeKey,
                      WireStats &stats)
{
    if (o.value(u"deviceId"_s).toString() != d.deviceId)
        return u"deviceId"_s;
    if (o.value(u"status"_s).toString() != d.status)
        return u"status of "_s + d.deviceId;
    const QJsonValue reason = o.value(u"resultReason"_s);
    if (reason.isNull())
        ++stats.nullReasons;
    if (!reason.isNull() && !reason.isString())
        return u"resultReason type of "_s + d.deviceId;
    if (reason.toString() != d.resultReason)
        return u"resultReason of "_s + d.deviceId;
    const std::pair<QString, qint64> times[] = {{timeKey, d.updatedTimeMs},
                                                {u"recentAttemptTime"_s, d.recentAttemptMs},
                                                {u"nextAttemptTime"_s, d.nextAttemptMs}};
    for (const auto &[key, stored] : times) {
        const QJsonValue v = o.value(key);
        if (stored == SimulatedDevice::kNoTime) {
            if (v.isUndefined())
                ++stats.missing;
            else if (v.isNull())
                ++stats.nulls;
            else if (v.isString() && v.toString().isEmpty())
                ++stats.empties;
            else
                return key + u" should be absent for "_s + d.deviceId;
            continue;
        }
        const auto parsed = parseTime(v.toString());
        if (!parsed)
            return key + u" unparsable: "_s + v.toString();
        if (parsed->first != stored)
            return key + u" not exact: "_s + v.toString();
        stats.forms.insert(int(parsed->second));
    }
    return {};
}

bool isFailedStatus(const QString &s)
{
    return s == u"UpgradeFailed" || s == u"UpgradedFailed" || s == u"upgradeFailure" ||
           s == u"Failure" || s == u"DeviceRejected";
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    std::unique_ptr<SimulatorServer> makeServer(int devices = 2689, quint64 seed = 7)
    {
        auto server = std::make_unique<SimulatorServer>();
        if (!server->start())
            return nullptr;
        if (devices > 0)
            server->addCampaign(SimulatedCampaign::generate(kAccount, kCampaignId, devices, seed));
        return server;
    }

    static QUrl urlFor(const SimulatorServer &server, const QStringList &segments,
                       const QUrlQuery &query = {})
    {
        QString path;
        for (const QString &s : segments)
            path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(s));
        QUrl url = server.baseUrl();
        url.setPath(path, QUrl::TolerantMode);
        url.setQuery(query);
        return url;
    }

    static QUrl reportUrl(const SimulatorServer &server, const QString &cursor = {},
                          const QString &account = kAccount, const QString &campaign = kCampaignId)
    {
        QUrlQuery q;
        if (!cursor.isNull())
            q.addQueryItem(u"lastSeenDeviceId"_s, cursor);
        return urlFor(server,
                      {u"api"_s, u"fota"_s, u"v3"_s, u"reports"_s, account, u"campaigns"_s,
                       campaign, u"devices"_s},
                      q);
    }

    Result finish(QNetworkReply *reply, int timeoutMs = 10000)
    {
        Result r;
        QSignalSpy spy(reply, &QNetworkReply::finished);
        r.finished = reply->isFinished() || spy.wait(timeoutMs);
        if (!r.finished) {
            reply->abort();
            reply->deleteLater();
            return r;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.retryAfter = reply->rawHeader("Retry-After");
        r.contentLength = reply->rawHeader("Content-Length");
        reply->deleteLater();
        return r;
    }

    static QNetworkRequest request(const QUrl &url, const QString &bearer = {},
                                   const QString &session = {})
    {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        if (!session.isEmpty())
            req.setRawHeader("VZ-M2M-Token", session.toUtf8());
        return req;
    }

    Result get(const QUrl &url, const std::pair<QString, QString> &tokens = {})
    {
        return finish(m_nam.get(request(url, tokens.first, tokens.second)));
    }

    Result requestToken(const SimulatorServer &server, const QString &id, const QString &secret)
    {
        QNetworkRequest req(urlFor(server, {u"api"_s, u"ts"_s, u"v1"_s, u"oauth2"_s, u"token"_s}));
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        req.setRawHeader("Authorization", "Basic " + (id + u':' + secret).toUtf8().toBase64());
        return finish(m_nam.post(req, QByteArray("grant_type=client_credentials")));
    }

    Result login(const SimulatorServer &server, const QString &bearer, const QString &user,
                 const QString &password)
    {
        const QNetworkRequest req = request(
            urlFor(server, {u"api"_s, u"m2m"_s, u"v1"_s, u"session"_s, u"login"_s}), bearer);
        const QJsonObject body{{u"username"_s, user}, {u"password"_s, password}};
        return finish(m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    // Walks a whole report with the cursor; returns the pages' JSON objects.
    QList<QJsonObject> walk(SimulatorServer &server, const std::pair<QString, QString> &tokens,
                            int maxPages = 20)
    {
        QList<QJsonObject> pages;
        QString cursor = u"0"_s;
        for (int i = 0; i < maxPages; ++i) {
            const Result r = get(reportUrl(server, cursor), tokens);
            if (r.status != 200)
                return pages;
            const QJsonObject page = r.object();
            pages.append(page);
            const QJsonValue more = page.value(u"hasMoreData"_s);
            if (!(more.isBool() ? more.toBool() : more.toString() == u"true"))
                break;
            cursor = page.value(u"lastSeenDeviceId"_s).toString();
        }
        return pages;
    }

private slots:
    void luhn()
    {
        QVERIFY(Luhn::isValid(u"490154203237518"));
        QVERIFY(!Luhn::isValid(u"490154203237517"));
        QVERIFY(!Luhn::isValid(u"49015420323751x"));
        QCOMPARE(Luhn::checkDigit(u"49015420323751"), 8);
        QCOMPARE(Luhn::checkDigit14(49015420323751ULL), 8);
        const QString withZeros = Luhn::imeiFromBody(1234);
        QCOMPARE(withZeros.left(14), u"00000000001234"_s);
        QVERIFY(Luhn::isValid(withZeros));
    }

    void generatedIdsAreSortedUniqueValidImeis()
    {
        const SimulatedCampaign c = SimulatedCampaign::generate(kAccount, kCampaignId, 20000, 42);
        const QVector<SimulatedDevice> &devices = c.devices();
        QCOMPARE(devices.size(), 20000);
        static const QRegularExpression digits15(u"^[0-9]{15}$"_s);
        int leadingZero = 0;
        QSet<QString> ids;
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const QString &id = devices[i].deviceId;
            QVERIFY2(digits15.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(Luhn::isValid(id), qPrintable(id));
            if (i > 0)
                QVERIFY2(devices[i - 1].deviceId < id, qPrintable(id));
            leadingZero += id.startsWith(u'0') ? 1 : 0;
            ids.insert(id);
        }
        QCOMPARE(ids.size(), devices.size());
        QVERIFY2(leadingZero > 1400 && leadingZero < 2600,
                 qPrintable(QString::number(leadingZero)));
        QCOMPARE(c.indexOf(devices[123].deviceId), 123);
        QCOMPARE(c.indexAfter(devices[123].deviceId), 124);
        QCOMPARE(c.indexAfter(u"0"), 0);
        QCOMPARE(c.indexAfter(u"abc"), -1);
    }

    void generationIsDeterministic()
    {
        const auto a = SimulatedCampaign::generate(kAccount, kCampaignId, 5000, 99);
        const auto b = SimulatedCampaign::generate(kAccount, kCampaignId, 5000, 99);
        const auto other = SimulatedCampaign::generate(kAccount, kCampaignId, 5000, 100);
        QVERIFY(a.devices() == b.devices());
        QCOMPARE(a.campaignInfoJson(), b.campaignInfoJson());
        QVERIFY(a.devices() != other.devices());
        int sameIds = 0;
        for (qsizetype i = 0; i < a.devices().size(); ++i)
            sameIds += a.devices()[i].deviceId == other.devices()[i].deviceId ? 1 : 0;
        QVERIFY(sameIds < 10);
    }

    void statusMixAndBoundedReasons()
    {
        const auto c = SimulatedCampaign::generate(kAccount, kCampaignId, 20000, 5);
        QHash<QString, int> count;
        QSet<QString> reasons;
        for (const SimulatedDevice &d : c.devices()) {
            ++count[d.status];
            reasons.insert(d.resultReason);
        }
        const double n = c.devices().size();
        auto share = [&](std::initializer_list<const char16_t *> statuses) {
            int sum = 0;
            for (const char16_t *s : statuses)
                sum += count.value(QString::fromUtf16(s));
            return sum / n;
        };
        QVERIFY(share({u"UpgradeSuccess"}) > 0.50 && share({u"UpgradeSuccess"}) < 0.62);
        const double failed = share({u"UpgradeFailed", u"UpgradedFailed", u"upgradeFailure",
                                     u"Failure", u"DeviceRejected"});
        QVERIFY2(failed > 0.09 && failed < 0.16, qPrintable(QString::number(failed)));
        for (const char16_t *variant :
             {u"UpgradedFailed", u"upgradeFailure", u"Failure", u"DeviceRejected", u"Success"})
            QVERIFY2(count.value(QString::fromUtf16(variant)) > 0,
                     qPrintable(QString::fromUtf16(variant)));
        QVERIFY(share({u"UpgradePending"}) > 0.15 && share({u"UpgradePending"}) < 0.23);
        QVERIFY(share({u"Accepted"}) > 0.04 && share({u"Accepted"}) < 0.09);
        const double ended = share({u"CampaignCancelled", u"CampaignAborted"});
        QVERIFY(ended > 0.015 && ended < 0.045);
        QVERIFY(count.value(u"UpgradeVerifying"_s) > 0);
        QVERIFY(share({u"UpgradeVerifying"}) < 0.02);

        // Bounded, repeating reasons, all from the catalog.
        QVERIFY2(reasons.size() >= 20 && reasons.size() <= 50,
                 qPrintable(QString::number(reasons.size())));
        const QSet<QString> catalog(ReasonCatalog::all().cbegin(), ReasonCatalog::all().cend());
        QVERIFY(catalog.size() <= 50);
        QVERIFY(catalog.contains(reasons));
        auto any = [&](auto predicate) {
            return std::any_of(reasons.cbegin(), reasons.cend(), predicate);
        };
        QVERIFY(reasons.contains(QString()));
        QVERIFY(any([](const QString &r) { return r.contains(u','); }));
        QVERIFY(any([](const QString &r) { return r.contains(u'"'); }));
        QVERIFY(any([](const QString &r) { return r.contains(u'\n'); }));
        QVERIFY(reasons.contains(u"Échec de la mise à jour – batterie faible"_s));
        QVERIFY(reasons.contains(u"固件下载失败"_s));
        for (QChar lead : {u'=', u'+', u'-', u'@'})
            QVERIFY2(any([lead](const QString &r) { return r.startsWith(lead); }),
                     qPrintable(QString(lead)));
        QVERIFY(any([](const QString &r) { return r.startsWith(u"Upgrade pending, the device"); }));
    }

    void generatedTimesAreRealistic()
    {
        const auto c = SimulatedCampaign::generate(kAccount, kCampaignId, 20000, 11);
        int noUpdated = 0;
        int withRecent = 0;
        int precision[4] = {};
        for (const SimulatedDevice &d : c.devices()) {
            if (d.updatedTimeMs == SimulatedDevice::kNoTime) {
                ++noUpdated;
            } else {
                QVERIFY(d.updatedTimeMs >= SimulatedCampaign::kStartMs);
                ++precision[SimTimeFormat::minimalFractionDigits(d.updatedTimeMs)];
                if (d.recentAttemptMs != SimulatedDevice::kNoTime)
                    QVERIFY(d.updatedTimeMs >= d.recentAttemptMs);
            }
            if (d.recentAttemptMs != SimulatedDevice::kNoTime)
                ++withRecent;
            if (d.nextAttemptMs != SimulatedDevice::kNoTime) {
                QVERIFY2(d.status == u"UpgradePending" || isFailedStatus(d.status),
                         qPrintable(d.status));
                QVERIFY(d.nextAttemptMs > SimulatedCampaign::kStartMs);
            }
        }
        QVERIFY(noUpdated > 0 && noUpdated < 20000 / 40);
        QVERIFY(withRecent > 20000 * 7 / 10);
        for (int p : precision)
            QVERIFY(p > 1000); // whole seconds and 1, 2, 3 fraction digits all occur
    }

    // How long it takes is the scale benchmark's business; here only that a million-device
    // campaign is generated whole and in order.
    void millionDevicesGenerate()
    {
        const auto c = SimulatedCampaign::generate(kAccount, kCampaignId, 1'000'000, 1);
        QCOMPARE(c.devices().size(), 1'000'000);
        QVERIFY(c.devices().front().deviceId < c.devices().back().deviceId);
    }

    void timeFormats()
    {
        const qint64 ms = QDateTime(QDate(2022, 10, 5), QTime(21, 5, 1, 190), QTimeZone::utc())
                              .toMSecsSinceEpoch();
        QCOMPARE(SimTimeFormat::rfc3339(ms, 2), u"2022-10-05T21:05:01.19Z"_s);
        QCOMPARE(SimTimeFormat::rfc3339(ms, 3), u"2022-10-05T21:05:01.190Z"_s);
        QCOMPARE(SimTimeFormat::minimalFractionDigits(ms), 2);
        const qint64 go = QDateTime(QDate(2022, 1, 26), QTime(3, 45, 1, 608), QTimeZone::utc())
                              .toMSecsSinceEpoch();
        QCOMPARE(SimTimeFormat::goStyle(go), u"2022-01-26 03:45:01.608 +0000 UTC"_s);
        QCOMPARE(SimTimeFormat::goStyle(go - 608), u"2022-01-26 03:45:01 +0000 UTC"_s);
        QCOMPARE(SimTimeFormat::toMs(2026, 11, 20, 2), SimulatedCampaign::kStartMs);
        QCOMPARE(SimTimeFormat::plainDate(SimulatedCampaign::kStartMs), u"2026-11-20"_s);
        // Against QDateTime over leap years and month ends.
        for (qint64 t = 946684800000; t < 4102444800000; t += 86'400'000LL * 37 + 12'345'678) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc())
                                         .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
            QCOMPARE(SimTimeFormat::rfc3339(t, 3), expected);
        }
    }

    void tokenFlow()
    {
        auto server = makeServer();
        QVERIFY(server);
        const Result wrong = requestToken(*server, u"demo-client-id"_s, u"nope"_s);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.object().value(u"error"_s).toString(), u"invalid_client"_s);

        const Result ok = requestToken(*server, SimulatorServer::demoClientId(),
                                       SimulatorServer::demoClientSecret());
        QCOMPARE(ok.status, 200);
        const QString bearer = ok.object().value(u"access_token"_s).toString();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(bearer).hasMatch());
        QCOMPARE(ok.object().value(u"token_type"_s).toString(), u"bearer"_s);
        QCOMPARE(ok.object().value(u"expires_in"_s).toInt(), 3600);
        QVERIFY(ok.object().contains(u"scope"_s));
        QCOMPARE(server->tokenRequests(), 2);

        const Result noBearer = get(reportUrl(*server));
        QCOMPARE(noBearer.status, 401);
        QCOMPARE(noBearer.object()[u"fault"_s][u"code"_s].toInt(), 900901);
        QCOMPARE(noBearer.object()[u"fault"_s][u"message"_s].toString(), u"Invalid Credentials"_s);

        const Result noSession = get(reportUrl(*server), {bearer, QString()});
        QCOMPARE(noSession.status, 400);
        QCOMPARE(noSession.object().value(u"errorCode"_s).toString(),
                 u"UnifiedWebService.REQUEST_FAILED.SessionToken.Expired"_s);

        QCOMPARE(login(*server, QString(), SimulatorServer::demoUsername(),
                       SimulatorServer::demoPassword())
                     .status,
                 401);
        const Result session = login(*server, bearer, SimulatorServer::demoUsername(),
                                     SimulatorServer::demoPassword());
        QCOMPARE(session.status, 200);
        const QString sessionToken = session.object().value(u"sessionToken"_s).toString();
        QVERIFY(!sessionToken.isEmpty());
        QCOMPARE(get(reportUrl(*server), {bearer, sessionToken}).status, 200);
        QCOMPARE(server->loginRequests(), 2);
        QCOMPARE(server->failedLogins(), 0);
    }

    void lockoutAfterFiveFailedLogins()
    {
        auto server = makeServer(0);
        QVERIFY(server);
        const QString bearer = server->issueTokens().first;
        for (int i = 0; i < 5; ++i) {
            const Result r = login(*server, bearer, SimulatorServer::demoUsername(), u"bad"_s);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"errorCode"_s).toString(),
                     u"UnifiedWebService.AUTHENTICATION_FAILED"_s);
        }
        QCOMPARE(server->failedLogins(), 5);
        QVERIFY(server->accountLocked());
        const Result locked = login(*server, bearer, SimulatorServer::demoUsername(),
                                    SimulatorServer::demoPassword());
        QCOMPARE(locked.status, 400);
        QCOMPARE(locked.object().value(u"errorCode"_s).toString(),
                 u"UnifiedWebService.ACCOUNT_LOCKED"_s);
        QCOMPARE(server->loginRequests(), 6);
    }

    void successfulLoginResetsFailureCount()
    {
        auto server = makeServer(0);
        QVERIFY(server);
        const QString bearer = server->issueTokens().first;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(login(*server, bearer, u"someone"_s, u"bad"_s).status, 400);
        QCOMPARE(server->failedLogins(), 4);
        QCOMPARE(
            login(*server, bearer, SimulatorServer::demoUsername(), SimulatorServer::demoPassword())
                .status,
            200);
        QCOMPARE(server->failedLogins(), 0);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(login(*server, bearer, u"someone"_s, u"bad"_s).status, 400);
        QVERIFY(!server->accountLocked());
    }

    void logoutInvalidatesSession()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        QCOMPARE(get(reportUrl(*server), tokens).status, 200);
        QNetworkRequest req =
            request(urlFor(*server, {u"api"_s, u"m2m"_s, u"v1"_s, u"session"_s, u"logout"_s}),
                    tokens.first, tokens.second);
        const Result out = finish(m_nam.post(req, QByteArray()));
        QCOMPARE(out.status, 200);
        QCOMPARE(out.body, QByteArray("{}"));
        QCOMPARE(server->logoutRequests(), 1);
        QCOMPARE(get(reportUrl(*server), tokens).status, 400);
    }

    void tokenLifetimeAndSessionIdleAreEnforced()
    {
        // Measured on an injected clock: time moves by hand, nothing sleeps.
        fota::ManualClock clock;
        auto server = makeServer();
        QVERIFY(server);
        server->setClock(&clock);
        server->setAccessTokenLifetime(60);
        const Result token = requestToken(*server, SimulatorServer::demoClientId(),
                                          SimulatorServer::demoClientSecret());
        QCOMPARE(token.object().value(u"expires_in"_s).toInt(), 60);
        const QString bearer = token.object().value(u"access_token"_s).toString();
        const QString session =
            login(*server, bearer, SimulatorServer::demoUsername(), SimulatorServer::demoPassword())
                .object()
                .value(u"sessionToken"_s)
                .toString();
        QCOMPARE(get(reportUrl(*server), {bearer, session}).status, 200);
        clock.advance(59'999);
        QCOMPARE(get(reportUrl(*server), {bearer, session}).status, 200);
        clock.advance(1);
        QCOMPARE(get(reportUrl(*server), {bearer, session}).status, 401);

        server->setAccessTokenLifetime(3600);
        server->setSessionIdleLimit(2);
        const auto fresh = server->issueTokens();
        QCOMPARE(get(reportUrl(*server), fresh).status, 200);
        clock.advance(1'999);
        QCOMPARE(get(reportUrl(*server), fresh).status, 200); // use keeps it alive
        clock.advance(1'999);
        QCOMPARE(get(reportUrl(*server), fresh).status, 200);
        clock.advance(2'000);
        const Result idle = get(reportUrl(*server), fresh);
        QCOMPARE(idle.status, 400);
        QVERIFY(idle.object().value(u"errorCode"_s).toString().endsWith(u"SessionToken.Expired"));
    }

    void advertisedExpiresInIsIndependentOfTheEnforcedLifetime()
    {
        // A token endpoint may say 0, -5 or 60 while its tokens last an hour.
        fota::ManualClock clock;
        auto server = makeServer();
        QVERIFY(server);
        server->setClock(&clock);
        server->setSessionIdleLimit(7200);
        for (const int advertised : {60, 119, 0, -5}) {
            server->setAdvertisedExpiresIn(advertised);
            const Result token = requestToken(*server, SimulatorServer::demoClientId(),
                                              SimulatorServer::demoClientSecret());
            QCOMPARE(token.object().value(u"expires_in"_s).toInt(), advertised);
            const QString bearer = token.object().value(u"access_token"_s).toString();
            const QString session = login(*server, bearer, SimulatorServer::demoUsername(),
                                          SimulatorServer::demoPassword())
                                        .object()
                                        .value(u"sessionToken"_s)
                                        .toString();
            clock.advance(3'599'000);
            QCOMPARE(get(reportUrl(*server), {bearer, session}).status, 200);
            clock.advance(1'000);
            QCOMPARE(get(reportUrl(*server), {bearer, session}).status, 401);
        }
        server->setAdvertisedExpiresIn(std::nullopt);
        server->setAccessTokenLifetime(90);
        const Result token = requestToken(*server, SimulatorServer::demoClientId(),
                                          SimulatorServer::demoClientSecret());
        QCOMPARE(token.object().value(u"expires_in"_s).toInt(), 90);
    }

    void pagingWalksEveryDeviceExactlyOnce()
    {
        auto server = makeServer(2689, 7);
        QVERIFY(server);
        const SimulatedCampaign *c = server->campaign(kAccount, kCampaignId);
        QVERIFY(c);
        const QList<QJsonObject> pages = walk(*server, server->issueTokens());
        QCOMPARE(pages.size(), 3);
        QCOMPARE(server->reportRequests(), 3);

        QSet<QString> seen;
        QSet<QString> reasons;
        WireStats stats;
        int statusTimePages = 0;
        int shuffledPages = 0;
        const int expectedSizes[3] = {1000, 1000, 689};
        for (int p = 0; p < pages.size(); ++p) {
            const QJsonObject &page = pages[p];
            QCOMPARE(page.value(u"totalDevice"_s).toString(), u"2689"_s);
            QCOMPARE(page.value(u"maxPageSize"_s).toInt(), 1000);
            QCOMPARE(page.value(u"hasMoreData"_s).toBool(), p < 2);
            const QJsonArray list = page.value(u"deviceList"_s).toArray();
            QCOMPARE(list.size(), expectedSizes[p]);
            const QString timeKey = statusTimeKey(list);
            statusTimePages += timeKey == u"statusTime" ? 1 : 0;
            QString maxId;
            QString previous;
            bool sorted = true;
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                QVERIFY2(!o.contains(timeKey == u"statusTime" ? u"updatedTime"_s : u"statusTime"_s),
                         "one status-time key per page");
                const QString id = o.value(u"deviceId"_s).toString();
                reasons.insert(o.value(u"resultReason"_s).toString());
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
                sorted = sorted && previous < id;
                previous = id;
                maxId = std::max(maxId, id);
                const qsizetype index = c->indexOf(id);
                QVERIFY2(index >= 0, qPrintable(id));
                const QString diff = compareDevice(o, c->devices()[index], timeKey, stats);
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
            }
            shuffledPages += sorted ? 0 : 1;
            QCOMPARE(page.value(u"lastSeenDeviceId"_s).toString(), p < 2 ? maxId : u"0"_s);
        }
        QCOMPARE(seen.size(), 2689);
        // The escaping-sensitive reasons went over the wire (and compareDevice found them intact).
        QVERIFY(reasons.contains(u"固件下载失败"_s));
        QVERIFY(reasons.contains(u"Upgrade failed\nDevice log: bootloader returned 0x1F"_s));
        QVERIFY(reasons.contains(u"=HYPERLINK(\"http://x\")"_s));
        QCOMPARE(statusTimePages, 1);
        QCOMPARE(shuffledPages, 1);
        QCOMPARE(stats.forms.size(), 5); // RFC 3339 with 0-3 fraction digits, and Go style
        QVERIFY(stats.missing > 0 && stats.nulls > 0 && stats.empties > 0);
        QCOMPARE(stats.nullReasons, 0);
    }

    void pageSizeCanExceedThousand()
    {
        auto server = makeServer(2689, 3);
        QVERIFY(server);
        server->setPageSize(1500);
        const QList<QJsonObject> pages = walk(*server, server->issueTokens());
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].value(u"maxPageSize"_s).toInt(), 1500);
        QCOMPARE(pages[0].value(u"deviceList"_s).toArray().size(), 1500);
        QCOMPARE(pages[1].value(u"deviceList"_s).toArray().size(), 1189);
    }

    void percentEncodedSegmentsAndErrors()
    {
        auto server = makeServer(0);
        QVERIFY(server);
        const QString oddId = u"camp/7 ä?"_s;
        server->addCampaign(SimulatedCampaign::generate(kAccount, oddId, 12, 1));
        const auto tokens = server->issueTokens();
        const Result ok = get(reportUrl(*server, u"0"_s, kAccount, oddId), tokens);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(u"totalDevice"_s).toString(), u"12"_s);
        QCOMPARE(ok.object().value(u"hasMoreData"_s).toBool(), false);
        QCOMPARE(ok.object().value(u"lastSeenDeviceId"_s).toString(), u"0"_s);

        const Result missing = get(reportUrl(*server, u"0"_s, kAccount, u"nope"_s), tokens);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.object().value(u"errorCode"_s).toString(), u"FOTA.CAMPAIGN.NotFound"_s);
        QCOMPARE(missing.object().value(u"errorMessage"_s).toString(),
                 u"Campaign nope not found for account 0000123456-00001."_s);

        const Result badCursor = get(reportUrl(*server, u"abc"_s, kAccount, oddId), tokens);
        QCOMPARE(badCursor.status, 400);

        const Result notFound = get(urlFor(*server, {u"api"_s, u"nothing"_s}), tokens);
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.object().value(u"errorCode"_s).toString(), u"NotFound"_s);

        // Cursor past the end: an empty last page, not an error.
        const Result past = get(reportUrl(*server, u"999999999999999"_s, kAccount, oddId), tokens);
        QCOMPARE(past.status, 200);
        QVERIFY(past.object().value(u"deviceList"_s).toArray().isEmpty());
        QCOMPARE(past.object().value(u"hasMoreData"_s).toBool(true), false);
    }

    void faultRateLimited()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::RateLimited);
        const Result r = get(reportUrl(*server), tokens);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("1"));
        QVERIFY(r.json().isObject());
        QVERIFY(!r.object().value(u"errorCode"_s).toString().isEmpty());
        QCOMPARE(get(reportUrl(*server), tokens).status, 200);
    }

    void faultServerError()
    {
        auto server = makeServer();
        QVERIFY(server);
        server->injectFault(SimulatorFault::ServerError);
        const Result r = get(reportUrl(*server), server->issueTokens());
        QCOMPARE(r.status, 503);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.json().isNull());
    }

    void faultSessionExpired()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        const auto other = server->issueTokens();
        server->injectFault(SimulatorFault::SessionExpired);
        const Result r = get(reportUrl(*server), tokens);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"errorCode"_s).toString(),
                 u"UnifiedWebService.REQUEST_FAILED.SessionToken.Expired"_s);
        QCOMPARE(r.object().value(u"errorMessage"_s).toString(), u"The Session has expired."_s);
        // Every session issued so far is gone; bearers still work.
        QCOMPARE(get(reportUrl(*server), tokens).status, 400);
        QCOMPARE(get(reportUrl(*server), other).status, 400);
        const Result relogin = login(*server, tokens.first, SimulatorServer::demoUsername(),
                                     SimulatorServer::demoPassword());
        QCOMPARE(relogin.status, 200);
        QCOMPARE(get(reportUrl(*server),
                     {tokens.first, relogin.object().value(u"sessionToken"_s).toString()})
                     .status,
                 200);
    }

    void faultBearerExpired()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::BearerExpired);
        const Result r = get(reportUrl(*server), tokens);
        QCOMPARE(r.status, 401);
        const QJsonObject fault = r.object().value(u"fault"_s).toObject();
        QCOMPARE(fault.value(u"code"_s).toInt(), 900901);
        QCOMPARE(
            fault.value(u"description"_s).toString(),
            u"Access failure for API: /api/fota/v3, version: v3 status: (900901) - Invalid Credentials."_s);
        QCOMPARE(get(reportUrl(*server), tokens).status, 401);
        QCOMPARE(login(*server, tokens.first, SimulatorServer::demoUsername(),
                       SimulatorServer::demoPassword())
                     .status,
                 401);
        // A new bearer with the old (still valid) session works again.
        const QString bearer = requestToken(*server, SimulatorServer::demoClientId(),
                                            SimulatorServer::demoClientSecret())
                                   .object()
                                   .value(u"access_token"_s)
                                   .toString();
        QCOMPARE(get(reportUrl(*server), {bearer, tokens.second}).status, 200);
    }

    void faultTruncatedJson()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::TruncatedJson, 1, 1);
        const Result full = get(reportUrl(*server), tokens);
        const Result cut = get(reportUrl(*server), tokens);
        QCOMPARE(full.status, 200);
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.error, QNetworkReply::NoError);
        QVERIFY(full.json().isObject());
        QCOMPARE(cut.body.size(), full.body.size() / 2);
        QVERIFY(full.body.startsWith(cut.body));
        QCOMPARE(cut.contentLength.toLongLong(), cut.body.size());
        QJsonParseError error{};
        QJsonDocument::fromJson(cut.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void faultConnectionReset()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::ConnectionReset);
        const Result r = get(reportUrl(*server), tokens);
        QVERIFY(r.finished);
        QCOMPARE(server->reportRequests(), 1); // not silently re-sent by the client
        const Result full = get(reportUrl(*server), tokens);
        QCOMPARE(full.status, 200);
        // QNetworkAccessManager (Qt 6.4) usually reports RemoteHostClosedError, but when it
        // notices the close while idle-reading it finishes the reply "successfully" with the
        // short body. Either way the client must see a failure: an error, or a body shorter
        // than its Content-Length that is not valid JSON.
        if (r.error == QNetworkReply::NoError) {
            QCOMPARE(r.contentLength.toLongLong(), full.body.size());
            QVERIFY(r.body.size() < full.body.size());
            QVERIFY(r.json().isNull());
        } else {
            QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        }
        QVERIFY(full.body.startsWith(r.body));
        QVERIFY(r.body.size() <= full.body.size() / 2);
    }

    void faultStall()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        QSignalSpy served(server.get(), &SimulatorServer::requestServed);
        server->injectFault(SimulatorFault::Stall);
        QNetworkReply *reply = m_nam.get(request(reportUrl(*server), tokens.first, tokens.second));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(!finished.wait(700));
        QVERIFY(!reply->isFinished());
        QCOMPARE(served.size(), 1);
        QCOMPARE(served.first().at(1).toInt(), 0);
        reply->abort();
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->deleteLater();
        QCOMPARE(get(reportUrl(*server), tokens).status, 200);
    }

    void faultStuckCursor()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::StuckCursor, 1, 1);
        const QString cursor =
            get(reportUrl(*server), tokens).object().value(u"lastSeenDeviceId"_s).toString();
        QCOMPARE(cursor.size(), 15);
        const QJsonObject stuck = get(reportUrl(*server, cursor), tokens).object();
        QCOMPARE(stuck.value(u"hasMoreData"_s).toBool(), true);
        QCOMPARE(stuck.value(u"lastSeenDeviceId"_s).toString(), cursor);
        QCOMPARE(stuck.value(u"deviceList"_s).toArray().size(), 1000);
        // Without the fault the same request advances.
        const QJsonObject next = get(reportUrl(*server, cursor), tokens).object();
        QVERIFY(next.value(u"lastSeenDeviceId"_s).toString() > cursor);
    }

    void faultOverlappingPages()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::OverlappingPages, 1, 1);
        const QJsonObject first = get(reportUrl(*server), tokens).object();
        const QString cursor = first.value(u"lastSeenDeviceId"_s).toString();
        const QJsonObject second = get(reportUrl(*server, cursor), tokens).object();
        QStringList firstIds;
        for (const QJsonValue &v : first.value(u"deviceList"_s).toArray())
            firstIds.append(v.toObject().value(u"deviceId"_s).toString());
        QStringList secondIds;
        for (const QJsonValue &v : second.value(u"deviceList"_s).toArray())
            secondIds.append(v.toObject().value(u"deviceId"_s).toString());
        firstIds.sort();
        secondIds.sort();
        QVERIFY(secondIds.size() <= 1000);
        QCOMPARE(secondIds.mid(0, 7), firstIds.mid(firstIds.size() - 7));
        QVERIFY(secondIds.at(7) > cursor);
        const QString nextCursor = second.value(u"lastSeenDeviceId"_s).toString();
        QCOMPARE(nextCursor, secondIds.last());
        QVERIFY(nextCursor > cursor);
        const QJsonObject third = get(reportUrl(*server, nextCursor), tokens).object();
        QSet<QString> all(firstIds.cbegin(), firstIds.cend());
        all.unite(QSet<QString>(secondIds.cbegin(), secondIds.cend()));
        for (const QJsonValue &v : third.value(u"deviceList"_s).toArray())
            all.insert(v.toObject().value(u"deviceId"_s).toString());
        QCOMPARE(all.size(), 2689);
        QCOMPARE(firstIds.size() + secondIds.size() + third.value(u"deviceList"_s).toArray().size(),
                 2689 + 7);
    }

    void faultWrongFieldTypes()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        const SimulatedCampaign *c = server->campaign(kAccount, kCampaignId);
        server->injectFault(SimulatorFault::WrongFieldTypes, 3);
        const QList<QJsonObject> pages = walk(*server, tokens);
        QCOMPARE(pages.size(), 3);
        WireStats stats;
        QSet<QString> seen;
        for (int p = 0; p < 3; ++p) {
            const QJsonObject &page = pages[p];
            QVERIFY(page.value(u"totalDevice"_s).isDouble());
            QCOMPARE(page.value(u"totalDevice"_s).toInt(), 2689);
            QVERIFY(page.value(u"maxPageSize"_s).isString());
            QCOMPARE(page.value(u"maxPageSize"_s).toString(), u"1000"_s);
            QVERIFY(page.value(u"hasMoreData"_s).isString());
            QCOMPARE(page.value(u"hasMoreData"_s).toString(), p < 2 ? u"true"_s : u"false"_s);
            QVERIFY(page.value(u"lastSeenDeviceId"_s).isString());
            const QJsonArray list = page.value(u"deviceList"_s).toArray();
            const QString timeKey = statusTimeKey(list);
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                const QString id = o.value(u"deviceId"_s).toString();
                seen.insert(id);
                const QString diff = compareDevice(o, c->devices()[c->indexOf(id)], timeKey, stats);
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
            }
        }
        QCOMPARE(seen.size(), 2689);
        QVERIFY(stats.nullReasons > 0);
        QCOMPARE(stats.missing, 0);
        QVERIFY(stats.nulls > 0 && stats.empties > 0);
    }

    void faultEmptyPageAdvances()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::EmptyPage, 1, 1);
        const QJsonObject first = get(reportUrl(*server), tokens).object();
        const QString cursor = first.value(u"lastSeenDeviceId"_s).toString();
        const QJsonObject empty = get(reportUrl(*server, cursor), tokens).object();
        QCOMPARE(empty.value(u"hasMoreData"_s).toBool(), true);
        QVERIFY(empty.value(u"deviceList"_s).isArray());
        QCOMPARE(empty.value(u"deviceList"_s).toArray().size(), 0);
        // The cursor moves on, but not past a device: the next page is the one that was due.
        const QString moved = empty.value(u"lastSeenDeviceId"_s).toString();
        QVERIFY(moved.toULongLong() > cursor.toULongLong());
        const QJsonObject due = get(reportUrl(*server, cursor), tokens).object();
        const QJsonObject after = get(reportUrl(*server, moved), tokens).object();
        QCOMPARE(after.value(u"deviceList"_s).toArray(), due.value(u"deviceList"_s).toArray());
    }

    void faultNullDeviceList()
    {
        auto server = makeServer();
        QVERIFY(server);
        server->injectFault(SimulatorFault::NullDeviceList);
        const QJsonObject page = get(reportUrl(*server), server->issueTokens()).object();
        QVERIFY(page.value(u"deviceList"_s).isNull());
        QCOMPARE(page.value(u"hasMoreData"_s).toBool(), true);
        QCOMPARE(page.value(u"totalDevice"_s).toString(), u"5000"_s);
        QCOMPARE(page.value(u"lastSeenDeviceId"_s).toString(), u"0"_s);
    }

    void faultMoreDataMissingOrUnreadable()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::MoreDataMissing);
        server->injectFault(SimulatorFault::MoreDataUnreadable);
        const QJsonObject missing = get(reportUrl(*server), tokens).object();
        const QJsonObject unreadable = get(reportUrl(*server), tokens).object();
        const QJsonObject normal = get(reportUrl(*server), tokens).object();
        QVERIFY(!missing.contains(u"hasMoreData"_s));
        QCOMPARE(unreadable.value(u"hasMoreData"_s).toString(), u"yes"_s);
        QCOMPARE(normal.value(u"hasMoreData"_s).toBool(), true);
        for (const QJsonObject &o : {missing, unreadable}) {
            QCOMPARE(o.value(u"lastSeenDeviceId"_s), normal.value(u"lastSeenDeviceId"_s));
            QCOMPARE(o.value(u"totalDevice"_s), normal.value(u"totalDevice"_s));
            QCOMPARE(o.value(u"deviceList"_s), normal.value(u"deviceList"_s));
        }
    }

    void faultInflatedTotal()
    {
        auto server = makeServer();
        QVERIFY(server);
        server->injectFault(SimulatorFault::InflatedTotal, 10);
        const QList<QJsonObject> pages = walk(*server, server->issueTokens());
        QCOMPARE(pages.size(), 3);
        for (const QJsonObject &page : pages)
            QCOMPARE(page.value(u"totalDevice"_s).toString(), u"50000"_s);
        QCOMPARE(pages.last().value(u"hasMoreData"_s).toBool(), false);
    }

    void faultCreepingCursor()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::CreepingCursor, 3);
        QString cursor = u"0"_s;
        QJsonArray firstList;
        for (const QString &expected : {u"09"_s, u"099"_s, u"0999"_s}) {
            const QJsonObject page = get(reportUrl(*server, cursor), tokens).object();
            QCOMPARE(page.value(u"hasMoreData"_s).toBool(), true);
            QCOMPARE(page.value(u"lastSeenDeviceId"_s).toString(), expected);
            if (firstList.isEmpty())
                firstList = page.value(u"deviceList"_s).toArray();
            QCOMPARE(page.value(u"deviceList"_s).toArray(), firstList); // the same devices again
            cursor = expected;
        }
        QCOMPARE(firstList.size(), 1000);
    }

    void faultEndlessPages()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::EndlessPages, 5);
        const QList<QJsonObject> pages = walk(*server, tokens, 5);
        QCOMPARE(pages.size(), 5);
        int devices = 0;
        for (const QJsonObject &page : pages) {
            QCOMPARE(page.value(u"hasMoreData"_s).toBool(), true);
            QCOMPARE(page.value(u"totalDevice"_s).toString(), u"10"_s);
            devices += int(page.value(u"deviceList"_s).toArray().size());
        }
        QCOMPARE(devices, 2689); // then empty pages that still say more follows
        QVERIFY(pages.last().value(u"lastSeenDeviceId"_s).toString().size() > 15);
    }

    void faultHostileEntries()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::HostileEntries, 1, 1);
        const QJsonObject first = get(reportUrl(*server), tokens).object();
        const QString cursor = first.value(u"lastSeenDeviceId"_s).toString();
        const QJsonArray list =
            get(reportUrl(*server, cursor), tokens).object().value(u"deviceList"_s).toArray();
        const int n = ReportPageWriter::kHostileRepeats;
        QCOMPARE(list.size(), 1000 + n + 2);
        QCOMPARE(list.at(1000 + n).toInt(), 42);
        QVERIFY(list.at(1000 + n + 1).isObject());
        QVERIFY(!list.at(1000 + n + 1).toObject().contains(u"deviceId"_s));
        const auto &devices = server->campaign(kAccount, kCampaignId)->devices();
        for (int i = 0; i < n; ++i) {
            const QJsonObject again = list.at(1000 + i).toObject();
            const SimulatedDevice &d = devices.at(1000 - ReportPageWriter::kHostileRepeats + i);
            QCOMPARE(again.value(u"deviceId"_s).toString(), d.deviceId);
            QCOMPARE(again.value(u"status"_s).toString(), ReportPageWriter::statusAgain(d.status));
            QVERIFY(again.value(u"status"_s).toString() != d.status);
            QCOMPARE(again.value(u"updatedTime"_s).toString() == ReportPageWriter::kHostileTime,
                     i == 0);
        }
    }

    void foreignCursorsAreRefusedWhenAsked()
    {
        auto server = makeServer(2689, 7);
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        const QString foreign =
            server->campaign(kAccount, kCampaignId)->devices().at(1500).deviceId;
        // By default any IMEI is a cursor: the API documents it as a filter.
        QCOMPARE(get(reportUrl(*server, foreign), tokens).status, 200);

        server->setRejectForeignCursors(true);
        const Result refused = get(reportUrl(*server, foreign), tokens);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.object().value(u"errorCode"_s).toString(),
                 u"FOTA.REQUEST.InvalidParameter"_s);
        // The walk itself is untouched: "0" and every cursor a page handed out are accepted.
        const QList<QJsonObject> pages = walk(*server, tokens);
        QCOMPARE(pages.size(), 3);
        const QString handedOut = pages[0].value(u"lastSeenDeviceId"_s).toString();
        QCOMPARE(get(reportUrl(*server, handedOut), tokens).status, 200);
        QCOMPARE(get(reportUrl(*server, foreign), tokens).status, 400);
    }

    void tooManyPagesInFlightAre429()
    {
        auto server = makeServer(2689, 7);
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->setMaxPagesInFlight(2);
        // Answers held far longer than three requests take to arrive, so exactly one of three
        // meets two in flight, however loaded the machine (the held ones are abandoned below).
        server->setPageLatency(120'000);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i)
            replies << m_nam.get(request(reportUrl(*server, u"0"_s), tokens.first, tokens.second));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 60000);
        int finished = 0;
        for (QNetworkReply *r : std::as_const(replies)) {
            if (!r->isFinished())
                continue;
            ++finished;
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
            QCOMPARE(r->rawHeader("Retry-After"), QByteArray("1"));
        }
        QCOMPARE(finished, 1);
        QCOMPARE(server->peakPagesInFlight(), 2);
        QCOMPARE(server->rejectedForTooMany(), 1);
        for (QNetworkReply *r : std::as_const(replies)) {
            r->abort();
            r->deleteLater();
        }
    }

    void reportCursorsAreRecorded()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        QVERIFY(server->reportCursors().isEmpty());
        get(reportUrl(*server), tokens);
        get(reportUrl(*server, u"356"_s), tokens);
        QCOMPARE(server->reportCursors(), (QStringList{u"0"_s, u"356"_s}));
    }

    void faultBadRequest()
    {
        auto server = makeServer();
        QVERIFY(server);
        server->injectFault(SimulatorFault::BadRequest);
        const Result r = get(reportUrl(*server), server->issueTokens());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"errorCode"_s).toString(), u"FOTA.REPORT.InvalidRequest"_s);
        QCOMPARE(r.object().value(u"errorMessage"_s).toString(),
                 u"Campaign report is not available for this account."_s);
    }

    void faultHtmlErrorPage()
    {
        auto server = makeServer();
        QVERIFY(server);
        server->injectFault(SimulatorFault::HtmlErrorPage);
        const Result r = get(reportUrl(*server), server->issueTokens());
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(r.json().isNull());
    }

    void faultSkipTimesAndQueueing()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        server->injectFault(SimulatorFault::RateLimited, 2, 1);
        QList<int> statuses;
        for (int i = 0; i < 4; ++i)
            statuses.append(get(reportUrl(*server), tokens).status);
        QCOMPARE(statuses, (QList<int>{200, 429, 429, 200}));
        QCOMPARE(server->reportRequests(), 4);

        // Faults only hit report pages: other calls neither see nor consume them.
        server->injectFault(SimulatorFault::RateLimited);
        server->injectFault(SimulatorFault::ServerError);
        const QUrl info =
            urlFor(*server, {u"api"_s, u"fota"_s, u"v3"_s, u"campaigns"_s, kAccount, kCampaignId});
        QCOMPARE(get(info, tokens).status, 200);
        QCOMPARE(get(reportUrl(*server), tokens).status, 429);
        QCOMPARE(get(reportUrl(*server), tokens).status, 503);
        QCOMPARE(get(reportUrl(*server), tokens).status, 200);

        server->injectFault(SimulatorFault::ServerError, 5);
        server->clearFaults();
        QCOMPARE(get(reportUrl(*server), tokens).status, 200);
    }

    void campaignInformation()
    {
        auto server = makeServer();
        QVERIFY(server);
        const Result r = get(
            urlFor(*server, {u"api"_s, u"fota"_s, u"v3"_s, u"campaigns"_s, kAccount, kCampaignId}),
            server->issueTokens());
        QCOMPARE(r.status, 200);
        const QJsonObject info = r.object();
        QCOMPARE(info.value(u"id"_s).toString(), kCampaignId);
        QCOMPARE(info.value(u"accountName"_s).toString(), kAccount);
        QCOMPARE(info.value(u"protocol"_s).toString(), u"LWM2M"_s);
        QCOMPARE(info.value(u"startDate"_s).toString(), u"2026-11-20"_s);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s)
                    .match(info.value(u"endDate"_s).toString())
                    .hasMatch());
        QCOMPARE(info.value(u"status"_s).toString(), u"CampaignScheduled"_s);
        const QJsonObject window =
            info.value(u"campaignTimeWindowList"_s).toArray().first().toObject();
        QCOMPARE(window.value(u"startTime"_s).toInt(), 2);
        QCOMPARE(window.value(u"endTime"_s).toInt(), 6);
        for (const char16_t *key :
             {u"campaignName", u"firmwareName", u"firmwareFrom", u"firmwareTo", u"make", u"model"})
            QVERIFY2(!info.value(QString::fromUtf16(key)).toString().isEmpty(),
                     qPrintable(QString::fromUtf16(key)));
        QVERIFY(info.value(u"firmwareFrom"_s) != info.value(u"firmwareTo"_s));
        QCOMPARE(get(urlFor(*server,
                            {u"api"_s, u"fota"_s, u"v3"_s, u"campaigns"_s, kAccount, u"nope"_s}),
                     server->issueTokens())
                     .status,
                 400);
    }

    void campaignsByStatusArePaged()
    {
        auto server = makeServer(0);
        QVERIFY(server);
        for (int i = 1; i <= 6; ++i) {
            auto c = SimulatedCampaign::generate(kAccount, u"c%1"_s.arg(i), 3, quint64(i));
            if (i == 6)
                c.setCampaignStatus(u"CampaignEnded"_s);
            server->addCampaign(c);
        }
        server->addCampaign(SimulatedCampaign::generate(u"0000999999-00001"_s, u"c0"_s, 3, 1));
        const auto tokens = server->issueTokens();
        for (const QString &variant : {u"firmware/campaigns"_s, u"campaigns"_s}) {
            QStringList ids;
            QString cursor;
            int pages = 0;
            for (; pages < 10; ++pages) {
                QUrlQuery q;
                q.addQueryItem(u"campaignStatus"_s, u"CampaignScheduled"_s);
                if (!cursor.isEmpty())
                    q.addQueryItem(u"lastSeenCampaignId"_s, cursor);
                QStringList segments{u"api"_s, u"fota"_s, u"v3"_s, u"reports"_s, kAccount};
                segments += variant.split(u'/');
                const Result r = get(urlFor(*server, segments, q), tokens);
                QCOMPARE(r.status, 200);
                const QJsonArray list = r.object().value(u"campaignList"_s).toArray();
                QVERIFY(list.size() <= 2);
                for (const QJsonValue &v : list) {
                    QCOMPARE(v.toObject().value(u"status"_s).toString(), u"CampaignScheduled"_s);
                    ids.append(v.toObject().value(u"id"_s).toString());
                }
                if (!r.object().value(u"hasMoreData"_s).toBool())
                    break;
                cursor = r.object().value(u"lastSeenCampaignId"_s).toString();
                QCOMPARE(cursor, ids.last());
            }
            QCOMPARE(pages + 1, 3);
            QCOMPARE(ids, (QStringList{u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"c5"_s}));
        }
        QUrlQuery ended;
        ended.addQueryItem(u"campaignStatus"_s, u"CampaignEnded"_s);
        const Result r = get(urlFor(*server,
                                    {u"api"_s, u"fota"_s, u"v3"_s, u"reports"_s, kAccount,
                                     u"firmware"_s, u"campaigns"_s},
                                    ended),
                             tokens);
        const QJsonArray list = r.object().value(u"campaignList"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"id"_s).toString(), u"c6"_s);
        QCOMPARE(get(urlFor(*server,
                            {u"api"_s, u"fota"_s, u"v3"_s, u"reports"_s, kAccount, u"campaigns"_s}),
                     tokens)
                     .status,
                 400);
    }

    void deviceHistory()
    {
        auto server = makeServer();
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        const SimulatedCampaign *c = server->campaign(kAccount, kCampaignId);
        QSet<qsizetype> sizes;
        for (qsizetype index : {0, 17, 400, 1200, 2000, 2688}) {
            const SimulatedDevice &d = c->devices()[index];
            const QUrl url = urlFor(*server, {u"api"_s, u"fota"_s, u"v3"_s, u"reports"_s, kAccount,
                                              u"devices"_s, d.deviceId});
            const Result r = get(url, tokens);
            QCOMPARE(r.status, 200);
            QVERIFY(r.json().isArray());
            const QJsonArray entries = r.json().array();
            QVERIFY(entries.size() >= 1 && entries.size() <= 4);
            sizes.insert(entries.size());
            const QJsonObject current = entries.first().toObject();
            QCOMPARE(current.value(u"campaignId"_s).toString(), kCampaignId);
            QCOMPARE(current.value(u"status"_s).toString(), d.status);
            QCOMPARE(current.value(u"reason"_s).toString(), d.resultReason);
            if (d.updatedTimeMs != SimulatedDevice::kNoTime) {
                const auto t = parseTime(current.value(u"reportUpdatedTime"_s).toString());
                QVERIFY(t && t->second == TimeForm::Go);
                QCOMPARE(t->first, d.updatedTimeMs);
            }
            for (const QJsonValue &e : entries) {
                for (const char16_t *key :
                     {u"campaignId", u"firmwareName", u"firmwareFrom", u"firmwareTo", u"startDate",
                      u"status", u"reason", u"reportUpdatedTime"})
                    QVERIFY(e.toObject().contains(QString::fromUtf16(key)));
            }
            QCOMPARE(get(url, tokens).body, r.body); // deterministic
        }
        QVERIFY(sizes.size() > 1);
        const Result unknown = get(urlFor(*server, {u"api"_s, u"fota"_s, u"v3"_s, u"reports"_s,
                                                    kAccount, u"devices"_s, u"490154203237518"_s}),
                                   tokens);
        QCOMPARE(unknown.status, 400);
    }

    void evolveOnlyMovesPendingAndAccepted()
    {
        const auto original = SimulatedCampaign::generate(kAccount, kCampaignId, 5000, 21);
        auto evolved = original;
        auto again = original;
        const qint64 now = SimulatedCampaign::kStartMs + 4 * 86'400'000LL + 123;
        QCOMPARE(evolved.evolve(100, now), 100);
        QCOMPARE(again.evolve(100, now), 100);
        QVERIFY(evolved.devices() == again.devices());
        int changed = 0;
        for (qsizetype i = 0; i < original.devices().size(); ++i) {
            const SimulatedDevice &before = original.devices()[i];
            const SimulatedDevice &after = evolved.devices()[i];
            if (before == after)
                continue;
            ++changed;
            QVERIFY2(before.status == u"UpgradePending" || before.status == u"Accepted",
                     qPrintable(before.status));
            QVERIFY(after.status == u"UpgradeSuccess" || after.status == u"UpgradeFailed");
            QCOMPARE(after.deviceId, before.deviceId);
            QCOMPARE(after.updatedTimeMs, now);
            QVERIFY(after.recentAttemptMs < now);
            QCOMPARE(after.nextAttemptMs, SimulatedDevice::kNoTime);
        }
        QCOMPARE(changed, 100);
        // A second step picks other devices; eventually nothing is left to move.
        auto drained = evolved;
        QVERIFY(drained.evolve(1'000'000, now) > 0);
        QCOMPARE(drained.evolve(10, now), 0);
        for (const SimulatedDevice &d : drained.devices())
            QVERIFY(d.status != u"UpgradePending" && d.status != u"Accepted");
    }

    void serverEvolvesOnATimer()
    {
        auto server = makeServer(3000, 8);
        QVERIFY(server);
        const SimulatedCampaign *c = server->campaign(kAccount, kCampaignId);
        auto pending = [c] {
            return std::count_if(c->devices().cbegin(), c->devices().cend(), [](const auto &d) {
                return d.status == u"UpgradePending" || d.status == u"Accepted";
            });
        };
        const auto before = pending();
        server->setEvolveInterval(20, 10);
        QTRY_VERIFY(pending() <= before - 30);
        server->setEvolveInterval(0);
        // Stopped means no tick can come: the timer that drives evolution is off.
        QVERIFY(!server->evolvesOnTimer());
    }

    void evolveStepIsAFunctionOfTheSeed()
    {
        const auto original = SimulatedCampaign::generate(kAccount, kCampaignId, 4000, 33);
        auto stepped = original;
        QCOMPARE(stepped.evolveStep(50), 50);
        QCOMPARE(stepped.evolveStep(50), 50);
        QCOMPARE(stepped.evolveSteps(), quint64(2));
        const SimulatedCampaign truth = original.afterSteps(2, 50);
        QVERIFY(truth.devices() == stepped.devices());
        // Each step stamps its changes with its own time, one hour after the previous step.
        QCOMPARE(SimulatedCampaign::stepTimeMs(1) - SimulatedCampaign::stepTimeMs(0), 3'600'000);
        int atSecondStep = 0;
        for (const SimulatedDevice &d : truth.devices())
            atSecondStep += d.updatedTimeMs == SimulatedCampaign::stepTimeMs(1) ? 1 : 0;
        QCOMPARE(atSecondStep, 50);
        QVERIFY(original.afterSteps(1, 50).devices() != truth.devices());
    }

    void serverEvolvesOncePerCompleteWalk()
    {
        auto server = makeServer(2500, 12);
        QVERIFY(server);
        server->setEvolvePerWalk(40);
        const SimulatedCampaign original =
            SimulatedCampaign::generate(kAccount, kCampaignId, 2500, 12);
        const auto tokens = server->issueTokens();

        // Served devices of one walk (pages may come shuffled), in the simulator's own terms.
        const auto statusesOf = [](const QList<QJsonObject> &pages) {
            QMap<QString, QString> statuses;
            for (const QJsonObject &page : pages) {
                for (const QJsonValue &v : page.value(u"deviceList"_s).toArray()) {
                    const QJsonObject d = v.toObject();
                    statuses.insert(d.value(u"deviceId"_s).toString(),
                                    d.value(u"status"_s).toString());
                }
            }
            return statuses;
        };
        const auto truthStatuses = [](const SimulatedCampaign &c) {
            QMap<QString, QString> statuses;
            for (const SimulatedDevice &d : c.devices())
                statuses.insert(d.deviceId, d.status);
            return statuses;
        };

        QCOMPARE(statusesOf(walk(*server, tokens)), truthStatuses(original));
        // A retried first page and an abandoned walk are not new walks.
        QCOMPARE(get(reportUrl(*server, u"0"_s), tokens).status, 200);
        QCOMPARE(get(reportUrl(*server, u"0"_s), tokens).status, 200);
        QCOMPARE(server->campaign(kAccount, kCampaignId)->evolveSteps(), quint64(1));
        QCOMPARE(statusesOf(walk(*server, tokens)), truthStatuses(original.afterSteps(1, 40)));
        QCOMPARE(statusesOf(walk(*server, tokens)), truthStatuses(original.afterSteps(2, 40)));
        QVERIFY(server->campaign(kAccount, kCampaignId)->devices() ==
                original.afterSteps(2, 40).devices());
    }

    void evolvePerWalkIsOffByDefault()
    {
        auto server = makeServer(1500, 12);
        QVERIFY(server);
        const auto tokens = server->issueTokens();
        walk(*server, tokens);
        walk(*server, tokens);
        QCOMPARE(server->campaign(kAccount, kCampaignId)->evolveSteps(), quint64(0));
    }

    void startFailsOnABusyPort()
    {
        auto first = makeServer(0);
        QVERIFY(first);
        QVERIFY(first->port() != 0);
        SimulatorServer second;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"listen failed"_s));
        QVERIFY(!second.start(first->port()));
        QCOMPARE(second.port(), quint16(0));
    }

    void requestServedSignal()
    {
        auto server = makeServer(0);
        QVERIFY(server);
        QSignalSpy spy(server.get(), &SimulatorServer::requestServed);
        requestToken(*server, u"x"_s, u"y"_s);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), u"/api/ts/v1/oauth2/token"_s);
        QCOMPARE(spy.first().at(1).toInt(), 401);
        QVERIFY(server->baseUrl().toString().startsWith(u"http://127.0.0.1:"));
        QCOMPARE(server->baseUrl().port(), int(server->port()));
    }

private:
    // The status-time key a page uses (one per page).
    static QString statusTimeKey(const QJsonArray &list)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.contains(u"statusTime"_s))
                return u"statusTime"_s;
            if (o.contains(u"updatedTime"_s))
                return u"updatedTime"_s;
        }
        return u"updatedTime"_s;
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
