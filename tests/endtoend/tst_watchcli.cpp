// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `fota-monitor watch` run as a real process against the simulator, which runs in this test's
// event loop: every JSON line checked against the simulator's truth after that many walks, the
// history file and the metrics file it leaves, stopping by signal, and its exit codes.
#include "SimulatorFixture.h"
#include "campaign/StatusBucket.h"
#include "history/HistoryStore.h"
#include "history/RetentionPolicy.h"
#include "identity/AppIdentity.h"
#include "support/ChildDelayScale.h"
#include "support/ProcessWait.h"
#include "support/SimulatedStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <csignal>
#include <limits>

using namespace Qt::StringLiterals;
using fota::BucketCounts;
using fota::StatusBucket;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorFault;

namespace {

constexpr int kChangesPerWalk = 120;
constexpr qint64 kForever = std::numeric_limits<qint64>::max();

QMap<QString, qint64> statusCounts(const SimulatedCampaign &c)
{
    QMap<QString, qint64> counts;
    for (const auto &d : c.devices())
        ++counts[d.status];
    return counts;
}

QMap<QString, qint64> transitionsBetween(const SimulatedCampaign &a, const SimulatedCampaign &b)
{
    QMap<QString, qint64> counts;
    for (qsizetype i = 0; i < a.devices().size(); ++i) {
        if (a.devices()[i].status != b.devices()[i].status)
            ++counts[a.devices()[i].status + u'→' + b.devices()[i].status];
    }
    return counts;
}

qint64 newFailures(const SimulatedCampaign &a, const SimulatedCampaign &b)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < a.devices().size(); ++i) {
        const bool failedBefore =
            fota::StatusBuckets::fromStatus(a.devices()[i].status) == StatusBucket::Failed;
        const bool failedNow =
            fota::StatusBuckets::fromStatus(b.devices()[i].status) == StatusBucket::Failed;
        n += failedNow && !failedBefore;
    }
    return n;
}

QMap<QString, qint64> toCounts(const QJsonObject &o)
{
    QMap<QString, qint64> counts;
    for (auto it = o.begin(); it != o.end(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

// promtool's verdict on a file: exit code and what it printed.
std::pair<int, QByteArray> promtool(const QByteArray &text)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStandardPaths::findExecutable(u"promtool"_s), {u"check"_s, u"metrics"_s});
    if (!p.waitForStarted(10'000))
        return {-1, "promtool did not start (Debian package prometheus)"};
    p.write(text);
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000))
        return {-1, "promtool did not finish"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

} // namespace

Q_DECLARE_METATYPE(fota::sim::SimulatorFault)

class WatchCliTest : public QObject
{
    Q_OBJECT

private:
    SimulatorFixture *m_sim = nullptr;
    QTemporaryDir m_dir;
    SimulatedCampaign m_original;

    struct Result
    {
        int exitCode = -1;
        QList<QByteArray> lines; // standard output, one JSON object each
        QByteArray err;
    };

    static QProcessEnvironment loginEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"THINGSPACE_BEARER_TOKEN", "THINGSPACE_SESSION_TOKEN", "THINGSPACE_CLIENT_ID",
              "THINGSPACE_CLIENT_SECRET", "THINGSPACE_USERNAME", "THINGSPACE_PASSWORD",
              "THINGSPACE_BASE_URL"})
            env.remove(QString::fromLatin1(name));
        const fota::Credentials c = SimulatorFixture::login();
        env.insert(u"THINGSPACE_CLIENT_ID"_s, c.clientId);
        env.insert(u"THINGSPACE_CLIENT_SECRET"_s, c.clientSecret);
        env.insert(u"THINGSPACE_USERNAME"_s, c.username);
        env.insert(u"THINGSPACE_PASSWORD"_s, c.password);
        return env;
    }

    QStringList defaults(const QString &history) const
    {
        return {u"watch"_s,
                u"--account"_s,
                m_sim->account,
                u"--campaign"_s,
                m_sim->campaignId,
                u"--base-url"_s,
                m_sim->server.baseUrl().toString(),
                u"--history"_s,
                history,
                u"--timeout"_s,
                u"1.5"_s};
    }

    // The watcher's settings (history/keepAllDays) in a scratch folder, never the user's.
    static QString configHome()
    {
        static QTemporaryDir dir;
        return dir.path();
    }

    static void prepare(QProcess &process, const QStringList &args)
    {
        QProcessEnvironment env = loginEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, configHome());
        process.setProcessEnvironment(env);
        process.setProgram(qEnvironmentVariable("FOTA_MONITOR_EXE"));
        process.setArguments(args);
    }

    static Result resultOf(QProcess &process, bool finished)
    {
        Result r;
        if (!finished) {
            r.exitCode = -3;
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        const QByteArray out = process.readAllStandardOutput();
        r.lines = out.split('\n');
        if (!r.lines.isEmpty() && r.lines.last().isEmpty())
            r.lines.removeLast();
        r.err = process.readAllStandardError();
        return r;
    }

    Result runWatch(const QStringList &args)
    {
        QProcess process;
        prepare(process, args);
        process.start();
        return resultOf(process, finishWithEventLoop(process));
    }

    QString historyPath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    fota::CampaignKey key() const
    {
        return fota::CampaignKey::of(m_sim->server.baseUrl(), m_sim->account, m_sim->campaignId);
    }

    QList<fota::Snapshot> snapshotsIn(const QString &path) const
    {
        fota::HistoryStore store;
        if (!store.open(path))
            return {};
        return store.snapshots(key(), 0, kForever);
    }

    // One line against the truth after k walks (and the walk before it).
    static void checkLine(const QJsonObject &o, int k, const SimulatedCampaign &truth,
                          const SimulatedCampaign &before)
    {
        QCOMPARE(o.keys().size(), 13);
        QCOMPARE(o.value(u"totalDevice"_s).toInt(), SimulatorFixture::kDevices);
        QCOMPARE(o.value(u"loaded"_s).toInt(), SimulatorFixture::kDevices);
        QCOMPARE(o.value(u"complete"_s), QJsonValue(true));
        const BucketCounts b = storeOf(truth).bucketCounts();
        const QJsonObject buckets = o.value(u"buckets"_s).toObject();
        const char *names[] = {"succeeded",  "failed",    "pending",
                               "inProgress", "cancelled", "other"};
        for (int i = 0; i < fota::kBucketCount; ++i)
            QCOMPARE(buckets.value(QLatin1StringView(names[i])).toInteger(), b[i]);
        QCOMPARE(toCounts(o.value(u"statuses"_s).toObject()), statusCounts(truth));
        QCOMPARE(o.value(u"changed"_s).toInt(), k == 0 ? 0 : kChangesPerWalk);
        const QMap<QString, qint64> transitions =
            k == 0 ? QMap<QString, qint64>() : transitionsBetween(before, truth);
        QCOMPARE(toCounts(o.value(u"transitions"_s).toObject()), transitions);
        // Three loads a moment apart are far less than the estimator's 15 minutes.
        QVERIFY(o.value(u"throughputPerHour"_s).isNull());
        QVERIFY(o.value(u"eta"_s).isNull());
    }

    // failed>5% holds from the start: it fires at the first load only. new-failures>10 fires
    // at each load where it holds and did not at the one before.
    static QStringList expectedAlerts(int k, const QList<SimulatedCampaign> &truth)
    {
        QStringList rules;
        if (k == 0)
            rules << u"failed>5%"_s;
        const auto holds = [&](int i) {
            return i > 0 && newFailures(truth[i - 1], truth[i]) > 10;
        };
        if (holds(k) && !(k > 0 && holds(k - 1)))
            rules << u"new-failures>10"_s;
        return rules;
    }

    void verifyNoSecrets(const Result &r)
    {
        const fota::Credentials c = SimulatorFixture::login();
        for (const QString &secret : {c.clientSecret, c.password}) {
            QVERIFY(!r.err.contains(secret.toUtf8()));
            for (const QByteArray &line : r.lines)
                QVERIFY(!line.contains(secret.toUtf8()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("FOTA_MONITOR_EXE")),
                 "FOTA_MONITOR_EXE not set");
        scaleChildDelays(); // retry backoff and Retry-After in milliseconds, not seconds
        QVERIFY(m_dir.isValid());
    }

    // A fresh simulator per test: the evolving campaign must start from step 0.
    void init()
    {
        m_sim = new SimulatorFixture;
        QVERIFY(m_sim->start());
        m_original = m_sim->campaign();
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void threeLoadsMatchTheTruth()
    {
        m_sim->server.setEvolvePerWalk(kChangesPerWalk);
        const QString history = historyPath(u"three"_s);
        const QString metrics = m_dir.filePath(u"fota.prom"_s);
        const Result r = runWatch(
            defaults(history) +
            QStringList{u"--count"_s, u"3"_s, u"--interval"_s, u"0"_s, u"--metrics-file"_s, metrics,
                        u"--alert"_s, u"failed>5%"_s, u"--alert"_s, u"new-failures>10"_s,
                        u"--alert"_s, u"complete"_s, u"--connections"_s, u"4"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.lines.size(), 3);
        QList<SimulatedCampaign> truth;
        for (int k = 0; k < 3; ++k)
            truth.append(m_original.afterSteps(k, kChangesPerWalk));

        for (int k = 0; k < 3; ++k) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(r.lines[k], &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, r.lines[k].constData());
            QCOMPARE(o.value(u"accountName"_s).toString(), m_sim->account);
            QCOMPARE(o.value(u"campaignId"_s).toString(), m_sim->campaignId);
            QVERIFY(o.value(u"time"_s).toString().endsWith(u'Z'));
            checkLine(o, k, truth[k], truth[std::max(k - 1, 0)]);
            if (QTest::currentTestFailed())
                return;
            QStringList rules;
            for (const QJsonValue &a : o.value(u"alerts"_s).toArray())
                rules << a.toObject().value(u"rule"_s).toString();
            QCOMPARE(rules, expectedAlerts(k, truth));
        }
        QCOMPARE(m_sim->campaign().evolveSteps(), quint64(2)); // the third walk's did not run

        // The history holds the three snapshots, each the truth of its walk.
        const QList<fota::Snapshot> snapshots = snapshotsIn(history);
        QCOMPARE(snapshots.size(), 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(snapshots[k].buckets, storeOf(truth[k]).bucketCounts());
            QCOMPARE(snapshots[k].statusCounts, statusCounts(truth[k]));
            QCOMPARE(snapshots[k].changed, k == 0 ? 0 : kChangesPerWalk);
            QVERIFY(snapshots[k].countsAgree());
            QVERIFY(snapshots[k].loadDurationMs >= 0);
        }

        // The metrics file describes the last load, and promtool accepts it.
        QFile file(metrics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const auto [code, output] = promtool(text);
        QVERIFY2(code == 0, output.constData());
        const QByteArray failed = "fota_campaign_devices{account=\"" + m_sim->account.toUtf8() +
                                  "\",campaign=\"" + m_sim->campaignId.toUtf8() +
                                  "\",bucket=\"failed\"} ";
        const QByteArray failedSample =
            failed +
            QByteArray::number(storeOf(truth[2]).bucketCounts()[int(StatusBucket::Failed)]) + '\n';
        QVERIFY(text.contains(failedSample));
        // Replaced atomically: no temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({u"fota.prom*"_s}, QDir::Files),
                 QStringList{u"fota.prom"_s});
        verifyNoSecrets(r);
        QVERIFY(r.err.contains("load 3 of 3"));
    }

    // SIGTERM while a page request hangs: the watcher ends at once (the request would wait a
    // day), prints nothing for that load and records nothing of it.
    void sigtermDuringAStalledLoadRecordsNothing()
    {
        const QString history = historyPath(u"stalled"_s);
        QSignalSpy served(&m_sim->server, &fota::sim::SimulatorServer::requestServed);
        // The first walk's three pages pass; the second walk's first page never answers.
        m_sim->server.injectFault(SimulatorFault::Stall, 100, 3);
        QProcess process;
        QStringList args = defaults(history);
        args[args.indexOf(u"--timeout"_s) + 1] = u"86400"_s;
        prepare(process, args + QStringList{u"--interval"_s, u"0"_s, u"--attempts"_s, u"1"_s});
        process.start();
        QVERIFY(process.waitForStarted(10'000));
        const auto stalled = [&] {
            for (const QList<QVariant> &s : served) {
                if (s.at(1).toInt() == 0)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(stalled(), 60'000);
        process.terminate(); // SIGTERM
        const Result r = resultOf(process, finishWithEventLoop(process, 60'000));
        QCOMPARE(r.exitCode, 0); // the last load that finished was whole
        QCOMPARE(r.lines.size(), 1);
        QVERIFY2(r.err.contains("SIGTERM: aborting load 2"), r.err.constData());
        QVERIFY(r.err.contains("nothing of it was recorded"));
        QCOMPARE(snapshotsIn(history).size(), 1);
    }

    // Between loads a SIGTERM ends the wait (an hour here) at once.
    void sigintBetweenLoadsEndsCleanly()
    {
        const QString history = historyPath(u"between"_s);
        QProcess process;
        prepare(process, defaults(history) + QStringList{u"--interval"_s, u"3600"_s});
        process.start();
        QVERIFY(process.waitForStarted(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 60'000); // the first load's line
        ::kill(pid_t(process.processId()), SIGINT);
        const Result r = resultOf(process, finishWithEventLoop(process, 60'000));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 1);
        QVERIFY2(r.err.contains("SIGINT: stopped between loads"), r.err.constData());
        QCOMPARE(snapshotsIn(history).size(), 1);
    }

    // The last load decides: short of its totalDevice (recorded, complete false) or failed
    // (the failure line, nothing recorded) is exit 1.
    void lastLoadIncompleteIsExit1_data()
    {
        QTest::addColumn<SimulatorFault>("fault");
        QTest::addColumn<int>("snapshots");
        QTest::newRow("totalDevice inflated") << SimulatorFault::InflatedTotal << 2;
        QTest::newRow("400 from the server") << SimulatorFault::BadRequest << 1;
    }
    void lastLoadIncompleteIsExit1()
    {
        QFETCH(SimulatorFault, fault);
        QFETCH(int, snapshots);
        const QString history = historyPath(QString::fromLatin1(QTest::currentDataTag()));
        // The second walk, every page: one connection, so the walks are three requests each
        // (several lanes would see more pages than the fault covers).
        m_sim->server.injectFault(fault, 3, 3);
        const Result r = runWatch(defaults(history) +
                                  QStringList{u"--count"_s, u"2"_s, u"--interval"_s, u"0"_s,
                                              u"--attempts"_s, u"1"_s, u"--connections"_s, u"1"_s});
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QCOMPARE(r.lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(r.lines[0]).object();
        QCOMPARE(first.value(u"complete"_s), QJsonValue(true));
        const QJsonObject last = QJsonDocument::fromJson(r.lines[1]).object();
        if (fault == SimulatorFault::InflatedTotal) {
            QCOMPARE(last.value(u"complete"_s), QJsonValue(false));
            QCOMPARE(last.value(u"totalDevice"_s).toInt(), 50000);
            QCOMPARE(last.value(u"loaded"_s).toInt(), SimulatorFixture::kDevices);
            QVERIFY(r.err.contains("incomplete campaign"));
        } else {
            QCOMPARE(last.keys(),
                     (QStringList{u"accountName"_s, u"campaignId"_s, u"error"_s, u"time"_s}));
            QVERIFY(last.value(u"error"_s).toString().contains(u"not available"_s));
        }
        QCOMPARE(snapshotsIn(history).size(), snapshots);
    }

    // A failed load is a line, not the end: the watcher goes on and the next load counts.
    void aFailedLoadIsALineAndTheWatcherGoesOn()
    {
        const QString history = historyPath(u"goes-on"_s);
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1, 0);
        const Result r =
            runWatch(defaults(history) + QStringList{u"--count"_s, u"2"_s, u"--interval"_s, u"0"_s,
                                                     u"--attempts"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.lines.size(), 2);
        QVERIFY(QJsonDocument::fromJson(r.lines[0]).object().contains(u"error"_s));
        QCOMPARE(QJsonDocument::fromJson(r.lines[1]).object().value(u"complete"_s),
                 QJsonValue(true));
        QCOMPARE(snapshotsIn(history).size(), 1);
    }

    // The metrics file is written after every load, a failed one too: the last recorded
    // load's samples stay and fota_campaign_last_load_success says 0; before any recorded
    // load, only that gauge has a sample. promtool accepts both.
    void aFailedLoadStillWritesTheMetrics()
    {
        const QString metrics = m_dir.filePath(u"failing.prom"_s);
        m_sim->server.injectFault(SimulatorFault::BadRequest, 3, 3); // the second walk fails
        const QStringList options{u"--interval"_s,    u"0"_s, u"--attempts"_s,     u"1"_s,
                                  u"--connections"_s, u"1"_s, u"--metrics-file"_s, metrics};
        Result r = runWatch(defaults(historyPath(u"failing"_s)) + options +
                            QStringList{u"--count"_s, u"2"_s});
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QCOMPARE(r.lines.size(), 2);
        QVERIFY(QJsonDocument::fromJson(r.lines[1]).object().contains(u"error"_s));
        const QByteArray labels = "{account=\"" + m_sim->account.toUtf8() + "\",campaign=\"" +
                                  m_sim->campaignId.toUtf8() + '"';
        const auto sample = [&](const char *name, const QByteArray &rest) -> QByteArray {
            return QByteArray(name) + labels + rest;
        };
        const auto read = [&] {
            QFile file(metrics);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QByteArray text = read();
        QVERIFY2(text.contains(sample("fota_campaign_last_load_success", "} 0\n")),
                 text.constData());
        const qint64 failed = storeOf(m_original).bucketCounts()[int(StatusBucket::Failed)];
        QVERIFY(text.contains(sample("fota_campaign_devices",
                                     ",bucket=\"failed\"} " + QByteArray::number(failed) + '\n')));
        QVERIFY(text.contains(sample("fota_campaign_last_load_timestamp_seconds", "} ")));
        auto [code, output] = promtool(text);
        QVERIFY2(code == 0, output.constData());

        // A watcher whose very first load fails.
        m_sim->server.clearFaults();
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1, 0);
        r = runWatch(defaults(historyPath(u"failing-first"_s)) + options +
                     QStringList{u"--count"_s, u"1"_s});
        QVERIFY2(r.exitCode == 1, r.err.constData());
        text = read();
        QVERIFY2(text.contains(sample("fota_campaign_last_load_success", "} 0\n")),
                 text.constData());
        QVERIFY(!text.contains("fota_campaign_devices{"));
        std::tie(code, output) = promtool(text);
        QVERIFY2(code == 0, output.constData());
    }

    // watch thins the history as the window's setting says (history/keepAllDays, read from
    // the same settings file): three snapshots of a day ten days ago stay with the default
    // 30 days, and become that day's last with 7.
    void theRetentionSettingIsHonoured()
    {
        const QString history = historyPath(u"retention"_s);
        {
            fota::HistoryStore store;
            store.setRetention(fota::RetentionPolicy(1'000'000));
            QVERIFY(store.open(history));
            constexpr qint64 kDay = 86'400'000;
            const qint64 day = (QDateTime::currentMSecsSinceEpoch() / kDay - 10) * kDay;
            for (int i = 1; i <= 3; ++i)
                QVERIFY(store.record(key(), storeOf(m_original), day + i * 3'600'000));
        }
        const QString settings = configHome() + u'/' + fota::AppIdentity::organizationName() +
                                 u'/' + fota::AppIdentity::applicationName() + u".conf"_s;
        QVERIFY(QDir().mkpath(QFileInfo(settings).absolutePath()));
        const auto runOnce = [&] {
            return runWatch(defaults(history) +
                            QStringList{u"--count"_s, u"1"_s, u"--interval"_s, u"0"_s});
        };
        QFile::remove(settings);
        Result r = runOnce();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(snapshotsIn(history).size(), 4);

        QFile file(settings);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[history]\nkeepAllDays=7\n");
        file.close();
        r = runOnce();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile::remove(settings);
        const QList<fota::Snapshot> left = snapshotsIn(history);
        QCOMPARE(left.size(), 3); // that day's last, and today's two
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(left[0].timeMs, QTimeZone::utc()).time().hour(), 3);
    }

    void usageErrorsAreExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList base{u"watch"_s, u"--account"_s, u"0000123456-00001"_s, u"--campaign"_s,
                               u"c-1"_s};
        QTest::newRow("interval 10 on a remote host")
            << base + QStringList{u"--base-url"_s, u"https://thingspace.example.com"_s,
                                  u"--interval"_s, u"10"_s}
            << u"--interval must be at least 30 seconds for thingspace.example.com"_s;
        QTest::newRow("interval not a number")
            << base + QStringList{u"--interval"_s, u"soon"_s} << u"--interval must be"_s;
        QTest::newRow("bad rule") << base + QStringList{u"--alert"_s, u"failed>lots"_s}
                                  << u"--alert:"_s;
        QTest::newRow("connections 9")
            << base + QStringList{u"--connections"_s, u"9"_s}
            << u"--connections must be a whole number from 1 to 8, not \"9\""_s;
        QTest::newRow("connections 0")
            << base + QStringList{u"--connections"_s, u"0"_s} << u"--connections must be"_s;
        QTest::newRow("count 0") << base + QStringList{u"--count"_s, u"0"_s}
                                 << u"--count must be"_s;
        QTest::newRow("timeout as for export") << base + QStringList{u"--timeout"_s, u"nan"_s}
                                               << u"--timeout must be a number of seconds"_s;
        QTest::newRow("attempts as for export") << base + QStringList{u"--attempts"_s, u"0"_s}
                                                << u"--attempts must be a whole number"_s;
        QTest::newRow("no campaign") << QStringList{u"watch"_s, u"--account"_s, u"a"_s}
                                     << u"--account and --campaign are required"_s;
        QTest::newRow("metrics folder missing")
            << base + QStringList{u"--metrics-file"_s, u"/nonexistent-dir/fota.prom"_s}
            << u"does not exist"_s;
        QTest::newRow("unknown option")
            << base + QStringList{u"--every"_s, u"5"_s} << u"Unknown option"_s;
    }
    void usageErrorsAreExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runWatch(args + QStringList{u"--history"_s, historyPath(u"usage"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.lines.isEmpty());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(historyPath(u"usage"_s)));
    }

    // A history file that is not ours is refused before any load, and left as it was.
    void aForeignHistoryIsExit2AndUntouched()
    {
        const QString path = m_dir.filePath(u"notes.txt"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("my notes, not a database\n");
        }
        const Result r = runWatch(defaults(path) + QStringList{u"--count"_s, u"1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.lines.isEmpty());
        QCOMPARE(m_sim->server.reportRequests(), 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("my notes, not a database\n"));
    }
};

QTEST_GUILESS_MAIN(WatchCliTest)
#include "tst_watchcli.moc"
