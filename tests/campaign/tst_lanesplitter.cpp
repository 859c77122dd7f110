// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/ConnectionBudget.h"
#include "campaign/LaneSplitter.h"

#include <QTest>

using namespace fota;

// Where a walk splits, and how many requests it may have out: the decisions behind range-split
// loading, without a network.
class LaneSplitterTest : public QObject
{
    Q_OBJECT

private slots:
    void splitsTheOnlyLaneHalfwayThroughWhatRemains()
    {
        // One lane after the first page: cursor at 1,000,000, a device every 10 values.
        const std::vector<LaneSplitter::Lane> lanes{{1'000'000, std::nullopt, 0.1, true}};
        const auto split = LaneSplitter::choose(lanes, 100'000, 1000);
        QVERIFY(split);
        QCOMPARE(split->lane, size_t(0));
        // 50,000 devices at 0.1 a value: 500,000 values ahead.
        QCOMPARE(split->at, quint64(1'500'000));
    }

    void givesTheNewLaneItsShareOfSeveralParts()
    {
        // Three connections free after the first page: the new lane gets the last quarter...
        std::vector<LaneSplitter::Lane> lanes{{1'000'000, std::nullopt, 0.1, true}};
        auto split = LaneSplitter::choose(lanes, 100'000, 1000, 4);
        QVERIFY(split);
        QCOMPARE(split->at, quint64(1'750'000));
        // ...then the lane that keeps three quarters is split into thirds, then halves: four
        // equal parts in all.
        lanes = {{1'000'000, 1'750'000, 0.1, true}, {1'750'000, std::nullopt, 0.1, false}};
        split = LaneSplitter::choose(lanes, 100'000, 1000, 3);
        QVERIFY(split);
        QCOMPARE(split->lane, size_t(0));
        QCOMPARE(split->at, quint64(1'500'000));
        lanes = {{1'000'000, 1'500'000, 0.1, true},
                 {1'500'000, 1'750'000, 0.1, false},
                 {1'750'000, std::nullopt, 0.1, false}};
        split = LaneSplitter::choose(lanes, 100'000, 1000, 2);
        QVERIFY(split);
        QCOMPARE(split->at, quint64(1'250'000));
        // Never a share under half a page: 2,500 devices left make at most five parts.
        split = LaneSplitter::choose({{0, std::nullopt, 1.0, true}}, 2500, 1000, 8);
        QVERIFY(split);
        QCOMPARE(split->at, quint64(2000));
    }

    void picksTheLaneWithTheMostLeft()
    {
        const std::vector<LaneSplitter::Lane> lanes{
            {1'000, 2'000, 1.0, true},            // about 1,000 left
            {2'000, 1'000'000, 0.01, true},       // about 9,980 left
            {1'000'000, std::nullopt, 1.0, true}, // what the others leave: 20,000 - 10,980
        };
        const auto split = LaneSplitter::choose(lanes, 20'000, 100);
        QVERIFY(split);
        QCOMPARE(split->lane, size_t(1));
        QCOMPARE(split->at, quint64(2'000 + 499'000)); // 4,990 devices at 0.01 a value
        const std::vector<double> left = LaneSplitter::estimates(lanes, 20'000);
        QCOMPARE(left[0], 1000.0);
        QCOMPARE(left[1], 9980.0);
        QCOMPARE(left[2], 20'000.0 - 10'980.0);
    }

    // A finished lane is given as hi == cursor: it holds nothing, so what the report still owes
    // is the last lane's, which gets split (before, a finished lane's stale span left the last
    // lane walking the tail of the campaign alone).
    void finishedLanesLeaveTheRestToTheLastLane()
    {
        const std::vector<LaneSplitter::Lane> lanes{
            {5'000, 5'000, 1.0, false},
            {9'000, 9'000, 1.0, false},
            {20'000, std::nullopt, 1.0, true},
        };
        const std::vector<double> left = LaneSplitter::estimates(lanes, 40'000);
        QCOMPARE(left[0], 0.0);
        QCOMPARE(left[1], 0.0);
        QCOMPARE(left[2], 40'000.0);
        const auto split = LaneSplitter::choose(lanes, 40'000, 1000);
        QVERIFY(split);
        QCOMPARE(split->lane, size_t(2));
        QCOMPARE(split->at, quint64(40'000));
    }

    void neverSplitsWhatIsTooSmallOrUnknown()
    {
        // Less than half a page each side.
        QVERIFY(!LaneSplitter::choose({{0, std::nullopt, 1.0, true}}, 999, 1000));
        QVERIFY(LaneSplitter::choose({{0, std::nullopt, 1.0, true}}, 1000, 1000));
        // Nothing left.
        QVERIFY(!LaneSplitter::choose({{0, std::nullopt, 1.0, true}}, 0, 1000));
        // A lane that has not answered yet has no density of its own.
        QVERIFY(!LaneSplitter::choose({{0, std::nullopt, 0.0, true}}, 100'000, 1000));
        QVERIFY(!LaneSplitter::choose({{0, std::nullopt, 1.0, false}}, 100'000, 1000));
    }

    void keepsTheSplitLaneItsShare()
    {
        // Sparse: the remaining devices lie far ahead, but at least half a page stays with the
        // split lane, and the split point never reaches the lane's end.
        auto split = LaneSplitter::choose({{0, 10'000, 0.0001, true}}, 8'000, 1000);
        QVERIFY(!split); // a page at this density already spans the whole lane
        split = LaneSplitter::choose({{0, 10'000, 1.0, true}}, 8'000, 1000);
        QVERIFY(split);
        QCOMPARE(split->at, quint64(4'000));
        QVERIFY(!LaneSplitter::choose({{0, 900, 1.0, true}}, 8'000, 1000));
    }

    void keepsAWindowAndGivesTheRestAway()
    {
        // 100,000 devices left at 0.1 a value, four parts, but the lane keeps at most 16 pages:
        // 16,000 devices, 160,000 values past its cursor; the new lane takes the rest.
        std::vector<LaneSplitter::Lane> lanes{{1'000'000, std::nullopt, 0.1, true}};
        auto split = LaneSplitter::choose(lanes, 100'000, 1000, 4, 16);
        QVERIFY(split);
        QCOMPARE(split->at, quint64(1'160'000));
        // The new lane has the most left and is split next, keeping a window too.
        lanes = {{1'000'000, 1'160'000, 0.1, true}, {1'160'000, std::nullopt, 0.1, true}};
        split = LaneSplitter::choose(lanes, 100'000, 1000, 3, 16);
        QVERIFY(split);
        QCOMPARE(split->lane, size_t(1));
        QCOMPARE(split->at, quint64(1'320'000));
        // Near the end the equal share is the smaller: 3,000 devices in three parts.
        split = LaneSplitter::choose({{1'000'000, std::nullopt, 0.1, true}}, 3000, 1000, 3, 16);
        QVERIFY(split);
        QCOMPARE(split->at, quint64(1'020'000));
    }

    // Lanes whose end says nothing of their devices (the last lane, one that ends at a probe
    // point) share what the lanes bounded by their density leave; none is given more than its
    // span could hold at its density, and one that has not answered takes no share.
    void openLanesShareWhatTheBoundedLeave()
    {
        const std::vector<LaneSplitter::Lane> lanes{
            {1'000, 2'000, 1.0, true},                        // bounded by density: 1,000
            {100'000, 900'000'000, 1.0, true, true},          // a probe's end: could hold all
            {900'000'000, 900'000'100, 1.0, true, true},      // could hold 100 at most
            {1'000'000'000, 2'000'000'000, 0.0, false, true}, // has not answered
            {2'000'000'000, std::nullopt, 0.5, true},         // the last lane
        };
        const std::vector<double> left = LaneSplitter::estimates(lanes, 9'100);
        QCOMPARE(left[0], 1000.0);
        QCOMPARE(left[2], 100.0);
        QCOMPARE(left[3], 0.0);
        QCOMPARE(left[1], 4000.0);
        QCOMPARE(left[4], 4000.0);
        // Tied: the lowest range is split first, at its own density.
        const auto split = LaneSplitter::choose(lanes, 9'100, 1000);
        QVERIFY(split);
        QCOMPARE(split->lane, size_t(1));
        QCOMPARE(split->at, quint64(100'000 + 2'000));
    }

    void probesSplitTheIdSpaceAboveTheFirstShare()
    {
        // After the first page: cursor at 10^13 (a TAC starting "01"), a device every 10,000
        // values, 99,000 devices left, three connections free.
        const LaneSplitter::Lane first{10'000'000'000'000, std::nullopt, 0.0001, true};
        const quint64 top = LaneSplitter::largestId(15);
        QCOMPARE(top, quint64(999'999'999'999'999));
        const std::vector<quint64> points = LaneSplitter::probes(first, 99'000, 1000, 4, top);
        // The lane keeps a quarter at its density; the rest of the 15-digit space is split
        // into three.
        const quint64 share = 10'000'000'000'000 + 247'500'000;
        const quint64 step = (top - share) / 3;
        QCOMPARE(points, (std::vector<quint64>{share, share + step, share + 2 * step}));
        QVERIFY(points.back() < top);
        // Nothing to probe: two parts (one new lane) are split at the density, a lane with an
        // end or no density is not the first lane, and a walk with less than half a page each.
        QVERIFY(LaneSplitter::probes(first, 99'000, 1000, 2, top).empty());
        QVERIFY(LaneSplitter::probes({0, 5'000, 1.0, true}, 99'000, 1000, 4, top).empty());
        QVERIFY(LaneSplitter::probes({0, std::nullopt, 0.0, true}, 99'000, 1000, 4, top).empty());
        QVERIFY(LaneSplitter::probes(first, 1'500, 1000, 4, top).empty());
        // A share that reaches past the largest ID leaves no room to probe.
        QVERIFY(LaneSplitter::probes({top - 10, std::nullopt, 0.0001, true}, 99'000, 1000, 4, top)
                    .empty());
    }

    void budgetHalvesOnceAWindowAndGrowsBack()
    {
        ConnectionBudget budget(8);
        QVERIFY(budget.mayStart(7, 0));
        QVERIFY(!budget.mayStart(8, 0));
        budget.rateLimited(1000, 500);
        QCOMPARE(budget.limit(), 4);
        // The same 429 heard by other requests out at the same time: no second halving.
        budget.rateLimited(1200, 500);
        QCOMPARE(budget.limit(), 4);
        QVERIFY(!budget.mayStart(0, 1499)); // Retry-After is honoured
        QVERIFY(budget.mayStart(0, 1500));
        budget.rateLimited(1600, 500);
        QCOMPARE(budget.limit(), 2);
        for (int i = 0; i < ConnectionBudget::kGoodPagesPerStep * 2 - 1; ++i)
            budget.pageSucceeded();
        QCOMPARE(budget.limit(), 2);
        budget.pageSucceeded();
        QCOMPARE(budget.limit(), 3);
        for (int i = 0; i < 1000; ++i)
            budget.pageSucceeded();
        QCOMPARE(budget.limit(), 8); // never past the chosen number
        budget.rateLimited(10'000, 0);
        budget.rateLimited(10'001, 0);
        budget.rateLimited(10'002, 0);
        budget.rateLimited(10'003, 0);
        QCOMPARE(budget.limit(), 1); // never below one
    }

    void fallbackStaysAtOne()
    {
        ConnectionBudget budget(4);
        budget.restrictToOne();
        for (int i = 0; i < 1000; ++i)
            budget.pageSucceeded();
        QCOMPARE(budget.limit(), 1);
        QVERIFY(!budget.mayStart(1, 0));
    }
};

QTEST_GUILESS_MAIN(LaneSplitterTest)
#include "tst_lanesplitter.moc"
