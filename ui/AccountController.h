// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "credentials/Profile.h"
#include "thingspace/ApiError.h"
#include "thingspace/Credentials.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenuBar;
class QWidget;

namespace fota {

class ApiClient;
class ProfileStore;
class SecretStore;
class SignInDialog;

// Who is signed in, to which environment, and how: owns the sign-in flow, the saved profiles
// and the secret store, and asks the operator to sign in again when a token cannot be renewed.
// The window only places its actions and label and listens to profileChanged().
class AccountController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the sign-in dialog; it may be null (tests).
    AccountController(ApiClient *client, QWidget *window, QObject *parent = nullptr);
    ~AccountController() override;

    // Takes ownership. The default is the system keychain.
    void setSecretStore(SecretStore *store);
    SecretStore *secretStore() const { return m_secrets; }
    // The default is the application's QSettings.
    void setProfileStore(std::unique_ptr<ProfileStore> store);
    ProfileStore *profileStore() const { return m_profiles.get(); }

    // At start-up with no credentials from the environment: signs in with the last profile if
    // its secrets were remembered, else opens the sign-in dialog on it. Never blocks.
    void start();
    // Applies the profile's environment and validates the credentials by obtaining both tokens
    // (or, for pasted tokens, by one call when an account name is given). The outcome arrives
    // through signInFinished(); a rejected password is not retried. While signed in, the
    // attempt runs on a client of its own and replaces the session only once it succeeded.
    void signIn(const Profile &profile, const Credentials &credentials, bool rememberSecrets);
    // Ends the session on the server and forgets the tokens (and their keychain copy).
    void signOut();
    // Opens the dialog (non-blocking), pre-filled with the current profile's non-secret fields
    // and, if the profile has none, `accountName` (what the window's field says).
    SignInDialog *openSignInDialog(const QString &reason = {}, const QString &accountName = {});
    SignInDialog *dialog() const;

    bool isSigningIn() const { return m_signingIn; }
    bool isSignedIn() const;
    // True after a renewal proved impossible, until the next successful sign-in.
    bool needsSignIn() const { return m_needsSignIn; }
    Profile currentProfile() const { return m_profile; }
    // "user@environment", or "Not signed in".
    QString statusText() const;
    // Why secrets are kept in memory only, or empty while the keychain works.
    QString keychainProblem() const { return m_keychainProblem; }

    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    // Adds an Account menu before the last menu (Help), if any.
    void installMenu(QMenuBar *menuBar);
    // A status-bar label that follows statusText().
    QLabel *createStatusLabel(QWidget *parent);

signals:
    // After every sign-in attempt; error.kind is None on success.
    void signInFinished(const fota::ApiError &error);
    // Another account or environment is in use: whatever lists campaigns or history follows.
    void profileChanged(const fota::Profile &profile);
    void statusChanged(const QString &text);
    void signedOut();
    // A token could not be renewed; the dialog is open and the rows loaded so far stay.
    void signInRequired(const QString &reason);
    // Something the window should show without blocking, e.g. that no keychain is available.
    void notice(const QString &text);

private:
    void finishSignIn(int attempt, const ApiError &error);
    void adoptProbe();
    void completeSignIn();
    void rememberSecrets(const Profile &profile, const Credentials &credentials);
    void forgetSecrets(const QString &profileName);
    void onRenewalImpossible(const ApiError &error);
    void keychainFailed(const QString &error);
    void updateStatus();

    ApiClient *m_client;
    QPointer<QWidget> m_window;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets = nullptr;
    QPointer<SignInDialog> m_dialog;
    QAction *m_signInAction;
    QAction *m_signOutAction;
    Profile m_profile;
    Profile m_pendingProfile;
    Credentials m_pendingCredentials;
    std::unique_ptr<ApiClient> m_probe; // the attempt's own client while a session is in force
    bool m_pendingRemember = false;
    int m_attempt = 0;
    bool m_signingIn = false;
    bool m_needsSignIn = false;
    bool m_reauthQueued = false;
    QString m_keychainProblem;
    QString m_lastStatus;
};

} // namespace fota
