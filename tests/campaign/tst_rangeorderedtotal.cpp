// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A report whose pages disagree about totalDevice ends a walk with the total of its page
// furthest along in ID order, whichever lane's answer came last.
#include "campaign/RangeOrderedTotal.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fota::RangeOrderedTotal;

class RangeOrderedTotalTest : public QObject
{
    Q_OBJECT

private slots:
    void thePageFurthestAlongDecides()
    {
        RangeOrderedTotal total;
        QCOMPARE(total.value(), std::nullopt);
        // A later lane's page came first, the first page of the report after it.
        total.offer(u"354000001000000"_s, 4990);
        total.offer(QString(), 5000);
        QCOMPARE(total.value(), std::optional<qint64>(4990));
        total.offer(u"354000001999999"_s, 4980);
        QCOMPARE(total.value(), std::optional<qint64>(4980));
    }

    void cursorsOrderByValueNotText()
    {
        RangeOrderedTotal total;
        total.offer(u"100"_s, 2);
        total.offer(u"99"_s, 1);
        QCOMPARE(total.value(), std::optional<qint64>(2));
        // Leading zeros are digits of the same number.
        total.offer(u"0000000000000101"_s, 3);
        QCOMPARE(total.value(), std::optional<qint64>(3));
    }

    void aPageWithoutATotalChangesNothing()
    {
        RangeOrderedTotal total;
        total.offer(QString(), 5000);
        total.offer(u"900"_s, std::nullopt);
        QCOMPARE(total.value(), std::optional<qint64>(5000));
    }

    void aRangeWalkedAgainSaysItAgain()
    {
        RangeOrderedTotal total;
        total.offer(u"500"_s, 90);
        total.offer(u"500"_s, 95); // the same page, asked again after a fallback
        QCOMPARE(total.value(), std::optional<qint64>(95));
        total.clear();
        QCOMPARE(total.value(), std::nullopt);
        total.offer(u"10"_s, 7);
        QCOMPARE(total.value(), std::optional<qint64>(7));
    }
};

QTEST_GUILESS_MAIN(RangeOrderedTotalTest)
#include "tst_rangeorderedtotal.moc"
