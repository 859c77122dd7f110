// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The asynchronous recorder: the window and the watcher hand a copy of the store over and get
// a signal when the snapshot is in the file; reading the last table back is asynchronous too.
#include "history/HistoryRecorder.h"
#include "simulator/SimulatedCampaign.h"
#include "support/SimulatedPackedTable.h"
#include "support/SimulatedStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;

namespace {

const CampaignKey kKey{u"http://127.0.0.1"_s, u"0000123456-00001"_s, u"recorder-campaign"_s};

} // namespace

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void recordsOnAWorkerAndAnswersInOrder()
    {
        const QString path = m_dir.filePath(u"recorder.sqlite"_s);
        HistoryRecorder recorder;
        QSignalSpy opened(&recorder, &HistoryRecorder::opened);
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        QSignalSpy loaded(&recorder, &HistoryRecorder::latestTableLoaded);
        const QThread *mainThread = QThread::currentThread();
        const QThread *answeredOn = nullptr;
        connect(&recorder, &HistoryRecorder::recorded, this,
                [&answeredOn] { answeredOn = QThread::currentThread(); });
        recorder.open({path, RetentionPolicy(1'000'000)});

        const SimulatedCampaign s0 =
            SimulatedCampaign::generate(kKey.accountName, kKey.campaignId, 5000, 4);
        const quint64 first = recorder.record(kKey, packedTableOf(s0), 1000, 10);
        const quint64 second = recorder.record(kKey, packedTableOf(s0.afterSteps(1, 75)), 2000, 20);
        const quint64 table = recorder.requestLatestTable(kKey);
        QVERIFY(first < second && second < table);

        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().at(0).toBool());
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded[0].at(0).toULongLong(), first);
        const auto r1 = recorded[1].at(1).value<RecordResult>();
        QCOMPARE(recorded[1].at(0).toULongLong(), second);
        QCOMPARE(r1.snapshot.changed, 75);
        QCOMPARE(r1.key, kKey);
        QCOMPARE(answeredOn, mainThread); // signals arrive on the caller's thread

        QCOMPARE(loaded[0].at(0).toULongLong(), table);
        const auto stored = loaded[0].at(2).value<std::shared_ptr<const StoredTable>>();
        QVERIFY(stored);
        QCOMPARE(stored->timeMs, 2000);
        QCOMPARE(stored->store.size(), 5000u);
        QVERIFY(stored->store.bucketCounts() == storeOf(s0.afterSteps(1, 75)).bucketCounts());

        QSignalSpy transitions(&recorder, &HistoryRecorder::transitionsLoaded);
        recorder.requestTransitions(kKey, recorded[0].at(1).value<RecordResult>().snapshot.id,
                                    r1.snapshot.id);
        QTRY_COMPARE(transitions.size(), 1);
        const auto set = transitions[0].at(1).value<std::shared_ptr<const TransitionSet>>();
        QVERIFY(set);
        QCOMPARE(qsizetype(set->devices.size()), qsizetype(75));
    }

    // What the window asks of the shown campaign: chart points, the changes since a moment
    // (the snapshot at or before it, or the first after it), and one device's timeline.
    void answersTheWindowsQuestions()
    {
        const QString path = m_dir.filePath(u"questions.sqlite"_s);
        HistoryRecorder recorder;
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.open({path, RetentionPolicy(1'000'000)});
        const SimulatedCampaign s0 =
            SimulatedCampaign::generate(kKey.accountName, kKey.campaignId, 3000, 9);
        for (int k = 0; k < 3; ++k)
            recorder.record(kKey, packedTableOf(s0.afterSteps(k, 40)), 1000 * (k + 1));
        QTRY_COMPARE(recorded.size(), 3);

        QSignalSpy points(&recorder, &HistoryRecorder::pointsLoaded);
        recorder.requestPoints(kKey, 1500, 10'000);
        QTRY_COMPARE(points.size(), 1);
        const auto list = points[0].at(2).value<QList<SnapshotPoint>>();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].timeMs, 2000);
        QCOMPARE(list[1].buckets, storeOf(s0.afterSteps(2, 40)).bucketCounts());

        QSignalSpy since(&recorder, &HistoryRecorder::changesSinceLoaded);
        recorder.requestChangesSince(kKey, 1999); // the first snapshot is the last before
        recorder.requestChangesSince(kKey, 10);   // before every snapshot: the first after
        recorder.requestChangesSince(kKey, 5000); // after the last: nothing changed since
        QTRY_COMPARE(since.size(), 3);
        const auto fromFirst = since[0].at(2).value<std::shared_ptr<const ChangesSince>>();
        QVERIFY(fromFirst && fromFirst->from && fromFirst->to);
        QCOMPARE(fromFirst->from->timeMs, 1000);
        QCOMPARE(fromFirst->to->timeMs, 3000);
        QCOMPARE(qsizetype(fromFirst->changes.devices.size()), qsizetype(80));
        const auto early = since[1].at(2).value<std::shared_ptr<const ChangesSince>>();
        QCOMPARE(early->from->timeMs, 1000);
        QCOMPARE(early->changes.counts, fromFirst->changes.counts);
        const auto late = since[2].at(2).value<std::shared_ptr<const ChangesSince>>();
        QCOMPARE(late->from->id, late->to->id);
        QVERIFY(late->changes.devices.empty());

        const QString device = fromFirst->changes.devices.front().deviceId;
        QSignalSpy timeline(&recorder, &HistoryRecorder::deviceChangesLoaded);
        recorder.requestDeviceChanges(kKey, device);
        QTRY_COMPARE(timeline.size(), 1);
        QCOMPARE(timeline[0].at(2).toString(), device);
        const auto changes = timeline[0].at(3).value<QList<DeviceStatusChange>>();
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.last().to, fromFirst->changes.devices.front().to);
    }

    void anUnknownCampaignHasNoTable()
    {
        HistoryRecorder recorder;
        QSignalSpy loaded(&recorder, &HistoryRecorder::latestTableLoaded);
        recorder.open({m_dir.filePath(u"empty.sqlite"_s), RetentionPolicy()});
        recorder.requestLatestTable(kKey);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!loaded[0].at(2).value<std::shared_ptr<const StoredTable>>());
        QVERIFY(!loaded[0].at(3).value<HistoryError>().isError());
    }

    void aRefusedFileFailsEveryRecord()
    {
        const QString path = m_dir.filePath(u"not-ours.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        HistoryRecorder recorder;
        QSignalSpy opened(&recorder, &HistoryRecorder::opened);
        QSignalSpy failed(&recorder, &HistoryRecorder::recordFailed);
        recorder.open({path, RetentionPolicy()});
        recorder.record(kKey, PackedTable::encode(DeviceStore()), 1000);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!opened.first().at(0).toBool());
        QCOMPARE(int(opened.first().at(1).value<HistoryError>().kind),
                 int(HistoryError::NotSqlite));
        QCOMPARE(int(failed.first().at(1).value<HistoryError>().kind), int(HistoryError::Io));
    }

    void destroyingFinishesWhatWasAsked()
    {
        const QString path = m_dir.filePath(u"finish.sqlite"_s);
        {
            HistoryRecorder recorder;
            recorder.open({path, RetentionPolicy(1'000'000)});
            recorder.record(kKey,
                            packedTableOf(SimulatedCampaign::generate(kKey.accountName,
                                                                      kKey.campaignId, 2000, 8)),
                            1000);
        }
        HistoryStore history;
        history.setRetention(RetentionPolicy(1'000'000));
        QVERIFY(history.open(path));
        QCOMPARE(history.points(kKey, 0, 5000).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
