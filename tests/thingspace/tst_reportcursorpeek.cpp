// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The guess at the next cursor from a page's first bytes: given only for a page that plainly
// says more follow and names a digit cursor before its deviceList, never for anything unusual
// (a wrong guess costs a request, a missing one only the overlap).

#include "simulator/ReportPageWriter.h"
#include "simulator/SimulatedCampaign.h"
#include "thingspace/ReportCursorPeek.h"
#include "thingspace/ReportPageDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

class ReportCursorPeekTest : public QObject
{
    Q_OBJECT

private slots:
    void guessesWhatTheDecoderReads()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"a"_s, u"c"_s, 2500, 3);
        sim::ReportPageWriter::Page page;
        page.begin = 0;
        page.end = 1000;
        page.hasMoreData = true;
        page.lastSeenDeviceId = campaign.devices().at(999).deviceId;
        const QByteArray body = sim::ReportPageWriter::write(campaign, page);
        DecodedPage decoded;
        QString error;
        QVERIFY(ReportPageDecoder::decode(body, &decoded, &error));
        QCOMPARE(decoded.hasMoreData, DecodedPage::MoreData::Yes);
        QCOMPARE(ReportCursorPeek::nextCursor(body),
                 std::optional<QString>(decoded.lastSeenDeviceId));
    }

    void guesses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("cursor"); // empty: no guess

        const QByteArray list = "\"deviceList\":[{\"deviceId\":\"1\"}]}";
        QTest::newRow("plain")
            << "{\"totalDevice\":\"5\",\"hasMoreData\":true,\"lastSeenDeviceId\":\"0123\"," + list
            << u"0123"_s;
        QTest::newRow("spaced")
            << "{ \"hasMoreData\" : true ,\r\n \"lastSeenDeviceId\" :\t\"42\", " + list + " \n"
            << u"42"_s;
        QTest::newRow("cursor first")
            << "{\"lastSeenDeviceId\":\"42\",\"maxPageSize\":1000,\"hasMoreData\":true," + list
            << u"42"_s;
        QTest::newRow("number cursor")
            << "{\"hasMoreData\":true,\"lastSeenDeviceId\":42," + list << u"42"_s;
        QTest::newRow("no more") << "{\"hasMoreData\":false,\"lastSeenDeviceId\":\"42\"," + list
                                 << QString();
        QTest::newRow("more as text")
            << "{\"hasMoreData\":\"true\",\"lastSeenDeviceId\":\"42\"," + list << QString();
        QTest::newRow("more missing") << "{\"lastSeenDeviceId\":\"42\"," + list << QString();
        QTest::newRow("cursor zero")
            << "{\"hasMoreData\":true,\"lastSeenDeviceId\":\"0\"," + list << QString();
        QTest::newRow("cursor not digits")
            << "{\"hasMoreData\":true,\"lastSeenDeviceId\":\"42a\"," + list << QString();
        QTest::newRow("cursor padded")
            << "{\"hasMoreData\":true,\"lastSeenDeviceId\":\" 42\"," + list << QString();
        QTest::newRow("cursor escaped")
            << "{\"hasMoreData\":true,\"lastSeenDeviceId\":\"4\\u0032\"," + list << QString();
        QTest::newRow("cursor too long")
            << "{\"hasMoreData\":true,\"lastSeenDeviceId\":\"" + QByteArray(33, '7') + "\"," + list
            << QString();
        QTest::newRow("cursor after the list")
            << QByteArray("{\"hasMoreData\":true,\"deviceList\":[],\"lastSeenDeviceId\":\"42\"}")
            << QString();
        QTest::newRow("cursor twice")
            << "{\"hasMoreData\":true,\"lastSeenDeviceId\":\"42\",\"lastSeenDeviceId\":\"43\"," +
                   list
            << QString();
        QTest::newRow("more twice")
            << "{\"hasMoreData\":true,\"hasMoreData\":false,\"lastSeenDeviceId\":\"42\"," + list
            << QString();
        QTest::newRow("nested value first")
            << "{\"meta\":{\"a\":1},\"hasMoreData\":true,\"lastSeenDeviceId\":\"42\"," + list
            << QString();
        QTest::newRow("cut short")
            << QByteArray(
                   "{\"hasMoreData\":true,\"lastSeenDeviceId\":\"42\",\"deviceList\":[{\"devi")
            << QString();
        QTest::newRow("not an object") << QByteArray("[\"hasMoreData\",true]") << QString();
        QTest::newRow("html") << QByteArray("<html><body>{}</body></html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("fields past the scan")
            << "{\"padding\":\"" + QByteArray(ReportCursorPeek::kMaxScanBytes, 'x') +
                   "\",\"hasMoreData\":true,\"lastSeenDeviceId\":\"42\"," + list
            << QString();
    }

    void guesses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, cursor);
        const std::optional<QString> guess = ReportCursorPeek::nextCursor(body);
        QCOMPARE(guess.value_or(QString()), cursor);
        QCOMPARE(guess.has_value(), !cursor.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReportCursorPeekTest)
#include "tst_reportcursorpeek.moc"
