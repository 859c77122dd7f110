// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "thingspace/ApiCall.h"
#include "thingspace/ApiError.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <array>

class QNetworkAccessManager;

namespace fota {

class ApiReply;
class TokenManager;

// The one way the program talks to ThingSpace: one QNetworkAccessManager, the tokens, and the
// settings every request shares (base URL, timeout, retries, size limit).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    // Redirects are followed only within the base URL's origin, and only this many in a row:
    // a loop is a final error after a handful of requests instead of Qt's fifty.
    static constexpr int kMaxRedirects = 5;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Returns an empty string, or why the settings were refused (e.g. http:// to a remote host,
    // an extra CA certificate file that holds no certificate, a deadline that is not positive);
    // refused settings leave the previous ones in force.
    QString setSettings(const ApiSettings &settings);
    const ApiSettings &settings() const { return m_settings; }
    void setCredentials(const Credentials &credentials);
    // Where token expiry, session idle time, the renewal rate limit and Retry-After dates read
    // the time; `clock` must outlive the client. Default: Clock::system().
    void setClock(const Clock &clock);
    const Clock &clock() const { return *m_clock; }

    // Text a server supplied, made fit to show: every secret the client holds redacted, then
    // one visible line (SafeText::oneLine). Every ApiReply error and retry reason has been
    // through this already; callers that build an error from a 2xx body's text use it too.
    ApiError cleanError(const ApiError &error) const;
    QString cleanText(QStringView text) const;

    TokenManager *tokens() const { return m_tokens; }
    // The system's trusted CAs plus the settings' extra CA file; every request uses it.
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    // Qt 6.4 keeps at most this many HTTP/1.1 connections per host and manager.
    static constexpr int kConnectionsPerManager = 6;
    // The manager for requests of a walk's `channel` (0 to ApiSettings::kMaxConnections - 1):
    // the first six share one, the rest a second one.
    QNetworkAccessManager *network(int channel = 0) const;

    // Starts the call. The reply belongs to the caller, who deletes it (deleteLater) once it
    // has finished or after aborting it.
    // `channel` picks the network manager (network()); a walk numbers its lanes' requests.
    ApiReply *send(const ApiCall &call, int channel = 0);
    QUrl urlFor(const ApiCall &call) const;
    // The most calls whose request was on the network at once, on the first manager (0) or the
    // second (1). Qt queues a seventh on one manager, however many lanes the walk thinks it runs.
    int peakOpenCalls(int manager) const { return m_peakOpen.at(size_t(manager)); }
    // The calls whose request is on the network now, on both managers.
    int openCalls() const { return m_open[0] + m_open[1]; }

    static QString userAgent();

private:
    std::array<int, 2> m_open{};
    std::array<int, 2> m_peakOpen{};
    QNetworkAccessManager *m_network;
    mutable QNetworkAccessManager *m_secondNetwork = nullptr;
    TokenManager *m_tokens;
    const Clock *m_clock = &Clock::system();
    ApiSettings m_settings;
    QSslConfiguration m_ssl;
};

} // namespace fota
