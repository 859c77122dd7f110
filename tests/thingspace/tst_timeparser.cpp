// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/TimeFormat.h"
#include "thingspace/TimeParser.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using fota::TimeFormat;
using fota::TimeParser;

class TimeParserTest : public QObject
{
    Q_OBJECT

private:
    static qint64 reference(const char *isoWithMs)
    {
        return QDateTime::fromString(QString::fromLatin1(isoWithMs), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    }

private slots:
    void parsesTheApiForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("no fraction")
            << u"2022-10-06T18:35:00Z"_s << reference("2022-10-06T18:35:00.000Z");
        QTest::newRow("1 digit") << u"2022-10-05T21:05:01.1Z"_s
                                 << reference("2022-10-05T21:05:01.100Z");
        QTest::newRow("2 digits") << u"2022-10-05T21:05:01.19Z"_s
                                  << reference("2022-10-05T21:05:01.190Z");
        QTest::newRow("3 digits") << u"2022-10-05T21:05:27.129Z"_s
                                  << reference("2022-10-05T21:05:27.129Z");
        QTest::newRow("6 digits truncated")
            << u"2022-10-05T21:05:27.129999Z"_s << reference("2022-10-05T21:05:27.129Z");
        QTest::newRow("lower-case z")
            << u"2022-10-05t21:05:27.129z"_s << reference("2022-10-05T21:05:27.129Z");
        QTest::newRow("offset") << u"2022-10-05T23:05:27+02:00"_s
                                << reference("2022-10-05T21:05:27.000Z");
        QTest::newRow("negative offset")
            << u"2022-10-05T16:05:27.5-05:00"_s << reference("2022-10-05T21:05:27.500Z");
        QTest::newRow("go style") << u"2022-01-26 03:45:01.608 +0000 UTC"_s
                                  << reference("2022-01-26T03:45:01.608Z");
        QTest::newRow("go style no fraction")
            << u"2022-01-26 03:45:01 +0000 UTC"_s << reference("2022-01-26T03:45:01.000Z");
        QTest::newRow("go style offset")
            << u"2022-01-26 05:45:01.608 +0200 EET"_s << reference("2022-01-26T03:45:01.608Z");
        QTest::newRow("surrounding space")
            << u"  2022-10-06T18:35:00Z "_s << reference("2022-10-06T18:35:00.000Z");
        QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s
                                  << reference("2024-02-29T00:00:00.000Z");
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59.999Z"_s << qint64(-1);
    }
    void parsesTheApiForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        qint64 ms = 0;
        QCOMPARE(TimeParser::parse(text, &ms), TimeParser::Result::Parsed);
        QCOMPARE(ms, expected);
    }

    void emptyIsAbsent()
    {
        qint64 ms = 42;
        QCOMPARE(TimeParser::parse(u"", &ms), TimeParser::Result::Absent);
        QCOMPARE(TimeParser::parse(u"   ", &ms), TimeParser::Result::Absent);
        QCOMPARE(ms, 42);
    }

    void rejectsNonsense_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << u"yesterday"_s;
        QTest::newRow("month 13") << u"2022-13-01T00:00:00Z"_s;
        QTest::newRow("feb 30") << u"2022-02-30T00:00:00Z"_s;
        QTest::newRow("feb 29 non-leap") << u"2023-02-29T00:00:00Z"_s;
        QTest::newRow("hour 24") << u"2022-01-01T24:00:00Z"_s;
        QTest::newRow("empty fraction") << u"2022-01-01T00:00:00.Z"_s;
        QTest::newRow("trailing junk") << u"2022-01-01T00:00:00Zjunk"_s;
        QTest::newRow("date only") << u"2022-01-01"_s;
        QTest::newRow("truncated") << u"2022-01-01T00:0"_s;
        QTest::newRow("hour 25") << u"2022-01-01T25:00:00Z"_s;
        QTest::newRow("year 99999") << u"99999-01-01T00:00:00Z"_s;
        QTest::newRow("go style year 99999") << u"99999-01-01 00:00:00 +0000 UTC"_s;
        // Only ASCII digits are digits: Arabic-Indic, fullwidth and Devanagari digits are not.
        QTest::newRow("arabic-indic fraction") << u"2022-10-05T21:05:27.\u0661\u0662\u0663Z"_s;
        QTest::newRow("fullwidth fraction") << u"2022-10-05T21:05:27.\uff11Z"_s;
        QTest::newRow("devanagari after ascii") << u"2022-10-05T21:05:27.1\u0967Z"_s;
        QTest::newRow("fullwidth seconds") << u"2022-10-05T21:05:\uff12\uff17Z"_s;
        QTest::newRow("go style non-ascii zone") << u"2022-01-26 03:45:01 +0000 \u00dcTC"_s;
    }
    void rejectsNonsense()
    {
        QFETCH(QString, text);
        qint64 ms = 0;
        QCOMPARE(TimeParser::parse(text, &ms), TimeParser::Result::Invalid);
    }

    void formatsIsoWithMilliseconds()
    {
        QCOMPARE(TimeFormat::isoUtcMillis(reference("2022-10-05T21:05:27.129Z")),
                 u"2022-10-05T21:05:27.129Z"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(reference("2022-10-06T18:35:00.000Z")),
                 u"2022-10-06T18:35:00.000Z"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(-1), u"1969-12-31T23:59:59.999Z"_s);
        QCOMPARE(TimeFormat::isoUtcMillis(fota::kNoTime), QString());
        QCOMPARE(TimeFormat::displayUtc(reference("2022-10-05T21:05:27.129Z")),
                 u"2022-10-05 21:05:27"_s);
    }

    void formatAndParseAgreeAcrossCenturies()
    {
        // Every day from 1900 to 2200, at an awkward time of day, both ways.
        for (qint64 day = -25567; day < 84000; day += 37) {
            const qint64 ms = day * 86'400'000 + 86'399'987;
            qint64 back = 0;
            QCOMPARE(TimeParser::parse(TimeFormat::isoUtcMillis(ms), &back),
                     TimeParser::Result::Parsed);
            QCOMPARE(back, ms);
            QCOMPARE(TimeFormat::isoUtcMillis(ms),
                     QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        }
    }
};

QTEST_GUILESS_MAIN(TimeParserTest)
#include "tst_timeparser.moc"
