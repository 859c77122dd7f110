// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window's memory without the window: recording loads of the shown campaign and of
// others, the chart's points and the ETA on a manual clock, alert rules remembered per
// campaign and firing once per crossing, "since" and a device's timeline, and the words the
// window shows for changes and moments.
#include "common/Clock.h"
#include "simulator/SimulatedCampaign.h"
#include "support/SimulatedPackedTable.h"
#include "support/SimulatedStore.h"
#include "watching/AlertRuleSettings.h"
#include "watching/CampaignMemory.h"
#include "watching/SinceChoice.h"
#include "watching/TransitionGroups.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;

namespace {

const CampaignKey kShown{u"http://127.0.0.1:8080"_s, u"0000123456-00001"_s, u"shown"_s};
const CampaignKey kOther{u"http://127.0.0.1:8080"_s, u"0000123456-00001"_s, u"other"_s};
constexpr qint64 kMinute = 60'000;

QStringList rulesOf(const QList<Alert> &alerts)
{
    QStringList rules;
    for (const Alert &a : alerts)
        rules << a.rule;
    return rules;
}

} // namespace

class TestCampaignMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"fota-tests-campaignmemory"_s);
        QSettings().clear();
    }

    void recordsChartsEstimatesAndAlerts()
    {
        ManualClock clock(SimulatedCampaign::kStartMs + 3 * 86'400'000);
        CampaignMemory memory;
        memory.setClock(&clock);
        QSignalSpy opened(&memory, &CampaignMemory::opened);
        memory.open(m_dir.filePath(u"memory.sqlite"_s));
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(memory.isOpen());
        memory.setCampaign(kShown);
        QString error;
        memory.setRules(*AlertRule::parseList({u"new-failures>10"_s, u"failed>5%"_s}, &error));
        QCOMPARE(AlertRule::toStrings(AlertRuleSettings::load(kShown)),
                 (QStringList{u"new-failures>10"_s, u"failed>5%"_s}));
        QVERIFY(AlertRuleSettings::load(kOther).isEmpty());

        QSignalSpy recorded(&memory, &CampaignMemory::recorded);
        QSignalSpy fired(&memory, &CampaignMemory::alertsFired);
        const SimulatedCampaign s0 =
            SimulatedCampaign::generate(kShown.accountName, kShown.campaignId, 3000, 5);
        for (int k = 0; k < 3; ++k) {
            memory.record(kShown, packedTableOf(s0.afterSteps(k, 100)), 1000);
            QTRY_COMPARE(recorded.size(), k + 1);
            clock.advance(30 * kMinute);
        }
        // Another campaign's load is recorded too, but is not the shown one's chart.
        memory.record(kOther, packedTableOf(s0), 500);
        QTRY_COMPARE(recorded.size(), 4);

        QCOMPARE(memory.points().size(), 3);
        QCOMPARE(memory.points().last().buckets, storeOf(s0.afterSteps(2, 100)).bucketCounts());
        QCOMPARE(memory.previousSnapshotMs(), memory.points()[1].timeMs);
        // 100 devices resolved every 30 minutes.
        memory.updateEstimate();
        QCOMPARE(memory.eta().state, Eta::State::Estimated);
        QCOMPARE(*memory.eta().throughputPerHour, 200.0);

        // failed>5% holds at once: it fires on the first snapshot only; new-failures>10 on
        // the second and not again while it keeps holding.
        QCOMPARE(fired.size(), 2);
        QCOMPARE(fired[0].at(0).value<CampaignKey>(), kShown);
        QCOMPARE(rulesOf(fired[0].at(1).value<QList<Alert>>()), QStringList{u"failed>5%"_s});
        QCOMPARE(rulesOf(fired[1].at(1).value<QList<Alert>>()), QStringList{u"new-failures>10"_s});

        // What changed since the first snapshot, and one device's timeline.
        QSignalSpy since(&memory, &CampaignMemory::changesSinceLoaded);
        memory.requestChangesSince(memory.points().first().timeMs);
        QTRY_COMPARE(since.size(), 1);
        const auto changes = since[0].at(0).value<std::shared_ptr<const ChangesSince>>();
        QCOMPARE(qsizetype(changes->changes.devices.size()), qsizetype(200));
        QSignalSpy timeline(&memory, &CampaignMemory::deviceTimelineLoaded);
        memory.requestDeviceTimeline(changes->changes.devices.front().deviceId);
        QTRY_COMPARE(timeline.size(), 1);
        QCOMPARE(timeline[0].at(1).value<QList<DeviceStatusChange>>().size(), 1);

        // Another campaign shown: its own points, its own rules; an answer still on its way
        // for the previous one is dropped (answers come in order, so it passed before the
        // next one arrives).
        memory.requestChangesSince(0);
        memory.setCampaign(kOther);
        QTRY_COMPARE(memory.points().size(), 1);
        QVERIFY(memory.rules().isEmpty());
        memory.requestChangesSince(0);
        QTRY_COMPARE(since.size(), 2);
        const auto other = since[1].at(0).value<std::shared_ptr<const ChangesSince>>();
        QCOMPARE(other->to->id, memory.points().first().id);
    }

    void reopeningShowsTheStoredTable()
    {
        const QString path = m_dir.filePath(u"reopen.sqlite"_s);
        const SimulatedCampaign s0 =
            SimulatedCampaign::generate(kShown.accountName, kShown.campaignId, 1200, 8);
        {
            CampaignMemory memory;
            memory.open(path);
            QSignalSpy recorded(&memory, &CampaignMemory::recorded);
            memory.record(kShown, packedTableOf(s0), 10);
            QTRY_COMPARE(recorded.size(), 1);
        }
        CampaignMemory memory;
        memory.open(path);
        QSignalSpy table(&memory, &CampaignMemory::storedTableLoaded);
        memory.requestStoredTable(kShown);
        memory.requestStoredTable(kOther); // only the last request is answered
        QTRY_COMPARE(table.size(), 1);
        QCOMPARE(table[0].at(0).value<CampaignKey>(), kOther);
        QVERIFY(!table[0].at(1).value<std::shared_ptr<const StoredTable>>());
        memory.requestStoredTable(kShown);
        QTRY_COMPARE(table.size(), 2);
        const auto stored = table[1].at(1).value<std::shared_ptr<const StoredTable>>();
        QVERIFY(stored);
        QCOMPARE(stored->store.size(), 1200u);
        QVERIFY(stored->store.bucketCounts() == storeOf(s0).bucketCounts());
    }

    void aForeignFileIsAProblemNotACrash()
    {
        const QString path = m_dir.filePath(u"foreign.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
        f.close();
        CampaignMemory memory;
        QSignalSpy problem(&memory, &CampaignMemory::problem);
        memory.open(path);
        QTRY_COMPARE(problem.size(), 1);
        QVERIFY(!memory.isOpen());
        QVERIFY(problem[0].at(0).toString().contains(path));
    }

    void changesReadAsBuckets()
    {
        const QMap<QString, qint64> counts{{u"UpgradePending→UpgradeSuccess"_s, 1000},
                                           {u"Accepted→UpgradeSuccess"_s, 204},
                                           {u"UpgradePending→UpgradeFailed"_s, 88},
                                           {u"Success→UpgradeSuccess"_s, 3},
                                           {u"→UpgradePending"_s, 2},
                                           {u"UpgradeFailed→"_s, 1}};
        const QList<TransitionGroups::Line> lines = TransitionGroups::byBucket(counts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], (TransitionGroups::Line{u"pending"_s, u"succeeded"_s, 1000}));
        QCOMPARE(lines[1], (TransitionGroups::Line{u"in progress"_s, u"succeeded"_s, 204}));
        QCOMPARE(lines[3], (TransitionGroups::Line{u"Success"_s, u"UpgradeSuccess"_s, 3}));
        QCOMPARE(lines[4], (TransitionGroups::Line{u"new"_s, u"pending"_s, 2}));
        QCOMPARE(lines[5], (TransitionGroups::Line{u"failed"_s, u"gone"_s, 1}));
        QCOMPARE(TransitionGroups::summary(lines, 2),
                 u"1,000 pending → succeeded, 204 in progress → succeeded, 94 more"_s);
    }

    void sinceMeansTheZonesDay()
    {
        // 2026-11-22T14:30:00Z
        const qint64 now =
            SimulatedCampaign::kStartMs + 2 * 86'400'000 + 12 * 3'600'000 + 30 * kMinute;
        const qint64 midnight = SimulatedCampaign::kStartMs + 2 * 86'400'000 - 2 * 3'600'000;
        QCOMPARE(SinceChoice::timeFor(SinceChoice::ThisMorning, now, true, 0, 0), midnight);
        QCOMPARE(SinceChoice::timeFor(SinceChoice::Yesterday, now, true, 0, 0),
                 midnight - 86'400'000);
        QCOMPARE(SinceChoice::timeFor(SinceChoice::PreviousRefresh, now, true, 1234, 0),
                 qint64(1234));
        QCOMPARE(SinceChoice::timeFor(SinceChoice::Chosen, now, true, 1234, 99), qint64(99));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(
            SinceChoice::timeFor(SinceChoice::ThisMorning, now, false, 0, 0));
        QCOMPARE(local.time(), QTime(0, 0));
        QCOMPARE(local.date(), QDateTime::fromMSecsSinceEpoch(now).date());
    }
};

QTEST_GUILESS_MAIN(TestCampaignMemory)
#include "tst_campaignmemory.moc"
