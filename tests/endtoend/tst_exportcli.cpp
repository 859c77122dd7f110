// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimulatorFixture.h"
#include "simulator/ReportPageWriter.h"
#include "support/ChildDelayScale.h"
#include "support/CsvReader.h"
#include "support/ProcessWait.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using fota::sim::ReportPageWriter;
using fota::sim::SimulatorFault;

namespace {

// The file type bits of a path, links followed; 0 when it does not exist.
mode_t fileType(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & S_IFMT;
}

ino_t inode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

const QString kThreeDevices = u"3d3d3d3d-0000-4000-8000-000000000003"_s;
const QString kOneDevice = u"1d1d1d1d-0000-4000-8000-000000000001"_s;

} // namespace

Q_DECLARE_METATYPE(fota::sim::SimulatorFault)

// `fota-monitor export` run as a real process against the simulator, which runs in this test's
// event loop (so the process is awaited without blocking it).
class ExportCliTest : public QObject
{
    Q_OBJECT

private:
    SimulatorFixture *m_sim = nullptr;
    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static QProcessEnvironment loginEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"THINGSPACE_BEARER_TOKEN", "THINGSPACE_SESSION_TOKEN", "THINGSPACE_CLIENT_ID",
              "THINGSPACE_CLIENT_SECRET", "THINGSPACE_USERNAME", "THINGSPACE_PASSWORD"})
            env.remove(QString::fromLatin1(name));
        const fota::Credentials c = SimulatorFixture::login();
        env.insert(u"THINGSPACE_CLIENT_ID"_s, c.clientId);
        env.insert(u"THINGSPACE_CLIENT_SECRET"_s, c.clientSecret);
        env.insert(u"THINGSPACE_USERNAME"_s, c.username);
        env.insert(u"THINGSPACE_PASSWORD"_s, c.password);
        return env;
    }

    Result runExport(const QStringList &extra, const QProcessEnvironment &env = loginEnvironment(),
                     bool withDefaults = true, const std::function<void(QProcess &)> &prepare = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QStringList args{u"export"_s};
        if (withDefaults)
            args << u"--account"_s << m_sim->account << u"--campaign"_s << m_sim->campaignId
                 << u"--base-url"_s << m_sim->server.baseUrl().toString() << u"--timeout"_s
                 << u"1.5"_s;
        process.setProgram(qEnvironmentVariable("FOTA_MONITOR_EXE"));
        process.setArguments(args + extra);
        if (prepare)
            prepare(process); // may redirect, or run the command through a shell
        process.start();
        Result r;
        if (!finishWithEventLoop(process)) {
            r.exitCode = -3;
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    static QString iso(qint64 ms)
    {
        if (ms == fota::sim::SimulatedDevice::kNoTime)
            return {};
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    // The file holds exactly the campaign's devices, in ascending ID order, every field intact.
    void verifyCsv(const QByteArray &csv)
    {
        const QList<QStringList> rows = readCsv(csv);
        const auto &devices = m_sim->campaign().devices();
        QCOMPARE(rows.size(), devices.size() + 1);
        QCOMPARE(rows[0].join(u','),
                 u"deviceId,status,resultReason,updatedTime,recentAttemptTime,nextAttemptTime"_s);
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const auto &d = devices[i];
            const QStringList &row = rows[i + 1];
            QCOMPARE(row.size(), 6);
            QCOMPARE(row[0], d.deviceId);
            QCOMPARE(row[1], d.status);
            const bool formula =
                !d.resultReason.isEmpty() && u"=+-@\t\r"_s.contains(d.resultReason.front());
            QCOMPARE(row[2], formula ? u"'"_s + d.resultReason : d.resultReason);
            QCOMPARE(row[3], iso(d.updatedTimeMs));
            QCOMPARE(row[4], iso(d.recentAttemptMs));
            QCOMPARE(row[5], iso(d.nextAttemptMs));
        }
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

    void verifyNoSecrets(const Result &r)
    {
        const fota::Credentials c = SimulatorFixture::login();
        for (const QString &secret : {c.clientSecret, c.password}) {
            QVERIFY(!r.out.contains(secret.toUtf8()));
            QVERIFY(!r.err.contains(secret.toUtf8()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("FOTA_MONITOR_EXE")),
                 "FOTA_MONITOR_EXE not set");
        scaleChildDelays(); // retry backoff and Retry-After in milliseconds, not seconds
        m_sim = new SimulatorFixture;
        QVERIFY(m_sim->start());
        m_sim->server.addCampaign(
            fota::sim::SimulatedCampaign::generate(m_sim->account, kThreeDevices, 3, 11));
        m_sim->server.addCampaign(
            fota::sim::SimulatedCampaign::generate(m_sim->account, kOneDevice, 1, 13));
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase() { delete m_sim; }
    void init() { m_sim->server.clearFaults(); }

    void writesTheCampaignUnderEveryFault_data()
    {
        QTest::addColumn<int>("fault"); // -1: none
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("skip");
        QTest::newRow("no fault") << -1 << 0 << 0;
        QTest::newRow("429") << int(SimulatorFault::RateLimited) << 1 << 1;
        QTest::newRow("5xx") << int(SimulatorFault::ServerError) << 2 << 2;
        QTest::newRow("expired session") << int(SimulatorFault::SessionExpired) << 1 << 1;
        QTest::newRow("expired bearer") << int(SimulatorFault::BearerExpired) << 1 << 2;
        QTest::newRow("truncated JSON") << int(SimulatorFault::TruncatedJson) << 1 << 1;
        QTest::newRow("reset mid-body") << int(SimulatorFault::ConnectionReset) << 1 << 0;
        QTest::newRow("stalled") << int(SimulatorFault::Stall) << 1 << 1;
        QTest::newRow("overlapping pages") << int(SimulatorFault::OverlappingPages) << 2 << 1;
        QTest::newRow("wrong field types") << int(SimulatorFault::WrongFieldTypes) << 3 << 0;
        QTest::newRow("empty page mid-walk") << int(SimulatorFault::EmptyPage) << 1 << 1;
        QTest::newRow("hasMoreData missing") << int(SimulatorFault::MoreDataMissing) << 3 << 0;
        QTest::newRow("hasMoreData \"yes\"") << int(SimulatorFault::MoreDataUnreadable) << 3 << 0;
    }
    void writesTheCampaignUnderEveryFault()
    {
        QFETCH(int, fault);
        QFETCH(int, times);
        QFETCH(int, skip);
        if (fault >= 0)
            m_sim->server.injectFault(SimulatorFault(fault), times, skip);
        const QString path =
            m_dir.filePath(u"campaign-%1.csv"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        const Result r = runExport({u"--output"_s, path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty()); // with --output nothing goes to standard output
        QVERIFY(r.err.contains("Loaded 2689 devices"));
        verifyCsv(readFile(path));
        verifyNoSecrets(r);
    }

    // "1 device in 1 page", never "1 devices in 1 pages"; the plural stays for any other number.
    void countsReadInTheSingularAndThePlural()
    {
        const QString one = m_dir.filePath(u"one.csv"_s);
        const Result single =
            runExport({u"--account"_s, m_sim->account, u"--campaign"_s, kOneDevice, u"--base-url"_s,
                       m_sim->server.baseUrl().toString(), u"--output"_s, one},
                      loginEnvironment(), false);
        QVERIFY2(single.exitCode == 0, single.err.constData());
        QVERIFY2(single.err.contains("\nLoaded 1 device in 1 page\n"), single.err.constData());
        QVERIFY2(single.err.contains(QByteArray("\nWrote 1 device to " + one.toUtf8() + "\n")),
                 single.err.constData());
        // ("page 1: 1 of 1 devices" may stay: "of 1 devices" counts the campaign's devices.)
        QVERIFY2(!single.err.contains("1 devices in") && !single.err.contains("1 pages"),
                 single.err.constData());
        const Result three =
            runExport({u"--account"_s, m_sim->account, u"--campaign"_s, kThreeDevices,
                       u"--base-url"_s, m_sim->server.baseUrl().toString()},
                      loginEnvironment(), false);
        QVERIFY2(three.exitCode == 0, three.err.constData());
        QVERIFY2(three.err.contains("\nLoaded 3 devices in 1 page\n"), three.err.constData());
        QVERIFY2(three.err.contains("\nWrote 3 devices to standard output\n"),
                 three.err.constData());
        const Result many =
            runExport({u"--output"_s, m_dir.filePath(u"many.csv"_s), u"--connections"_s, u"1"_s});
        QVERIFY2(many.exitCode == 0, many.err.constData());
        QVERIFY2(many.err.contains("\nLoaded 2689 devices in 3 pages\n"), many.err.constData());
    }

    void retriesAreSaidOnOneLineEach_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("retryAfter");
        QTest::newRow("5xx") << int(SimulatorFault::ServerError) << u"server error"_s
                             << u"HTTP 503"_s << false;
        QTest::newRow("429") << int(SimulatorFault::RateLimited) << u"rate limited"_s
                             << u"HTTP 429"_s << true;
        QTest::newRow("stalled") << int(SimulatorFault::Stall) << u"timed out"_s << u"1.5 s"_s
                                 << false; // silent or unfinished: whichever bound hit first
    }
    void retriesAreSaidOnOneLineEach()
    {
        QFETCH(int, fault);
        QFETCH(QString, reason);
        QFETCH(QString, detail);
        QFETCH(bool, retryAfter);
        m_sim->server.injectFault(SimulatorFault(fault), 2, 1);
        const Result r = runExport({u"--output"_s, m_dir.filePath(u"retried.csv"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Page 2 failed twice: two lines, each with the page, the kind, the delay, the attempt
        // and what happened.
        const QStringList lines = QString::fromUtf8(r.err).split(u'\n');
        QStringList retries;
        for (const QString &line : lines) {
            if (line.contains(u"retrying"_s))
                retries << line;
        }
        QCOMPARE(retries.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QRegularExpression form(
                u"^page 2: %1, retrying in (\\d+\\.\\d{3}) s \\(attempt %2 of "
                "\\d+\\): .*%3"_s.arg(reason, QString::number(i + 2),
                                      QRegularExpression::escape(detail)));
            const QRegularExpressionMatch match = form.match(retries[i]);
            QVERIFY2(match.hasMatch(), qPrintable(retries[i]));
            // The delay said is the one waited, scaled: the simulator's "Retry-After: 1" is
            // 1000 ms; the backoff before attempt n is half to all of 1000 ms * 2^(n-2), with
            // jitter.
            const int saidMs = int(std::lround(match.captured(1).toDouble() * 1000));
            const double fullMs = retryAfter ? 1000.0 : 1000.0 * (1 << i);
            const int most = int(std::lround(fullMs * kChildDelayScale));
            const int least = retryAfter ? most : most / 2;
            QVERIFY2(
                saidMs >= least && saidMs <= most,
                qPrintable(u"%1 (expected %2 to %3 ms)"_s.arg(retries[i]).arg(least).arg(most)));
        }
    }

    void verboseSaysTheRoundTrips()
    {
        const QRegularExpression line(
            u"^round trip per page: median \\d+ ms, worst \\d+ ms \\(3 pages\\)$"_s,
            QRegularExpression::MultilineOption);
        Result r = runExport({u"--output"_s, m_dir.filePath(u"verbose.csv"_s), u"-v"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(line.match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
        r = runExport({u"--output"_s, m_dir.filePath(u"quiet.csv"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("round trip"), r.err.constData());
    }

    // Range-split loading changes how the pages are fetched, never what is written: the CSV is
    // the same bytes with one connection, the default four, and eight.
    void sameBytesWithOneConnectionOrSeveral()
    {
        m_sim->server.setPageSize(50); // 54 pages, so the default walk is split
        const auto restore = qScopeGuard([this] { m_sim->server.setPageSize(1000); });
        QByteArray reference;
        for (const QString &connections : {u"1"_s, QString(), u"8"_s}) {
            const QString path = m_dir.filePath(u"lanes-%1.csv"_s.arg(connections));
            QStringList args{u"--output"_s, path, u"-v"_s};
            if (!connections.isEmpty())
                args << u"--connections"_s << connections;
            const Result r = runExport(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QRegularExpression walked(
                u"^walked as (\\d+) ID ranges, at most (\\d+) requests at once \\(--connections (\\d)\\)$"_s,
                QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = walked.match(QString::fromUtf8(r.err));
            QVERIFY2(m.hasMatch(), r.err.constData());
            const int chosen = connections.isEmpty() ? 4 : connections.toInt();
            QCOMPARE(m.captured(3).toInt(), chosen);
            QCOMPARE(m.captured(1).toInt() > 1, chosen > 1);
            QVERIFY(m.captured(2).toInt() <= chosen);
            const QByteArray csv = readFile(path);
            verifyCsv(csv);
            if (reference.isEmpty())
                reference = csv;
            else
                QVERIFY(csv == reference);
        }
    }

    void writesToStandardOutput()
    {
        const Result r = runExport({});
        QCOMPARE(r.exitCode, 0);
        verifyCsv(r.out);
        QVERIFY(r.err.contains("page 1"));
    }

    void writesJson()
    {
        const QString path = m_dir.filePath(u"campaign.json"_s);
        const Result r = runExport({u"--output"_s, path, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(o.value("accountName"_L1).toString(), m_sim->account);
        QCOMPARE(o.value("campaignId"_L1).toString(), m_sim->campaignId);
        QCOMPARE(o.value("totalDevice"_L1).toInteger(), SimulatorFixture::kDevices);
        const QJsonArray devices = o.value("devices"_L1).toArray();
        QCOMPARE(devices.size(), SimulatorFixture::kDevices);
        const auto &expected = m_sim->campaign().devices();
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const QJsonObject d = devices[i].toObject();
            QCOMPARE(d.value("deviceId"_L1).toString(), expected[i].deviceId);
            QCOMPARE(d.value("resultReason"_L1).toString(), expected[i].resultReason);
            const QJsonValue next = d.value("nextAttemptTime"_L1);
            QCOMPARE(next.isNull(), expected[i].nextAttemptMs == expected[i].kNoTime);
            if (!next.isNull())
                QCOMPARE(next.toString(), iso(expected[i].nextAttemptMs));
        }
    }

    // The bytes of whole exports, decoder, store and writers together, against SHA-256 digests
    // recorded with the implementation before the export was made faster (commit ca7c5b4): any
    // change of a byte anywhere in the pipeline shows here, whatever the reference writers say.
    void outputMatchesTheGoldenBytes_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("sha256");
        QTest::newRow("csv")
            << -1 << u"csv"_s
            << QByteArray("c2e567836bfd57a0e296da9dd9067a5d3af9734f074176b772ba75ce7356b15f");
        QTest::newRow("json")
            << -1 << u"json"_s
            << QByteArray("a2513e18994ffe0db4bcef7b59fa3dacba8059cdbbcc2f544c932056f7633dc5");
        QTest::newRow("csv, wrong field types")
            << int(SimulatorFault::WrongFieldTypes) << u"csv"_s
            << QByteArray("c2e567836bfd57a0e296da9dd9067a5d3af9734f074176b772ba75ce7356b15f");
        QTest::newRow("json, wrong field types")
            << int(SimulatorFault::WrongFieldTypes) << u"json"_s
            << QByteArray("a2513e18994ffe0db4bcef7b59fa3dacba8059cdbbcc2f544c932056f7633dc5");
        QTest::newRow("csv, hostile entries")
            << int(SimulatorFault::HostileEntries) << u"csv"_s
            << QByteArray("806ad138db8bf7ade5e69fb334a77bf6d6b3b996f52fac5886b70ae6b4eb7073");
        QTest::newRow("csv, overlapping pages")
            << int(SimulatorFault::OverlappingPages) << u"csv"_s
            << QByteArray("c2e567836bfd57a0e296da9dd9067a5d3af9734f074176b772ba75ce7356b15f");
    }
    void outputMatchesTheGoldenBytes()
    {
        QFETCH(int, fault);
        QFETCH(QString, format);
        QFETCH(QByteArray, sha256);
        if (fault >= 0)
            m_sim->server.injectFault(SimulatorFault(fault), 100); // every page
        const QString path = m_dir.filePath(u"golden."_s + format);
        const Result r = runExport({u"--output"_s, path, u"--format"_s, format});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray bytes = readFile(path);
        // The one line that differs between two runs: when the file was written.
        static const QRegularExpression exportedAt(u"\"exportedAt\": \"[^\"]*\""_s);
        if (format == "json"_L1) {
            QString text = QString::fromUtf8(bytes);
            QCOMPARE(text.count(exportedAt), 1);
            bytes = text.replace(exportedAt, u"\"exportedAt\": \"\""_s).toUtf8();
        }
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), sha256);
    }

    void failureLeavesTheOutputUntouched_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("400 from the server")
            << int(SimulatorFault::BadRequest) << 1
            << u"Campaign report is not available for this account."_s;
        QTest::newRow("cursor stuck")
            << int(SimulatorFault::StuckCursor) << 1 << u"did not advance"_s;
        QTest::newRow("5xx for good")
            << int(SimulatorFault::ServerError) << 50 << u"gave up after"_s;
        QTest::newRow("deviceList null, more promised")
            << int(SimulatorFault::NullDeviceList) << 1 << u"neither devices nor"_s;
        QTest::newRow("cursor creeps over the same devices")
            << int(SimulatorFault::CreepingCursor) << 1000 << u"brought no new device"_s;
        QTest::newRow("pages never end")
            << int(SimulatorFault::EndlessPages) << 100000 << u"announced 10 devices"_s;
    }
    void failureLeavesTheOutputUntouched()
    {
        QFETCH(int, fault);
        QFETCH(int, times);
        QFETCH(QString, expectedMessage);
        m_sim->server.injectFault(SimulatorFault(fault), times, 1);
        const QString existing = m_dir.filePath(u"existing.csv"_s);
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("yesterday's export\n");
        }
        const QString fresh = m_dir.filePath(u"never-%1.csv"_s.arg(fault));
        const Result r = runExport({u"--output"_s, existing, u"--attempts"_s, u"3"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(readFile(existing), QByteArray("yesterday's export\n"));
        const QList<QByteArray> errorLines = r.err.trimmed().split('\n').last().split('\n');
        QVERIFY2(r.err.contains(expectedMessage.toUtf8()), r.err.constData());
        QVERIFY(errorLines.last().startsWith("fota-monitor export: error:"));
        m_sim->server.clearFaults();
        m_sim->server.injectFault(SimulatorFault(fault), times, 1);
        const Result again = runExport({u"--output"_s, fresh, u"--attempts"_s, u"3"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(again.out.isEmpty());
    }

    void incompleteCampaignIsExitFour()
    {
        const QString existing = m_dir.filePath(u"short.csv"_s);
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("yesterday's export\n");
        }
        // On every request: probes of split lanes and requests sent ahead make the walk ask
        // more often than its three pages, and one true total would make it complete.
        m_sim->server.injectFault(SimulatorFault::InflatedTotal, 1000);
        const Result r = runExport({u"--output"_s, existing});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(readFile(existing), QByteArray("yesterday's export\n"));
        const QByteArray last = r.err.trimmed().split('\n').last();
        QVERIFY2(last.startsWith("fota-monitor export: error: incomplete campaign"),
                 r.err.constData());
        QVERIFY2(last.contains("totalDevice is 50000") && last.contains("2689 distinct devices"),
                 last.constData());
        QVERIFY(!r.err.contains("Wrote"));

        m_sim->server.clearFaults();
        m_sim->server.injectFault(SimulatorFault::InflatedTotal, 1000);
        const Result allowed = runExport({u"--output"_s, existing, u"--allow-incomplete"_s});
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QVERIFY2(allowed.err.contains("warning: incomplete campaign"), allowed.err.constData());
        QVERIFY(allowed.err.contains("Wrote 2689 devices"));
        verifyCsv(readFile(existing));
    }

    void reportsWhatThePagesGotWrong()
    {
        m_sim->server.injectFault(SimulatorFault::HostileEntries, 1, 1);
        const QString path = m_dir.filePath(u"hostile.csv"_s);
        const Result r = runExport({u"--output"_s, path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> warnings = [&r] {
            QList<QByteArray> lines;
            for (const QByteArray &line : r.err.split('\n'))
                if (line.startsWith("fota-monitor export: warning:"))
                    lines << line;
            return lines;
        }();
        QCOMPARE(warnings.size(), 1); // one line
        const QByteArray &w = warnings.first();
        QVERIFY2(w.contains("skipped 2 device entries (1 not an object, 1 without a deviceId)"),
                 w.constData());
        QVERIFY(w.contains("left 1 unreadable time blank"));
        QVERIFY(w.contains("3 devices were listed again with another status"));
        // The example quotes the server, escaped: no terminal control reaches stderr, and the
        // forged "Wrote 999" stays inside the warning line.
        QVERIFY(w.contains("\\x1b]0;owned\\x07\\nWrote 999 devices"));
        QVERIFY(!r.err.contains('\x1b'));
        QVERIFY(!r.err.contains('\x07'));
        for (const QByteArray &line : r.err.split('\n'))
            QVERIFY(!line.startsWith("Wrote 999"));
        // The later listing wins in the file too.
        const QList<QStringList> rows = readCsv(readFile(path));
        QCOMPARE(rows.size(), SimulatorFixture::kDevices + 1);
        const auto &devices = m_sim->campaign().devices();
        for (int i = 1000 - ReportPageWriter::kHostileRepeats; i < 1000; ++i) {
            QCOMPARE(rows[i + 1][0], devices[i].deviceId);
            QCOMPARE(rows[i + 1][1], ReportPageWriter::statusAgain(devices[i].status));
        }
    }

    void baseUrlFromTheEnvironment()
    {
        const QStringList campaign{u"--account"_s,    m_sim->account, u"--campaign"_s,
                                   m_sim->campaignId, u"--timeout"_s, u"1.5"_s};
        QProcessEnvironment env = loginEnvironment();
        env.insert(u"THINGSPACE_BASE_URL"_s, m_sim->server.baseUrl().toString());
        const Result r = runExport(campaign, env, false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyCsv(r.out);
        // An explicit --base-url wins over the environment.
        env.insert(u"THINGSPACE_BASE_URL"_s, u"http://example.com"_s);
        const Result explicitUrl =
            runExport(campaign + QStringList{u"--base-url"_s, m_sim->server.baseUrl().toString()},
                      env, false);
        QVERIFY2(explicitUrl.exitCode == 0, explicitUrl.err.constData());
        const Result fromEnv = runExport(campaign, env, false);
        QCOMPARE(fromEnv.exitCode, 2); // http:// to a remote host, named by the environment
        QVERIFY(fromEnv.err.contains("https"));
    }

    void outputProblemsAreFoundBeforeLoading_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing directory") << u"/no/such/dir/x.csv"_s << u"does not exist"_s;
        QTest::newRow("a directory") << m_dir.path() << u"is a directory"_s;
        QTest::newRow("dangling symlink")
            << m_dir.filePath(u"dangling.csv"_s) << u"which does not exist"_s;
        // Root may write into a mode-0555 directory; /sys takes no new file from anyone.
        QTest::newRow("read-only directory")
            << u"/sys/fota-monitor-export.csv"_s << u"cannot create a file in /sys"_s;
        QTest::newRow("socket") << m_dir.filePath(u"socket"_s) << u"is a socket"_s;
    }
    void outputProblemsAreFoundBeforeLoading()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFile::remove(m_dir.filePath(u"dangling.csv"_s));
        QVERIFY(QFile::link(m_dir.filePath(u"no-such-target.csv"_s),
                            m_dir.filePath(u"dangling.csv"_s)));
        QLocalServer socket;
        QFile::remove(m_dir.filePath(u"socket"_s));
        QVERIFY(socket.listen(m_dir.filePath(u"socket"_s)));
        QCOMPARE(fileType(m_dir.filePath(u"socket"_s)), mode_t(S_IFSOCK));

        const int before = m_sim->server.reportRequests();
        const Result r = runExport({u"--output"_s, path});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.err.trimmed().split('\n').last().startsWith(
            "fota-monitor export: error: cannot write"));
        QCOMPARE(m_sim->server.reportRequests(), before); // nothing was loaded first
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no-such-target.csv"_s)));
        QCOMPARE(fileType(m_dir.filePath(u"socket"_s)), mode_t(S_IFSOCK));
    }

    void devNullStaysADevice()
    {
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
        const Result r = runExport({u"--output"_s, u"/dev/null"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("Wrote 2689 devices to /dev/null"));
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
    }

    void devFullFailsAndStaysADevice()
    {
        QCOMPARE(fileType(u"/dev/full"_s), mode_t(S_IFCHR));
        const Result r = runExport({u"--output"_s, u"/dev/full"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QVERIFY(!r.err.contains("Unknown error"));
        QVERIFY(!r.err.contains("Wrote"));
        QCOMPARE(fileType(u"/dev/full"_s), mode_t(S_IFCHR));
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
    }

    void aFileReachedThroughProcIsWrittenWhole()
    {
        // Another process's descriptor (here: this test's) is a stream path: written in place,
        // but a regular file behind it still ends up holding exactly the export.
        const QString path = m_dir.filePath(u"held-open.csv"_s);
        QFile held(path);
        QVERIFY(held.open(QIODevice::ReadWrite | QIODevice::Truncate));
        held.write(QByteArray(1 << 20, 'x')); // longer than the export
        held.flush();
        const ino_t before = inode(path);
        const QString viaProc = u"/proc/%1/fd/%2"_s.arg(qint64(::getpid())).arg(held.handle());
        const Result r = runExport({u"--output"_s, viaProc});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(inode(path), before);
        const Result plain = runExport({}); // the same export to standard output
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(readFile(path).size(), plain.out.size()); // nothing of the old file is left
        QCOMPARE(readFile(path), plain.out);
    }

    void aFullDiskSaysWhyAndKeepsTheOldFile()
    {
        // A file size limit fails writes to a regular file part-way, as a full disk does (with
        // EFBIG instead of ENOSPC): the message is the system's, the old file stays.
        const QString existing = m_dir.filePath(u"limited.csv"_s);
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("yesterday's export\n");
        }
        const QString exe = qEnvironmentVariable("FOTA_MONITOR_EXE");
        const QString script = u"trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\""_s;
        const Result r =
            runExport({u"--output"_s, existing}, loginEnvironment(), true, [&](QProcess &p) {
                p.setProgram(u"/bin/sh"_s);
                p.setArguments(QStringList{u"-c"_s, script, exe} + p.arguments());
            });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(std::strerror(EFBIG)), r.err.constData());
        QVERIFY(!r.err.contains("Unknown error"));
        QCOMPARE(readFile(existing), QByteArray("yesterday's export\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"limited.csv*"_s}, QDir::Files | QDir::Hidden),
                 QStringList{u"limited.csv"_s}); // no temporary file left behind
    }

    void fifoIsWrittenInPlace()
    {
        const QString fifo = m_dir.filePath(u"export.fifo"_s);
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess reader;
        reader.start(u"cat"_s, {fifo});
        QVERIFY(reader.waitForStarted());
        const Result r = runExport({u"--output"_s, fifo});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // cat needs nothing from this event loop: a plain wait is fine.
        QVERIFY(reader.state() == QProcess::NotRunning || reader.waitForFinished(10000));
        verifyCsv(reader.readAllStandardOutput());
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
    }

    void standardOutputWriteErrorsAreExitThree_data()
    {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("three devices") << kThreeDevices << QStringList{};
        QTest::newRow("whole campaign") << m_sim->campaignId << QStringList{};
        QTest::newRow("--output /dev/stdout")
            << kThreeDevices << QStringList{u"--output"_s, u"/dev/stdout"_s};
        QTest::newRow("json") << kThreeDevices << QStringList{u"--format"_s, u"json"_s};
    }
    void standardOutputWriteErrorsAreExitThree()
    {
        QFETCH(QString, campaign);
        QFETCH(QStringList, extra);
        const QStringList args{u"--account"_s, m_sim->account,  u"--campaign"_s,
                               campaign,       u"--base-url"_s, m_sim->server.baseUrl().toString()};
        const Result r = runExport(args + extra, loginEnvironment(), false,
                                   [](QProcess &p) { p.setStandardOutputFile(u"/dev/full"_s); });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QVERIFY(!r.err.contains("Wrote"));
        QCOMPARE(fileType(u"/dev/full"_s), mode_t(S_IFCHR));
    }

    void devStdoutWritesThroughTheRedirection()
    {
        // `--output /dev/stdout > file`: the file behind the shell's descriptor is written, not
        // replaced by another file of the same name (the same inode afterwards).
        const QString redirected = m_dir.filePath(u"redirected.csv"_s);
        {
            QFile f(redirected);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const ino_t before = inode(redirected);
        const Result r = runExport({u"--output"_s, u"/dev/stdout"_s}, loginEnvironment(), true,
                                   [&](QProcess &p) { p.setStandardOutputFile(redirected); });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(inode(redirected), before);
        verifyCsv(readFile(redirected));
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
    }

    void missingCredentialsNameTheVariables()
    {
        QProcessEnvironment env = loginEnvironment();
        env.remove(u"THINGSPACE_PASSWORD"_s);
        const Result r = runExport({}, env);
        QCOMPARE(r.exitCode, 2);
        for (const char *name :
             {"THINGSPACE_BEARER_TOKEN", "THINGSPACE_SESSION_TOKEN", "THINGSPACE_CLIENT_ID",
              "THINGSPACE_CLIENT_SECRET", "THINGSPACE_USERNAME", "THINGSPACE_PASSWORD"})
            QVERIFY2(r.err.contains(name), name);
        QVERIFY(r.out.isEmpty());
    }

    void directTokensFromTheEnvironment()
    {
        const auto [bearer, session] = m_sim->server.issueTokens();
        QProcessEnvironment env = loginEnvironment();
        for (const char *name : {"THINGSPACE_CLIENT_ID", "THINGSPACE_CLIENT_SECRET",
                                 "THINGSPACE_USERNAME", "THINGSPACE_PASSWORD"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"THINGSPACE_BEARER_TOKEN"_s, bearer);
        env.insert(u"THINGSPACE_SESSION_TOKEN"_s, session);
        const Result r = runExport({}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains(bearer.toUtf8()));
        QVERIFY(!r.err.contains(session.toUtf8()));
        verifyCsv(r.out);
    }

    void wrongPasswordFailsCleanly()
    {
        QProcessEnvironment env = loginEnvironment();
        env.insert(u"THINGSPACE_PASSWORD"_s, u"hunter2-wrong"_s);
        const int before = m_sim->server.loginRequests();
        const Result r = runExport({}, env);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(m_sim->server.loginRequests() - before, 1);
        QVERIFY(r.err.contains("Invalid username or password."));
        QVERIFY(!r.err.contains("hunter2-wrong"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no account")
            << QStringList{u"--campaign"_s, u"x"_s} << u"--account and --campaign"_s;
        QTest::newRow("bad format")
            << QStringList{u"--account"_s, u"a"_s, u"--campaign"_s, u"c"_s, u"--format"_s, u"xml"_s}
            << u"csv or json"_s;
        QTest::newRow("plain http to a remote host")
            << QStringList{u"--account"_s, u"a"_s,          u"--campaign"_s,
                           u"c"_s,         u"--base-url"_s, u"http://example.com"_s}
            << u"https"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        const QStringList ac{u"--account"_s, u"a"_s, u"--campaign"_s, u"c"_s};
        for (const char *bad : {"nan", "NaN", "inf", "-inf", "infinity", "0", "-1", "0.01", "1e300",
                                "1e9", "86401", "abc", ""}) {
            QTest::addRow("--timeout %s", bad)
                << ac + QStringList{u"--timeout"_s, QString::fromLatin1(bad)}
                << u"--timeout must be"_s;
        }
        for (const char *bad : {"0", "-1", "101", "1e3", "2.5", "nan", "99999999999", "x"}) {
            QTest::addRow("--attempts %s", bad)
                << ac + QStringList{u"--attempts"_s, QString::fromLatin1(bad)}
                << u"--attempts must be"_s;
        }
        for (const char *bad : {"0", "9", "-4", "2.5", "four", ""}) {
            QTest::addRow("--connections %s", bad)
                << ac + QStringList{u"--connections"_s, QString::fromLatin1(bad)}
                << u"--connections must be a whole number from 1 to 8"_s;
        }
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runExport(args, loginEnvironment(), false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void helpAndVersion()
    {
        Result r = runExport({u"--help"_s}, loginEnvironment(), false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: fota-monitor export [options]\n"), r.out.constData());
        QVERIFY(r.out.contains("--allow-incomplete"));
        QVERIFY(r.out.contains("4  incomplete"));
        QVERIFY(r.out.contains("THINGSPACE_BASE_URL"));
        QVERIFY(r.out.contains("--account"));
        QVERIFY(r.out.contains("THINGSPACE_CLIENT_SECRET"));
        QProcess top;
        top.start(qEnvironmentVariable("FOTA_MONITOR_EXE"), {u"--help"_s});
        QVERIFY(top.waitForFinished(10000));
        QCOMPARE(top.exitCode(), 0);
        const QByteArray help = top.readAllStandardOutput();
        QVERIFY(help.contains("fota-monitor --demo"));
        QVERIFY(help.contains("fota-monitor export --account ACC --campaign ID"));
        QProcess version;
        version.start(qEnvironmentVariable("FOTA_MONITOR_EXE"), {u"--version"_s});
        QVERIFY(version.waitForFinished(10000));
        QVERIFY(version.readAllStandardOutput().startsWith("fota-monitor " FOTA_VERSION));
    }
};

QTEST_GUILESS_MAIN(ExportCliTest)
#include "tst_exportcli.moc"
