// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fota {

// What the client authenticates with: either both tokens directly, or the OAuth client key and
// secret plus the UWS username and password, from which the client obtains both tokens.
// Deliberately has no QDebug operator and no serialisation: secrets are never written anywhere.
struct Credentials
{
    QString accessToken;
    QString sessionToken;
    QString clientId;
    QString clientSecret;
    QString username;
    QString password;

    bool hasDirectTokens() const { return !accessToken.isEmpty() && !sessionToken.isEmpty(); }
    bool hasClientCredentials() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }
    bool hasLogin() const { return !username.isEmpty() && !password.isEmpty(); }
    bool canObtainTokens() const { return hasClientCredentials() && hasLogin(); }
    bool isUsable() const { return hasDirectTokens() || canObtainTokens(); }

    // Reads THINGSPACE_BEARER_TOKEN and THINGSPACE_SESSION_TOKEN, or THINGSPACE_CLIENT_ID,
    // THINGSPACE_CLIENT_SECRET, THINGSPACE_USERNAME and THINGSPACE_PASSWORD.
    static Credentials fromEnvironment();
    // The sentence shown when neither set is complete.
    static QString environmentHelp();
};

} // namespace fota
