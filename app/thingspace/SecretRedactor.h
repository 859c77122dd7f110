// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/SafeText.h"
#include "thingspace/ApiError.h"

#include <QLatin1StringView>
#include <QStringList>

namespace fota {

struct Credentials;

// Takes the secrets this client holds out of text before the text leaves the client. A hostile
// or careless server can repeat the Authorization or VZ-M2M-Token header, the Basic credentials
// or the login body in its error message, and whatever a server says is shown to the operator.
// The TokenManager owns one and tells it every secret it learns; there is no global list.
class SecretRedactor
{
public:
    static constexpr QLatin1StringView kPlaceholder{"[redacted]"};
    // Shorter secrets are not searched for: replacing every "abc" in a message would itself
    // reveal the secret, and leave the message unreadable.
    static constexpr qsizetype kMinLength = 4;
    // Tokens are renewed for as long as the program runs; the last few are enough, because an
    // error can only quote a token that a request in flight still carries.
    static constexpr qsizetype kMaxRemembered = 32;
    static constexpr qsizetype kCertificateDetailsMaxChars = 2000;

    // Remembers the client secret, the password, the Basic value built from the key and secret
    // and any pasted tokens. Secrets remembered before are kept: a reply of the previous
    // sign-in may still be on its way.
    void rememberCredentials(const Credentials &credentials);
    void remember(const QString &secret);

    // Every remembered secret replaced by kPlaceholder, in the forms a server would quote it:
    // as sent, JSON-escaped, percent-encoded and as SafeText shows it.
    QString redact(QString text) const;
    // Redacted first (so that shortening can never leave part of a secret), then one visible
    // line: what any text a server supplied goes through before anyone sees it.
    QString clean(QStringView text, qsizetype maxChars = SafeText::kDefaultMaxChars) const;
    // clean() applied to the message, the code and the certificate details.
    ApiError clean(const ApiError &error) const;

private:
    QStringList m_secrets; // most recent last
};

} // namespace fota
