// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QMenu;

namespace fota {

// File → Recent: the campaigns opened lately (account and ID, nothing secret), newest first,
// remembered in QSettings. It keeps its menu up to date and asks for a load when one is picked.
class RecentCampaigns : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString accountName;
        QString campaignId;
        QString label; // the campaign's name when known, for the menu
        bool operator==(const Entry &o) const
        {
            return accountName == o.accountName && campaignId == o.campaignId;
        }
    };
    static constexpr int kMaxEntries = 8;
    QString settingsKey() const;
    // The list belongs to a sign-in profile: switching profile switches the list.
    void setScope(const QString &profileName);

    explicit RecentCampaigns(QObject *parent = nullptr);

    QList<Entry> entries() const { return m_entries; }
    void add(const QString &accountName, const QString &campaignId, const QString &label = {});
    // Names an entry already listed (the campaign header learns the name after the load).
    void setLabel(const QString &accountName, const QString &campaignId, const QString &label);
    void clear();
    // The menu this object fills and keeps current.
    void attach(QMenu *menu);

signals:
    void openRequested(const QString &accountName, const QString &campaignId);

private:
    void save() const;
    void load();
    void rebuildMenu();

    QList<Entry> m_entries;
    QPointer<QMenu> m_menu;
    QString m_scope;
};

} // namespace fota
