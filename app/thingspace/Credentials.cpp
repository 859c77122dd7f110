// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/Credentials.h"

#include <QCoreApplication>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace fota {

Credentials Credentials::fromEnvironment()
{
    Credentials c;
    c.accessToken = qEnvironmentVariable("THINGSPACE_BEARER_TOKEN").trimmed();
    c.sessionToken = qEnvironmentVariable("THINGSPACE_SESSION_TOKEN").trimmed();
    c.clientId = qEnvironmentVariable("THINGSPACE_CLIENT_ID").trimmed();
    c.clientSecret = qEnvironmentVariable("THINGSPACE_CLIENT_SECRET").trimmed();
    c.username = qEnvironmentVariable("THINGSPACE_USERNAME").trimmed();
    // A password may legitimately begin or end with spaces.
    c.password = qEnvironmentVariable("THINGSPACE_PASSWORD");
    return c;
}

QString Credentials::environmentHelp()
{
    return QCoreApplication::translate(
        "Credentials",
        "no ThingSpace credentials: set THINGSPACE_BEARER_TOKEN and THINGSPACE_SESSION_TOKEN, "
        "or THINGSPACE_CLIENT_ID, THINGSPACE_CLIENT_SECRET, THINGSPACE_USERNAME and "
        "THINGSPACE_PASSWORD");
}

} // namespace fota
