// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fota {

// Which campaign to watch: account (with the accounts used before, remembered) and campaign ID,
// Browse, Load and Stop. It only asks; the window decides what loading means and tells the bar
// back through setLoading().
class CampaignBar : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignBar(QWidget *parent = nullptr);

    QString accountName() const;
    QString campaignId() const;
    void setFields(const QString &accountName, const QString &campaignId);
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    // A refresh runs: Stop stops it; Load stays available (it supersedes the refresh).
    void setRefreshing(bool refreshing);
    // Both fields filled and nothing loading: what Load and F5 need.
    bool canLoad() const;
    // Puts an account that loaded at the top of the history (QSettings; an account name is not
    // a secret).
    void rememberAccount(const QString &accountName);
    QStringList accountHistory() const;
    // The history belongs to a sign-in profile: switching profile switches the list.
    void setScope(const QString &profileName);
    QString historyKey() const;
    static constexpr int kHistorySize = 10;

public slots:
    // Emits loadRequested with the fields when canLoad(); the Load button, Enter and F5 use it.
    void requestLoad();

signals:
    void loadRequested(const QString &accountName, const QString &campaignId);
    void stopRequested();
    void browseRequested(const QString &accountName);
    // After a field edit or a loading change, so actions mirroring Load can follow.
    void canLoadChanged(bool canLoad);

private:
    void buildLayout(QLabel *accountLabel, QLabel *campaignLabel);
    void updateButtons();
    void reloadHistory();

    QComboBox *m_accountBox;
    QLineEdit *m_account; // the combo's own editor
    QLineEdit *m_campaign;
    QPushButton *m_browse;
    QPushButton *m_load;
    QPushButton *m_stop;
    bool m_loading = false;
    bool m_refreshing = false;
    QString m_scope;
};

} // namespace fota
