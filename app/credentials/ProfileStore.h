// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "credentials/Profile.h"

#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace fota {

// The saved profiles, in QSettings. Profile holds nothing secret, so nothing secret can reach
// the settings file through here.
class ProfileStore
{
public:
    // An empty path means the application's own QSettings; tests pass an INI file.
    explicit ProfileStore(const QString &iniPath = {});
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QList<Profile> profiles() const;
    QStringList names() const;
    // An invalid profile (empty name) when there is none by that name.
    Profile profile(const QString &name) const;
    // Adds or replaces the profile of the same name.
    void save(const Profile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void write(const QList<Profile> &profiles);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace fota
