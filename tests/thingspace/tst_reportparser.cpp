// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/ApiError.h"
#include "thingspace/BaseUrlPolicy.h"
#include "thingspace/ReportParser.h"
#include "thingspace/RetryPolicy.h"
#include "thingspace/TimeFormat.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace fota;

class ReportParserTest : public QObject
{
    Q_OBJECT

private:
    static DecodedPage parseOk(const QByteArray &json)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
        if (e.error != QJsonParseError::NoError)
            qFatal("test JSON invalid: %s", qPrintable(e.errorString()));
        DecodedPage page;
        QString error;
        if (!ReportParser::parse(doc, &page, &error))
            qFatal("parse failed: %s", qPrintable(error));
        return page;
    }

private slots:
    void readsTheDocumentedPage()
    {
        const DecodedPage page = parseOk(R"({
            "totalDevice":"2689","hasMoreData":true,"lastSeenDeviceId":"990000862471854",
            "maxPageSize":1000,"deviceList":[
            {"deviceId":"990000862471854","status":"UpgradePending",
             "resultReason":"Upgrade pending, the device upgrade is estimated to be scheduled for 06 Oct 22 18:05 UTC",
             "statusTime":"2022-10-05T21:05:27.129Z","recentAttemptTime":"2022-10-05T21:05:01.19Z",
             "nextAttemptTime":"2022-10-06T18:35:00Z"}]})");
        QCOMPARE(page.totalDevice, std::optional<qint64>(2689));
        QCOMPARE(page.hasMoreData, DecodedPage::MoreData::Yes);
        QCOMPARE(page.lastSeenDeviceId, u"990000862471854"_s);
        QCOMPARE(page.maxPageSize, 1000);
        QCOMPARE(page.devices.size(), size_t(1));
        const DeviceRecord d = page.record(page.devices.front());
        QCOMPARE(d.status, u"UpgradePending"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(d.updatedTime), u"2022-10-05T21:05:27.129Z"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(d.recentAttemptTime), u"2022-10-05T21:05:01.190Z"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(d.nextAttemptTime), u"2022-10-06T18:35:00.000Z"_s);
        QVERIFY(page.diagnostics.isEmpty());
        QVERIFY(page.diagnostics.issues.isEmpty());
    }

    void acceptsOtherTypesAndNames()
    {
        const DecodedPage page = parseOk(R"({"totalDevice":2689,"hasMoreData":"false",
            "lastSeenDeviceId":"0","maxPageSize":"1000","deviceList":[
            {"deviceId":35693803564380,"status":"SomethingNew","resultReason":null,
             "updatedTime":"2022-01-26 03:45:01.608 +0000 UTC","recentAttemptTime":null,
             "nextAttemptTime":""},
            {"deviceId":"012345678901234","status":"upgradeFailure"}]})");
        QCOMPARE(page.totalDevice, std::optional<qint64>(2689));
        QCOMPARE(page.hasMoreData, DecodedPage::MoreData::No);
        QVERIFY(page.lastSeenDeviceId.isEmpty()); // "0" means no cursor
        QCOMPARE(page.maxPageSize, 1000);
        QCOMPARE(page.devices.size(), size_t(2));
        const DeviceRecord first = page.record(page.devices[0]);
        QCOMPARE(first.deviceId, u"35693803564380"_s);
        QCOMPARE(first.status, u"SomethingNew"_s); // unknown statuses kept verbatim
        QCOMPARE(first.resultReason, QString());
        QCOMPARE(TimeFormat::isoUtcMillis(first.updatedTime), u"2022-01-26T03:45:01.608Z"_s);
        QCOMPARE(first.recentAttemptTime, kNoTime);
        QCOMPARE(first.nextAttemptTime, kNoTime);
        QCOMPARE(page.deviceId(page.devices[1]), u"012345678901234"_s); // leading zero kept
        QCOMPARE(page.devices[1].updatedTime, kNoTime);
    }

    void updatedTimeWinsOverStatusTime()
    {
        const DecodedPage page = parseOk(R"({"hasMoreData":false,"deviceList":[
            {"deviceId":"1","updatedTime":"2022-01-01T00:00:00Z","statusTime":"2023-01-01T00:00:00Z"}]})");
        QCOMPARE(TimeFormat::isoUtcMillis(page.devices[0].updatedTime),
                 u"2022-01-01T00:00:00.000Z"_s);
    }

    void keepsGoingPastBadEntries()
    {
        const DecodedPage page = parseOk(R"({"hasMoreData":true,"deviceList":[
            42, {"status":"UpgradeSuccess"}, {"deviceId":"356938035643809","updatedTime":"soon"},
            {"deviceId":"356938035643817"}]})");
        QCOMPARE(page.devices.size(), size_t(2));
        QCOMPARE(page.devices[0].updatedTime, kNoTime);
        QCOMPARE(page.diagnostics.issues.size(), 3);
        QCOMPARE(PageDiagnostics::describe(page.diagnostics.issues[2]),
                 u"device 356938035643809: unreadable updatedTime \"soon\"; left blank"_s);
        QVERIFY(page.totalDevice == std::nullopt);
        QCOMPARE(page.diagnostics.notObjects, 1);
        QCOMPARE(page.diagnostics.noDeviceId, 1);
        QCOMPARE(page.diagnostics.blanked(), 1);
        QCOMPARE(page.diagnostics.unreadableFields, 0);
    }

    void countsWhatItDrops()
    {
        const DecodedPage page = parseOk(R"({"hasMoreData":true,"totalDevice":"9","deviceList":[
            42, "x", null, [1], {"status":"UpgradeSuccess"}, {"deviceId":""}, {"deviceId":null},
            {"deviceId":"356938035643809","updatedTime":"2022-13-01T00:00:00Z",
             "recentAttemptTime":"2022-01-01T25:00:00Z","nextAttemptTime":"99999-01-01T00:00:00Z"},
            {"deviceId":"356938035643817","updatedTime":"2022-10-05T21:05:27.\u0661\u0662\u0663Z"},
            {"deviceId":"356938035643825","updatedTime":"2022-10-05T21:05:27.123Z"}]})");
        QCOMPARE(page.diagnostics.notObjects, 4);
        QCOMPARE(page.diagnostics.noDeviceId, 3);
        QCOMPARE(page.diagnostics.blanked(), 4);
        QCOMPARE(page.devices.size(), size_t(3));
        QCOMPARE(page.devices[0].updatedTime, kNoTime);
        QCOMPARE(page.devices[0].recentAttemptTime, kNoTime);
        QCOMPARE(page.devices[0].nextAttemptTime, kNoTime);
        QCOMPARE(page.devices[1].updatedTime, kNoTime); // not read three minutes wrong
        QCOMPARE(TimeFormat::isoUtcMillis(page.devices[2].updatedTime),
                 u"2022-10-05T21:05:27.123Z"_s);
        // Every issue is counted, and this page's eleven are all kept as examples.
        QCOMPARE(page.diagnostics.issues.size(), 11);
    }

    void moreDataUnreadableIsNotFalse_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("unreadable");
        QTest::newRow("true") << QByteArray(R"("hasMoreData":true,)")
                              << int(DecodedPage::MoreData::Yes) << 0;
        QTest::newRow("\"false\"")
            << QByteArray(R"("hasMoreData":"false",)") << int(DecodedPage::MoreData::No) << 0;
        QTest::newRow("missing") << QByteArray() << int(DecodedPage::MoreData::Unknown) << 0;
        QTest::newRow("null") << QByteArray(R"("hasMoreData":null,)")
                              << int(DecodedPage::MoreData::Unknown) << 0;
        QTest::newRow("\"yes\"") << QByteArray(R"("hasMoreData":"yes",)")
                                 << int(DecodedPage::MoreData::Unknown) << 1;
        QTest::newRow("object") << QByteArray(R"("hasMoreData":{},)")
                                << int(DecodedPage::MoreData::Unknown) << 1;
        QTest::newRow("2.5") << QByteArray(R"("hasMoreData":2.5,)")
                             << int(DecodedPage::MoreData::Unknown) << 1;
    }
    void moreDataUnreadableIsNotFalse()
    {
        QFETCH(QByteArray, field);
        QFETCH(int, expected);
        QFETCH(int, unreadable);
        const DecodedPage page =
            parseOk("{" + field + R"("lastSeenDeviceId":"5","deviceList":[]})");
        QCOMPARE(int(page.hasMoreData), expected);
        QCOMPARE(page.diagnostics.unreadableFields, unreadable);
        QCOMPARE(page.lastSeenDeviceId, u"5"_s);
    }

    void rejectsNumbersOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("totalDevice");
        QTest::addColumn<bool>("readable");
        QTest::newRow("1e300") << QByteArray("1e300") << false;
        QTest::newRow("-1e300") << QByteArray("-1e300") << false;
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << false;
        QTest::newRow("2^60 as a number") << QByteArray("1152921504606846976") << false;
        QTest::newRow("negative") << QByteArray("-5") << false;
        QTest::newRow("fraction") << QByteArray("5.5") << false;
        QTest::newRow("string 1e300") << QByteArray(R"("1e300")") << false;
        QTest::newRow("string overflow") << QByteArray(R"("99999999999999999999")") << false;
        QTest::newRow("string negative") << QByteArray(R"("-3")") << false;
        QTest::newRow("2^53") << QByteArray("9007199254740992") << true;
        QTest::newRow("string big") << QByteArray(R"("123456789012345678")") << true;
        QTest::newRow("zero") << QByteArray("0") << true;
    }
    void rejectsNumbersOutOfRange()
    {
        QFETCH(QByteArray, totalDevice);
        QFETCH(bool, readable);
        const DecodedPage page =
            parseOk(R"({"hasMoreData":false,"maxPageSize":1e300,"totalDevice":)" + totalDevice +
                    R"(,"deviceList":[
            {"deviceId":"1","updatedTime":1e300,"recentAttemptTime":-1e300,"nextAttemptTime":1e19},
            {"deviceId":"2","updatedTime":1664989527129,"recentAttemptTime":1664989527}]})");
        QCOMPARE(page.totalDevice.has_value(), readable);
        if (readable)
            QCOMPARE(QByteArray::number(*page.totalDevice),
                     QByteArray(totalDevice).replace('"', ""));
        QCOMPARE(page.maxPageSize, 0);
        QCOMPARE(page.diagnostics.unreadableFields,
                 readable ? 1 : 2); // maxPageSize, and totalDevice if bad
        QCOMPARE(page.devices[0].updatedTime, kNoTime);
        QCOMPARE(page.devices[0].recentAttemptTime, kNoTime);
        QCOMPARE(page.devices[0].nextAttemptTime, kNoTime);
        QCOMPARE(page.diagnostics.blanked(), 3);
        QCOMPARE(TimeFormat::isoUtcMillis(page.devices[1].updatedTime),
                 u"2022-10-05T17:05:27.129Z"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(page.devices[1].recentAttemptTime),
                 u"2022-10-05T17:05:27.000Z"_s);
    }

    void integerReaderIsExactOrNothing()
    {
        QCOMPARE(ReportParser::integer(QJsonValue(1e300)), std::nullopt);
        QCOMPARE(ReportParser::integer(QJsonValue(-1e300)), std::nullopt);
        QCOMPARE(ReportParser::integer(QJsonValue(std::nan(""))), std::nullopt);
        QCOMPARE(ReportParser::integer(QJsonValue(9.3e18)), std::nullopt);
        QCOMPARE(ReportParser::integer(QJsonValue(-42.0)), std::optional<qint64>(-42));
        QCOMPARE(ReportParser::integer(QJsonValue(u" 17 "_s)), std::optional<qint64>(17));
    }

    void takesPagesLargerThanAThousand()
    {
        QByteArray json = R"({"hasMoreData":false,"deviceList":[)";
        for (int i = 0; i < 2500; ++i)
            json += (i ? "," : "") + QByteArray("{\"deviceId\":\"") +
                    QByteArray::number(100000000000000 + i) + "\"}";
        json += "]}";
        QCOMPARE(parseOk(json).devices.size(), size_t(2500));
    }

    void refusesWhatIsNotAReport()
    {
        DecodedPage page;
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
        const DecodedPage page =
            parseOk(R"({"totalDevice":"0","hasMoreData":false,"deviceList":[]})");
        QVERIFY(page.devices.empty());
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
