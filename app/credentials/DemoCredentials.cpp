// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials/DemoCredentials.h"

#include <QCoreApplication>

#include "common/SafeText.h"
#include "thingspace/BaseUrlPolicy.h"

using namespace Qt::StringLiterals;

namespace fota {

Credentials DemoCredentials::credentials()
{
    Credentials demo;
    demo.clientId = u"demo-client-id"_s;
    demo.clientSecret = u"demo-client-secret"_s;
    demo.username = u"demo-user"_s;
    demo.password = u"demo-password"_s;
    return demo;
}

bool DemoCredentials::isDemo(const Credentials &c)
{
    // Pairs, not single fields: a real account may well have a user called "demo-user".
    const Credentials demo = credentials();
    return (c.clientId == demo.clientId && c.clientSecret == demo.clientSecret) ||
           (c.username == demo.username && c.password == demo.password);
}

QString DemoCredentials::refusal(const Credentials &c, const QUrl &baseUrl)
{
    if (!isDemo(c) || (baseUrl.isValid() && BaseUrlPolicy::isLoopbackHost(baseUrl.host())))
        return {};
    const QString where = baseUrl.host().isEmpty() ? baseUrl.toDisplayString() : baseUrl.host();
    return QCoreApplication::translate(
               "DemoCredentials",
               "refusing to send the built-in demo credentials to %1: they work only with the "
               "simulator on this machine (--demo)")
        .arg(SafeText::oneLine(where, 200));
}

} // namespace fota
