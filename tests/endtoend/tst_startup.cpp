// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimulatorFixture.h"
#include "history/HistoryStore.h"
#include "identity/AppIdentity.h"
#include "support/ProcessWait.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <limits>

using namespace Qt::StringLiterals;

// The window's command line, run as the real executable on Qt's offscreen platform: Qt's own
// options are taken, ours are checked, the window opens on the server and campaign asked for,
// and the demo keeps to its own settings. The settings live in a scratch XDG_CONFIG_HOME.
class StartupTest : public QObject
{
    Q_OBJECT

private:
    SimulatorFixture *m_sim = nullptr;

    struct Run
    {
        QTemporaryDir config;
        QProcess process;
        QString settingsFile(const QString &application) const
        {
            return config.filePath(fota::AppIdentity::organizationName() +
                                   u"/%1.conf"_s.arg(application));
        }
        // The default history file of an application name (XDG_DATA_HOME is data/).
        QString historyFile(const QString &application) const
        {
            return config.filePath(u"data/"_s + fota::AppIdentity::organizationName() +
                                   u"/%1/history.sqlite"_s.arg(application));
        }
    };

    // The environment of a user with THINGSPACE_* credentials (none when `credentials` is
    // false) and nothing that would choose the platform for us.
    QProcessEnvironment environment(const Run &run, bool credentials = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"THINGSPACE_"_s) || name.startsWith(u"QT_QPA_"_s))
                env.remove(name);
        }
        env.insert(u"XDG_CONFIG_HOME"_s, run.config.path());
        env.insert(u"HOME"_s, run.config.path());
        env.insert(u"XDG_DATA_HOME"_s, run.config.filePath(u"data"_s));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain service: memory only
        if (credentials) {
            const fota::Credentials c = SimulatorFixture::login();
            env.insert(u"THINGSPACE_CLIENT_ID"_s, c.clientId);
            env.insert(u"THINGSPACE_CLIENT_SECRET"_s, c.clientSecret);
            env.insert(u"THINGSPACE_USERNAME"_s, c.username);
            env.insert(u"THINGSPACE_PASSWORD"_s, c.password);
        }
        return env;
    }

    // Snapshots of the campaign in a history file (-1 while it cannot be read).
    static int snapshots(const QString &path, const fota::CampaignKey &key)
    {
        if (!QFileInfo::exists(path))
            return -1;
        fota::HistoryStore store;
        if (!store.open(path))
            return -1;
        return int(store.points(key, 0, std::numeric_limits<qint64>::max()).size());
    }

    static void start(Run &run, const QStringList &args, const QProcessEnvironment &env)
    {
        run.process.setProcessEnvironment(env);
        run.process.start(qEnvironmentVariable("FOTA_MONITOR_EXE"), args);
        QVERIFY(run.process.waitForStarted(10000));
    }

    // Ends a window that is still running; it never exits by itself.
    static void stop(Run &run)
    {
        QCOMPARE(run.process.state(), QProcess::Running);
        run.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(run.process.state(), QProcess::NotRunning, 20000);
    }

    // The window remembers an account in its settings once its campaign loaded: the proof
    // that it opened it (the key is the window's business; the account name is enough).
    static bool remembers(const QString &file, const QString &account)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(account.toUtf8());
    }

    // Runs a command line that must be refused; returns its exit code and standard error.
    std::pair<int, QByteArray> refused(const QStringList &args)
    {
        Run run;
        start(run, args, environment(run));
        if (!finishWithEventLoop(run.process, 30000))
            return {-1, {}};
        return {run.process.exitCode(), run.process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("FOTA_MONITOR_EXE")),
                 "FOTA_MONITOR_EXE not set");
        m_sim = new SimulatorFixture;
        QVERIFY(m_sim->start());
    }
    void cleanupTestCase() { delete m_sim; }

    void opensTheCampaignAskedForWithQtsOptions_data()
    {
        QTest::addColumn<bool>("urlFromEnvironment");
        QTest::newRow("--base-url") << false;
        QTest::newRow("THINGSPACE_BASE_URL") << true;
    }
    void opensTheCampaignAskedForWithQtsOptions()
    {
        QFETCH(bool, urlFromEnvironment);
        Run run;
        QVERIFY(run.config.isValid());
        QProcessEnvironment env = environment(run);
        QStringList args{u"-platform"_s, u"offscreen"_s,  u"-style"_s,
                         u"Fusion"_s,    u"-reverse"_s,   u"--account"_s,
                         m_sim->account, u"--campaign"_s, m_sim->campaignId};
        if (urlFromEnvironment)
            env.insert(u"THINGSPACE_BASE_URL"_s, m_sim->server.baseUrl().toString());
        else
            args << u"--base-url"_s << m_sim->server.baseUrl().toString();
        const qsizetype before = m_sim->server.reportCursors().size();
        start(run, args, env);
        QTRY_VERIFY_WITH_TIMEOUT(remembers(run.settingsFile(u"fota-monitor"_s), m_sim->account),
                                 60000);
        // The whole campaign was walked, from this server, and recorded in the default history.
        QVERIFY(m_sim->server.reportCursors().size() - before >= 3);
        const fota::CampaignKey key =
            fota::CampaignKey::of(m_sim->server.baseUrl(), m_sim->account, m_sim->campaignId);
        QTRY_COMPARE_WITH_TIMEOUT(snapshots(run.historyFile(u"fota-monitor"_s), key), 1, 60000);
        stop(run);
        QVERIFY2(!run.process.readAllStandardError().contains("unknown"), "an option was refused");
    }

    void unknownOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList qt{u"-platform"_s, u"offscreen"_s};
        QTest::newRow("unknown option")
            << qt + QStringList{u"--no-such-option"_s} << u"no-such-option"_s;
        QTest::newRow("unknown command") << qt + QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("account alone")
            << qt + QStringList{u"--account"_s, u"a"_s} << u"go together"_s;
        QTest::newRow("demo and a server")
            << qt + QStringList{u"--demo"_s, u"--base-url"_s, u"https://example.com"_s}
            << u"--demo"_s;
        QTest::newRow("plain http to a remote host")
            << qt + QStringList{u"--base-url"_s, u"http://example.com"_s} << u"https"_s;
    }
    void unknownOptionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto [code, err] = refused(args);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
        QVERIFY2(err.endsWith("; see fota-monitor --help\n") && err.count('\n') == 1,
                 err.constData());
        QVERIFY2(!err.contains(".;"), err.constData());
    }

    // Qt's parser says "Unknown option 'x'." with a full stop; the clause before "; see" has
    // none.
    void anUnknownOptionReadsAsOneSentence()
    {
        const auto [code, err] = refused({u"-platform"_s, u"offscreen"_s, u"--no-such-option"_s});
        QCOMPARE(code, 2);
        QCOMPARE(err, QByteArray("fota-monitor: Unknown option 'no-such-option'; see "
                                 "fota-monitor --help\n"));
    }

    // No QT_QPA_PLATFORM, no DISPLAY, no WAYLAND_DISPLAY: the platform plugin cannot load (it
    // aborts, status 134), so a usage error must be found before it is loaded. Qt's own options
    // are still taken out first: "-reverse" is not an unknown "-r -e -v ...".
    void usageErrorsNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{u"serve"_s} << u"unknown command \"serve\""_s;
        QTest::newRow("unknown option")
            << QStringList{u"--no-such-option"_s} << u"Unknown option 'no-such-option'"_s;
        QTest::newRow("Qt's options, then an unknown one")
            << QStringList{u"-style"_s, u"Fusion"_s,        u"-reverse"_s, u"--platform"_s,
                           u"xcb"_s,    u"-style=Fusion"_s, u"--nope"_s}
            << u"Unknown option 'nope'"_s;
        QTest::newRow("Qt's options, then options that do not go together")
            << QStringList{u"-reverse"_s, u"-qwindowtitle"_s, u"serve"_s, u"--account"_s, u"a"_s}
            << u"--account and --campaign go together"_s;
        QTest::newRow("unknown language")
            << QStringList{u"--lang"_s, u"xx"_s} << u"--lang \"xx\" names no known language"_s;
        QTest::newRow("plain http")
            << QStringList{u"--base-url"_s, u"http://example.com"_s} << u"refusing plain http://"_s;
    }
    void usageErrorsNeedNoDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Run run;
        QVERIFY(run.config.isValid());
        QProcessEnvironment env = environment(run);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        start(run, args, env);
        QVERIFY(finishWithEventLoop(run.process, 30000));
        const QByteArray err = run.process.readAllStandardError();
        QVERIFY2(run.process.exitStatus() == QProcess::NormalExit, err.constData());
        QVERIFY2(run.process.exitCode() == 2, err.constData());
        QVERIFY2(err.startsWith(QByteArray("fota-monitor: " + message.toUtf8())), err.constData());
        QCOMPARE(err.count('\n'), 1);
    }

    void demoLeavesTheUsersSettingsAlone()
    {
        Run run;
        QVERIFY(run.config.isValid());
        const QString user = run.settingsFile(u"fota-monitor"_s);
        QVERIFY(QDir().mkpath(QFileInfo(user).absolutePath()));
        const QByteArray usersOwn = "[campaign]\naccounts=0000999999-00042\n";
        {
            QFile f(user);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(usersOwn);
        }
        start(run, {u"--demo"_s, u"-platform"_s, u"offscreen"_s}, environment(run, false));
        const QString demo = run.settingsFile(u"fota-monitor-demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(remembers(demo, u"0000123456-00001"_s), 120000);
        stop(run);
        QFile f(user);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), usersOwn);
        // QSettings may leave its lock file beside the demo's settings when the window is ended
        // while it writes; only settings files count.
        QCOMPARE(QDir(QFileInfo(user).absolutePath()).entryList({u"*.conf"_s}, QDir::Files),
                 (QStringList{u"fota-monitor-demo.conf"_s, u"fota-monitor.conf"_s}));
        // Its history too is its own: the application name differs, so the default path does.
        QVERIFY(QFileInfo::exists(run.historyFile(u"fota-monitor-demo"_s)));
        QVERIFY(!QFileInfo::exists(run.historyFile(u"fota-monitor"_s)));
    }

    // --history names the window's file.
    void theWindowRecordsInTheHistoryItIsGiven()
    {
        Run run;
        QVERIFY(run.config.isValid());
        const QString path = run.config.filePath(u"chosen/history.sqlite"_s);
        start(run,
              {u"-platform"_s, u"offscreen"_s, u"--base-url"_s, m_sim->server.baseUrl().toString(),
               u"--account"_s, m_sim->account, u"--campaign"_s, m_sim->campaignId, u"--history"_s,
               path},
              environment(run));
        const fota::CampaignKey key =
            fota::CampaignKey::of(m_sim->server.baseUrl(), m_sim->account, m_sim->campaignId);
        QTRY_COMPARE_WITH_TIMEOUT(snapshots(path, key), 1, 60000);
        stop(run);
        QVERIFY(!QFileInfo::exists(run.historyFile(u"fota-monitor"_s)));
    }
};

QTEST_GUILESS_MAIN(StartupTest)
#include "tst_startup.moc"
