// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/RecentCampaigns.h"

#include <QMenu>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fota {

QString RecentCampaigns::settingsKey() const
{
    if (m_scope.isEmpty())
        return u"campaign/recent"_s;
    return u"profiles/%1/recent"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_scope)));
}

void RecentCampaigns::setScope(const QString &profileName)
{
    if (profileName == m_scope)
        return;
    m_scope = profileName;
    load();
    rebuildMenu();
}

RecentCampaigns::RecentCampaigns(QObject *parent)
    : QObject(parent)
{
    load();
}

void RecentCampaigns::load()
{
    m_entries.clear();
    QSettings settings;
    const int n = settings.beginReadArray(settingsKey());
    for (int i = 0; i < n && m_entries.size() < kMaxEntries; ++i) {
        settings.setArrayIndex(i);
        Entry e{settings.value(u"account"_s).toString(), settings.value(u"campaign"_s).toString(),
                settings.value(u"label"_s).toString()};
        if (!e.accountName.isEmpty() && !e.campaignId.isEmpty() && !m_entries.contains(e))
            m_entries << e;
    }
    settings.endArray();
}

void RecentCampaigns::add(const QString &accountName, const QString &campaignId,
                          const QString &label)
{
    if (accountName.isEmpty() || campaignId.isEmpty())
        return;
    Entry entry{accountName, campaignId, label};
    const qsizetype at = m_entries.indexOf(entry);
    if (at >= 0) {
        if (entry.label.isEmpty())
            entry.label = m_entries.at(at).label;
        m_entries.removeAt(at);
    }
    m_entries.prepend(entry);
    while (m_entries.size() > kMaxEntries)
        m_entries.removeLast();
    save();
    rebuildMenu();
}

void RecentCampaigns::setLabel(const QString &accountName, const QString &campaignId,
                               const QString &label)
{
    const qsizetype at = m_entries.indexOf(Entry{accountName, campaignId, {}});
    if (at < 0 || m_entries.at(at).label == label)
        return;
    m_entries[at].label = label;
    save();
    rebuildMenu();
}

void RecentCampaigns::clear()
{
    m_entries.clear();
    save();
    rebuildMenu();
}

void RecentCampaigns::save() const
{
    QSettings settings;
    settings.remove(settingsKey());
    settings.beginWriteArray(settingsKey(), int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"account"_s, m_entries.at(i).accountName);
        settings.setValue(u"campaign"_s, m_entries.at(i).campaignId);
        settings.setValue(u"label"_s, m_entries.at(i).label);
    }
    settings.endArray();
}

void RecentCampaigns::attach(QMenu *menu)
{
    m_menu = menu;
    rebuildMenu();
}

void RecentCampaigns::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QString name = e.label.isEmpty() ? e.campaignId : e.label;
        // "&1 Name — account": the digit is the keyboard accelerator.
        QString text =
            u"&%1 %2 — %3"_s.arg(i + 1).arg(QString(name).replace(u"&"_s, u"&&"_s), e.accountName);
        QAction *action = m_menu->addAction(
            text, this, [this, e] { emit openRequested(e.accountName, e.campaignId); });
        action->setToolTip(tr("Campaign %1 of account %2").arg(e.campaignId, e.accountName));
        action->setStatusTip(action->toolTip());
    }
    if (!m_entries.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear list"), this, &RecentCampaigns::clear);
    clearAction->setEnabled(!m_entries.isEmpty());
    m_menu->setEnabled(true);
}

} // namespace fota
