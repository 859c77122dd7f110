// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "endtoend/SimulatorFixture.h"
#include "support/ProcessWait.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceTableModel.h"
#include "credentials/MemorySecretStore.h"
#include "thingspace/ApiClient.h"
#include "thingspace/TokenManager.h"
#include "ui/AccountController.h"
#include "ui/ExportRunner.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the window (sign-in with "Remember me", a load, CSV and JSON exports, sign-out) and the
// export command with a temporary HOME, then reads every file written under it and every byte
// the command printed, looking for the client secret, the password and both tokens.
class NoSecretsTest : public QObject
{
    Q_OBJECT
public:
    explicit NoSecretsTest(const QString &home)
        : m_home(home)
    {}

private:
    QString m_home;
    SimulatorFixture m_sim;
    QList<QByteArray> m_secrets;
    QByteArray m_output; // everything the command printed

    struct Run
    {
        int exitCode = -1;
        QByteArray output;
    };

    Run runExport(const QProcessEnvironment &env, const QString &outputFile)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("FOTA_MONITOR_EXE"),
                      {u"export"_s, u"--account"_s, m_sim.account, u"--campaign"_s,
                       m_sim.campaignId, u"--base-url"_s, m_sim.server.baseUrl().toString(),
                       u"--output"_s, outputFile, u"--format"_s, u"csv"_s});
        Run r;
        if (!finishWithEventLoop(process))
            return r;
        r.exitCode = process.exitCode();
        r.output = process.readAllStandardOutput() + process.readAllStandardError();
        return r;
    }

    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"THINGSPACE_BEARER_TOKEN", "THINGSPACE_SESSION_TOKEN", "THINGSPACE_CLIENT_ID",
              "THINGSPACE_CLIENT_SECRET", "THINGSPACE_USERNAME", "THINGSPACE_PASSWORD"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"HOME"_s, m_home);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
        return env;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QDir::homePath(), m_home);
        QVERIFY(m_sim.start());
        m_secrets = {fota::sim::SimulatorServer::demoClientSecret().toUtf8(),
                     fota::sim::SimulatorServer::demoPassword().toUtf8()};
    }

    void windowWritesNoSecret()
    {
        auto window = std::make_unique<fota::MainWindow>();
        fota::AccountController *account = window->accountController();
        account->setSecretStore(new fota::MemorySecretStore); // "the keychain"
        QVERIFY(window->setConnection(m_sim.settings(), {}).isEmpty());
        window->show();

        fota::Profile profile;
        profile.name = u"simulator"_s;
        profile.baseUrl = m_sim.server.baseUrl();
        profile.accountName = m_sim.account;
        profile.clientId = fota::sim::SimulatorServer::demoClientId();
        profile.username = fota::sim::SimulatorServer::demoUsername();
        bool signedIn = false;
        connect(account, &fota::AccountController::signInFinished, this,
                [&](const fota::ApiError &e) { signedIn = !e.isError(); });
        account->signIn(profile, SimulatorFixture::login(), true);
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 20000);
        fota::TokenManager *tokens = window->session()->client()->tokens();
        QVERIFY(!tokens->accessToken().isEmpty() && !tokens->sessionToken().isEmpty());
        m_secrets << tokens->accessToken().toUtf8() << tokens->sessionToken().toUtf8();

        bool loaded = false;
        connect(window->session(), &fota::CampaignSession::loadFinished, this,
                [&](const fota::LoadOutcome &o) { loaded = o.complete; });
        window->openCampaign(m_sim.account, m_sim.campaignId);
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 60000);

        auto *exporter = window->findChild<fota::ExportRunner *>();
        QVERIFY(exporter);
        QSignalSpy exported(exporter, &fota::ExportRunner::succeeded);
        QVERIFY(exporter->exportShownRows(m_home + u"/devices.csv"_s, fota::ExportFormat::Csv));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QVERIFY(exporter->exportShownRows(m_home + u"/devices.json"_s, fota::ExportFormat::Json));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 30000);

        // The window's own tokens, handed to the command through the environment as a script
        // would: the command must not echo them.
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"THINGSPACE_BEARER_TOKEN"_s, tokens->accessToken());
        env.insert(u"THINGSPACE_SESSION_TOKEN"_s, tokens->sessionToken());
        const Run withTokens = runExport(env, m_home + u"/cli-tokens.csv"_s);
        QCOMPARE(withTokens.exitCode, 0);
        m_output += withTokens.output;

        account->signOut();
        QTRY_COMPARE(m_sim.server.logoutRequests(), 1);
        window.reset(); // settings are written when their owners go
    }

    void exportCommandWritesNoSecret()
    {
        QProcessEnvironment env = baseEnvironment();
        const fota::Credentials c = SimulatorFixture::login();
        env.insert(u"THINGSPACE_CLIENT_ID"_s, c.clientId);
        env.insert(u"THINGSPACE_CLIENT_SECRET"_s, c.clientSecret);
        env.insert(u"THINGSPACE_USERNAME"_s, c.username);
        env.insert(u"THINGSPACE_PASSWORD"_s, c.password);
        const Run run = runExport(env, m_home + u"/cli-login.csv"_s);
        QCOMPARE(run.exitCode, 0);
        m_output += run.output;

        // A rejected password is reported without being repeated.
        env.insert(u"THINGSPACE_PASSWORD"_s, u"wrong-password-7f3a"_s);
        m_secrets << "wrong-password-7f3a";
        const Run rejected = runExport(env, m_home + u"/cli-rejected.csv"_s);
        QCOMPARE(rejected.exitCode, 1);
        m_output += rejected.output;
    }

    void nothingUnderHomeOrInOutputHoldsASecret()
    {
        QStringList files;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        // The scan must have something to scan: exports, the command's output, the profiles.
        QVERIFY2(files.contains(m_home + u"/devices.csv"_s), qPrintable(files.join(u", "_s)));
        QVERIFY(files.contains(m_home + u"/devices.json"_s));
        QVERIFY(files.contains(m_home + u"/cli-login.csv"_s));
        bool settingsSeen = false;
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            settingsSeen = settingsSeen || content.contains("simulator");
            for (const QByteArray &secret : std::as_const(m_secrets))
                QVERIFY2(!content.contains(secret), qPrintable(u"%1 holds a secret"_s.arg(path)));
        }
        QVERIFY2(settingsSeen, "the saved profile was not found under HOME");
        QVERIFY(!m_output.isEmpty());
        for (const QByteArray &secret : std::as_const(m_secrets))
            QVERIFY2(!m_output.contains(secret), "the export command printed a secret");
    }
};

int main(int argc, char **argv)
{
    // Before any Qt object exists, so QSettings, QStandardPaths and the command all see the
    // temporary home and nothing reaches the real one.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    const QByteArray path = home.path().toUtf8();
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", path + "/.config");
    qputenv("XDG_DATA_HOME", path + "/.local/share");
    qputenv("XDG_CACHE_HOME", path + "/.cache");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"FOTA Campaign Monitor"_s);
    QCoreApplication::setApplicationName(u"fota-monitor"_s);
    NoSecretsTest test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosecrets.moc"
