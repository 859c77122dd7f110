// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Clock.h"
#include "thingspace/HttpDate.h"
#include "thingspace/RetryPolicy.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

// Retry-After as servers send it (RFC 9110: delta-seconds or any of the three HTTP-date forms),
// read relative to an injected clock, capped and scaled.
class RetryPolicyTest : public QObject
{
    Q_OBJECT

private:
    static qint64 utc(int y, int mo, int d, int h, int mi, int s)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
    }

private slots:
    void readsEveryHttpDateForm_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected");
        const qint64 rfcExample = utc(1994, 11, 6, 8, 49, 37);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
        QTest::newRow("asctime, two-digit day")
            << QByteArray("Thu Nov 26 02:00:05 2026") << utc(2026, 11, 26, 2, 0, 5);
        QTest::newRow("case and spaces")
            << QByteArray("  sun, 06 nov 1994 08:49:37 gmt ") << rfcExample;
        QTest::newRow("leap second")
            << QByteArray("Wed, 31 Dec 2025 23:59:60 GMT") << utc(2025, 12, 31, 23, 59, 59);
        QTest::newRow("RFC 850, this century")
            << QByteArray("Friday, 20-Nov-26 02:00:40 GMT") << utc(2026, 11, 20, 2, 0, 40);
        // Now is 2026: 2075 is within 50 years, 2077 is not and means 1977.
        QTest::newRow("RFC 850, 49 years ahead")
            << QByteArray("Monday, 01-Jan-75 00:00:00 GMT") << utc(2075, 1, 1, 0, 0, 0);
        QTest::newRow("RFC 850, 51 years ahead is the past")
            << QByteArray("Saturday, 01-Jan-77 00:00:00 GMT") << utc(1977, 1, 1, 0, 0, 0);
    }
    void readsEveryHttpDateForm()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        const ManualClock clock; // 2026-11-20T02:00:00Z
        const std::optional<qint64> parsed = HttpDate::parse(text, clock.nowMs());
        QVERIFY2(parsed, text.constData());
        QCOMPARE(*parsed, expected);
    }

    void refusesWhatIsNotAnHttpDate_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("numeric zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0100");
        QTest::newRow("zone name not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST");
        QTest::newRow("month 13") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT");
        QTest::newRow("31 February") << QByteArray("Tue, 31 Feb 2026 08:49:37 GMT");
        QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT");
        QTest::newRow("minute 60") << QByteArray("Sun, 06 Nov 1994 08:60:37 GMT");
        QTest::newRow("five-digit year") << QByteArray("Sun, 06 Nov 19940 08:49:37 GMT");
        QTest::newRow("no day name") << QByteArray("06 Nov 1994 08:49:37 GMT");
        QTest::newRow("not a day name") << QByteArray("Sol, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("non-ASCII digit") << QByteArray("Sun, 0\xd9\xa6 Nov 1994 08:49:37 GMT");
        QTest::newRow("signed digits") << QByteArray("Sun, +6 Nov 1994 08:49:37 GMT");
        QTest::newRow("words") << QByteArray("tomorrow, please");
    }
    void refusesWhatIsNotAnHttpDate()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!HttpDate::parse(text, ManualClock().nowMs()));
    }

    void retryAfterIsRelativeToTheClock()
    {
        ManualClock clock(utc(1994, 11, 6, 8, 49, 7));
        ApiSettings settings;
        const RetryPolicy policy(settings, clock);
        QCOMPARE(policy.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT"), 30'000);
        QCOMPARE(policy.retryAfter("Sunday, 06-Nov-94 08:49:37 GMT"), 30'000);
        QCOMPARE(policy.retryAfter("Sun Nov  6 08:49:37 1994"), 30'000);
        clock.advance(10'000);
        QCOMPARE(policy.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT"), 20'000);
        // Not an HTTP-date, but servers send it too.
        QCOMPARE(policy.retryAfter("06 Nov 1994 09:49:37 +0100"), 20'000);
        clock.advance(60'000); // a date in the past: retry now
        QCOMPARE(policy.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT"), 0);
    }

    void retryAfterSeconds()
    {
        QCOMPARE(RetryPolicy::parseRetryAfter("7", 0), 7000);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", 0), 0);
        QCOMPARE(RetryPolicy::parseRetryAfter("99999999999999999999999", 0), 86'400'000);
        QCOMPARE(RetryPolicy::parseRetryAfter("-5", 0), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("1.5", 0), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("", 0), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", 0), std::nullopt);
    }

    void serverDelaysAreCappedThenScaled()
    {
        ApiSettings settings;
        settings.retryMaxDelayMs = 60'000;
        QCOMPARE(RetryPolicy(settings).delayMs(1, 30'000), 30'000);
        QCOMPARE(RetryPolicy(settings).delayMs(1, 86'400'000), 60'000); // capped as before
        settings.retryMaxDelayMs = 10; // a Retry-After of one second is still honoured
        QCOMPARE(RetryPolicy(settings).delayMs(1, 1'000), 1'000);
        settings.retryAfterScale = 0.001;
        QCOMPARE(RetryPolicy(settings).delayMs(1, 1'000), 1);
        settings.retryMaxDelayMs = 60'000;
        QCOMPARE(RetryPolicy(settings).delayMs(1, 40'000), 40);
        QCOMPARE(RetryPolicy(settings).delayMs(1, 86'400'000), 60);
        settings.retryAfterScale = std::numeric_limits<double>::quiet_NaN(); // ignored
        QCOMPARE(RetryPolicy(settings).delayMs(1, 2'000), 2'000);
    }

    void backoffIsNotScaled()
    {
        ApiSettings settings;
        settings.retryBaseDelayMs = 1'000;
        settings.retryAfterScale = 0.0;
        const RetryPolicy policy(settings);
        for (int i = 0; i < 20; ++i) {
            const int delay = policy.delayMs(2); // ceiling 2 s, equal jitter
            QVERIFY2(delay >= 1'000 && delay <= 2'000, qPrintable(QString::number(delay)));
        }
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "tst_retrypolicy.moc"
