// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/BaseUrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace fota {

QUrl BaseUrlPolicy::defaultBaseUrl()
{
    return QUrl(u"https://thingspace.verizon.com"_s);
}

bool BaseUrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString BaseUrlPolicy::check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("BaseUrlPolicy",
                                           "the base URL \"%1\" is not a valid URL")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate(
                   "BaseUrlPolicy",
                   "refusing plain http:// for %1: tokens would travel unencrypted; use https://")
            .arg(url.host());
    }
    return QCoreApplication::translate("BaseUrlPolicy",
                                       "the base URL must start with https:// (got \"%1\")")
        .arg(url.toDisplayString());
}

} // namespace fota
