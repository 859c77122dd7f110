// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "endtoend/SimulatorFixture.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceTableModel.h"
#include "common/Clock.h"
#include "credentials/MemorySecretStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "thingspace/ApiClient.h"
#include "thingspace/BaseUrlPolicy.h"
#include "thingspace/TokenManager.h"
#include "ui/AccountController.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/SignInDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fota::sim::SimulatorFault;

// Sign-in and the token lifecycle against the simulated ThingSpace over real loopback HTTP.
class SignInTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorFixture> m_sim;
    QTemporaryDir m_dir;
    int m_iniCount = 0;
    QList<int> m_statuses; // HTTP statuses the simulator served since init()

    fota::Profile profile() const
    {
        fota::Profile p;
        p.name = u"simulator"_s;
        p.baseUrl = m_sim->server.baseUrl();
        p.accountName = m_sim->account;
        p.clientId = fota::sim::SimulatorServer::demoClientId();
        p.username = fota::sim::SimulatorServer::demoUsername();
        return p;
    }

    QString newIniPath() { return m_dir.filePath(u"profiles-%1.ini"_s.arg(++m_iniCount)); }

    // A controller over `client` with a fresh profile file and an in-memory secret store.
    std::unique_ptr<fota::AccountController> makeController(fota::ApiClient *client,
                                                            fota::MemorySecretStore **store)
    {
        client->setSettings(m_sim->settings());
        auto controller = std::make_unique<fota::AccountController>(client, nullptr);
        controller->setProfileStore(std::make_unique<fota::ProfileStore>(newIniPath()));
        auto *memory = new fota::MemorySecretStore;
        controller->setSecretStore(memory);
        if (store)
            *store = memory;
        return controller;
    }

    static fota::ApiError signIn(fota::AccountController *controller, const fota::Profile &p,
                                 const fota::Credentials &c, bool remember = false)
    {
        bool done = false;
        fota::ApiError result;
        auto connection = QObject::connect(controller, &fota::AccountController::signInFinished,
                                           [&](const fota::ApiError &e) {
                                               done = true;
                                               result = e;
                                           });
        controller->signIn(p, c, remember);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        }();
        QObject::disconnect(connection);
        return result;
    }

    static fota::LoadOutcome load(fota::CampaignSession *session, const QString &account,
                                  const QString &campaign)
    {
        bool done = false;
        fota::LoadOutcome outcome;
        auto connection = QObject::connect(session, &fota::CampaignSession::loadFinished,
                                           [&](const fota::LoadOutcome &o) {
                                               done = true;
                                               outcome = o;
                                           });
        session->load(account, campaign);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        }();
        QObject::disconnect(connection);
        return outcome;
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<SimulatorFixture>();
        QVERIFY(m_sim->start());
        m_statuses.clear();
        connect(&m_sim->server, &fota::sim::SimulatorServer::requestServed, this,
                [this](const QString &, int status) { m_statuses.append(status); });
    }
    void cleanup() { m_sim.reset(); }

    void success()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        QSignalSpy profileChanged(controller.get(), &fota::AccountController::profileChanged);
        const fota::ApiError error = signIn(controller.get(), profile(), SimulatorFixture::login());
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(controller->isSignedIn());
        QVERIFY(!client.tokens()->accessToken().isEmpty());
        QVERIFY(!client.tokens()->sessionToken().isEmpty());
        QCOMPARE(m_sim->server.tokenRequests(), 1);
        QCOMPARE(m_sim->server.loginRequests(), 1);
        QCOMPARE(controller->statusText(), u"demo-user@127.0.0.1:%1"_s.arg(m_sim->server.port()));
        QCOMPARE(profileChanged.count(), 1);
        QCOMPARE(controller->profileStore()->lastUsed(), u"simulator"_s);
        const fota::Profile saved = controller->profileStore()->profile(u"simulator"_s);
        QCOMPARE(saved.accountName, m_sim->account);
        QCOMPARE(saved.clientId, fota::sim::SimulatorServer::demoClientId());
    }

    void productionIsTheDefaultEnvironment()
    {
        fota::Profile p;
        QVERIFY(p.isProduction());
        QCOMPARE(p.environmentName(), u"production"_s);
        QCOMPARE(p.baseUrl, QUrl(u"https://thingspace.verizon.com"_s));
    }

    void wrongKeyOrSecret()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        fota::Credentials c = SimulatorFixture::login();
        c.clientSecret = u"not-the-secret"_s;
        const fota::ApiError error = signIn(controller.get(), profile(), c);
        QCOMPARE(error.kind, fota::ApiError::Kind::InvalidClient);
        QVERIFY2(error.message.contains(u"client key or secret"_s), qPrintable(error.message));
        QCOMPARE(m_sim->server.loginRequests(), 0);
        QVERIFY(!controller->isSignedIn());
    }

    void wrongPasswordIsNotRetried()
    {
        // Through the dialog, as an operator would.
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        fota::SignInDialog *dialog = controller->openSignInDialog();
        dialog->setProfile(profile());
        dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)
            ->setText(fota::sim::SimulatorServer::demoClientSecret());
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"wrong-password"_s);
        QSignalSpy finished(controller.get(), &fota::AccountController::signInFinished);
        dialog->submit();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(dialog->isVisible()); // stays open with the input
        const QString status = dialog->statusText();
        QVERIFY2(status.contains(u"not retried"_s), qPrintable(status));
        QVERIFY2(status.contains(u"lock"_s), qPrintable(status));
        QCOMPARE(m_sim->server.loginRequests(), 1);

        // Nothing logs in with it behind the operator's back.
        fota::DeviceTableModel model;
        fota::CampaignSession session(&client, &model);
        QVERIFY(!load(&session, m_sim->account, m_sim->campaignId).complete);
        // Nor on the next occasion: the client keeps no timer that could log in later.
        QVERIFY(!load(&session, m_sim->account, m_sim->campaignId).complete);
        QCOMPARE(m_sim->server.loginRequests(), 1);
        QCOMPARE(m_sim->server.failedLogins(), 1);
    }

    void rejectedPasswordIsClearedAndEnterDoesNotSendItAgain()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        fota::SignInDialog *dialog = controller->openSignInDialog();
        dialog->setProfile(profile());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *password = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
        auto *signInButton = dialog->findChild<QPushButton *>(u"signInButton"_s);
        dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)
            ->setText(fota::sim::SimulatorServer::demoClientSecret());
        password->setText(u"wrong-password"_s);
        QSignalSpy finished(controller.get(), &fota::AccountController::signInFinished);
        dialog->submit();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(m_sim->server.loginRequests(), 1);
        // Cleared, focused, and Sign in waits for a new password.
        QVERIFY(password->text().isEmpty());
        dialog->activateWindow();
        QTRY_VERIFY(password->hasFocus());
        QVERIFY(!signInButton->isEnabled());
        QVERIFY(dialog->isWaitingForNewPassword());
        // Enter five times: nothing is sent (five rejected logins lock the account).
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(password, Qt::Key_Return);
            dialog->submit();
        }
        QCoreApplication::processEvents();
        QCOMPARE(m_sim->server.loginRequests(), 1);
        QCOMPARE(finished.count(), 1);
        // Typing the password again is what enables it.
        QTest::keyClicks(password, fota::sim::SimulatorServer::demoPassword());
        QVERIFY(signInButton->isEnabled());
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(!finished.at(1).at(0).value<fota::ApiError>().isError());
        QCOMPARE(m_sim->server.loginRequests(), 2);
    }

    void dialogIsFullyReachableByKeyboard()
    {
        fota::SignInDialog dialog;
        dialog.setProfile(profile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *account = dialog.findChild<QLineEdit *>(u"accountNameEdit"_s);
        account->setFocus();
        QTRY_VERIFY(account->hasFocus());
        QStringList visited;
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget()->objectName();
        }
        const QStringList fields = {u"clientIdEdit"_s, u"clientSecretEdit"_s, u"usernameEdit"_s,
                                    u"passwordEdit"_s};
        qsizetype at = -1;
        for (const QString &field : fields) {
            const qsizetype next = visited.indexOf(field);
            QVERIFY2(next > at, qPrintable(visited.join(u", "_s)));
            at = next;
        }

        // One mnemonic per control, and no label shows a literal "&".
        const auto mnemonic = [](const QString &text) -> QChar {
            const qsizetype amp = text.indexOf(u'&');
            return amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != u'&'
                       ? text.at(amp + 1).toLower()
                       : QChar();
        };
        QHash<QChar, QStringList> owners;
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            if (auto *label = qobject_cast<QLabel *>(w)) {
                QVERIFY2(mnemonic(label->text()).isNull() || label->buddy(),
                         qPrintable(label->text())); // shown as "&" without a buddy
                if (label->buddy())
                    text = label->text();
            }
            if (!mnemonic(text).isNull())
                owners[mnemonic(text)] << text;
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(u" / "_s)));

        // Production selected: the disabled base URL says where Production is.
        fota::Profile production = profile();
        production.baseUrl = fota::BaseUrlPolicy::defaultBaseUrl();
        dialog.setProfile(production);
        auto *baseUrl = dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s);
        QVERIFY(!baseUrl->isEnabled());
        QCOMPARE(baseUrl->placeholderText(), u"https://thingspace.verizon.com"_s);
        QVERIFY(!baseUrl->placeholderText().contains(u"mock"_s));
    }

    void failedSignInToAnotherProfileKeepsTheWorkingSession()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        QVERIFY(!signIn(controller.get(), profile(), SimulatorFixture::login()).isError());
        const QString session = client.tokens()->sessionToken();
        const QString access = client.tokens()->accessToken();

        // Another profile, a wrong password, then Cancel.
        fota::SignInDialog *dialog = controller->openSignInDialog();
        fota::Profile other = profile();
        other.name = u"other"_s;
        other.username = u"someone-else"_s;
        dialog->setProfile(other);
        dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)
            ->setText(fota::sim::SimulatorServer::demoClientSecret());
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"wrong"_s);
        QSignalSpy finished(controller.get(), &fota::AccountController::signInFinished);
        dialog->submit();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).value<fota::ApiError>().isError());
        dialog->reject();

        // The session in force never changed, and still loads.
        QCOMPARE(client.tokens()->sessionToken(), session);
        QCOMPARE(client.tokens()->accessToken(), access);
        QVERIFY(controller->isSignedIn());
        QCOMPARE(controller->currentProfile().name, u"simulator"_s);
        const int logins = m_sim->server.loginRequests();
        fota::DeviceTableModel model;
        fota::CampaignSession loader(&client, &model);
        QVERIFY(load(&loader, m_sim->account, m_sim->campaignId).complete);
        QCOMPARE(m_sim->server.loginRequests(), logins);

        // A successful switch does replace it.
        fota::Profile second = profile();
        second.name = u"second"_s;
        QSignalSpy changed(controller.get(), &fota::AccountController::profileChanged);
        QVERIFY(!signIn(controller.get(), second, SimulatorFixture::login()).isError());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller->currentProfile().name, u"second"_s);
        QVERIFY(client.tokens()->sessionToken() != session);
        QVERIFY(load(&loader, m_sim->account, m_sim->campaignId).complete);
    }

    void noKeychainIsANoticeWordedForPeople()
    {
        QTemporaryDir dir;
        fota::MainWindow window;
        fota::AccountController *controller = window.accountController();
        controller->setProfileStore(std::make_unique<fota::ProfileStore>(newIniPath()));
        auto *store = new fota::MemorySecretStore;
        store->setFailure(u"The name org.freedesktop.secrets was not provided (Unknown error)"_s);
        controller->setSecretStore(store);
        QVERIFY(window.setConnection(m_sim->settings(), {}).isEmpty());
        QVERIFY(!signIn(controller, profile(), SimulatorFixture::login(), true).isError());
        auto *bar = window.findChild<fota::MessageBar *>(u"messageBar"_s);
        QTRY_VERIFY(bar->isVisibleTo(&window));
        QCOMPARE(bar->kind(), fota::MessageBar::Kind::Notice);
        QVERIFY2(bar->text().contains(u"No keychain available"_s), qPrintable(bar->text()));
        QVERIFY2(!bar->text().contains(u"Unknown error"_s) &&
                     !bar->text().contains(u"freedesktop"_s),
                 qPrintable(bar->text()));
    }

    void loadingBeforeSigningInAsksToSignIn()
    {
        fota::MainWindow window;
        fota::AccountController *controller = window.accountController();
        controller->setProfileStore(std::make_unique<fota::ProfileStore>(newIniPath()));
        controller->setSecretStore(new fota::MemorySecretStore);
        QVERIFY(window.setConnection(m_sim->settings(), {}).isEmpty());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCampaign(m_sim->account, m_sim->campaignId);
        auto *bar = window.findChild<fota::MessageBar *>(u"messageBar"_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), u"Sign in to load campaigns."_s);
        QVERIFY(bar->actions().testFlag(fota::MessageBar::SignIn));
        QVERIFY(!window.session()->isLoading());
        QCOMPARE(m_sim->server.reportRequests(), 0);

        // Sign in… opens the dialog with the account already typed.
        QTest::mouseClick(window.findChild<QPushButton *>(u"messageSignInButton"_s),
                          Qt::LeftButton);
        fota::SignInDialog *dialog = controller->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"accountNameEdit"_s)->text(), m_sim->account);
        fota::Profile p = profile();
        p.accountName.clear(); // as typed in the dialog: the account came from the window
        dialog->setProfile(p);
        dialog->setAccountName(m_sim->account);
        dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s)
            ->setText(m_sim->server.baseUrl().toString());
        dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)
            ->setText(fota::sim::SimulatorServer::demoClientSecret());
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)
            ->setText(fota::sim::SimulatorServer::demoPassword());
        dialog->submit();
        // Signed in: the load asked for runs, and the message goes.
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isComplete(), 60000);
        QCOMPARE(window.deviceModel()->rowCount(), SimulatorFixture::kDevices);
        QVERIFY(!bar->isVisible());
        QVERIFY(!dialog->isVisible());
    }

    void signedInClearsTheReasonTheDialogWasOpenedFor()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        fota::SignInDialog *dialog = controller->openSignInDialog(u"Please sign in again: x"_s);
        auto *message = dialog->findChild<QLabel *>(u"signInMessage"_s);
        QVERIFY(!message->isHidden());
        dialog->setProfile(profile());
        dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)
            ->setText(fota::sim::SimulatorServer::demoClientSecret());
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)
            ->setText(fota::sim::SimulatorServer::demoPassword());
        QSignalSpy finished(controller.get(), &fota::AccountController::signInFinished);
        dialog->submit();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(message->isHidden());
        QCOMPARE(dialog->statusText(), u"Signed in."_s);
    }

    void unreachableHost()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        fota::Profile p = profile();
        p.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort()));
        const fota::ApiError error = signIn(controller.get(), p, SimulatorFixture::login());
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(u"could not reach"_s), qPrintable(error.message));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        fota::SignInDialog *dialog = controller->openSignInDialog();
        fota::Profile p = profile();
        p.baseUrl = QUrl(u"http://thingspace.example.com"_s);
        dialog->setProfile(p);
        dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)->setText(u"s"_s);
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"p"_s);
        dialog->submit();
        QVERIFY2(dialog->statusText().contains(u"http://"_s), qPrintable(dialog->statusText()));
        QCOMPARE(m_sim->server.tokenRequests(), 0);
    }

    void extraCaFileMustHoldACertificate()
    {
        fota::ApiClient client;
        fota::ApiSettings s = m_sim->settings();
        s.extraCaCertificateFile = m_dir.filePath(u"missing.pem"_s);
        QVERIFY(!client.setSettings(s).isEmpty());
        QFile junk(m_dir.filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        s.extraCaCertificateFile = junk.fileName();
        QVERIFY(client.setSettings(s).contains(u"no PEM or DER certificate"_s));
    }

    void pastedTokens()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        const auto [access, session] = m_sim->server.issueTokens();
        fota::Credentials c;
        c.accessToken = access;
        c.sessionToken = session;
        fota::ApiError error = signIn(controller.get(), profile(), c);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(controller->isSignedIn());
        QCOMPARE(m_sim->server.tokenRequests(), 0);
        QCOMPARE(m_sim->server.loginRequests(), 0);
        QVERIFY(controller->statusText().startsWith(u"pasted tokens@"_s));

        // A wrong pasted token is refused; the tokens that worked stay in force.
        c.accessToken = u"not-a-token"_s;
        error = signIn(controller.get(), profile(), c);
        QCOMPARE(error.kind, fota::ApiError::Kind::Unauthorized);
        QVERIFY(controller->isSignedIn());
        QCOMPARE(client.tokens()->accessToken(), access);

        // Without a session in force, a refused token leaves nothing half-signed-in.
        fota::ApiClient fresh;
        auto other = makeController(&fresh, nullptr);
        error = signIn(other.get(), profile(), c);
        QCOMPARE(error.kind, fota::ApiError::Kind::Unauthorized);
        QVERIFY(!other->isSignedIn());
    }

    void signOutLogsOutAndForgetsTokens()
    {
        fota::ApiClient client;
        fota::MemorySecretStore *store = nullptr;
        auto controller = makeController(&client, &store);
        QVERIFY(!signIn(controller.get(), profile(), SimulatorFixture::login(), true).isError());
        const QString key = fota::ProfileSecrets::keyFor(u"simulator"_s);
        QTRY_VERIFY(store->value(key).contains("sessionToken"));
        const QByteArray session = client.tokens()->sessionToken().toUtf8();
        QVERIFY(store->value(key).contains(session));

        controller->signOut();
        QTRY_COMPARE(m_sim->server.logoutRequests(), 1);
        QVERIFY(client.tokens()->accessToken().isEmpty());
        QVERIFY(client.tokens()->sessionToken().isEmpty());
        QVERIFY(!client.tokens()->credentials().isUsable());
        QVERIFY(!controller->isSignedIn());
        QCOMPARE(controller->statusText(), u"Not signed in"_s);
        // The remembered key and password stay; the tokens of the ended session do not.
        QTRY_VERIFY(!store->value(key).contains(session));
        QVERIFY(store->value(key).contains("demo-password"));
    }

    void accessTokenRenewedBeforeExpiry()
    {
        // The client's clock moves by hand; the server's tokens stay valid in real time, so a
        // 401 could only mean the client waited too long.
        fota::ManualClock clock;
        fota::ApiClient client;
        client.setClock(clock);
        auto controller = makeController(&client, nullptr);
        QVERIFY(client.setSettings(m_sim->settings()).isEmpty());
        m_sim->server.setAccessTokenLifetime(130);
        QVERIFY(!signIn(controller.get(), profile(), SimulatorFixture::login()).isError());
        const QString first = client.tokens()->accessToken();
        QCOMPARE(m_sim->server.tokenRequests(), 1);
        // 60 s of 130 left: inside the renewal margin (120 s, capped at half the lifetime).
        clock.advance(70'000);

        fota::DeviceTableModel model;
        fota::CampaignSession session(&client, &model);
        const fota::LoadOutcome outcome = load(&session, m_sim->account, m_sim->campaignId);
        QVERIFY2(outcome.complete, qPrintable(outcome.error.toString()));
        QCOMPARE(model.rowCount(), SimulatorFixture::kDevices);
        QCOMPARE(m_sim->server.tokenRequests(), 2);
        QVERIFY(client.tokens()->accessToken() != first);
        QVERIFY(!m_statuses.contains(401)); // renewed before the server refused it
    }

    void renewedTokensAreRememberedAgain()
    {
        fota::ApiClient client;
        fota::MemorySecretStore *store = nullptr;
        auto controller = makeController(&client, &store);
        QVERIFY(!signIn(controller.get(), profile(), SimulatorFixture::login(), true).isError());
        const QString key = fota::ProfileSecrets::keyFor(u"simulator"_s);
        QTRY_VERIFY(store->value(key).contains(client.tokens()->accessToken().toUtf8()));
        const QString first = client.tokens()->accessToken();
        m_sim->server.injectFault(SimulatorFault::BearerExpired, 1, 0);
        fota::DeviceTableModel model;
        fota::CampaignSession session(&client, &model);
        QVERIFY(load(&session, m_sim->account, m_sim->campaignId).complete);
        QVERIFY(client.tokens()->accessToken() != first);
        QTRY_VERIFY(store->value(key).contains(client.tokens()->accessToken().toUtf8()));
        QVERIFY(!store->value(key).contains(first.toUtf8()));
    }

    void accessTokenRenewedAfter401MidLoad()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        QVERIFY(!signIn(controller.get(), profile(), SimulatorFixture::login()).isError());
        m_sim->server.injectFault(SimulatorFault::BearerExpired, 1, 1);
        fota::DeviceTableModel model;
        fota::CampaignSession session(&client, &model);
        const fota::LoadOutcome outcome = load(&session, m_sim->account, m_sim->campaignId);
        QVERIFY2(outcome.complete, qPrintable(outcome.error.toString()));
        QCOMPARE(model.rowCount(), SimulatorFixture::kDevices);
        QCOMPARE(m_sim->server.tokenRequests(), 2);
        QVERIFY(m_statuses.contains(401));
        QCOMPARE(m_sim->server.loginRequests(), 1);
    }

    void sessionRenewedAfterExpiryMidLoad()
    {
        fota::ApiClient client;
        auto controller = makeController(&client, nullptr);
        QVERIFY(!signIn(controller.get(), profile(), SimulatorFixture::login()).isError());
        m_sim->server.injectFault(SimulatorFault::SessionExpired, 1, 1);
        fota::DeviceTableModel model;
        fota::CampaignSession session(&client, &model);
        const fota::LoadOutcome outcome = load(&session, m_sim->account, m_sim->campaignId);
        QVERIFY2(outcome.complete, qPrintable(outcome.error.toString()));
        QCOMPARE(model.rowCount(), SimulatorFixture::kDevices);
        QCOMPARE(m_sim->server.loginRequests(), 2);
    }

    void sessionRenewedBeforeIdleLimit()
    {
        fota::ManualClock clock;
        fota::ApiClient client;
        client.setClock(clock);
        auto controller = makeController(&client, nullptr);
        QVERIFY(client.setSettings(m_sim->settings()).isEmpty()); // 20 min idle, 60 s margin
        QVERIFY(!signIn(controller.get(), profile(), SimulatorFixture::login()).isError());
        QCOMPARE(m_sim->server.loginRequests(), 1);

        fota::DeviceTableModel model;
        fota::CampaignSession session(&client, &model);
        QVERIFY(load(&session, m_sim->account, m_sim->campaignId).complete);
        clock.advance(1'000'000);
        QVERIFY(load(&session, m_sim->account, m_sim->campaignId).complete);
        QCOMPARE(m_sim->server.loginRequests(), 1); // in use: no renewal
        clock.advance(1'150'000);                   // idle past the limit less the margin
        QVERIFY(client.tokens()->sessionNearIdleLimit());
        const fota::LoadOutcome outcome = load(&session, m_sim->account, m_sim->campaignId);
        QVERIFY2(outcome.complete, qPrintable(outcome.error.toString()));
        QCOMPARE(m_sim->server.loginRequests(), 2);
        QVERIFY(!m_statuses.contains(400)); // the server never had to say SessionToken.Expired
    }

    void renewalImpossibleAsksToSignInAgainAndKeepsRows()
    {
        // The password was changed since the session started: the session works until it
        // expires, then logging in again is rejected.
        fota::MainWindow window;
        fota::ApiClient *client = window.session()->client();
        fota::AccountController *controller = window.accountController();
        controller->setProfileStore(std::make_unique<fota::ProfileStore>(newIniPath()));
        controller->setSecretStore(new fota::MemorySecretStore);
        QVERIFY(window.setConnection(m_sim->settings(), {}).isEmpty());
        fota::Credentials c = SimulatorFixture::login();
        c.password = u"changed-elsewhere"_s;
        c.sessionToken = m_sim->server.issueTokens().second;
        QVERIFY(!signIn(controller, profile(), c).isError());
        QVERIFY(controller->isSignedIn());

        QSignalSpy required(controller, &fota::AccountController::signInRequired);
        m_sim->server.setPageSize(1000);
        m_sim->server.injectFault(SimulatorFault::SessionExpired, 1, 1);
        const fota::LoadOutcome outcome = load(window.session(), m_sim->account, m_sim->campaignId);
        QVERIFY(!outcome.complete);
        QTRY_COMPARE(required.count(), 1);
        QCOMPARE(window.deviceModel()->rowCount(), 1000); // the first page stays
        QVERIFY(controller->needsSignIn());
        QVERIFY(controller->statusText().contains(u"sign in again"_s));
        fota::SignInDialog *dialog = controller->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->profile().accountName, m_sim->account);
        QCOMPARE(dialog->profile().username, fota::sim::SimulatorServer::demoUsername());
        QVERIFY(dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
        QCOMPARE(m_sim->server.loginRequests(), 1); // the rejected password, once
        QVERIFY(client->tokens()->loginWasRejected());
    }

    void keychainUnavailableKeepsSecretsInMemory()
    {
        fota::ApiClient client;
        fota::MemorySecretStore *store = nullptr;
        auto controller = makeController(&client, &store);
        store->setFailure(u"The name org.freedesktop.secrets was not provided"_s);
        QSignalSpy notices(controller.get(), &fota::AccountController::notice);
        const fota::ApiError error =
            signIn(controller.get(), profile(), SimulatorFixture::login(), true);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(controller->isSignedIn());
        QTRY_COMPARE(notices.count(), 1);
        const QString problem = controller->keychainProblem();
        QVERIFY2(problem.contains(u"no keychain available"_s, Qt::CaseInsensitive),
                 qPrintable(problem));
        QVERIFY(problem.contains(u"memory only"_s));
        QCOMPARE(notices.first().first().toString(), problem);
    }

    void rememberedProfileSignsInAtStart()
    {
        const QString ini = newIniPath();
        auto *shared = new fota::MemorySecretStore;
        {
            fota::ApiClient client;
            client.setSettings(m_sim->settings());
            fota::AccountController first(&client, nullptr);
            first.setProfileStore(std::make_unique<fota::ProfileStore>(ini));
            first.setSecretStore(shared);
            QVERIFY(!signIn(&first, profile(), SimulatorFixture::login(), true).isError());
            QTRY_VERIFY(shared->contains(fota::ProfileSecrets::keyFor(u"simulator"_s)));
            shared->setParent(nullptr); // outlives the first controller, like a keychain
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settings = file.readAll();
        QVERIFY(settings.contains("simulator"));
        QVERIFY(!settings.contains("demo-client-secret"));
        QVERIFY(!settings.contains("demo-password"));

        fota::ApiClient client;
        client.setSettings(m_sim->settings());
        fota::AccountController second(&client, nullptr);
        second.setProfileStore(std::make_unique<fota::ProfileStore>(ini));
        second.setSecretStore(shared);
        second.start();
        QTRY_VERIFY(second.isSignedIn());
        QCOMPARE(second.currentProfile().name, u"simulator"_s);
        QVERIFY(!second.dialog());
    }
};

QTEST_MAIN(SignInTest)
#include "tst_signin.moc"
