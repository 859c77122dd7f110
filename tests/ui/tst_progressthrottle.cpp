// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window shows a load's progress at most once per interval: the first report at once, the
// newest of those that came within the interval when it ends, and never a stale one later.

#include "ui/ProgressThrottle.h"

#include <QTest>

using namespace fota;

class ProgressThrottleTest : public QObject
{
    Q_OBJECT

private:
    static LoadProgress pages(int n)
    {
        LoadProgress p;
        p.pages = n;
        p.devicesReceived = n * 1000;
        return p;
    }

private slots:
    void showsTheFirstAtOnceAndTheNewestAfterTheInterval()
    {
        QList<int> shown;
        ProgressThrottle throttle([&](const LoadProgress &p) { shown.append(int(p.pages)); });
        throttle.setInterval(20);
        throttle.offer(pages(1));
        QCOMPARE(shown, QList<int>{1});
        for (int n = 2; n <= 50; ++n)
            throttle.offer(pages(n)); // one page after another, within the interval
        QCOMPARE(shown, QList<int>{1});
        QVERIFY(throttle.hasPending());
        QTRY_COMPARE(shown, (QList<int>{1, 50}));
        QVERIFY(!throttle.hasPending());
    }

    void flushShowsWhatWaitsAndDropForgetsIt()
    {
        QList<int> shown;
        ProgressThrottle throttle([&](const LoadProgress &p) { shown.append(int(p.pages)); });
        throttle.offer(pages(1));
        throttle.offer(pages(2));
        throttle.flush(); // the load ended: its last report shows before the end does
        QCOMPARE(shown, (QList<int>{1, 2}));
        throttle.flush();
        QCOMPARE(shown, (QList<int>{1, 2}));
        throttle.offer(pages(3));
        throttle.drop(); // a new walk: the old one's report never shows
        QVERIFY(!throttle.hasPending());
        throttle.setInterval(1);
        throttle.offer(pages(4));
        QTRY_COMPARE(shown.last(), 4);
        QVERIFY(!shown.contains(3));
    }
};

QTEST_MAIN(ProgressThrottleTest)
#include "tst_progressthrottle.moc"
