// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/SignInDialog.h"

#include "thingspace/BaseUrlPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

enum Environment
{
    Production = 0,
    Custom = 1
};

QLineEdit *plainEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_profileBox(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_baseUrl(plainEdit(this, u"baseUrlEdit"_s, tr("Base URL")))
    , m_caFile(plainEdit(this, u"caFileEdit"_s, tr("Extra CA certificate file")))
    , m_account(plainEdit(this, u"accountNameEdit"_s, tr("Account name")))
    , m_method(new QTabWidget(this))
    , m_remember(new QCheckBox(tr("&Remember me (secrets in the system keychain)"), this))
    , m_message(new QLabel(this))
    , m_status(new QLabel(this))
    , m_certificate(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to ThingSpace"));

    m_profileBox->setObjectName(u"profileBox"_s);
    m_profileBox->setEditable(true);
    m_profileBox->setAccessibleName(tr("Profile name"));
    m_profileBox->setToolTip(tr("Saved by name with the environment, account, username and key; "
                                "never with a secret"));
    m_environment->setObjectName(u"environmentBox"_s);
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("Production (thingspace.verizon.com)"));
    m_environment->addItem(tr("Custom base URL"));
    m_caFile->setPlaceholderText(tr("Optional: PEM file of a corporate CA to trust"));
    m_account->setPlaceholderText(u"0000123456-00001"_s);
    m_caBrowse = new QToolButton(this);
    //: The button that opens a file dialog to choose the CA certificate file.
    m_caBrowse->setText(tr("…"));
    m_caBrowse->setAccessibleName(tr("Choose a CA certificate file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);

    // Every label with a buddy, so its mnemonic works and no "&" is shown; one letter each,
    // none shared with Sign in (S) or Remember me (R).
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *top = new QFormLayout;
    top->addRow(label(tr("&Profile:"), m_profileBox), m_profileBox);
    top->addRow(label(tr("&Environment:"), m_environment), m_environment);
    top->addRow(label(tr("&Base URL:"), m_baseUrl), m_baseUrl);
    top->addRow(label(tr("E&xtra CA file:"), m_caFile), caRow);
    top->addRow(label(tr("&Account name:"), m_account), m_account);

    buildMethodTabs();

    m_remember->setObjectName(u"rememberBox"_s);
    m_remember->setToolTip(tr("Without it, secrets and tokens are kept in memory only and "
                              "forgotten when the program ends"));
    for (QLabel *l : {m_message, m_status, m_certificate}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
        l->hide();
    }
    m_message->setObjectName(u"signInMessage"_s);
    m_status->setObjectName(u"signInStatus"_s);
    m_certificate->setObjectName(u"certificateDetails"_s);

    m_signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::ActionRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(m_method);
    layout->addWidget(m_remember);
    layout->addWidget(m_status);
    layout->addWidget(m_certificate);
    layout->addWidget(m_buttons);
    setTabOrderChain();

    connect(m_profileBox, &QComboBox::activated, this, &SignInDialog::onProfileChosen);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &SignInDialog::updateEnvironment);
    connect(m_caBrowse, &QToolButton::clicked, this, &SignInDialog::chooseCaFile);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_method, &QTabWidget::currentChanged, this, &SignInDialog::updateSignInButton);
    for (QLineEdit *edit : {m_clientSecret, m_password}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            if (edit == m_rejectedField) {
                m_rejectedField = nullptr;
                updateSignInButton();
            }
        });
    }
    updateEnvironment();
    resize(520, sizeHint().height());
}

void SignInDialog::buildMethodTabs()
{
    auto *keyPage = new QWidget(m_method);
    m_clientId = plainEdit(keyPage, u"clientIdEdit"_s, tr("Client key"));
    m_clientSecret = secretEdit(keyPage, u"clientSecretEdit"_s, tr("Client secret"));
    m_username = plainEdit(keyPage, u"usernameEdit"_s, tr("Username"));
    m_password = secretEdit(keyPage, u"passwordEdit"_s, tr("Password"));
    auto *keyForm = new QFormLayout(keyPage);
    const auto row = [](QFormLayout *form, QWidget *page, const QString &text, QLineEdit *edit) {
        auto *l = new QLabel(text, page);
        l->setBuddy(edit);
        form->addRow(l, edit);
    };
    row(keyForm, keyPage, tr("Client &key:"), m_clientId);
    row(keyForm, keyPage, tr("Client secre&t:"), m_clientSecret);
    row(keyForm, keyPage, tr("&Username:"), m_username);
    row(keyForm, keyPage, tr("Pass&word:"), m_password);
    m_method->addTab(keyPage, tr("Key and login"));

    auto *tokenPage = new QWidget(m_method);
    m_accessToken = secretEdit(tokenPage, u"accessTokenEdit"_s, tr("Access token"));
    m_sessionToken = secretEdit(tokenPage, u"sessionTokenEdit"_s, tr("Session token"));
    auto *tokenForm = new QFormLayout(tokenPage);
    row(tokenForm, tokenPage, tr("Access t&oken:"), m_accessToken);
    row(tokenForm, tokenPage, tr("Sessio&n token:"), m_sessionToken);
    auto *tokenNote = new QLabel(tr("Pasted tokens cannot be renewed: when they expire you are "
                                    "asked to sign in again."),
                                 tokenPage);
    tokenNote->setWordWrap(true);
    tokenForm->addRow(tokenNote);
    m_method->addTab(tokenPage, tr("Paste tokens"));
    m_method->setObjectName(u"methodTabs"_s);
}

void SignInDialog::setTabOrderChain()
{
    // Form order, top to bottom: the fields inside the tabs come right after the tab bar,
    // whichever tab is shown (hidden ones are skipped).
    const QList<QWidget *> chain = {m_profileBox,   m_environment, m_baseUrl,  m_caFile,
                                    m_caBrowse,     m_account,     m_method,   m_clientId,
                                    m_clientSecret, m_username,    m_password, m_accessToken,
                                    m_sessionToken, m_remember,    m_signIn};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        QWidget::setTabOrder(m_signIn, cancel);
}

QLineEdit *SignInDialog::secretEdit(QWidget *parent, const QString &objectName,
                                    const QString &accessibleName)
{
    auto *edit = plainEdit(parent, objectName, accessibleName);
    // Password echo also keeps the text out of the clipboard (no copy or cut).
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

void SignInDialog::setProfiles(const QList<Profile> &profiles)
{
    m_profiles = profiles;
    const QString current = m_profileBox->currentText();
    m_profileBox->clear();
    for (const Profile &p : profiles)
        m_profileBox->addItem(p.name);
    m_profileBox->setEditText(current);
}

void SignInDialog::setProfile(const Profile &profile)
{
    m_profileBox->setEditText(profile.name);
    m_environment->setCurrentIndex(profile.isProduction() ? Production : Custom);
    m_baseUrl->setText(profile.isProduction() ? QString() : profile.baseUrl.toString());
    m_caFile->setText(profile.extraCaCertificateFile);
    m_account->setText(profile.accountName);
    m_clientId->setText(profile.clientId);
    m_username->setText(profile.username);
    m_remember->setChecked(profile.rememberSecrets);
    updateEnvironment();
}

Profile SignInDialog::profile() const
{
    Profile p;
    p.baseUrl = m_environment->currentIndex() == Production
                    ? BaseUrlPolicy::defaultBaseUrl()
                    : QUrl::fromUserInput(m_baseUrl->text().trimmed());
    p.extraCaCertificateFile = m_caFile->text().trimmed();
    p.accountName = m_account->text().trimmed();
    if (!usesPastedTokens()) {
        p.clientId = m_clientId->text().trimmed();
        p.username = m_username->text().trimmed();
    }
    p.rememberSecrets = m_remember->isChecked();
    p.name = m_profileBox->currentText().trimmed();
    if (p.name.isEmpty())
        p.name =
            p.username.isEmpty() ? p.environmentName() : p.username + u'@' + p.environmentName();
    return p;
}

Credentials SignInDialog::credentials() const
{
    Credentials c;
    if (usesPastedTokens()) {
        c.accessToken = m_accessToken->text().trimmed();
        c.sessionToken = m_sessionToken->text().trimmed();
    } else {
        c.clientId = m_clientId->text().trimmed();
        c.clientSecret = m_clientSecret->text().trimmed();
        c.username = m_username->text().trimmed();
        c.password = m_password->text(); // a password may begin or end with spaces
    }
    return c;
}

bool SignInDialog::rememberSecrets() const
{
    return m_remember->isChecked();
}

bool SignInDialog::usesPastedTokens() const
{
    return m_method->currentIndex() == 1;
}

void SignInDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateSignInButton();
    if (busy)
        showStatus(tr("Signing in…"), false);
}

void SignInDialog::updateSignInButton()
{
    // After a rejected password, Enter must not send the same password again: five rejected
    // logins lock the account. Sign in waits until the field is edited.
    const bool waiting = isWaitingForNewPassword();
    m_signIn->setEnabled(!m_busy && !waiting);
    m_signIn->setToolTip(waiting ? tr("Type the password again first") : QString());
}

bool SignInDialog::isWaitingForNewPassword() const
{
    return m_rejectedField != nullptr && !usesPastedTokens();
}

void SignInDialog::setAccountName(const QString &accountName)
{
    if (m_account->text().trimmed().isEmpty())
        m_account->setText(accountName.trimmed());
}

void SignInDialog::showResult(const ApiError &error)
{
    setBusy(false);
    if (!error.isError()) {
        // Why the dialog was opened ("Please sign in again") is answered: it goes.
        setMessage({});
        showStatus(tr("Signed in."), false);
        m_certificate->hide();
        return;
    }
    QLineEdit *rejected = error.kind == ApiError::Kind::LoginRejected   ? m_password
                          : error.kind == ApiError::Kind::InvalidClient ? m_clientSecret
                                                                        : nullptr;
    if (rejected && !usesPastedTokens()) {
        rejected->clear();
        rejected->setFocus(Qt::OtherFocusReason);
        m_rejectedField = rejected;
        updateSignInButton();
    }
    showStatus(error.message, true);
    m_certificate->setText(
        tr("Certificate presented by the server: %1").arg(error.certificateDetails));
    m_certificate->setVisible(!error.certificateDetails.isEmpty());
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

QString SignInDialog::certificateDetails() const
{
    return m_certificate->isVisibleTo(this) ? m_certificate->text() : QString();
}

void SignInDialog::submit()
{
    if (m_busy || isWaitingForNewPassword())
        return;
    const Profile p = profile();
    const QString urlProblem = BaseUrlPolicy::check(p.baseUrl);
    if (!urlProblem.isEmpty()) {
        showStatus(urlProblem, true);
        return;
    }
    const Credentials c = credentials();
    if (usesPastedTokens() && !c.hasDirectTokens()) {
        showStatus(tr("Paste both the access token and the session token."), true);
        return;
    }
    if (!usesPastedTokens() && !c.canObtainTokens()) {
        showStatus(tr("Fill in the client key and secret, the username and the password."), true);
        return;
    }
    setBusy(true);
    emit signInRequested(p, c, rememberSecrets());
}

void SignInDialog::done(int result)
{
    for (QLineEdit *edit : {m_clientSecret, m_password, m_accessToken, m_sessionToken})
        edit->clear();
    m_rejectedField = nullptr;
    updateSignInButton();
    QDialog::done(result);
}

void SignInDialog::onProfileChosen(int index)
{
    if (index >= 0 && index < m_profiles.size())
        setProfile(m_profiles.at(index));
}

void SignInDialog::updateEnvironment()
{
    const bool custom = m_environment->currentIndex() == Custom;
    m_baseUrl->setEnabled(custom);
    // The disabled field says where Production goes; a custom one hints at the form wanted.
    m_baseUrl->setPlaceholderText(custom ? tr("https://host[:port]")
                                         : BaseUrlPolicy::defaultBaseUrl().toString());
}

void SignInDialog::chooseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Trust an extra CA certificate"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer *.der)"), tr("All files (*)")});
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    dialog->open();
}

void SignInDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    // Bold rather than a colour: readable in any palette, and not colour alone.
    QFont font = m_status->font();
    font.setBold(isError);
    m_status->setFont(font);
    m_status->setProperty("isError", isError);
    m_status->setVisible(!text.isEmpty());
}

} // namespace fota
