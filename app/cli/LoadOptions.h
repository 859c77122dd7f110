// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace fota {

struct ApiSettings;
struct Credentials;

// The options every command that loads a campaign takes, defined and checked in one place so
// `export` and `watch` accept exactly the same values with the same messages: --base-url
// (BaseUrlOption), --timeout, --attempts and --connections.
class LoadOptions
{
public:
    // --timeout and --attempts outside these are usage errors.
    static constexpr double kMinTimeoutSeconds = 0.1;
    static constexpr double kMaxTimeoutSeconds = 86'400;
    static constexpr int kMaxAttempts = 100;

    LoadOptions();

    QCommandLineOption baseUrl;
    QCommandLineOption timeout;
    QCommandLineOption attempts;
    QCommandLineOption connections;

    QList<QCommandLineOption> all() const { return {baseUrl, timeout, attempts, connections}; }
    // Fills the base URL, the timeouts, the attempts and the connections from the parsed
    // options. Empty, or
    // the usage error to report ("--timeout must be ...").
    QString apply(const QCommandLineParser &parser, ApiSettings *settings) const;

    // The THINGSPACE_* credentials from the environment, for the server `settings` name. Empty,
    // or the configuration error to report before any request: none complete in the
    // environment, or the simulator's demo credentials for a server that is not loopback.
    static QString readCredentials(const ApiSettings &settings, Credentials *credentials);

    // Tests only, neither an option nor documented for users: the process tests set this
    // environment variable (a number from 0 to 1) so that retry backoff and Retry-After waits
    // cost a fraction of a real second. apply() multiplies the retry base and maximum delay and
    // the Retry-After scale by it.
    static constexpr const char *kTestDelayScaleVariable = "FOTA_TEST_DELAY_SCALE";
};

} // namespace fota
