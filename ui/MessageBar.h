// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace fota {

// The window's one message area, above the table, instead of modal boxes: the operator can
// still read, sort and export the rows that did load while deciding what to do. An error is
// tinted; a notice (no keychain, a hint) is not. Buttons offer only what makes sense for the
// message: Retry, Sign in…, or the recent campaigns.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Error,
        Notice,
    };
    enum Action
    {
        NoAction = 0,
        Retry = 1,
        SignIn = 2,
        RecentCampaigns = 4,
    };
    Q_DECLARE_FLAGS(Actions, Action)

    explicit MessageBar(QWidget *parent = nullptr);

    // Replaces whatever is shown. Server text may be in `text`: it is shown on one line with
    // control characters made visible, never as markup.
    void showMessage(const QString &text, Kind kind, Actions actions = NoAction);
    void showError(const QString &text, bool canRetry = true);
    void showNotice(const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }
    Actions actions() const { return m_actions; }
    bool canRetry() const { return m_actions.testFlag(Retry); }
    bool isShowingError() const { return !isHidden() && m_kind == Kind::Error; }

public slots:
    void dismiss();

signals:
    void retryRequested();
    void signInRequested();
    // The button to open a menu under.
    void recentCampaignsRequested(QWidget *anchor);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_signIn;
    QPushButton *m_recent;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
    Actions m_actions;
};

} // namespace fota

Q_DECLARE_OPERATORS_FOR_FLAGS(fota::MessageBar::Actions)
