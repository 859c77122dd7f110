// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The watch line: exact bytes for a load and for a failure, keys in the documented order,
// server text escaped so it decodes to itself and cannot act on a terminal.
#include "monitoring/JsonText.h"
#include "monitoring/WatchLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

constexpr qint64 kT = 1'795'140'000'123; // 2026-11-20T02:00:00.123Z

WatchReport report()
{
    WatchReport r;
    r.timeMs = kT;
    r.accountName = u"0000123456-00001"_s;
    r.campaignId = u"7d3f1c2e-0b5a-4e6f-8a9b-112233445566"_s;
    Snapshot &s = r.snapshot;
    s.totalDevice = 2689;
    s.loaded = 2689;
    s.buckets = {1500, 200, 700, 100, 50, 139};
    s.statusCounts = {{u"UpgradeSuccess"_s, 1500}, {u"UpgradeFailed"_s, 150},
                      {u"upgradeFailure"_s, 50},   {u"UpgradePending"_s, 700},
                      {u"Accepted"_s, 100},        {u"CampaignCancelled"_s, 50},
                      {u"UpgradeVerifying"_s, 139}};
    s.changed = 12;
    r.transitions = {{u"UpgradePending→UpgradeSuccess"_s, 9},
                     {u"UpgradePending→UpgradeFailed"_s, 3}};
    r.throughputPerHour = 412.46;
    r.etaMs = kT + 36'000'000;
    r.alerts = {{u"failed>5%"_s, u"200 of 2689 devices failed (7.4 %), above 5 %"_s}};
    return r;
}

} // namespace

class TestWatchLine : public QObject
{
    Q_OBJECT

private slots:
    void aLoadInExactBytes()
    {
        const QByteArray expected =
            "{\"time\":\"2026-11-20T02:00:00.123Z\",\"accountName\":\"0000123456-00001\","
            "\"campaignId\":\"7d3f1c2e-0b5a-4e6f-8a9b-112233445566\",\"totalDevice\":2689,"
            "\"loaded\":2689,\"complete\":false,\"buckets\":{\"succeeded\":1500,\"failed\":200,"
            "\"pending\":700,\"inProgress\":100,\"cancelled\":50,\"other\":139},"
            "\"statuses\":{\"UpgradeSuccess\":1500,\"UpgradePending\":700,\"UpgradeFailed\":150,"
            "\"UpgradeVerifying\":139,\"Accepted\":100,\"CampaignCancelled\":50,\"upgradeFailure\":"
            "50},"
            "\"changed\":12,\"transitions\":{\"UpgradePending→UpgradeSuccess\":9,"
            "\"UpgradePending→UpgradeFailed\":3},\"throughputPerHour\":412.5,"
            "\"eta\":\"2026-11-20T12:00:00.123Z\",\"alerts\":[{\"rule\":\"failed>5%\","
            "\"message\":\"200 of 2689 devices failed (7.4 %), above 5 %\"}]}";
        QCOMPARE(WatchLine::format(report()), expected);
    }

    void unknownsAreNull()
    {
        WatchReport r = report();
        r.snapshot.totalDevice.reset();
        r.complete = true;
        r.snapshot.statusCounts.clear();
        r.snapshot.changed = 0;
        r.transitions.clear();
        r.throughputPerHour.reset();
        r.etaMs.reset();
        r.alerts.clear();
        const QByteArray line = WatchLine::format(r);
        const QByteArray counts = "\"totalDevice\":null,\"loaded\":2689,\"complete\":true,";
        const QByteArray empty = "\"statuses\":{},\"changed\":0,\"transitions\":{},";
        const QByteArray tail = "\"throughputPerHour\":null,\"eta\":null,\"alerts\":[]}";
        QVERIFY(line.contains(counts));
        QVERIFY(line.contains(empty));
        QVERIFY(line.endsWith(tail));
    }

    void keysComeInTheDocumentedOrder()
    {
        const QByteArray line = WatchLine::format(report());
        const char *keys[] = {"time",    "accountName", "campaignId",        "totalDevice",
                              "loaded",  "complete",    "buckets",           "statuses",
                              "changed", "transitions", "throughputPerHour", "eta",
                              "alerts"};
        qsizetype at = 0;
        for (const char *k : keys) {
            const QByteArray quotedKey = QByteArray("\"") + k + "\":";
            const qsizetype next = line.indexOf(quotedKey, at);
            QVERIFY2(next > at || (at == 0 && next == 1), k);
            at = next;
        }
        QVERIFY(!line.contains('\n'));
        QVERIFY(QJsonDocument::fromJson(line).isObject());
    }

    void serverTextIsEscapedAndDecodesToItself()
    {
        WatchReport r = report();
        const QString hostile = u"Bad\"\\\n\r\t\x1b]0;title\x07\u202Eevil\u2028\x7f\u0085"_s;
        r.snapshot.statusCounts = {{hostile, 1}};
        r.transitions = {{hostile + u'→' + u"UpgradeFailed"_s, 1}};
        r.alerts = {{u"new-reason"_s, hostile}};
        const QByteArray line = WatchLine::format(r);
        for (const char raw : {'\n', '\r', '\t', '\x1b', '\x07', '\x7f'})
            QVERIFY(!line.contains(raw));
        QVERIFY(!line.contains("\u202E") && !line.contains("\u2028") && !line.contains("\u0085"));
        QVERIFY(line.contains(
            "\"Bad\\\"\\\\\\n\\r\\t\\u001b]0;title\\u0007\\u202eevil\\u2028\\u007f\\u0085\""));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"statuses"_s).toObject().keys(), QStringList{hostile});
        QCOMPARE(o.value(u"alerts"_s).toArray().at(0).toObject().value(u"message"_s).toString(),
                 hostile);
        QCOMPARE(JsonText::string(u"naïve ✓"_s), QByteArray("\"naïve ✓\""));
    }

    // "complete" is the load's: the whole campaign arrived (devices match totalDevice), the
    // number a script checks before trusting the counts. A campaign still running is complete
    // when loaded whole; one short of its totalDevice is not, even with nothing pending.
    void completeSaysTheLoadWasWhole()
    {
        RecordResult recorded;
        recorded.key = {u"https://thingspace.verizon.com"_s, u"0000123456-00001"_s, u"c-1"_s};
        recorded.snapshot = report().snapshot;
        recorded.snapshot.complete = false; // devices pending: the campaign is not finished
        const auto complete = [&] {
            const QByteArray line = WatchLine::format(WatchLine::reportOf(recorded, Eta(), {}));
            return QJsonDocument::fromJson(line).object().value(u"complete"_s);
        };
        QCOMPARE(complete(), QJsonValue(true));
        recorded.snapshot.loaded = 2600;
        recorded.snapshot.buckets = {2600, 0, 0, 0, 0, 0};
        recorded.snapshot.complete = true; // nothing pending among those loaded
        QCOMPARE(complete(), QJsonValue(false));
        recorded.snapshot.totalDevice.reset(); // the report gave no total: nothing to miss
        QCOMPARE(complete(), QJsonValue(true));
    }

    void aFailureInExactBytes()
    {
        const QByteArray line = WatchLine::failure(kT, u"0000123456-00001"_s, u"c-1"_s,
                                                   u"HTTP 503 from the server: <html>\n\x1b[2J"_s);
        const QByteArray expected = "{\"time\":\"2026-11-20T02:00:00.123Z\",\"accountName\":"
                                    "\"0000123456-00001\",\"campaignId\":\"c-1\",\"error\":"
                                    "\"HTTP 503 from the server: <html>\\\\n\\\\x1b[2J\"}";
        QCOMPARE(line, expected);
    }

    void numbers()
    {
        QCOMPARE(WatchLine::number(500), QByteArray("500"));
        QCOMPARE(WatchLine::number(412.46), QByteArray("412.5"));
        QCOMPARE(WatchLine::number(0.04), QByteArray("0"));
        QCOMPARE(WatchLine::number(-0.01), QByteArray("0"));
        QCOMPARE(WatchLine::number(1e9 + 0.25), QByteArray("1000000000.3"));
        QCOMPARE(WatchLine::number(qInf()), QByteArray("null"));
    }
};

QTEST_GUILESS_MAIN(TestWatchLine)
#include "tst_watchline.moc"
