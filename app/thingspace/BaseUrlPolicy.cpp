// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/BaseUrlPolicy.h"

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
        return u"the base URL \"%1\" is not a valid URL"_s.arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return {};
        return u"refusing plain http:// for %1: tokens would travel unencrypted; use https://"_s
            .arg(url.host());
    }
    return u"the base URL must start with https:// (got \"%1\")"_s.arg(url.toDisplayString());
}

} // namespace fota
