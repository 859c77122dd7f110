// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The round-trip summary of a load: median and worst over the pages, whatever order they came in.

#include "campaign/RoundTripStats.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

class RoundTripStatsTest : public QObject
{
    Q_OBJECT

private slots:
    void emptySaysNothing()
    {
        RoundTripStats s;
        QVERIFY(s.isEmpty());
        QCOMPARE(s.medianMs(), 0);
        QCOMPARE(s.worstMs(), 0);
        QCOMPARE(s.describe(), QString());
    }

    void medianAndWorst()
    {
        RoundTripStats s;
        for (const qint64 ms : {40, 7, 300, 12, 9})
            s.add(ms);
        QCOMPARE(s.count(), 5);
        QCOMPARE(s.medianMs(), 12);
        QCOMPARE(s.worstMs(), 300);
        QCOMPARE(s.describe(), u"round trip per page: median 12 ms, worst 300 ms (5 pages)"_s);
        // Beside a text that counts the pages already, the count is not said again; beside
        // another count (pages retried are not round trips), it is.
        QCOMPARE(s.describe(5), u"round trip per page: median 12 ms, worst 300 ms"_s);
        QCOMPARE(s.describe(6), u"round trip per page: median 12 ms, worst 300 ms (5 pages)"_s);
        s.add(20); // even: the mean of 12 and 20
        QCOMPARE(s.medianMs(), 16);
        s.clear();
        s.add(-3); // a clock that stepped back is no negative round trip
        QCOMPARE(s.describe(), u"round trip per page: median 0 ms, worst 0 ms (1 page)"_s);
    }
};

QTEST_GUILESS_MAIN(RoundTripStatsTest)
#include "tst_roundtripstats.moc"
