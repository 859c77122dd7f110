// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The history file under several processes: two writers recording the same campaign at once
// while this process reads, and a writer killed with SIGKILL at random moments, over and over,
// after which the file passes PRAGMA integrity_check and holds exactly the committed snapshots.
#include "history/HistoryStore.h"
#include "simulator/SimulatedCampaign.h"
#include "support/SimulatedStore.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();

CampaignKey keyFor(const QString &campaign)
{
    return {u"http://127.0.0.1"_s, u"0000123456-00001"_s, campaign};
}

SimulatedCampaign truth(const QString &campaign, int devices, int changes, int steps)
{
    return SimulatedCampaign::generate(u"0000123456-00001"_s, campaign, devices, qHash(campaign))
        .afterSteps(steps, changes);
}

QString integrity(const QString &path)
{
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                answer = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return answer;
}

std::unique_ptr<QProcess> startWriter(const QString &path, const QString &campaign, int devices,
                                      int changes, int count)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QCoreApplication::applicationDirPath() + u"/fota-history-writer"_s,
             {path, campaign, QString::number(devices), QString::number(changes),
              QString::number(count)});
    return p;
}

// Reads whole lines until one starts with `prefix` or the deadline passes.
QByteArray readUntil(QProcess &p, QByteArrayView prefix, QDeadlineTimer deadline,
                     QList<QByteArray> *seen)
{
    while (!deadline.hasExpired()) {
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            seen->append(line);
            if (line.startsWith(prefix))
                return line;
        }
        if (p.state() == QProcess::NotRunning)
            return {};
        p.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
    }
    return {};
}

} // namespace

class TestHistoryProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void twoWritersAndAReaderShareOneFile()
    {
        const QString path = m_dir.filePath(u"shared.sqlite"_s);
        const QString campaign = u"shared-campaign"_s;
        constexpr int kDevices = 20'000, kCount = 12;
        constexpr qint64 kChanges = 200;
        auto a = startWriter(path, campaign, kDevices, int(kChanges), kCount);
        auto b = startWriter(path, campaign, kDevices, int(kChanges), kCount);
        QVERIFY(a->waitForStarted() && b->waitForStarted());

        // Read while they write: a reader never waits for a writer in WAL mode, and never
        // sees a half-written snapshot.
        HistoryStore reader;
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 60'000);
        QVERIFY2(reader.open(path), qPrintable(reader.lastError().message));
        int reads = 0;
        while (a->state() != QProcess::NotRunning || b->state() != QProcess::NotRunning) {
            const QList<Snapshot> seen = reader.snapshots(keyFor(campaign), 0, kForever);
            QVERIFY2(!reader.lastError().isError(), qPrintable(reader.lastError().message));
            for (const Snapshot &s : seen)
                QCOMPARE(s.loaded, kDevices);
            ++reads;
            a->waitForFinished(20);
            b->waitForFinished(20);
        }
        // waitForFinished() is false for a process that has already finished.
        QVERIFY(a->state() == QProcess::NotRunning || a->waitForFinished(120'000));
        QVERIFY(b->state() == QProcess::NotRunning || b->waitForFinished(120'000));
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
        QVERIFY(reads > 0);

        QCOMPARE(integrity(path), u"ok"_s);
        const QList<Snapshot> all = reader.snapshots(keyFor(campaign), 0, kForever);
        QCOMPARE(all.size(), 2 * kCount);
        // Each writer records the states of steps k, k+1, ... (the step is in the snapshot's
        // time), interleaved with the other's in any order. A step moves kChanges devices out
        // of pending for good, so the change between steps a and b is kChanges * |a - b|.
        // Every snapshot must be compared with the one recorded just before it, whichever
        // process wrote that one: a stale copy of its own last table would count wrongly.
        const auto stepOf = [](const Snapshot &snapshot) {
            return (snapshot.timeMs - SimulatedCampaign::kStartMs) / 60'000;
        };
        QList<Snapshot> byId = all;
        std::sort(byId.begin(), byId.end(),
                  [](const Snapshot &x, const Snapshot &y) { return x.id < y.id; });
        for (qsizetype i = 1; i < byId.size(); ++i) {
            QCOMPARE(byId[i].changed, kChanges * std::abs(stepOf(byId[i]) - stepOf(byId[i - 1])));
            QVERIFY(byId[i].buckets ==
                    storeOf(truth(campaign, kDevices, int(kChanges), int(stepOf(byId[i]))))
                        .bucketCounts());
        }
        const auto since = reader.transitions(keyFor(campaign), byId.first().id, byId.last().id);
        QVERIFY(since);
        QCOMPARE(qint64(since->devices.size()),
                 kChanges * std::abs(stepOf(byId.last()) - stepOf(byId.first())));
        const auto latest = reader.latestTable(keyFor(campaign));
        QVERIFY(latest);
        QCOMPARE(latest->snapshotId, byId.last().id);
        QVERIFY(latest->store.bucketCounts() ==
                storeOf(truth(campaign, kDevices, int(kChanges), int(stepOf(byId.last()))))
                    .bucketCounts());
    }

    void killedWritersNeverCostTheFile()
    {
        const QString path = m_dir.filePath(u"killed.sqlite"_s);
        const QString campaign = u"killed-campaign"_s;
        constexpr int kDevices = 30'000, kChanges = 300, kRounds = 8;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill moments from seed %u", seed);
        QRandomGenerator rng(seed);
        qint64 committed = 0;
        int lostInFlight = 0;
        for (int round = 0; round < kRounds; ++round) {
            auto writer = startWriter(path, campaign, kDevices, kChanges, 0);
            QVERIFY(writer->waitForStarted());
            // Kill at a random moment inside the record that begins after a random number
            // of commits: at most 12 ms after "begin" (a record of 30,000 devices takes longer),
            // or at the next line.
            const int commitsFirst = int(rng.bounded(3));
            QList<QByteArray> lines;
            for (int c = 0; c < commitsFirst; ++c)
                QVERIFY(!readUntil(*writer, "committed", QDeadlineTimer(60'000), &lines).isEmpty());
            QVERIFY(!readUntil(*writer, "begin", QDeadlineTimer(60'000), &lines).isEmpty());
            readUntil(*writer, "committed", QDeadlineTimer(int(rng.bounded(12))), &lines);
            writer->kill();
            QVERIFY(writer->state() == QProcess::NotRunning || writer->waitForFinished(30'000));
            for (const QByteArray &l : lines)
                committed += l.startsWith("committed") ? 1 : 0;

            QCOMPARE(integrity(path), u"ok"_s);
            HistoryStore history;
            QVERIFY2(history.open(path), qPrintable(history.lastError().message));
            const qint64 n = history.points(keyFor(campaign), 0, kForever).size();
            // The record in flight may have committed just before the kill; nothing else.
            QVERIFY2(n == committed || n == committed + 1,
                     qPrintable(u"%1 snapshots, %2 committed"_s.arg(n).arg(committed)));
            lostInFlight += n == committed && lines.last().startsWith("begin") ? 1 : 0;
            committed = n;
            const auto latest = history.latestTable(keyFor(campaign));
            if (n == 0) { // killed before its first commit
                QVERIFY(!latest && !history.lastError().isError());
                continue;
            }
            QVERIFY2(latest, qPrintable(history.lastError().message));
            const DeviceStore expected = storeOf(truth(campaign, kDevices, kChanges, int(n - 1)));
            QVERIFY(latest->store.bucketCounts() == expected.bucketCounts());
            QCOMPARE(latest->store.size(), expected.size());
            QCOMPARE(history.latestSnapshot(keyFor(campaign))->id, latest->snapshotId);
        }
        QVERIFY(committed > 0);
        qInfo("%d of %d kills landed inside a record", lostInFlight, kRounds);
        QVERIFY(lostInFlight > 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryProcesses)
#include "tst_historyprocesses.moc"
