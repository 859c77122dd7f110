// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/Credentials.h"

#include <QByteArray>
#include <QString>

namespace fota {

// The secret half of a profile's credentials (client secret, password, both tokens) as one
// keychain entry, so "Remember me" costs one keychain prompt rather than four. The bytes go to
// a SecretStore and nowhere else.
class ProfileSecrets
{
public:
    static QString keyFor(const QString &profileName);
    static QByteArray encode(const Credentials &credentials, bool withTokens);
    // Fills the secret fields of `credentials` from `data`; false if `data` is not an entry.
    static bool decodeInto(const QByteArray &data, Credentials *credentials);
};

} // namespace fota
