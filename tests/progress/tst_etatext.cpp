// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The ETA in words: the estimate with its range, its basis, and every state.
#include "progress/EtaText.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

constexpr qint64 kHour = 3'600'000;
// 2026-11-19T02:00:00Z, a Thursday.
constexpr qint64 kNow = 1'795'140'000'000 - 24 * kHour;

} // namespace

class TestEtaText : public QObject
{
    Q_OBJECT

private slots:
    void anEstimateWithItsRangeAndBasis()
    {
        Eta eta;
        eta.state = Eta::State::Estimated;
        eta.throughputPerHour = 360.4;
        eta.etaMs = kNow + 12 * kHour;
        eta.earliestMs = kNow + 12 * kHour;
        eta.latestMs = kNow + 18 * kHour;
        const TimeDisplay utc(true);
        QCOMPARE(EtaText::throughput(eta), u"≈ 360 devices resolved per hour (last 6 h)"_s);
        QCOMPARE(EtaText::estimate(eta, kNow, utc), u"done ≈ Thu 14:00 UTC, in 12–18 h"_s);
        QCOMPARE(EtaText::basis(eta, utc), u"bound by the throughput"_s);
        eta.basis = Eta::Basis::NextAttemptFloor;
        QVERIFY(EtaText::basis(eta, utc).startsWith(
            u"bound by the latest next attempt of a pending device (2026-11-19 14:00:00 UTC)"_s));
        eta.latestMs = eta.earliestMs;
        QCOMPARE(EtaText::estimate(eta, kNow, utc), u"done ≈ Thu 14:00 UTC, in 12 h"_s);
    }

    void everyOtherState()
    {
        const TimeDisplay utc(true);
        Eta eta;
        QVERIFY(EtaText::estimate(eta, kNow, utc).startsWith(u"no estimate yet"_s));
        QVERIFY(EtaText::throughput(eta).isEmpty());
        QVERIFY(EtaText::basis(eta, utc).isEmpty());
        eta.state = Eta::State::NotConverging;
        eta.throughputPerHour = 0;
        QCOMPARE(EtaText::estimate(eta, kNow, utc),
                 u"not converging: the pending count is not falling"_s);
        QCOMPARE(EtaText::throughput(eta), u"≈ 0.0 devices resolved per hour (last 6 h)"_s);
        eta.state = Eta::State::Done;
        eta.etaMs = kNow - 2 * kHour;
        QCOMPARE(EtaText::estimate(eta, kNow, utc),
                 u"done since Thu 00:00 UTC: nothing pending or in progress"_s);
    }

    void spansInTheUnitThatMatters()
    {
        QCOMPARE(EtaText::span(40 * 60'000), u"40 min"_s);
        QCOMPARE(EtaText::span(5 * kHour + 20 * 60'000), u"5 h"_s);
        QCOMPARE(EtaText::span(100 * kHour), u"4 d"_s);
        QCOMPARE(EtaText::range(30 * 60'000, 50 * 60'000), u"30–50 min"_s);
        QCOMPARE(EtaText::range(30 * 60'000, 5 * kHour), u"1–5 h"_s);
        // The same day needs only the clock; a week away or more names the date instead of
        // the weekday.
        QCOMPARE(EtaText::shortMoment(kNow + kHour, kNow, TimeDisplay(true)), u"03:00 UTC"_s);
        QCOMPARE(EtaText::shortMoment(kNow + 24 * kHour, kNow, TimeDisplay(true)),
                 u"Fri 02:00 UTC"_s);
        QCOMPARE(EtaText::moment(kNow + 10 * 24 * kHour, kNow, TimeDisplay(true)),
                 u"Nov 29 02:00 UTC"_s);
    }
};

QTEST_GUILESS_MAIN(TestEtaText)
#include "tst_etatext.moc"
