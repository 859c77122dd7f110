// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials/ProfileStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace fota {

ProfileStore::ProfileStore(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    // An array rather than one group per name: a name may hold '/' or any other character.
    const int count = m_settings->beginReadArray(u"accounts/profiles"_s);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(u"name"_s).toString();
        p.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
        p.accountName = m_settings->value(u"accountName"_s).toString();
        p.username = m_settings->value(u"username"_s).toString();
        p.clientId = m_settings->value(u"clientKey"_s).toString();
        p.extraCaCertificateFile = m_settings->value(u"extraCaCertificateFile"_s).toString();
        p.rememberSecrets = m_settings->value(u"remember"_s).toBool();
        if (p.isValid())
            list.append(p);
    }
    m_settings->endArray();
    return list;
}

QStringList ProfileStore::names() const
{
    QStringList names;
    for (const Profile &p : profiles())
        names.append(p.name);
    return names;
}

Profile ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return Profile();
}

void ProfileStore::save(const Profile &profile)
{
    if (!profile.isValid())
        return;
    QList<Profile> list = profiles();
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const Profile &p) { return p.name == profile.name; });
    if (it == list.end())
        list.append(profile);
    else
        *it = profile;
    write(list);
}

void ProfileStore::remove(const QString &name)
{
    QList<Profile> list = profiles();
    list.removeIf([&](const Profile &p) { return p.name == name; });
    write(list);
    if (lastUsed() == name)
        setLastUsed({});
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(u"accounts/lastProfile"_s).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(u"accounts/lastProfile"_s, name);
    m_settings->sync();
}

void ProfileStore::write(const QList<Profile> &profiles)
{
    m_settings->remove(u"accounts/profiles"_s);
    m_settings->beginWriteArray(u"accounts/profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"baseUrl"_s, p.baseUrl.toString());
        m_settings->setValue(u"accountName"_s, p.accountName);
        m_settings->setValue(u"username"_s, p.username);
        m_settings->setValue(u"clientKey"_s, p.clientId);
        m_settings->setValue(u"extraCaCertificateFile"_s, p.extraCaCertificateFile);
        m_settings->setValue(u"remember"_s, p.rememberSecrets);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace fota
