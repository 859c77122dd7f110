// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials/ProfileSecrets.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fota {

QString ProfileSecrets::keyFor(const QString &profileName)
{
    return u"profile:"_s + profileName;
}

QByteArray ProfileSecrets::encode(const Credentials &credentials, bool withTokens)
{
    QJsonObject o;
    o.insert("clientSecret"_L1, credentials.clientSecret);
    o.insert("password"_L1, credentials.password);
    if (withTokens) {
        o.insert("accessToken"_L1, credentials.accessToken);
        o.insert("sessionToken"_L1, credentials.sessionToken);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool ProfileSecrets::decodeInto(const QByteArray &data, Credentials *credentials)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    credentials->clientSecret = o.value("clientSecret"_L1).toString();
    credentials->password = o.value("password"_L1).toString();
    credentials->accessToken = o.value("accessToken"_L1).toString();
    credentials->sessionToken = o.value("sessionToken"_L1).toString();
    return true;
}

} // namespace fota
