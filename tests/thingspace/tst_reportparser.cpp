#include "thingspace/ApiError.h"
#include "thingspace/BaseUrlPolicy.h"
#include "thingspace/ReportParser.h"
#include "thingspace/RetryPolicy.h"
#include "thingspace/TimeFormat.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

class ReportParserTest : public QObject
{
    Q_OBJECT

private:
    static ReportPage parseOk(const QByteArray &json)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
        if (e.error != QJsonParseError::NoError)
            qFatal("test JSON invalid: %s", qPrintable(e.errorString()));
        ReportPage page;
        QString error;
        if (!ReportParser::parse(doc, &page, &error))
            qFatal("parse failed: %s", qPrintable(error));
        return page;
    }

private slots:
    void readsTheDocumentedPage()
    {
        const ReportPage page = parseOk(R"({
            "totalDevice":"2689","hasMoreData":true,"lastSeenDeviceId":"990000862471854",
            "maxPageSize":1000,"deviceList":[
            {"deviceId":"990000862471854","status":"UpgradePending",
             "resultReason":"Upgrade pending, the device upgrade is estimated to be scheduled for 06 Oct 22 18:05 UTC",
             "statusTime":"2022-10-05T21:05:27.129Z","recentAttemptTime":"2022-10-05T21:05:01.19Z",
             "nextAttemptTime":"2022-10-06T18:35:00Z"}]})");
        QCOMPARE(page.totalDevice, std::optional<qint64>(2689));
        QVERIFY(page.hasMoreData);
        QCOMPARE(page.lastSeenDeviceId, u"990000862471854"_s);
        QCOMPARE(page.maxPageSize, 1000);
        QCOMPARE(page.devices.size(), 1);
        const DeviceRecord &d = page.devices.first();
        QCOMPARE(d.status, u"UpgradePending"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(d.updatedTime), u"2022-10-05T21:05:27.129Z"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(d.recentAttemptTime), u"2022-10-05T21:05:01.190Z"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(d.nextAttemptTime), u"2022-10-06T18:35:00.000Z"_s);
        QVERIFY(page.warnings.isEmpty());
    }

    void acceptsOtherTypesAndNames()
    {
        const ReportPage page = parseOk(R"({"totalDevice":2689,"hasMoreData":"false",
            "lastSeenDeviceId":"0","maxPageSize":"1000","deviceList":[
            {"deviceId":35693803564380,"status":"SomethingNew","resultReason":null,
             "updatedTime":"2022-01-26 03:45:01.608 +0000 UTC","recentAttemptTime":null,
             "nextAttemptTime":""},
            {"deviceId":"012345678901234","status":"upgradeFailure"}]})");
        QCOMPARE(page.totalDevice, std::optional<qint64>(2689));
        QVERIFY(!page.hasMoreData);
        QVERIFY(page.lastSeenDeviceId.isEmpty()); // "0" means no cursor
        QCOMPARE(page.maxPageSize, 1000);
        QCOMPARE(page.devices.size(), 2);
        QCOMPARE(page.devices[0].deviceId, u"35693803564380"_s);
        QCOMPARE(page.devices[0].status, u"SomethingNew"_s); // unknown statuses kept verbatim
        QCOMPARE(page.devices[0].resultReason, QString());
        QCOMPARE(TimeFormat::isoUtcMillis(page.devices[0].updatedTime),
                 u"2022-01-26T03:45:01.608Z"_s);
        QCOMPARE(page.devices[0].recentAttemptTime, kNoTime);
        QCOMPARE(page.devices[0].nextAttemptTime, kNoTime);
        QCOMPARE(page.devices[1].deviceId, u"012345678901234"_s); // leading zero kept
        QCOMPARE(page.devices[1].updatedTime, kNoTime);
    }

    void updatedTimeWinsOverStatusTime()
    {
        const ReportPage page = parseOk(R"({"hasMoreData":false,"deviceList":[
            {"deviceId":"1","updatedTime":"2022-01-01T00:00:00Z","statusTime":"2023-01-01T00:00:00Z"}]})");
        QCOMPARE(TimeFormat::isoUtcMillis(page.devices[0].updatedTime),
                 u"2022-01-01T00:00:00.000Z"_s);
    }

    void keepsGoingPastBadEntries()
    {
        const ReportPage page = parseOk(R"({"hasMoreData":true,"deviceList":[
            42, {"status":"UpgradeSuccess"}, {"deviceId":"356938035643809","updatedTime":"soon"},
            {"deviceId":"356938035643817"}]})");
        QCOMPARE(page.devices.size(), 2);
        QCOMPARE(page.devices[0].updatedTime, kNoTime);
        QCOMPARE(page.warnings.size(), 3);
        QVERIFY(page.totalDevice == std::nullopt);
    }

    void takesPagesLargerThanAThousand()
    {
        QByteArray json = R"({"hasMoreData":false,"deviceList":[)";
        for (int i = 0; i < 2500; ++i)
            json += (i ? "," : "") + QByteArray("{\"deviceId\":\"") +
                    QByteArray::number(100000000000000 + i) + "\"}";
        json += "]}";
        QCOMPARE(parseOk(json).devices.size(), 2500);
    }

    void refusesWhatIsNotAReport()
    {
        ReportPage page;
        QString error;
        QVERIFY(!ReportParser::parse(QJsonDocument::fromJson("[1,2]"), &page, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(
            !ReportParser::parse(QJsonDocument::fromJson(R"({"hello":"world"})"), &page, &error));
        QVERIFY(!ReportParser::parse(QJsonDocument::fromJson(R"({"deviceList":"nope"})"), &page,
                                     &error));
        QVERIFY(!ReportParser::parse(
            QJsonDocument::fromJson(R"({"errorCode":"X","errorMessage":"Campaign gone"})"), &page,
            &error));
        QCOMPARE(error, u"Campaign gone"_s);
    }

    void emptyPageIsAPage()
    {
        const ReportPage page =
            parseOk(R"({"totalDevice":"0","hasMoreData":false,"deviceList":[]})");
        QVERIFY(page.devices.isEmpty());
        QCOMPARE(page.totalDevice, std::optional<qint64>(0));
    }

    void readsEveryErrorShape()
    {
        const ApiError a = ApiError::fromHttp(
            400,
            R"({"errorCode":"UnifiedWebService.REQUEST_FAILED.SessionToken.Expired","errorMessage":"The Session has expired."})");
        QCOMPARE(a.code, u"UnifiedWebService.REQUEST_FAILED.SessionToken.Expired"_s);
        QCOMPARE(a.message, u"The Session has expired."_s);
        QVERIFY(!a.isTransient());
        QVERIFY(a.toString().contains(u"HTTP 400"_s));

        const ApiError b =
            ApiError::fromHttp(401, R"({"fault":{"code":900901,"message":"Invalid Credentials"}})");
        QCOMPARE(b.code, u"900901"_s);
        QCOMPARE(b.message, u"Invalid Credentials"_s);
        QCOMPARE(b.kind, ApiError::Kind::Unauthorized);

        const ApiError c = ApiError::fromHttp(
            401,
            R"({"error":"invalid_client","error_description":"Client authentication failed"})");
        QCOMPARE(c.code, u"invalid_client"_s);
        QCOMPARE(c.message, u"Client authentication failed"_s);

        const ApiError d = ApiError::fromHttp(503, "<html>Service Unavailable</html>");
        QCOMPARE(d.kind, ApiError::Kind::ServerError);
        QVERIFY(d.isTransient());
        QVERIFY(!d.message.isEmpty());
        QVERIFY(ApiError::fromHttp(429, "").isTransient());
    }

    void readsRetryAfter()
    {
        QCOMPARE(RetryPolicy::parseRetryAfter("3"), std::optional<int>(3000));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 "), std::optional<int>(0));
        QCOMPARE(RetryPolicy::parseRetryAfter(""), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("-4"), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon"), std::nullopt);
        const QByteArray inAMinute =
            QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::RFC2822Date).toLatin1();
        const auto ms = RetryPolicy::parseRetryAfter(inAMinute);
        QVERIFY(ms && *ms > 50'000 && *ms <= 60'000);
    }

    void backsOffExponentiallyWithinBounds()
    {
        ApiSettings s;
        s.retryBaseDelayMs = 1000;
        s.retryMaxDelayMs = 8000;
        s.maxAttempts = 4;
        const RetryPolicy p(s);
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const int ceiling = std::min(1000 << (attempt - 1), 8000);
            for (int i = 0; i < 50; ++i) {
                const int d = p.delayMs(attempt);
                QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(QString::number(d)));
            }
        }
        QCOMPARE(p.delayMs(1, 2500), 2500);    // Retry-After wins
        QCOMPARE(p.delayMs(1, 999'999), 8000); // but is capped
        QVERIFY(p.mayRetry(3));
        QVERIFY(!p.mayRetry(4));
    }

    void httpOnlyForLoopback()
    {
        QVERIFY(BaseUrlPolicy::check(QUrl(u"https://thingspace.verizon.com"_s)).isEmpty());
        QVERIFY(BaseUrlPolicy::check(QUrl(u"http://127.0.0.1:8080"_s)).isEmpty());
        QVERIFY(BaseUrlPolicy::check(QUrl(u"http://localhost:1234/x"_s)).isEmpty());
        QVERIFY(BaseUrlPolicy::check(QUrl(u"http://[::1]:1234"_s)).isEmpty());
        QVERIFY(
            BaseUrlPolicy::check(QUrl(u"http://thingspace.verizon.com"_s)).contains(u"https"_s));
        QVERIFY(!BaseUrlPolicy::check(QUrl(u"http://10.0.0.1"_s)).isEmpty());
        QVERIFY(!BaseUrlPolicy::check(QUrl(u"ftp://example.com"_s)).isEmpty());
        QVERIFY(!BaseUrlPolicy::check(QUrl(u"not a url"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReportParserTest)
#include "tst_reportparser.moc"
