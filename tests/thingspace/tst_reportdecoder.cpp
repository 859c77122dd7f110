// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The differential test of the simdjson page decoder: every page goes to ReportPageDecoder and to
// the QJsonDocument path (QJsonDocument + ReportParser), and every field of every row, every
// string table and every diagnostic must agree. Both apply one rule set (FieldRules, TimeReader,
// DeviceIdKey); this test proves the two walks over the JSON give its answers identically.

#include "campaign/DeviceId.h"
#include "campaign/StringPool.h"
#include "common/DeviceIdKey.h"
#include "simulator/ReportPageWriter.h"
#include "simulator/SimulatedCampaign.h"
#include "thingspace/JsonText.h"
#include "thingspace/ReportPageDecoder.h"
#include "thingspace/ReportParser.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

QString describe(const QByteArray &body)
{
    return QString::fromUtf8(body.left(300).toPercentEncoding(" {}[]\":,.-_+"));
}

// Empty when both readers agree on everything, else what differs.
QString difference(const DecodedPage &got, const DecodedPage &want)
{
    if (got.totalDevice != want.totalDevice)
        return u"totalDevice"_s;
    if (got.hasMoreData != want.hasMoreData)
        return u"hasMoreData"_s;
    if (got.lastSeenDeviceId != want.lastSeenDeviceId)
        return u"lastSeenDeviceId %1 / %2"_s.arg(got.lastSeenDeviceId, want.lastSeenDeviceId);
    if (got.maxPageSize != want.maxPageSize)
        return u"maxPageSize"_s;
    if (got.devices.size() != want.devices.size())
        return u"%1 devices, want %2"_s.arg(got.devices.size()).arg(want.devices.size());
    if (got.statuses != want.statuses || got.reasons != want.reasons || got.textIds != want.textIds)
        return u"string tables"_s;
    StringPool textIds;
    for (size_t i = 0; i < want.devices.size(); ++i) {
        const DeviceRecord a = got.record(got.devices[i]);
        const DeviceRecord b = want.record(want.devices[i]);
        if (a.deviceId != b.deviceId || a.status != b.status || a.resultReason != b.resultReason)
            return u"device %1 text: %2|%3|%4 want %5|%6|%7"_s.arg(i).arg(
                a.deviceId, a.status, a.resultReason, b.deviceId, b.status, b.resultReason);
        if (a != b || got.devices[i] != want.devices[i])
            return u"device %1 times or key"_s.arg(i);
        // The packed key is the store's key for the same text.
        if (DeviceId::isNumeric(got.devices[i].id) &&
            got.devices[i].id != DeviceId::pack(b.deviceId, &textIds))
            return u"device %1 key"_s.arg(i);
    }
    const PageDiagnostics &d = got.diagnostics;
    const PageDiagnostics &w = want.diagnostics;
    if (d.notObjects != w.notObjects || d.noDeviceId != w.noDeviceId ||
        d.unreadableTimes != w.unreadableTimes || d.unreadableFields != w.unreadableFields)
        return u"diagnostic counts"_s;
    if (d.issues.size() != w.issues.size())
        return u"issue count %1, want %2"_s.arg(d.issues.size()).arg(w.issues.size());
    for (qsizetype i = 0; i < d.issues.size(); ++i) {
        if (d.issues[i] != w.issues[i])
            return u"issue %1: %2 want %3"_s.arg(i).arg(PageDiagnostics::describe(d.issues[i]),
                                                        PageDiagnostics::describe(w.issues[i]));
    }
    return {};
}

struct Tally
{
    int pages = 0;
    int rejected = 0;
    int repaired = 0; // accepted with something skipped, blanked or ignored
};

// Reads with both and compares; returns false with a message on the first difference.
bool differential(const QByteArray &body, Tally *tally, QString *message)
{
    ++tally->pages;
    DecodedPage got;
    QString gotError;
    const ReportPageDecoder::Result gotResult = ReportPageDecoder::read(body, &got, &gotError);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ++tally->rejected;
        if (gotResult != ReportPageDecoder::Result::Malformed || gotError.isEmpty()) {
            *message =
                u"Qt refuses the JSON (%1), the decoder took it: "_s.arg(parseError.errorString()) +
                describe(body);
            return false;
        }
        return true;
    }
    DecodedPage want;
    QString wantError;
    if (!ReportParser::parse(document, &want, &wantError)) {
        ++tally->rejected;
        if (gotResult != ReportPageDecoder::Result::NotReport || gotError != wantError) {
            *message =
                u"want error \"%1\", got \"%2\": "_s.arg(wantError, gotError) + describe(body);
            return false;
        }
        return true;
    }
    if (gotResult != ReportPageDecoder::Result::Page) {
        *message = u"decoder refused (%1) a page Qt reads: "_s.arg(gotError) + describe(body);
        return false;
    }
    if (const QString diff = difference(got, want); !diff.isEmpty()) {
        *message = diff + u": "_s + describe(body);
        return false;
    }
    if (!want.diagnostics.isEmpty())
        ++tally->repaired;
    return true;
}

// Random pages that mix every quirk the API and its documents show, from a fixed seed.
class PageGenerator
{
public:
    explicit PageGenerator(quint32 seed)
        : m_rng(seed)
    {}

    QByteArray page()
    {
        QByteArray out = pick(8) == 0 ? "\xEF\xBB\xBF" : "";
        out += "{";
        QList<QByteArray> fields;
        fields << key("totalDevice") + ":" + countValue();
        if (pick(6) != 0)
            fields << key("hasMoreData") + ":" + boolValue();
        if (pick(4) != 0)
            fields << key("lastSeenDeviceId") + ":" + lastSeenValue();
        if (pick(3) != 0)
            fields << key("maxPageSize") + ":" + countValue();
        if (pick(10) == 0)
            fields << "\"extra\":{\"nested\":[1,{\"a\":null},\"x\\u0041\"]}";
        if (pick(25) == 0)
            fields << "\"errorCode\":\"FOTA.X\"";
        if (pick(30) != 0)
            fields << key("deviceList") + ":" + deviceList();
        shuffle(fields);
        out += fields.join(pick(2) ? "," : " ,\n ");
        out += "}";
        if (pick(20) == 0)
            out += " \n";
        return out;
    }

private:
    int pick(int n) { return int(m_rng.bounded(quint32(n))); }

    template <typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, pick(int(i + 1)));
    }

    // Now and then an escaped spelling of the same key, which Qt unescapes before comparing.
    QByteArray key(const char *name)
    {
        QByteArray k(name);
        if (pick(40) == 0)
            k = "\\u00" + QByteArray::number(uchar(k[0]), 16) + k.mid(1);
        return '"' + k + '"';
    }

    QByteArray countValue()
    {
        static const char *const kValues[] = {"2689",        "\"2689\"",
                                              "\" 17 \"",    "0",
                                              "\"+5\"",      "1e3",
                                              "1e300",       "-1e300",
                                              "2.5",         "\"2.5\"",
                                              "null",        "\"\"",
                                              "true",        "[]",
                                              "{}",          "\"abc\"",
                                              "1.",          ".5",
                                              "-0",          "\"007\"",
                                              "9.3e18",      "\"9223372036854775808\"",
                                              "\"\\u0661\"", "9007199254740993"};
        return kValues[pick(int(std::size(kValues)))];
    }

    QByteArray boolValue()
    {
        static const char *const kValues[] = {
            "true",       "false",  "\"true\"", "\"FALSE\"",
            "\" True \"", "\"1\"",  "\"0\"",    "1",
            "0",          "0.0",    "\"yes\"",  "null",
            "\"\"",       "[true]", "2",        "\"fal\\u017fe\""};
        return kValues[pick(int(std::size(kValues)))];
    }

    QByteArray lastSeenValue()
    {
        static const char *const kValues[] = {
            "\"0\"",  "0",   "\"356938035643809\"", "356938035643809", "\" 12 \"", "null", "\"\"",
            "1.5e20", "true"};
        return kValues[pick(int(std::size(kValues)))];
    }

    QByteArray deviceList()
    {
        const int kind = pick(20);
        if (kind == 0)
            return "null";
        if (kind == 1)
            return "\"none\"";
        QList<QByteArray> entries;
        const int n = pick(25);
        for (int i = 0; i < n; ++i)
            entries << entry();
        return "[" + entries.join(",") + "]";
    }

    QByteArray entry()
    {
        const int kind = pick(40);
        if (kind == 0)
            return "42";
        if (kind == 1)
            return "null";
        if (kind == 2)
            return "[\"356938035643809\"]";
        QList<QByteArray> fields;
        if (pick(12) != 0)
            fields << key("deviceId") + ":" + deviceId();
        if (pick(8) != 0)
            fields << key("status") + ":" + text(true);
        if (pick(8) != 0)
            fields << key("resultReason") + ":" + text(false);
        const int statusKeys = pick(6);
        if (statusKeys != 1)
            fields << key("updatedTime") + ":" + timeValue();
        if (statusKeys <= 1)
            fields << key("statusTime") + ":" + timeValue();
        if (pick(5) != 0)
            fields << key("recentAttemptTime") + ":" + timeValue();
        if (pick(5) != 0)
            fields << key("nextAttemptTime") + ":" + timeValue();
        if (pick(15) == 0)
            fields << "\"firmware\":{\"from\":\"1.0\",\"list\":[1,2.5,-3e2,null,true]}";
        if (pick(20) == 0 && !fields.isEmpty())
            fields << fields.first(); // a repeated key: the last one counts
        shuffle(fields);
        return "{" + fields.join(",") + "}";
    }

    QByteArray deviceId()
    {
        QByteArray digits;
        const int length = pick(10) == 0 ? 1 + pick(22) : 15;
        for (int i = 0; i < length; ++i)
            digits += char('0' + pick(10));
        switch (pick(14)) {
        case 0:
            return digits.startsWith('0') || digits.size() > 15 ? '"' + digits + '"' : digits;
        case 1:
            return "\" " + digits + " \"";
        case 2:
            return "\"\"";
        case 3:
            return "null";
        case 4:
            return "\"IMEI-" + digits + "\"";
        case 5:
            return "\"\\u0033" + digits + "\"";
        case 6:
            return "\"\\u00a0\\u2003\"";
        case 7:
            return "true";
        default:
            return '"' + digits + '"';
        }
    }

    QByteArray text(bool status)
    {
        static const char *const kStatuses[] = {"\"UpgradePending\"",
                                                "\"UpgradeSuccess\"",
                                                "\"UpgradeFailed\"",
                                                "\"upgradeFailure\"",
                                                "\"\"",
                                                "null",
                                                "7",
                                                "false",
                                                "\"Upgrade\\u0050ending\"",
                                                "{\"x\":1}"};
        static const char *const kReasons[] = {
            "\"Timeout, retry \\\"later\\\"\\nsecond line\"",
            "\"=HYPERLINK(\\\"http://x\\\")\"",
            "\"\xC3\x89"
            "chec \xE2\x80\x93 \xE5\x9B\xBA\xE4\xBB\xB6\"",
            "\"-5 dBm\"",
            "\"tab\\there\"",
            "\"raw\x01"
            "control\"",
            "\"\\ud800 lone\"",
            "\"\\x unknown escape\"",
            "\"slash \\/ ok\"",
            "\"\"",
            "null",
            "12.50",
            "1e21",
            "[\"a\"]",
            "\"Upgrade pending, the device upgrade is estimated for 06 Oct 22 18:05 UTC\""};
        if (status)
            return kStatuses[pick(int(std::size(kStatuses)))];
        return kReasons[pick(int(std::size(kReasons)))];
    }

    QByteArray timeValue()
    {
        switch (pick(12)) {
        case 0:
            return "null";
        case 1:
            return "\"\"";
        case 2: {
            static const char *const kOdd[] = {"\"soon\"",
                                               "\"2022-13-01T00:00:00Z\"",
                                               "\"2023-02-29T00:00:00Z\"",
                                               "\"2024-02-29T23:59:60Z\"",
                                               "\"2022-10-05T21:05:27.\"",
                                               "\"2022-10-05T21:05:27.\xD9\xA1\xD9\xA2\xD9\xA3Z\"",
                                               "\"2022-10-05T21:05:27Zjunk\"",
                                               "\" 2022-10-05T21:05:27Z \"",
                                               "\"\\u00a02022-10-05T21:05:27Z\"",
                                               "\"2022-10-05t21:05:27z\"",
                                               "\"2022-10-05T21:05:27+0530\"",
                                               "\"2022-10-05T21:05:27-23:59\"",
                                               "\"2022-10-05T21:05:27+24:00\"",
                                               "\"2022-10-05 21:05:27\"",
                                               "\"2022-10-05T21:05\"",
                                               "true",
                                               "{}",
                                               "[1]",
                                               "\"\\u0032022-10-05T21:05:27Z\"",
                                               "\"2022-01-26 03:45:01.608 +0000 \xC3\x9CTC\""};
            return kOdd[pick(int(std::size(kOdd)))];
        }
        case 3: {
            static const char *const kNumbers[] = {
                "1664996727", "1664996727129", "1664996727.5", "-5", "1e300", "9.3e18", "9.2e18",
                "0",          "100000000000",  "100000000001", ".5", "1."};
            return kNumbers[pick(int(std::size(kNumbers)))];
        }
        case 4:
            return goStyle();
        default:
            return rfc3339();
        }
    }

    QByteArray dateTime(char separator)
    {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d%c%02d:%02d:%02d", 1970 + pick(80),
                      1 + pick(12), 1 + pick(28), separator, pick(24), pick(60), pick(60));
        return buf;
    }

    QByteArray fraction()
    {
        const int digits = pick(10);
        if (digits == 0)
            return {};
        QByteArray f = ".";
        for (int i = 0; i < digits; ++i)
            f += char('0' + pick(10));
        return f;
    }

    QByteArray rfc3339()
    {
        QByteArray t = '"' + dateTime("Tt "[pick(6) == 0 ? 1 + pick(2) : 0]) + fraction();
        switch (pick(6)) {
        case 0:
            t += "+05:30";
            break;
        case 1:
            t += "-0800";
            break;
        case 2:
            break; // no zone: read as UTC
        default:
            t += pick(8) == 0 ? "z" : "Z";
        }
        return t + '"';
    }

    QByteArray goStyle()
    {
        QByteArray t = '"' + dateTime(' ') + fraction() + (pick(3) == 0 ? " -0700" : " +0000");
        if (pick(4) != 0)
            t += pick(5) == 0 ? " MST" : " UTC";
        return t + '"';
    }

    QRandomGenerator m_rng;
};

} // namespace

class ReportDecoderTest : public QObject
{
    Q_OBJECT

private:
    static void expectSame(const QByteArray &body)
    {
        Tally tally;
        QString message;
        QVERIFY2(differential(body, &tally, &message), qPrintable(message));
    }

    static DecodedPage decodeOk(const QByteArray &body)
    {
        DecodedPage page;
        QString error;
        if (!ReportPageDecoder::decode(body, &page, &error))
            qFatal("decode failed: %s", qPrintable(error));
        return page;
    }

private slots:
    void agreesOnEverySimulatorPageVariant()
    {
        const auto campaign =
            sim::SimulatedCampaign::generate(u"0000123456-00001"_s, u"diff"_s, 6000, 7);
        Tally tally;
        for (const bool wrongTypes : {false, true}) {
            for (int pageNumber = 0; pageNumber < 12; ++pageNumber) {
                sim::ReportPageWriter::Page p;
                p.begin = (pageNumber % 6) * 1000;
                p.end = p.begin + 1000;
                p.hasMoreData = p.end < 6000;
                p.lastSeenDeviceId = campaign.devices().at(p.end - 1).deviceId;
                p.pageNumber = pageNumber; // covers statusTime, shuffled and plain pages
                p.wrongTypes = wrongTypes;
                const QByteArray body = sim::ReportPageWriter::write(campaign, p);
                QString message;
                QVERIFY2(differential(body, &tally, &message), qPrintable(message));
                QCOMPARE(decodeOk(body).devices.size(), size_t(1000));
            }
        }
        QCOMPARE(tally.rejected, 0);
    }

private:
    static void row(const char *name, const QByteArray &body) { QTest::newRow(name) << body; }

    // One page for each quirk the QJsonDocument path accepts.
    static void addAcceptedQuirks()
    {
        row("documented page",
            R"({"totalDevice":"2689","hasMoreData":true,"lastSeenDeviceId":"990000862471854","maxPageSize":1000,"deviceList":[{"deviceId":"990000862471854","status":"UpgradePending","resultReason":"Upgrade pending","statusTime":"2022-10-05T21:05:27.129Z","recentAttemptTime":"2022-10-05T21:05:01.19Z","nextAttemptTime":"2022-10-06T18:35:00Z"}]})");
        row("totalDevice number", R"({"totalDevice":2689,"hasMoreData":false,"deviceList":[]})");
        row("totalDevice padded string",
            R"({"totalDevice":" 2689 ","hasMoreData":false,"deviceList":[]})");
        row("totalDevice 1e300", R"({"totalDevice":1e300,"hasMoreData":false,"deviceList":[]})");
        row("totalDevice fraction", R"({"totalDevice":2.5,"hasMoreData":false,"deviceList":[]})");
        row("updatedTime wins",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"1","updatedTime":"2022-01-01T00:00:00Z","statusTime":"2023-01-01T00:00:00Z"}]})");
        row("updatedTime null still wins",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"1","updatedTime":null,"statusTime":"2023-01-01T00:00:00Z"}]})");
        row("numbers as strings",
            R"({"totalDevice":"5","hasMoreData":"true","maxPageSize":"1000","deviceList":[{"deviceId":"1"}]})");
        row("strings as numbers",
            R"({"hasMoreData":1,"lastSeenDeviceId":356938035643809,"deviceList":[{"deviceId":35693803564380,"status":7,"resultReason":1.5}]})");
        row("null empty missing",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"2","status":null,"resultReason":"","updatedTime":"","recentAttemptTime":null}]})");
        row("lastSeen zero", R"({"hasMoreData":false,"lastSeenDeviceId":"0","deviceList":[]})");
        row("lastSeen number zero",
            R"({"hasMoreData":false,"lastSeenDeviceId":0,"deviceList":[]})");
        row("lastSeen absent", R"({"hasMoreData":false,"deviceList":[]})");
        row("wrong types",
            R"({"totalDevice":[1],"hasMoreData":{},"maxPageSize":true,"deviceList":[{"deviceId":{"a":1},"status":[]},{"deviceId":"3","status":{"x":"y"},"updatedTime":true,"nextAttemptTime":[]}]})");
        row("epoch seconds and ms",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"4","updatedTime":1664996727,"recentAttemptTime":1664996727129,"nextAttemptTime":1664996727.5}]})");
        row("epoch out of range",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"4","updatedTime":1e300,"recentAttemptTime":9.3e18,"nextAttemptTime":-1}]})");
        row("fraction digits 0-9",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"5","updatedTime":"2022-10-05T21:05:27Z","recentAttemptTime":"2022-10-05T21:05:27.1Z","nextAttemptTime":"2022-10-05T21:05:27.123456789Z"}]})");
        row("offsets",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"6","updatedTime":"2022-10-05T21:05:27+05:30","recentAttemptTime":"2022-10-05T21:05:27-0800","nextAttemptTime":"2022-10-05T21:05:27"}]})");
        row("go style",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"7","updatedTime":"2022-01-26 03:45:01.608 +0000 UTC","recentAttemptTime":"2022-01-26 03:45:01 -0700","nextAttemptTime":"2022-01-26 03:45:01.6 +0000 MST"}]})");
        row("arabic digits",
            "{\"hasMoreData\":false,\"deviceList\":[{\"deviceId\":\"8\",\"updatedTime\":\"2022-10-"
            "05T21:05:27.\xD9\xA1\xD9\xA2\xD9\xA3Z\"}]}");
        row("unicode space around time",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"9","updatedTime":"\u00a02022-10-05T21:05:27Z\u2003"}]})");
        row("hasMoreData yes", R"({"hasMoreData":"yes","deviceList":[]})");
        row("hasMoreData missing", R"({"deviceList":[]})");
        row("hasMoreData long s", R"({"hasMoreData":"fal\u017fe","deviceList":[]})");
        row("entries skipped",
            R"({"hasMoreData":true,"deviceList":[42,{"status":"UpgradeSuccess"},{"deviceId":"  "},{"deviceId":"356938035643809","updatedTime":"soon"},{"deviceId":"356938035643817"},null,"x"]})");
        row("deviceList null", R"({"hasMoreData":false,"deviceList":null})");
        row("leading zeros and text ids",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"012345678901234"},{"deviceId":"IMEI-1"},{"deviceId":"123456789012345678"},{"deviceId":" 77 "}]})");
        // (Plain literals here: moc misreads these two as raw strings.)
        row("escaped strings",
            "{\"hasMoreData\":false,\"deviceList\":[{\"deviceId\":\"\\u0031\\u0032\",\"status\":"
            "\"Upgrade\\u0050ending\",\"resultReason\":\"a\\\"b\\\\c\\/d\\n\\te \\ud800 \\x\"}]}");
        row("escaped keys",
            R"({"hasMoreD\u0061ta":false,"deviceList":[{"device\u0049d":"12","st\u0061tus":"S"}]})");
        row("raw control characters", "{\"hasMoreData\":false,\"deviceList\":[{\"deviceId\":\"1\","
                                      "\"resultReason\":\"a\x01\x1f\tb\"}]}");
        row("repeated keys",
            R"({"hasMoreData":true,"hasMoreData":false,"deviceList":[{"deviceId":"1","deviceId":"2","status":"A","status":"B"}],"deviceList":[{"deviceId":"3"}]})");
        row("lenient numbers",
            R"({"totalDevice":1.,"hasMoreData":.5,"deviceList":[{"deviceId":"1","status":-.5}]})");
        row("byte order mark", "\xEF\xBB\xBF{\"hasMoreData\":false,\"deviceList\":[]}");
        row("non-ascii text",
            "{\"hasMoreData\":false,\"deviceList\":[{\"deviceId\":\"1\",\"resultReason\":\"\xC3\x89"
            "chec \xE5\x9B\xBA\"}]}");
        row("big integer",
            R"({"totalDevice":123456789012345678901234567890,"hasMoreData":false,"deviceList":[{"deviceId":9007199254740993}]})");
        row("unknown nested fields",
            R"({"meta":{"a":[1,2,{"b":null}]},"hasMoreData":false,"deviceList":[{"deviceId":"1","x":{"y":[true,false,"z"]}}]})");
    }

    // Bodies that are not report pages: both paths must refuse them, never crash or over-read.
    static void addRefusedBodies()
    {
        row("error body", R"({"errorCode":"FOTA.X","errorMessage":"Campaign gone"})");
        row("error body without message", R"({"errorCode":"FOTA.X"})");
        row("error code with list", R"({"errorCode":"FOTA.X","deviceList":[]})");
        row("not a report", R"({"hello":"world"})");
        row("list not an array", R"({"deviceList":"nope"})");
        row("array root", R"([1,2])");
        row("string root", R"("text")");
        row("empty", "");
        row("html", "<!DOCTYPE html><html><body>Please sign in</body></html>");
        row("truncated", "{\"hasMoreData\":true,\"deviceList\":[{\"deviceId\":\"35693");
        row("trailing garbage", R"({"hasMoreData":false,"deviceList":[]} x)");
        row("two documents", R"({"hasMoreData":false} {"deviceList":[]})");
        row("missing comma in skipped value", R"({"extra":[1 2],"hasMoreData":false})");
        row("missing comma in entry",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"1" "status":"x"}]})");
        row("bad escape",
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"1","status":"\u12G4"}]})");
        row("bad escape in skipped key", R"({"extra":{"\u00":1},"hasMoreData":false})");
        row("escaped non-ascii", "{\"hasMoreData\":false,\"status\":\"\\\xC3\x89\"}");
        row("invalid utf-8", "{\"hasMoreData\":false,\"deviceList\":[{\"deviceId\":\"1\","
                             "\"status\":\"\xC0\xAF\"}]}");
        row("bad atoms", R"({"hasMoreData":tru,"deviceList":[]})");
        row("leading zero number", R"({"totalDevice":01,"hasMoreData":false})");
        row("number then letters", R"({"totalDevice":1x,"hasMoreData":false})");
        row("huge exponent", R"({"totalDevice":1e400,"hasMoreData":false})");
    }

private slots:
    void agreesOnEachQuirk_data()
    {
        QTest::addColumn<QByteArray>("body");
        addAcceptedQuirks();
        addRefusedBodies();
    }

    void agreesOnEachQuirk()
    {
        QFETCH(QByteArray, body);
        expectSame(body);
    }

    void agreesOnThousandsOfRandomPages()
    {
        PageGenerator generator(20261201);
        Tally tally;
        for (int i = 0; i < 4000; ++i) {
            QString message;
            const QByteArray body = generator.page();
            QVERIFY2(differential(body, &tally, &message),
                     qPrintable(u"page %1: "_s.arg(i) + message));
        }
        qInfo("%d random pages: %d refused by both, %d read with repairs, the rest clean",
              tally.pages, tally.rejected, tally.repaired);
        // The mix must reach every branch: refused pages, repaired ones and clean ones.
        QVERIFY(tally.rejected > 50);
        QVERIFY(tally.repaired > 200);
        QVERIFY(tally.pages - tally.rejected - tally.repaired > 50);
    }

    void appliesTheAgreedRules()
    {
        // The corners where the two readers once disagreed, each decided once (FieldRules).
        DecodedPage p = decodeOk(R"({"totalDevice":1e300,"hasMoreData":"yes","deviceList":[
            {"deviceId":"1","updatedTime":9.3e18,"recentAttemptTime":"2022-10-05T21:05:27.)"
                                 "\xD9\xA1\xD9\xA2\xD9\xA3"
                                 R"(Z"}]})");
        QCOMPARE(p.totalDevice, std::nullopt);
        QCOMPARE(p.hasMoreData, DecodedPage::MoreData::Unknown);
        QCOMPARE(p.diagnostics.unreadableFields, 2);
        QCOMPARE(p.devices.size(), size_t(1));
        QCOMPARE(p.devices[0].updatedTime, kNoTime);
        QCOMPARE(p.devices[0].recentAttemptTime, kNoTime);
        QCOMPARE(p.diagnostics.blanked(), 2);
        QCOMPARE(p.diagnostics.unreadableTimes[0], 1);
        QCOMPARE(p.diagnostics.unreadableTimes[1], 1);
        // Page fields first, in ReportParser's words.
        QCOMPARE(PageDiagnostics::describe(p.diagnostics.issues[0]),
                 u"unreadable totalDevice \"1.0000000000000001e+300\"; ignored"_s);
        QCOMPARE(PageDiagnostics::describe(p.diagnostics.issues[1]),
                 u"unreadable hasMoreData \"yes\"; ignored"_s);

        // A fraction is neither a count nor a boolean; a negative count is unreadable too.
        p = decodeOk(R"({"totalDevice":2.5,"hasMoreData":.5,"maxPageSize":-3,"deviceList":[]})");
        QCOMPARE(p.totalDevice, std::nullopt);
        QCOMPARE(p.hasMoreData, DecodedPage::MoreData::Unknown);
        QCOMPARE(p.maxPageSize, 0);
        QCOMPARE(p.diagnostics.unreadableFields, 3);
        p = decodeOk(R"({"totalDevice":"-4","hasMoreData":1,"deviceList":[]})");
        QCOMPARE(p.totalDevice, std::nullopt);
        QCOMPARE(p.hasMoreData, DecodedPage::MoreData::Yes);
        // An epoch time past the year 9999 is unreadable, not year 292 million.
        p = decodeOk(R"({"hasMoreData":false,"deviceList":[{"deviceId":"1","updatedTime":9.2e18,
            "recentAttemptTime":253402300799999}]})");
        QCOMPARE(p.devices[0].updatedTime, kNoTime);
        QCOMPARE(p.devices[0].recentAttemptTime, 253402300799999);

        p = decodeOk(R"({"deviceList":[]})");
        QCOMPARE(p.hasMoreData, DecodedPage::MoreData::Unknown);
        QCOMPARE(p.diagnostics.unreadableFields, 0); // missing is not unreadable
        p = decodeOk(R"({"hasMoreData":false,"deviceList":null})");
        QCOMPARE(p.hasMoreData, DecodedPage::MoreData::No);
        QVERIFY(p.devices.empty());
    }

    void internsStatusesAndReasonsPerPage()
    {
        const DecodedPage p = decodeOk(R"({"hasMoreData":false,"deviceList":[
            {"deviceId":"1","status":"A","resultReason":"r"},{"deviceId":"2","status":"B"},
            {"deviceId":"3","status":"A","resultReason":"r"},{"deviceId":"4","status":"\u0041"},
            {"deviceId":"IMEI-9","status":null}]})");
        QCOMPARE(p.statuses, QStringList({QString(), u"A"_s, u"B"_s}));
        QCOMPARE(p.reasons, QStringList({QString(), u"r"_s}));
        QCOMPARE(p.devices[0].status, p.devices[2].status);
        QCOMPARE(p.devices[3].status, p.devices[0].status); // "\u0041" is "A"
        QCOMPARE(p.devices[4].status, 0u);
        QCOMPARE(p.textIds, QStringList{u"IMEI-9"_s});
        QCOMPARE(p.devices[4].id, DeviceIdKey::kTextFlag | 0);
        QCOMPARE(p.deviceId(p.devices[4]), u"IMEI-9"_s);
    }

    void keysMatchTheStore()
    {
        StringPool pool;
        for (const QString &id : {u"0"_s, u"012345678901234"_s, u"356938035643809"_s,
                                  u"99999999999999999"_s, u"00000000000000000"_s}) {
            quint64 key = 0;
            QVERIFY(DeviceIdKey::pack(id.utf16(), id.size(), &key));
            QCOMPARE(key, DeviceId::pack(id, &pool));
            const QByteArray ascii = id.toLatin1();
            quint64 fromBytes = 0;
            QVERIFY(DeviceIdKey::pack(ascii.constData(), ascii.size(), &fromBytes));
            QCOMPARE(fromBytes, key);
        }
        quint64 key = 0;
        QVERIFY(!DeviceIdKey::pack("123456789012345678", 18, &key));
        QVERIFY(!DeviceIdKey::pack("12a", 3, &key));
        QVERIFY(!DeviceIdKey::pack("", 0, &key));
    }

    void refusesEveryTruncationOfARealPage()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"cut"_s, 40, 3);
        sim::ReportPageWriter::Page p;
        p.end = 40;
        const QByteArray body = sim::ReportPageWriter::write(campaign, p);
        for (qsizetype cut = 0; cut < body.size(); ++cut) {
            DecodedPage page;
            QString error;
            QVERIFY2(!ReportPageDecoder::decode(body.first(cut), &page, &error),
                     qPrintable(QString::number(cut)));
            QVERIFY(!error.isEmpty());
            QVERIFY(page.devices.empty());
        }
        QCOMPARE(decodeOk(body).devices.size(), size_t(40));
    }

    void decodesOnManyThreadsAtOnce()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"mt"_s, 8000, 5);
        QList<QByteArray> bodies;
        for (int i = 0; i < 8; ++i) {
            sim::ReportPageWriter::Page p;
            p.begin = i * 1000;
            p.end = p.begin + 1000;
            p.pageNumber = i;
            bodies << sim::ReportPageWriter::write(campaign, p);
        }
        QList<QByteArray> work;
        for (int round = 0; round < 6; ++round)
            work << bodies;
        const QList<QString> firstIds =
            QtConcurrent::blockingMapped(work, [](const QByteArray &b) -> QString {
                DecodedPage page;
                QString error;
                if (!ReportPageDecoder::decode(b, &page, &error) || page.devices.size() != 1000)
                    return QString();
                return page.deviceId(page.devices.front()) + page.deviceId(page.devices.back());
            });
        for (qsizetype i = 0; i < work.size(); ++i) {
            const DecodedPage page = decodeOk(work[i]);
            QCOMPARE(firstIds[i],
                     page.deviceId(page.devices.front()) + page.deviceId(page.devices.back()));
        }
    }

    void escapesControlCharactersOnlyInsideStrings()
    {
        QCOMPARE(JsonText::escapeControlsInStrings("{\"a\x01\":\n\"b\x1f\"}"),
                 QByteArray("{\"a\\u0001\":\n\"b\\u001f\"}"));
        QCOMPARE(JsonText::escapeControlsInStrings("\"\\\"\x02\""), QByteArray("\"\\\"\\u0002\""));
    }
};

QTEST_GUILESS_MAIN(ReportDecoderTest)
#include "tst_reportdecoder.moc"
