// The asynchronous recorder: the window and the watcher hand a copy of the store over and get
// a signal when the snapshot is in the file; reading the last table back is asynchronous too.
#include "history/HistoryRecorder.h"
#include "simulator/SimulatedCampaign.h"
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
        const quint64 first = recorder.record(kKey, storeOf(s0), 1000, 10);
        const quint64 second = recorder.record(kKey, storeOf(s0.afterSteps(1, 75)), 2000, 20);
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
        recorder.record(kKey, DeviceStore(), 1000);
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
            recorder.record(
                kKey,
                storeOf(SimulatedCampaign::generate(kKey.accountName, kKey.campaignId, 2000, 8)),
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
