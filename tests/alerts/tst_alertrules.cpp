// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Alert rules: the syntax (and its errors), the canonical text the window remembers, and each
// rule firing exactly once per crossing, re-arming when its condition clears.
#include "alerts/AlertEngine.h"
#include "alerts/AlertRule.h"
#include "campaign/DeviceStore.h"
#include "history/SnapshotBuilder.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'795'140'000'000;

Snapshot snapshot(qint64 failed = 0, qint64 pending = 100, qint64 loaded = 1000)
{
    Snapshot s;
    s.timeMs = kT0;
    s.lastChangeMs = kT0;
    s.loaded = loaded;
    s.buckets[int(StatusBucket::Failed)] = failed;
    s.buckets[int(StatusBucket::Pending)] = pending;
    s.buckets[int(StatusBucket::Succeeded)] = loaded - failed - pending;
    s.complete = pending == 0;
    return s;
}

AlertRule rule(const QString &text)
{
    QString error;
    const std::optional<AlertRule> r = AlertRule::parse(text, &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}

// Which snapshots of a series fire the rule, evaluated one after another as a watcher would.
QList<int> firings(const QString &text, const QList<Snapshot> &series)
{
    AlertEngine engine({rule(text)});
    QList<int> fired;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QList<Alert> alerts = engine.evaluate(i ? &series[i - 1] : nullptr, series[i]);
        if (!alerts.isEmpty())
            fired.append(int(i));
    }
    return fired;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("kind");
        QTest::newRow("failed") << u"failed>5%"_s << u"failed>5%"_s
                                << int(AlertRule::Kind::FailedShare);
        QTest::newRow("failed decimal")
            << u"failed>2.5%"_s << u"failed>2.5%"_s << int(AlertRule::Kind::FailedShare);
        QTest::newRow("new-failures")
            << u"new-failures>100"_s << u"new-failures>100"_s << int(AlertRule::Kind::NewFailures);
        QTest::newRow("new-reason")
            << u"new-reason"_s << u"new-reason"_s << int(AlertRule::Kind::NewReason);
        QTest::newRow("overdue") << u"overdue>500"_s << u"overdue>500"_s
                                 << int(AlertRule::Kind::Overdue);
        QTest::newRow("stalled") << u"stalled>2h"_s << u"stalled>2h"_s
                                 << int(AlertRule::Kind::Stalled);
        QTest::newRow("stalled minutes")
            << u"stalled>90m"_s << u"stalled>90m"_s << int(AlertRule::Kind::Stalled);
        QTest::newRow("stalled canonical")
            << u"stalled>120m"_s << u"stalled>2h"_s << int(AlertRule::Kind::Stalled);
        QTest::newRow("stalled days")
            << u"stalled>1d"_s << u"stalled>1d"_s << int(AlertRule::Kind::Stalled);
        QTest::newRow("stalled seconds")
            << u"stalled>45s"_s << u"stalled>45s"_s << int(AlertRule::Kind::Stalled);
        QTest::newRow("complete") << u"complete"_s << u"complete"_s
                                  << int(AlertRule::Kind::Complete);
        QTest::newRow("spaces") << u"  overdue>0 "_s << u"overdue>0"_s
                                << int(AlertRule::Kind::Overdue);
    }

    void parsesEveryRule()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(int, kind);
        QString error;
        const std::optional<AlertRule> r = AlertRule::parse(text, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(int(r->kind()), kind);
        QCOMPARE(r->toString(), canonical);
        QCOMPARE(AlertRule::parse(r->toString(), &error), r); // what the window stores
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << u""_s << u"empty"_s;
        QTest::newRow("unknown") << u"failures>5%"_s << u"unknown rule; use failed>N%"_s;
        QTest::newRow("no percent") << u"failed>5"_s << u"percentage"_s;
        QTest::newRow("percent too big") << u"failed>100%"_s << u"below 100"_s;
        QTest::newRow("negative") << u"new-failures>-1"_s << u"whole number"_s;
        QTest::newRow("fraction") << u"overdue>2.5"_s << u"whole number"_s;
        QTest::newRow("no threshold") << u"overdue"_s << u"needs a threshold, e.g. overdue>100"_s;
        QTest::newRow("no unit") << u"stalled>2"_s << u"unit s, m, h or d"_s;
        QTest::newRow("zero duration") << u"stalled>0h"_s << u"duration"_s;
        QTest::newRow("too long") << u"stalled>400d"_s << u"up to a year"_s;
        QTest::newRow("threshold on new-reason") << u"new-reason>3"_s << u"takes no threshold"_s;
        QTest::newRow("other comparison") << u"failed<5%"_s << u"unknown rule"_s;
        QTest::newRow("upper case") << u"COMPLETE"_s << u"unknown rule"_s;
    }

    void refusesAnythingElse()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!AlertRule::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(error.startsWith(u"alert rule \""_s));
    }

    void errorsAreOneSafeLine()
    {
        QString error;
        QVERIFY(!AlertRule::parse(u"fail\x1b]0;owned\x07\ned>5%"_s, &error));
        QVERIFY(!error.contains(u'\x1b') && !error.contains(u'\n'));
        QVERIFY(error.contains(u"\\x1b"_s));
    }

    void listsKeepOrderAndDropRepeats()
    {
        QString error;
        const auto rules =
            AlertRule::parseList({u"complete"_s, u"failed>5%"_s, u"complete"_s}, &error);
        QVERIFY(rules);
        QCOMPARE(AlertRule::toStrings(*rules), (QStringList{u"complete"_s, u"failed>5%"_s}));
        QVERIFY(!AlertRule::parseList({u"complete"_s, u"bogus"_s}, &error));
        QVERIFY(error.contains(u"bogus"_s));
    }

    void failedShareFiresOncePerCrossing()
    {
        // 4 %, 6 %, 7 %, 3 %, 8 %: fires when it first passes 5 %, and again after it fell.
        const QList<Snapshot> series{snapshot(40), snapshot(60), snapshot(70), snapshot(30),
                                     snapshot(80)};
        QCOMPARE(firings(u"failed>5%"_s, series), (QList<int>{1, 4}));
        QCOMPARE(firings(u"failed>5%"_s, {snapshot(50)}), QList<int>()); // exactly 5 % is not above
        AlertEngine engine({rule(u"failed>5%"_s)});
        const QList<Alert> alerts = engine.evaluate(nullptr, snapshot(62));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].rule, u"failed>5%"_s);
        QCOMPARE(alerts[0].message, u"62 of 1000 devices failed (6.2 %), above 5 %"_s);
    }

    void newFailuresFireOncePerCrossing()
    {
        QList<Snapshot> series(5, snapshot());
        const qint64 counts[] = {50, 150, 200, 0, 101};
        for (int i = 0; i < 5; ++i)
            series[i].newFailures = counts[i];
        QCOMPARE(firings(u"new-failures>100"_s, series), (QList<int>{1, 4}));
        QCOMPARE(rule(u"new-failures>100"_s).message(series[1]),
                 u"150 new failures since the previous load, more than 100"_s);
    }

    void newReasonFiresForEveryNewGroup()
    {
        QList<Snapshot> series(5, snapshot(10));
        series[1].newReasonGroups = {u"Battery low"_s};
        series[3].newReasonGroups = {u"Timeout"_s};
        series[4].newReasonGroups = {u"Disk full"_s, u"Bad \x1b[31mred"_s, u""_s, u"Other"_s};
        QCOMPARE(firings(u"new-reason"_s, series), (QList<int>{1, 3, 4}));
        QCOMPARE(rule(u"new-reason"_s).message(series[1]),
                 u"new failure reason: \"Battery low\""_s);
        const QString many = rule(u"new-reason"_s).message(series[4]);
        QCOMPARE(many, u"new failure reasons: \"Disk full\", \"Bad \\x1b[31mred\", "
                       "\"(no reason given)\" and 1 more"_s);
    }

    void overdueFiresOncePerCrossing()
    {
        QList<Snapshot> series(4, snapshot());
        const qint64 counts[] = {600, 700, 100, 501};
        for (int i = 0; i < 4; ++i)
            series[i].overdue = counts[i];
        QCOMPARE(firings(u"overdue>500"_s, series), (QList<int>{0, 3}));
        QCOMPARE(rule(u"overdue>500"_s).message(series[0]),
                 u"600 pending devices are past their next attempt, more than 500"_s);
    }

    void stalledFiresOncePerCrossing()
    {
        // Loads every 30 minutes; nothing changes after the first hour, then one change.
        QList<Snapshot> series;
        for (int i = 0; i < 10; ++i) {
            Snapshot s = snapshot();
            s.timeMs = kT0 + i * 30 * kMinute;
            s.lastChangeMs =
                i < 2 ? s.timeMs : (i < 8 ? kT0 + 30 * kMinute : kT0 + 8 * 30 * kMinute);
            series.append(s);
        }
        // Stalled since 00:30: past 2 h at i = 6 (2 h 30 min), cleared by the change at i = 8.
        QCOMPARE(firings(u"stalled>2h"_s, series), (QList<int>{6}));
        QCOMPARE(rule(u"stalled>2h"_s).message(series[6]),
                 u"no device changed status for 2 h 30 min, longer than 2 h"_s);
        // A finished campaign is not stalled.
        for (Snapshot &s : series)
            s.complete = true;
        QCOMPARE(firings(u"stalled>2h"_s, series), QList<int>());
    }

    void completeFiresOnce()
    {
        const QList<Snapshot> series{snapshot(5, 10), snapshot(5, 0), snapshot(5, 0)};
        QCOMPARE(firings(u"complete"_s, series), (QList<int>{1}));
        QCOMPARE(rule(u"complete"_s).message(series[1]),
                 u"campaign complete: 995 succeeded, 5 failed, nothing pending or in progress"_s);
        Snapshot inProgress = snapshot(5, 0);
        inProgress.buckets[int(StatusBucket::InProgress)] = 1;
        inProgress.complete = Snapshot::isComplete(inProgress.buckets);
        QVERIFY(!rule(u"complete"_s).holds(inProgress));
    }

    // A short load (fewer devices than the report's totalDevice) with nothing pending among
    // the devices it has is not the campaign complete: the devices not loaded may be pending.
    void completeWaitsForAWholeLoad()
    {
        DeviceStore store;
        DeviceRecord done;
        done.deviceId = u"1"_s;
        done.status = u"UpgradeSuccess"_s;
        store.upsert({done});
        store.setTotalDevice(2);
        AlertEngine engine({rule(u"complete"_s)});
        const Snapshot shortLoad = SnapshotBuilder::summarize(store, kT0);
        QVERIFY(engine.evaluate(nullptr, shortLoad).isEmpty());
        store.setTotalDevice(1);
        const Snapshot whole = SnapshotBuilder::summarize(store, kT0 + kMinute);
        QCOMPARE(engine.evaluate(&shortLoad, whole).size(), 1);
    }

    void firstEvaluationLooksAtThePreviousSnapshot()
    {
        // A watcher restarted on a history whose last snapshot already passed the threshold
        // does not announce it again; with no earlier snapshot it does.
        AlertEngine restarted({rule(u"failed>5%"_s)});
        const Snapshot before = snapshot(80);
        QVERIFY(restarted.evaluate(&before, snapshot(90)).isEmpty());
        AlertEngine fresh({rule(u"failed>5%"_s)});
        QCOMPARE(fresh.evaluate(nullptr, snapshot(90)).size(), 1);
        // Its own memory wins over the previous snapshot once it has one.
        QVERIFY(fresh.evaluate(nullptr, snapshot(90)).isEmpty());
        fresh.reset();
        QCOMPARE(fresh.evaluate(nullptr, snapshot(90)).size(), 1);
    }

    void changingRulesKeepsTheStateOfThoseThatStay()
    {
        AlertEngine engine({rule(u"failed>5%"_s)});
        QCOMPARE(engine.evaluate(nullptr, snapshot(90)).size(), 1);
        engine.setRules({rule(u"complete"_s), rule(u"failed>5%"_s)});
        QVERIFY(engine.evaluate(nullptr, snapshot(90)).isEmpty()); // still above: no repeat
        const QList<Alert> done = engine.evaluate(nullptr, snapshot(90, 0));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done[0].rule, u"complete"_s);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
