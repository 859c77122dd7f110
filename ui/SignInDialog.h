// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "credentials/Profile.h"
#include "thingspace/ApiError.h"
#include "thingspace/Credentials.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace fota {

// Account → Sign in…: the environment, the account and either the client key and secret with
// the username and password, or an access token and a session token pasted directly. It only
// collects and checks the form; AccountController signs in and reports back through
// showResult(), so the dialog stays open with the operator's input when something failed.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // The saved profiles the operator can pick from; picking one fills the non-secret fields.
    void setProfiles(const QList<Profile> &profiles);
    // Fills the non-secret fields (never a secret: those are typed or come from the keychain).
    void setProfile(const Profile &profile);
    Profile profile() const;
    Credentials credentials() const;
    bool rememberSecrets() const;
    bool usesPastedTokens() const;

    // Why the dialog was opened, e.g. "the session could not be renewed".
    void setMessage(const QString &text);
    void setBusy(bool busy);
    // The outcome of a sign-in started from here; an error keeps the dialog open.
    void showResult(const ApiError &error);
    QString statusText() const;
    QString certificateDetails() const;

    // What the Sign in button does; public for keyboard-free tests. Refused while signing in
    // and, after a rejected password (or secret), until that field is edited.
    void submit();
    bool isWaitingForNewPassword() const;
    // Prefills the account (e.g. the one typed in the window) when the profile has none.
    void setAccountName(const QString &accountName);

signals:
    void signInRequested(const fota::Profile &profile, const fota::Credentials &credentials,
                         bool rememberSecrets);

protected:
    // Secrets are wiped from the fields whenever the dialog closes, so they do not linger in
    // widgets for the rest of the session.
    void done(int result) override;

private:
    void buildMethodTabs();
    void setTabOrderChain();
    void onProfileChosen(int index);
    void updateEnvironment();
    void updateSignInButton();
    void chooseCaFile();
    void showStatus(const QString &text, bool isError);
    static QLineEdit *secretEdit(QWidget *parent, const QString &objectName,
                                 const QString &accessibleName);

    QList<Profile> m_profiles;
    QComboBox *m_profileBox;
    QComboBox *m_environment;
    QLineEdit *m_baseUrl;
    QLineEdit *m_caFile;
    QLineEdit *m_account;
    QTabWidget *m_method;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_accessToken;
    QLineEdit *m_sessionToken;
    QCheckBox *m_remember;
    QLabel *m_message;
    QLabel *m_status;
    QLabel *m_certificate;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QToolButton *m_caBrowse = nullptr;
    QLineEdit *m_rejectedField = nullptr; // cleared after a rejection, not yet typed again
    bool m_busy = false;
};

} // namespace fota
