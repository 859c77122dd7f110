// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/BaseUrlPolicy.h"

#include <QString>
#include <QUrl>

namespace fota {

// A saved account or environment, as the sign-in dialog offers it. Only what is not secret:
// the client secret, the password and the tokens live in a SecretStore, never here.
struct Profile
{
    QString name;
    QUrl baseUrl = BaseUrlPolicy::defaultBaseUrl();
    QString accountName;
    QString username;
    QString clientId;
    QString extraCaCertificateFile;
    // The operator chose "Remember me": the secrets of this profile are in the keychain.
    bool rememberSecrets = false;

    bool isValid() const { return !name.trimmed().isEmpty(); }
    bool isProduction() const { return baseUrl == BaseUrlPolicy::defaultBaseUrl(); }
    // "production", or the host (and port) of a custom environment.
    QString environmentName() const
    {
        if (isProduction())
            return QStringLiteral("production");
        return baseUrl.port() > 0 ? baseUrl.host() + u':' + QString::number(baseUrl.port())
                                  : baseUrl.host();
    }
    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace fota
