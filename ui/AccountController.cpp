// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/AccountController.h"

#include "common/SafeText.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "keychain/KeychainSecretStore.h"
#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"
#include "thingspace/TokenManager.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fota {

AccountController::AccountController(ApiClient *client, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_secrets(KeychainSecretStore::createForApplication(this))
    , m_signInAction(new QAction(tr("&Sign in…"), this))
    , m_signOutAction(new QAction(tr("Sign &out"), this))
{
    m_signInAction->setObjectName(u"signInAction"_s);
    m_signInAction->setStatusTip(tr("Sign in to a ThingSpace account, or switch profile"));
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setStatusTip(tr("End the ThingSpace session and forget the tokens"));
    connect(m_signInAction, &QAction::triggered, this, [this] { openSignInDialog(); });
    connect(m_signOutAction, &QAction::triggered, this, &AccountController::signOut);

    TokenManager *tokens = m_client->tokens();
    connect(tokens, &TokenManager::tokensChanged, this, &AccountController::updateStatus);
    // A renewed token replaces the remembered one, so a restart resumes with a live session
    // instead of logging in again.
    connect(tokens, &TokenManager::tokensChanged, this, [this, tokens] {
        if (m_signingIn || m_needsSignIn || !m_profile.rememberSecrets ||
            m_profile.name.isEmpty() || tokens->accessToken().isEmpty() ||
            tokens->sessionToken().isEmpty() || !tokens->credentials().isUsable())
            return;
        Credentials secrets = tokens->credentials();
        secrets.accessToken = tokens->accessToken();
        secrets.sessionToken = tokens->sessionToken();
        rememberSecrets(m_profile, secrets);
    });
    connect(tokens, &TokenManager::renewalImpossible, this,
            &AccountController::onRenewalImpossible);
    updateStatus();
}

AccountController::~AccountController()
{
    if (m_dialog && !m_dialog->parent())
        delete m_dialog;
}

void AccountController::setSecretStore(SecretStore *store)
{
    if (!store || store == m_secrets)
        return;
    delete m_secrets;
    m_secrets = store;
    m_secrets->setParent(this);
    m_keychainProblem.clear();
}

void AccountController::setProfileStore(std::unique_ptr<ProfileStore> store)
{
    if (store)
        m_profiles = std::move(store);
}

void AccountController::start()
{
    const Profile last = m_profiles->profile(m_profiles->lastUsed());
    if (!last.isValid() || !last.rememberSecrets) {
        openSignInDialog();
        return;
    }
    m_secrets->read(ProfileSecrets::keyFor(last.name), this,
                    [this, last](const QByteArray &data, const QString &error) {
                        if (!error.isEmpty()) {
                            keychainFailed(error);
                            openSignInDialog();
                            return;
                        }
                        Credentials c;
                        c.clientId = last.clientId;
                        c.username = last.username;
                        if (!ProfileSecrets::decodeInto(data, &c) || !c.isUsable()) {
                            openSignInDialog();
                            return;
                        }
                        connect(
                            this, &AccountController::signInFinished, this,
                            [this](const ApiError &e) {
                                if (e.isError())
                                    openSignInDialog(e.message);
                            },
                            Qt::SingleShotConnection);
                        signIn(last, c, true);
                    });
}

void AccountController::signIn(const Profile &profile, const Credentials &credentials,
                               bool rememberSecrets)
{
    const int attempt = ++m_attempt;
    m_signingIn = true;
    m_pendingProfile = profile;
    m_pendingProfile.rememberSecrets = rememberSecrets;
    m_pendingCredentials = credentials;

    ApiSettings settings = m_client->settings();
    settings.baseUrl = profile.baseUrl;
    settings.extraCaCertificateFile = profile.extraCaCertificateFile;
    // A working session stays in force until the new one has proved itself: the attempt runs
    // on a client of its own, so a wrong password for another profile (and Cancel) leaves the
    // campaign shown loadable and refreshable as before.
    if (m_probe)
        m_probe.release()->deleteLater();
    ApiClient *target = m_client;
    if (isSignedIn()) {
        m_probe = std::make_unique<ApiClient>();
        target = m_probe.get();
    }
    const QString problem = target->setSettings(settings);
    if (!problem.isEmpty()) {
        // Later, like every other outcome, so callers connect after calling.
        QMetaObject::invokeMethod(
            this,
            [this, attempt, problem] {
                finishSignIn(attempt, ApiError::make(ApiError::Kind::InsecureUrl, problem));
            },
            Qt::QueuedConnection);
        return;
    }
    target->setCredentials(credentials);

    if (!credentials.canObtainTokens()) {
        // Pasted tokens: nothing to obtain, so one cheap call shows whether they work.
        if (profile.accountName.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this, attempt] { finishSignIn(attempt, {}); }, Qt::QueuedConnection);
            return;
        }
        ApiReply *reply =
            target->send(ApiCall::campaignsByStatus(profile.accountName, u"CampaignEnded"_s, {}));
        connect(reply, &ApiReply::finished, this, [this, reply, attempt] {
            reply->deleteLater();
            finishSignIn(attempt, reply->error());
        });
        return;
    }
    target->tokens()->ensureTokens(
        this, [this, attempt](const ApiError &error) { finishSignIn(attempt, error); });
}

void AccountController::adoptProbe()
{
    // The probe proved the new settings and credentials; the window's client takes them over
    // with the probe's session. The access token it asks for itself (the token endpoint hands
    // out the same one within its hour), so it knows when to renew it.
    Credentials adopted = m_pendingCredentials;
    if (adopted.canObtainTokens()) {
        adopted.accessToken.clear();
        adopted.sessionToken = m_probe->tokens()->sessionToken();
    }
    m_client->setSettings(m_probe->settings());
    m_client->setCredentials(adopted);
    m_probe.release()->deleteLater();
}

void AccountController::finishSignIn(int attempt, const ApiError &error)
{
    if (attempt != m_attempt)
        return; // a newer sign-in superseded this one
    if (error.isError()) {
        m_signingIn = false;
        m_pendingCredentials = {};
        ApiError shown = error;
        const ApiClient *used = m_probe ? m_probe.get() : m_client;
        const bool unreachable =
            (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) &&
            error.certificateDetails.isEmpty();
        // The token manager's own "could not reach" (same message, in any language) is not
        // wrapped twice.
        const QString unreachableText =
            QCoreApplication::translate("TokenManager", "could not reach ThingSpace at %1: %2");
        if (unreachable &&
            !error.message.startsWith(unreachableText.left(unreachableText.indexOf("%1"_L1))))
            shown.message = unreachableText.arg(used->settings().baseUrl.host(), error.message);
        if (m_probe)
            m_probe.release()->deleteLater(); // the session in force was never touched
        else
            m_client->setCredentials(Credentials()); // nothing half-signed-in stays behind
        if (m_dialog)
            m_dialog->showResult(shown);
        updateStatus();
        emit signInFinished(shown);
        return;
    }
    // Still "signing in" while the client takes the new credentials over, so the tokens of
    // the new account are not remembered under the previous profile's name.
    if (m_probe)
        adoptProbe();
    m_signingIn = false;
    m_pendingCredentials = {};
    completeSignIn();
}

void AccountController::completeSignIn()
{
    TokenManager *tokens = m_client->tokens();
    const bool switched = !(m_pendingProfile == m_profile);
    const bool wasRemembered = m_profiles->profile(m_pendingProfile.name).rememberSecrets;
    m_profile = m_pendingProfile;
    m_needsSignIn = false;
    m_profiles->save(m_profile);
    m_profiles->setLastUsed(m_profile.name);
    if (m_profile.rememberSecrets) {
        Credentials secrets = tokens->credentials();
        secrets.accessToken = tokens->accessToken();
        secrets.sessionToken = tokens->sessionToken();
        rememberSecrets(m_profile, secrets);
    } else if (wasRemembered) {
        forgetSecrets(m_profile.name);
    }
    if (m_dialog) {
        m_dialog->showResult({});
        if (m_dialog->isVisible())
            m_dialog->accept();
    }
    updateStatus();
    if (switched)
        emit profileChanged(m_profile);
    emit signInFinished({});
}

void AccountController::signOut()
{
    TokenManager *tokens = m_client->tokens();
    Credentials kept = tokens->credentials();
    tokens->logout(this, [this](const ApiError &error) {
        if (error.isError())
            emit notice(
                tr("Signed out here, but ThingSpace could not be told: %1").arg(error.message));
    });
    // Without this the key and password would quietly log in again at the next request.
    m_client->setCredentials(Credentials());
    if (m_profile.rememberSecrets) {
        kept.accessToken.clear();
        kept.sessionToken.clear();
        rememberSecrets(m_profile, kept);
    }
    m_needsSignIn = false;
    updateStatus();
    emit signedOut();
}

SignInDialog *AccountController::openSignInDialog(const QString &reason, const QString &accountName)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_window);
        connect(m_dialog, &SignInDialog::signInRequested, this, &AccountController::signIn);
    }
    m_dialog->setProfiles(m_profiles->profiles());
    const Profile p = m_profile.isValid() ? m_profile : m_profiles->profile(m_profiles->lastUsed());
    if (p.isValid())
        m_dialog->setProfile(p);
    if (!accountName.isEmpty())
        m_dialog->setAccountName(accountName);
    m_dialog->setMessage(reason);
    if (!m_dialog->isVisible())
        m_dialog->open();
    return m_dialog;
}

SignInDialog *AccountController::dialog() const
{
    return m_dialog;
}

bool AccountController::isSignedIn() const
{
    return m_client->tokens()->credentials().isUsable() && !m_needsSignIn;
}

QString AccountController::statusText() const
{
    const Credentials &c = m_client->tokens()->credentials();
    if (!c.isUsable())
        return tr("Not signed in");
    Profile environment;
    environment.baseUrl = m_client->settings().baseUrl;
    const QString who = c.username.isEmpty() ? tr("pasted tokens") : c.username;
    const QString text = who + u'@' + environment.environmentName();
    return m_needsSignIn ? tr("%1 (sign in again)").arg(text) : text;
}

void AccountController::installMenu(QMenuBar *menuBar)
{
    auto *menu = new QMenu(tr("&Account"), menuBar);
    menu->setObjectName(u"accountMenu"_s);
    menu->addAction(m_signInAction);
    menu->addAction(m_signOutAction);
    const QList<QAction *> menus = menuBar->actions();
    if (menus.isEmpty())
        menuBar->addMenu(menu);
    else
        menuBar->insertMenu(menus.last(), menu);
}

QLabel *AccountController::createStatusLabel(QWidget *parent)
{
    auto *label = new QLabel(statusText(), parent);
    label->setObjectName(u"accountLabel"_s);
    label->setAccessibleName(tr("Signed-in account"));
    label->setToolTip(m_client->settings().baseUrl.toDisplayString());
    connect(this, &AccountController::statusChanged, label, [this, label](const QString &text) {
        label->setText(text);
        label->setToolTip(m_client->settings().baseUrl.toDisplayString());
    });
    return label;
}

void AccountController::rememberSecrets(const Profile &profile, const Credentials &credentials)
{
    const bool withTokens = !credentials.accessToken.isEmpty();
    m_secrets->write(ProfileSecrets::keyFor(profile.name),
                     ProfileSecrets::encode(credentials, withTokens), this,
                     [this](const QString &error) {
                         if (error.isEmpty())
                             m_keychainProblem.clear();
                         else
                             keychainFailed(error);
                     });
}

void AccountController::forgetSecrets(const QString &profileName)
{
    m_secrets->remove(ProfileSecrets::keyFor(profileName), this, [](const QString &) {
        // Nothing to tell: an entry that cannot be removed was never written either.
    });
}

void AccountController::keychainFailed(const QString &error)
{
    // A notice, not an error: signing in worked, only "Remember me" cannot be honoured. The
    // keychain's own wording ("The name org.freedesktop.secrets was not provided") goes in the
    // log, not in front of the operator.
    qInfo("keychain: %s", qUtf8Printable(SafeText::oneLine(error)));
    m_keychainProblem = tr("No keychain available, so your secrets are kept in memory only: you "
                           "stay signed in until you quit, then sign in again next time.");
    emit notice(m_keychainProblem);
}

void AccountController::onRenewalImpossible(const ApiError &error)
{
    // During a sign-in the dialog itself reports the failure.
    if (m_signingIn || m_reauthQueued)
        return;
    m_reauthQueued = true;
    // Later: this arrives from inside the token manager's callback chain, and several requests
    // failing together must open one dialog.
    QTimer::singleShot(0, this, [this, error] {
        m_reauthQueued = false;
        if (m_signingIn)
            return;
        m_needsSignIn = true;
        updateStatus();
        // Never signed in at all is not "again", and the token manager's wording ("no access
        // token and no client key/secret") is not the operator's.
        const QString reason = error.kind == ApiError::Kind::MissingCredentials
                                   ? tr("Sign in to load campaigns.")
                                   : tr("Please sign in again: %1. The devices loaded so far stay.")
                                         .arg(error.message);
        emit signInRequired(reason);
        openSignInDialog(reason);
    });
}

void AccountController::updateStatus()
{
    m_signOutAction->setEnabled(m_client->tokens()->credentials().isUsable());
    const QString text = statusText();
    if (text == m_lastStatus)
        return;
    m_lastStatus = text;
    emit statusChanged(text);
}

} // namespace fota
