#include "SimulatorFixture.h"
#include "support/CsvReader.h"
#include "support/ProcessWait.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using fota::sim::SimulatorFault;

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
                     bool withDefaults = true)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QStringList args{u"export"_s};
        if (withDefaults)
            args << u"--account"_s << m_sim->account << u"--campaign"_s << m_sim->campaignId
                 << u"--base-url"_s << m_sim->server.baseUrl().toString() << u"--timeout"_s
                 << u"1.5"_s;
        process.start(qEnvironmentVariable("FOTA_MONITOR_EXE"), args + extra);
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
        m_sim = new SimulatorFixture;
        QVERIFY(m_sim->start());
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
        QTest::newRow("missing directory")
            << QStringList{u"--account"_s, u"a"_s,        u"--campaign"_s,
                           u"c"_s,         u"--output"_s, u"/no/such/dir/x.csv"_s}
            << u"/no/such/dir/x.csv"_s;
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
