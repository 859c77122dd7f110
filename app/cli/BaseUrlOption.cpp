// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/BaseUrlOption.h"

#include "thingspace/BaseUrlPolicy.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace fota {

QCommandLineOption BaseUrlOption::option()
{
    return QCommandLineOption(
        u"base-url"_s,
        u"The ThingSpace base URL (default: $%1, else %2). http:// only for loopback hosts."_s.arg(
            QLatin1StringView(kEnvironmentVariable), BaseUrlPolicy::defaultBaseUrl().toString()),
        u"URL"_s);
}

QUrl BaseUrlOption::resolve(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option))
        return QUrl(parser.value(option).trimmed(), QUrl::StrictMode);
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return QUrl(fromEnvironment, QUrl::StrictMode);
    return BaseUrlPolicy::defaultBaseUrl();
}

} // namespace fota
