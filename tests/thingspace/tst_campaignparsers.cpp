// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/CampaignInfoParser.h"
#include "thingspace/DeviceHistoryParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

QJsonDocument doc(const char *json)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return d;
}

QJsonObject obj(const char *json)
{
    return doc(json).object();
}

} // namespace

// The campaign-information and device-history parsers as plain functions: every field in the
// shapes the API and its SDKs have been seen to send, and the shapes that must be refused.
class CampaignParsersTest : public QObject
{
    Q_OBJECT

private slots:
    void campaignInfoAsDocumented()
    {
        CampaignInfo info;
        QString error;
        const auto input1 =
            obj(R"({"id":"c-1","accountName":"0000123456-00001","campaignName":"Spring",
                    "firmwareName":"FOTA_X","firmwareFrom":"X_1","firmwareTo":"X_2",
                    "protocol":"LWM2M","make":"Acme","model":"M1","startDate":"2026-11-20",
                    "endDate":"2026-11-27",
                    "campaignTimeWindowList":[{"startTime":2,"endTime":6},
                                              {"startTime":"22","endTime":"24"}],
                    "status":"CampaignScheduled"})");
        QVERIFY(CampaignInfoParser::parse(input1, &info, &error));
        QCOMPARE(info.id, u"c-1"_s);
        QCOMPARE(info.accountName, u"0000123456-00001"_s);
        QCOMPARE(info.campaignName, u"Spring"_s);
        QCOMPARE(info.firmwareName, u"FOTA_X"_s);
        QCOMPARE(info.firmwareFrom, u"X_1"_s);
        QCOMPARE(info.firmwareTo, u"X_2"_s);
        QCOMPARE(info.protocol, u"LWM2M"_s);
        QCOMPARE(info.make, u"Acme"_s);
        QCOMPARE(info.model, u"M1"_s);
        QCOMPARE(info.startDate, QDate(2026, 11, 20));
        QCOMPARE(info.endDate, QDate(2026, 11, 27));
        QCOMPARE(info.startDateText, u"2026-11-20"_s);
        QCOMPARE(info.timeWindows.size(), 2);
        QCOMPARE(info.timeWindows[0], (CampaignInfo::TimeWindow{2, 6}));
        QCOMPARE(info.timeWindows[1], (CampaignInfo::TimeWindow{22, 24}));
        QCOMPARE(info.status, u"CampaignScheduled"_s);
        QVERIFY2(info.warnings.isEmpty(), qPrintable(info.warnings.join(u"; "_s)));
    }

    void campaignIdAlternativesAndNumbers()
    {
        CampaignInfo info;
        QString error;
        const auto input2 = obj(R"({"campaignId":123456789012,"make":7})");
        QVERIFY(CampaignInfoParser::parse(input2, &info, &error));
        QCOMPARE(info.id, u"123456789012"_s);
        QCOMPARE(info.make, u"7"_s);
        // id wins over campaignId when both are there, and surrounding spaces are not part of it.
        const auto input3 = obj(R"({"id":" a ","campaignId":"b"})");
        QVERIFY(CampaignInfoParser::parse(input3, &info, &error));
        QCOMPARE(info.id, u"a"_s);
        // An empty id falls back to campaignId rather than producing an unaddressable campaign.
        const auto input4 = obj(R"({"id":"","campaignId":"b"})");
        QVERIFY(CampaignInfoParser::parse(input4, &info, &error));
        QCOMPARE(info.id, u"b"_s);
    }

    void campaignMissingAndNullFields()
    {
        CampaignInfo info;
        QString error;
        const auto input5 = obj(R"({"id":"c","campaignName":null,"startDate":null,"endDate":"",
                    "campaignTimeWindowList":null,"status":null})");
        QVERIFY(CampaignInfoParser::parse(input5, &info, &error));
        QCOMPARE(info.id, u"c"_s);
        QVERIFY(info.campaignName.isEmpty());
        QVERIFY(!info.startDate.isValid());
        QVERIFY(!info.endDate.isValid());
        QVERIFY(info.timeWindows.isEmpty());
        QVERIFY(info.status.isEmpty());
        // Null and empty are "not sent", not "unreadable".
        QVERIFY2(info.warnings.isEmpty(), qPrintable(info.warnings.join(u"; "_s)));
    }

    void campaignDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<bool>("readable");
        QTest::newRow("plain") << u"2026-11-20"_s << QDate(2026, 11, 20) << true;
        QTest::newRow("spaces") << u" 2026-11-20 "_s << QDate(2026, 11, 20) << true;
        // The calendar day as written, not shifted to UTC (that would give the 21st).
        QTest::newRow("timestamp with offset")
            << u"2026-11-20T23:00:00-05:00"_s << QDate(2026, 11, 20) << true;
        QTest::newRow("go style") << u"2026-11-20 03:45:01.608 +0000 UTC"_s << QDate(2026, 11, 20)
                                  << true;
        QTest::newRow("US order") << u"11/20/2026"_s << QDate() << false;
        QTest::newRow("no such day") << u"2026-02-30"_s << QDate() << false;
        QTest::newRow("garbage") << u"soon"_s << QDate() << false;
        QTest::newRow("date then junk") << u"2026-11-20x"_s << QDate() << false;
    }
    void campaignDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QFETCH(bool, readable);
        CampaignInfo info;
        QString error;
        QVERIFY(CampaignInfoParser::parse(QJsonObject{{u"id"_s, u"c"_s}, {u"startDate"_s, text}},
                                          &info, &error));
        QCOMPARE(info.startDate, expected);
        QCOMPARE(info.startDateText, text.trimmed()); // kept to show even when unreadable
        QCOMPARE(info.warnings.isEmpty(), readable);
    }

    void campaignHours_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("hour");
        QTest::newRow("number") << QJsonValue(2) << 2;
        QTest::newRow("zero") << QJsonValue(0) << 0;
        QTest::newRow("string") << QJsonValue(u"6"_s) << 6;
        QTest::newRow("clock") << QJsonValue(u"02:00"_s) << 2;
        QTest::newRow("24") << QJsonValue(24) << 24;
        QTest::newRow("25") << QJsonValue(25) << -1;
        QTest::newRow("negative") << QJsonValue(-1) << -1;
        QTest::newRow("fraction") << QJsonValue(2.5) << -1;
        QTest::newRow("null") << QJsonValue() << -1;
        QTest::newRow("words") << QJsonValue(u"two"_s) << -1;
    }
    void campaignHours()
    {
        QFETCH(QJsonValue, value);
        QFETCH(int, hour);
        QCOMPARE(CampaignInfoParser::hour(value), hour);
    }

    void campaignTimeWindowsPartlyBroken()
    {
        CampaignInfo info;
        QString error;
        const auto input6 =
            obj(R"({"id":"c","campaignTimeWindowList":[{"startTime":"x","endTime":null}, 5,
                    {"startTime":1}]})");
        QVERIFY(CampaignInfoParser::parse(input6, &info, &error));
        // The readable window survives; the two without hours are skipped with a note each.
        QCOMPARE(info.timeWindows.size(), 1);
        QCOMPARE(info.timeWindows[0], (CampaignInfo::TimeWindow{1, -1}));
        QCOMPARE(info.warnings.size(), 2);

        const auto input7 = obj(R"({"id":"c","campaignTimeWindowList":{}})");

        QVERIFY(CampaignInfoParser::parse(input7, &info, &error));
        QVERIFY(info.timeWindows.isEmpty());
        QCOMPARE(info.warnings.size(), 1);
    }

    void campaignRefusesNonCampaigns()
    {
        CampaignInfo info;
        QString error;
        const auto input8 =
            obj(R"({"errorCode":"FOTA.CAMPAIGN.NotFound","errorMessage":"Campaign x not found."})");
        QVERIFY(!CampaignInfoParser::parse(input8, &info, &error));
        QCOMPARE(error, u"Campaign x not found."_s);
        const auto input9 = obj(R"({"errorCode":"E1"})");
        QVERIFY(!CampaignInfoParser::parse(input9, &info, &error));
        QCOMPARE(error, u"E1"_s);
        error.clear();
        const auto input10 = obj(R"({"status":"CampaignEnded"})");
        QVERIFY(!CampaignInfoParser::parse(input10, &info, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!CampaignInfoParser::parse(QJsonObject(), &info, &error));
    }

    void campaignList()
    {
        CampaignListPage page;
        QString error;
        const auto input11 = doc(R"({"hasMoreData":"true","lastSeenCampaignId":42,
                    "campaignList":[{"id":"a","startDate":"bad"},7,{"campaignName":"no id"},
                                    {"campaignId":"b"}]})");
        QVERIFY(CampaignInfoParser::parseList(input11, &page, &error));
        QVERIFY(page.hasMoreData);
        QCOMPARE(page.lastSeenCampaignId, u"42"_s);
        QCOMPARE(page.campaigns.size(), 2);
        QCOMPARE(page.campaigns[0].id, u"a"_s);
        QCOMPARE(page.campaigns[1].id, u"b"_s);
        // Campaign a's unreadable date, passed on with its id, then the two skipped entries.
        QCOMPARE(page.warnings.size(), 3);
        QVERIFY(page.warnings.first().startsWith(u"campaign a: unreadable startDate"_s));

        const auto input12 = doc(R"({"hasMoreData":false})");

        QVERIFY(CampaignInfoParser::parseList(input12, &page, &error));
        QVERIFY(!page.hasMoreData);
        QVERIFY(page.campaigns.isEmpty());
        const auto input13 = doc(R"({"campaignList":null,"hasMoreData":0})");
        QVERIFY(CampaignInfoParser::parseList(input13, &page, &error));
    }

    void campaignListRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("error body")
            << QByteArray(R"({"errorCode":"E","errorMessage":"campaignStatus is required."})");
        QTest::newRow("list not an array") << QByteArray(R"({"campaignList":{"id":"a"}})");
        QTest::newRow("unrelated object") << QByteArray(R"({"deviceList":[]})");
    }
    void campaignListRefusals()
    {
        QFETCH(QByteArray, json);
        CampaignListPage page;
        QString error;
        QVERIFY(!CampaignInfoParser::parseList(QJsonDocument::fromJson(json), &page, &error));
        QVERIFY(!error.isEmpty());
    }

    void historyAsDocumented()
    {
        QList<DeviceHistoryEntry> entries;
        QString error;
        QStringList warnings;
        const auto input14 =
            doc(R"([{"campaignId":"c-1","firmwareName":"FOTA_X","firmwareFrom":"X_1",
                     "firmwareTo":"X_2","startDate":"2026-11-20","status":"UpgradeSuccess",
                     "reason":"Device upgraded","reportUpdatedTime":"2022-01-26 03:45:01.608 +0000 UTC"},
                    {"id":"c-0","status":"UpgradeFailed","reportUpdatedTime":null}])");
        QVERIFY(DeviceHistoryParser::parse(input14, &entries, &error, &warnings));
        QCOMPARE(entries.size(), 2);
        const DeviceHistoryEntry &e = entries[0];
        QCOMPARE(e.campaignId, u"c-1"_s);
        QCOMPARE(e.firmwareName, u"FOTA_X"_s);
        QCOMPARE(e.firmwareFrom, u"X_1"_s);
        QCOMPARE(e.firmwareTo, u"X_2"_s);
        QCOMPARE(e.startDate, QDate(2026, 11, 20));
        QCOMPARE(e.status, u"UpgradeSuccess"_s);
        QCOMPARE(e.reason, u"Device upgraded"_s);
        QCOMPARE(e.reportUpdatedTime,
                 QDateTime(QDate(2022, 1, 26), QTime(3, 45, 1, 608), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(entries[1].campaignId, u"c-0"_s);
        QCOMPARE(entries[1].reportUpdatedTime, kNoTime);
        QVERIFY(!entries[1].startDate.isValid());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u"; "_s)));
    }

    void historyRfc3339AndNumbersAndBadTimes()
    {
        QList<DeviceHistoryEntry> entries;
        QString error;
        QStringList warnings;
        const auto input15 = doc(R"([{"campaignId":17,"reportUpdatedTime":"2022-10-05T21:05:01Z"},
                    {"campaignId":"b","reportUpdatedTime":"yesterday","startDate":"20/11/2026"},
                    "junk",
                    {"campaignId":"c","resultReason":"from the report field name"}])");
        QVERIFY(DeviceHistoryParser::parse(input15, &entries, &error, &warnings));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].campaignId, u"17"_s);
        QCOMPARE(entries[0].reportUpdatedTime,
                 QDateTime(QDate(2022, 10, 5), QTime(21, 5, 1), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(entries[1].reportUpdatedTime, kNoTime);
        QCOMPARE(entries[1].startDateText, u"20/11/2026"_s);
        QVERIFY(!entries[1].startDate.isValid());
        QCOMPARE(entries[2].reason, u"from the report field name"_s);
        // "junk" skipped, and entry b's two unreadable fields.
        QCOMPARE(warnings.size(), 3);
    }

    void historyWrapped_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("deviceHistory") << QByteArray(R"({"deviceHistory":[{"id":"a"}]})");
        QTest::newRow("history") << QByteArray(R"({"history":[{"id":"a"}],"total":1})");
        QTest::newRow("campaignList") << QByteArray(R"({"campaignList":[{"campaignId":"a"}]})");
    }
    void historyWrapped()
    {
        QFETCH(QByteArray, json);
        QList<DeviceHistoryEntry> entries;
        QString error;
        QVERIFY(DeviceHistoryParser::parse(QJsonDocument::fromJson(json), &entries, &error));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].campaignId, u"a"_s);
    }

    void historyRefusals()
    {
        QList<DeviceHistoryEntry> entries{DeviceHistoryEntry{}};
        QString error;
        const auto input16 =
            doc(R"({"errorCode":"FOTA.DEVICE.NotFound","errorMessage":"Device 1 not found."})");
        QVERIFY(!DeviceHistoryParser::parse(input16, &entries, &error));
        QCOMPARE(error, u"Device 1 not found."_s);
        QVERIFY(entries.isEmpty()); // no stale entries left behind
        const auto input17 = doc(R"({"history":{}})");
        QVERIFY(!DeviceHistoryParser::parse(input17, &entries, &error));
        QVERIFY(!DeviceHistoryParser::parse(QJsonDocument(), &entries, &error));
        QVERIFY(!error.isEmpty());
        // An empty history is an answer, not an error.
        QVERIFY(DeviceHistoryParser::parse(doc("[]"), &entries, &error));
        QVERIFY(entries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CampaignParsersTest)
#include "tst_campaignparsers.moc"
