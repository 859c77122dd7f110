// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/SecretRedactor.h"

#include "thingspace/Credentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// The secret as it appears inside a JSON string, as a server that echoes the login body
// without decoding it would show it ("pa\"ss" for pa"ss).
QString jsonEscaped(const QString &secret)
{
    const QByteArray array = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    // ["..."]: drop the brackets and quotes.
    return QString::fromUtf8(array.sliced(2, array.size() - 4));
}

} // namespace

void SecretRedactor::rememberCredentials(const Credentials &credentials)
{
    remember(credentials.accessToken);
    remember(credentials.sessionToken);
    remember(credentials.clientSecret);
    remember(credentials.password);
    if (credentials.hasClientCredentials())
        remember(QString::fromLatin1(
            (credentials.clientId + u':' + credentials.clientSecret).toUtf8().toBase64()));
}

void SecretRedactor::remember(const QString &secret)
{
    if (secret.size() < kMinLength)
        return;
    m_secrets.removeAll(secret);
    m_secrets.append(secret);
    while (m_secrets.size() > kMaxRemembered)
        m_secrets.removeFirst();
}

QString SecretRedactor::redact(QString text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    QStringList forms;
    forms.reserve(m_secrets.size() * 4);
    for (const QString &secret : m_secrets) {
        forms << secret << jsonEscaped(secret)
              << QString::fromLatin1(QUrl::toPercentEncoding(secret))
              << SafeText::oneLine(secret, secret.size() * 6 + 1);
    }
    // Longest first: a secret that contains another must go whole, not leave its remainder.
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    forms.removeDuplicates();
    for (const QString &form : std::as_const(forms)) {
        if (form.size() >= kMinLength)
            text.replace(form, kPlaceholder);
    }
    return text;
}

QString SecretRedactor::clean(QStringView text, qsizetype maxChars) const
{
    return SafeText::oneLine(redact(text.toString()), maxChars);
}

ApiError SecretRedactor::clean(const ApiError &error) const
{
    ApiError e = error;
    e.message = clean(error.message);
    e.code = clean(error.code);
    e.certificateDetails = clean(error.certificateDetails, kCertificateDetailsMaxChars);
    return e;
}

} // namespace fota
