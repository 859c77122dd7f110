// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/LoadOptions.h"

#include "cli/BaseUrlOption.h"
#include "credentials/DemoCredentials.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Empty, or the usage error for a test delay scale that is not a number from 0 to 1.
QString applyTestDelayScale(ApiSettings *settings)
{
    const QByteArray name(LoadOptions::kTestDelayScaleVariable);
    if (!qEnvironmentVariableIsSet(name.constData()))
        return {};
    const QString value = qEnvironmentVariable(name.constData());
    bool ok = false;
    const double scale = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(scale) || scale < 0 || scale > 1)
        return u"%1 must be a number from 0 to 1, not \"%2\""_s.arg(QString::fromLatin1(name),
                                                                    value);
    settings->retryBaseDelayMs = int(std::lround(settings->retryBaseDelayMs * scale));
    settings->retryMaxDelayMs = int(std::lround(settings->retryMaxDelayMs * scale));
    settings->retryAfterScale *= scale;
    return {};
}

} // namespace

LoadOptions::LoadOptions()
    : baseUrl(BaseUrlOption::option())
    , timeout(u"timeout"_s,
              u"An attempt without its complete answer within this many seconds is abandoned "
              "and retried (default 60; %1 to %2)."_s.arg(QString::number(kMinTimeoutSeconds),
                                                          QString::number(kMaxTimeoutSeconds)),
              u"SECONDS"_s, u"60"_s)
    , attempts(u"attempts"_s,
               u"Attempts per request before giving up (default 6; 1 to %1)."_s.arg(kMaxAttempts),
               u"N"_s, u"6"_s)
    , connections(u"connections"_s,
                  u"Report requests in flight at once, each walking its own range of device "
                  "IDs (default %1; 1 to %2; 1 walks the pages one after another)."_s
                      .arg(ApiSettings::kDefaultConnections)
                      .arg(ApiSettings::kMaxConnections),
                  u"N"_s, QString::number(ApiSettings::kDefaultConnections))
{}

QString LoadOptions::apply(const QCommandLineParser &parser, ApiSettings *settings) const
{
    settings->baseUrl = BaseUrlOption::resolve(parser, baseUrl);
    // "nan", "inf" and 1e300 parse as doubles; none of them may reach an int.
    bool ok = false;
    const double seconds = parser.value(timeout).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < kMinTimeoutSeconds ||
        seconds > kMaxTimeoutSeconds) {
        return QCoreApplication::translate(
                   "LoadOptions", "--timeout must be a number of seconds from %1 to %2, not \"%3\"")
            .arg(QString::number(kMinTimeoutSeconds), QString::number(kMaxTimeoutSeconds),
                 parser.value(timeout));
    }
    settings->transferTimeoutMs = int(std::lround(seconds * 1000));
    settings->attemptDeadlineMs = settings->transferTimeoutMs;
    const int n = parser.value(attempts).trimmed().toInt(&ok);
    if (!ok || n < 1 || n > kMaxAttempts) {
        return QCoreApplication::translate(
                   "LoadOptions", "--attempts must be a whole number from 1 to %1, not \"%2\"")
            .arg(QString::number(kMaxAttempts), parser.value(attempts));
    }
    settings->maxAttempts = n;
    const int lanes = parser.value(connections).trimmed().toInt(&ok);
    if (!ok || lanes < 1 || lanes > ApiSettings::kMaxConnections) {
        return QCoreApplication::translate(
                   "LoadOptions", "--connections must be a whole number from 1 to %1, not \"%2\"")
            .arg(QString::number(ApiSettings::kMaxConnections), parser.value(connections));
    }
    settings->connections = lanes;
    return applyTestDelayScale(settings);
}

QString LoadOptions::readCredentials(const ApiSettings &settings, Credentials *credentials)
{
    *credentials = Credentials::fromEnvironment();
    if (!credentials->isUsable())
        return Credentials::environmentHelp();
    // Refused here rather than by the client's first request, so every command stops with
    // this one line before it loads, opens a history or retries.
    return DemoCredentials::refusal(*credentials, settings.baseUrl);
}

} // namespace fota
