#include "ui/AccountController.h"

#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "keychain/KeychainSecretStore.h"
#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"
#include "thingspace/TokenManager.h"
#include "ui/SignInDialog.h"

#include <QAction>
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

    ApiSettings settings = m_client->settings();
    settings.baseUrl = profile.baseUrl;
    settings.extraCaCertificateFile = profile.extraCaCertificateFile;
    const QString problem = m_client->setSettings(settings);
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
    m_client->setCredentials(credentials);

    if (!credentials.canObtainTokens()) {
        // Pasted tokens: nothing to obtain, so one cheap call shows whether they work.
        if (profile.accountName.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this, attempt] { finishSignIn(attempt, {}); }, Qt::QueuedConnection);
            return;
        }
        ApiReply *reply =
            m_client->send(ApiCall::campaignsByStatus(profile.accountName, u"CampaignEnded"_s, {}));
        connect(reply, &ApiReply::finished, this, [this, reply, attempt] {
            reply->deleteLater();
            finishSignIn(attempt, reply->error());
        });
        return;
    }
    m_client->tokens()->ensureTokens(
        this, [this, attempt](const ApiError &error) { finishSignIn(attempt, error); });
}

void AccountController::finishSignIn(int attempt, const ApiError &error)
{
    if (attempt != m_attempt)
        return; // a newer sign-in superseded this one
    m_signingIn = false;
    if (error.isError()) {
        ApiError shown = error;
        const bool unreachable =
            (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) &&
            error.certificateDetails.isEmpty();
        if (unreachable && !error.message.startsWith(u"could not reach"_s))
            shown.message = tr("could not reach ThingSpace at %1: %2")
                                .arg(m_client->settings().baseUrl.host(), error.message);
        // Nothing half-signed-in stays behind: a pending load must not try these again.
        m_client->setCredentials(Credentials());
        if (m_dialog)
            m_dialog->showResult(shown);
        updateStatus();
        emit signInFinished(shown);
        return;
    }

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

SignInDialog *AccountController::openSignInDialog(const QString &reason)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_window);
        connect(m_dialog, &SignInDialog::signInRequested, this, &AccountController::signIn);
    }
    m_dialog->setProfiles(m_profiles->profiles());
    const Profile p = m_profile.isValid() ? m_profile : m_profiles->profile(m_profiles->lastUsed());
    if (p.isValid())
        m_dialog->setProfile(p);
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
    m_keychainProblem = tr("No keychain available (%1); secrets kept in memory only.").arg(error);
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
        const QString reason =
            tr("Please sign in again: %1. The devices loaded so far stay.").arg(error.message);
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
