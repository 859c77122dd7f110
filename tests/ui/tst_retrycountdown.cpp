// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A retry as the operator sees it: the loader's notice carries facts (page, kind, attempt,
// delay), the window counts the delay down on an injected clock, and the CLI says the same on
// one line. Nothing here waits on real time: the clock moves by hand and the panel's own timer
// only has to notice.

#include "campaign/RetryNotice.h"
#include "common/Clock.h"
#include "ui/LoadProgressPanel.h"

#include "campaign/LoadProgress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

RetryNotice timedOut()
{
    RetryNotice n;
    n.page = 2;
    n.reason = RetryNotice::Reason::Timeout;
    n.detail = u"ThingSpace sent nothing for 30 s"_s;
    n.attempt = 2;
    n.maxAttempts = 6;
    n.delayMs = 3000;
    return n;
}

} // namespace

class RetryCountdownTest : public QObject
{
    Q_OBJECT

private slots:
    void kindsFromErrors()
    {
        using R = RetryNotice::Reason;
        QCOMPARE(RetryNotice::reasonOf(ApiError::Kind::Timeout), R::Timeout);
        QCOMPARE(RetryNotice::reasonOf(ApiError::Kind::RateLimited), R::RateLimited);
        QCOMPARE(RetryNotice::reasonOf(ApiError::Kind::ServerError), R::ServerError);
        QCOMPARE(RetryNotice::reasonOf(ApiError::Kind::Network), R::Network);
        QCOMPARE(RetryNotice::reasonOf(ApiError::Kind::InvalidResponse), R::InvalidResponse);
        QCOMPARE(RetryNotice::reasonOf(ApiError::Kind::Rejected), R::Other);
    }

    void secondsRoundUp()
    {
        QCOMPARE(RetryNotice::secondsLeft(3000), 3);
        QCOMPARE(RetryNotice::secondsLeft(2001), 3);
        QCOMPARE(RetryNotice::secondsLeft(2000), 2);
        QCOMPARE(RetryNotice::secondsLeft(1), 1);
        QCOMPARE(RetryNotice::secondsLeft(0), 0);
        QCOMPARE(RetryNotice::secondsLeft(-500), 0);
    }

    void cliLineHasTheSameFacts()
    {
        RetryNotice n = timedOut();
        QCOMPARE(n.oneLine(), u"page 2: timed out, retrying in 3.0 s (attempt 2 of 6): ThingSpace "
                              "sent nothing for 30 s"_s);
        // Server text is made one safe line; a "%2" in it is not substituted into.
        n.reason = RetryNotice::Reason::ServerError;
        n.delayMs = 1500;
        n.detail = u"bad\n\x1b[31mgateway %2 (HTTP 502)"_s;
        const QString line = n.oneLine();
        QVERIFY2(line.startsWith(u"page 2: server error, retrying in 1.5 s (attempt 2 of 6): "_s),
                 qPrintable(line));
        QVERIFY(!line.contains(u'\n'));
        QVERIFY(!line.contains(u'\x1b'));
        QVERIFY(line.contains(u"bad\\n\\x1b[31mgateway %2 (HTTP 502)"_s));
    }

    // Under a test delay scale the wait is milliseconds: the line says the wait actually
    // taken, not "0.0 s".
    void cliLineSaysAShortDelayToTheMillisecond()
    {
        RetryNotice n = timedOut();
        n.delayMs = 10;
        QVERIFY2(n.oneLine().startsWith(u"page 2: timed out, retrying in 0.010 s (attempt 2"_s),
                 qPrintable(n.oneLine()));
        n.delayMs = 99;
        QCOMPARE(n.delaySeconds(), u"0.099"_s);
        n.delayMs = 100;
        QCOMPARE(n.delaySeconds(), u"0.1"_s);
        n.delayMs = 0;
        QCOMPARE(n.delaySeconds(), u"0.0"_s);
    }

    void windowCountsDown()
    {
        ManualClock clock;
        LoadProgressPanel panel;
        panel.setClock(&clock);
        QVERIFY(!panel.isRetrying());
        panel.showRetrying(timedOut());
        QVERIFY(panel.isRetrying());
        const QString tail = u" · page 2: ThingSpace sent nothing for 30 s"_s;
        QCOMPARE(panel.retryText(), u"⚠ Timed out — retrying in 3 s (attempt 2 of 6)"_s + tail);

        clock.advance(1000);
        QTRY_COMPARE(panel.retryText(), u"⚠ Timed out — retrying in 2 s (attempt 2 of 6)"_s + tail);
        clock.advance(1500); // 0.5 s left: still "1 s", never "0 s"
        QTRY_COMPARE(panel.retryText(), u"⚠ Timed out — retrying in 1 s (attempt 2 of 6)"_s + tail);
        clock.advance(600);
        QTRY_COMPARE(panel.retryText(), u"⚠ Timed out — retrying now (attempt 2 of 6)"_s + tail);

        // The next notice starts its own countdown; the next page clears it.
        RetryNotice again = timedOut();
        again.attempt = 3;
        again.reason = RetryNotice::Reason::RateLimited;
        again.delayMs = 10'000;
        again.detail = u"slow down\x07 (HTTP 429)"_s;
        panel.showRetrying(again);
        QCOMPARE(panel.retryText(),
                 u"⚠ Rate limited — retrying in 10 s (attempt 3 of 6) · page 2: slow down\\x07 "
                 "(HTTP 429)"_s); // escaped, never rung
        LoadProgress progress;
        progress.pages = 2;
        panel.showProgress(progress);
        QVERIFY(!panel.isRetrying());
        clock.advance(5000);
        QCoreApplication::processEvents();
        QVERIFY(panel.retryText().isEmpty());
    }
};

QTEST_MAIN(RetryCountdownTest)
#include "tst_retrycountdown.moc"
