// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "thingspace/ApiError.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"
#include "thingspace/SecretRedactor.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <limits>
#include <optional>

class QNetworkAccessManager;

namespace fota {

class ReplyReader;

// Holds the OAuth access token and the M2M session token and renews them. Renewals are
// serialised and tagged with a generation, so ten requests failing with the same expired token
// cause one renewal, not ten; and a rejected username/password is remembered so that nothing
// logs in with it again (five failed logins lock the account until Verizon support unlocks it).
// Renewing early is rate-limited on the injected clock, and a token without a known lifetime
// (expires_in 0, negative or missing) is renewed only after the server rejects it, so no
// answer of a token endpoint can start a renewal loop. Every error it hands out has the
// secrets it knows removed and is one line.
class TokenManager : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiError &)>;

    TokenManager(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setSettings(const ApiSettings &settings) { m_settings = settings; }
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }
    // Expiry, session idle time and the renewal rate limit are read from `clock`, which must
    // outlive this object. Default: Clock::system().
    void setClock(const Clock &clock) { m_clock = &clock; }
    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }

    QString accessToken() const { return m_accessToken; }
    QString sessionToken() const { return m_sessionToken; }
    int accessGeneration() const { return m_accessGeneration; }
    int sessionGeneration() const { return m_sessionGeneration; }
    bool canRenewAccessToken() const { return m_credentials.hasClientCredentials(); }
    bool canRenewSession() const { return m_credentials.hasLogin() && !m_loginRejected; }
    bool loginWasRejected() const { return m_loginRejected; }
    // Knows every secret this manager has held; ApiClient cleans all errors with it.
    const SecretRedactor &redactor() const { return m_redactor; }

    // A request with the session of that generation succeeded: the server's idle clock for the
    // session starts again, and so does ours.
    void noteSessionUsed(int sessionGeneration);
    // Whether the session has been idle so long that it should be renewed before the next use.
    bool sessionNearIdleLimit() const;

    // Obtains whichever token is missing, about to expire, or about to go idle, then calls back.
    void ensureTokens(QObject *context, Callback done);
    // Renews after the server rejected the token of that generation; a no-op callback if that
    // token was already replaced meanwhile.
    void renewAccessToken(int rejectedGeneration, QObject *context, Callback done);
    void renewSession(int rejectedGeneration, QObject *context, Callback done);
    // Ends the session on the server and forgets both tokens.
    void logout(QObject *context, Callback done);

signals:
    void tokensChanged();
    // A token could not be renewed and never will be with these credentials (key or secret
    // revoked, password changed, pasted tokens expired, nothing to sign in with): only the
    // operator can fix it, by signing in again.
    void renewalImpossible(const fota::ApiError &error);

private:
    enum class Step
    {
        AccessToken,
        Session
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    void run(Step step, QObject *context, Callback done);
    void startStep(Step step);
    void finishStep(const ApiError &error);
    void requestAccessToken(const std::function<void(const ApiError &)> &then);
    void onAccessTokenAnswer(ReplyReader *reader,
                             const std::function<void(const ApiError &)> &then);
    void requestSession(bool accessRenewedForThisLogin);
    void onSessionAnswer(ReplyReader *reader, bool accessRenewedForThisLogin);
    ReplyReader *post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                      const QList<std::pair<QByteArray, QByteArray>> &headers);
    bool accessTokenNearExpiry() const;
    // Set when the credentials are the simulator's demo pair and the base URL is not loopback.
    std::optional<ApiError> demoRefusal() const;
    // Whether a renewal the client decides on by itself may start now (the rate limit).
    bool mayRenewEarly(qint64 lastRenewalMs) const;
    // Emits renewalImpossible and hands the error on, for `done(impossible(...))`.
    ApiError impossible(const ApiError &error);

    static constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();

    QNetworkAccessManager *m_network;
    const Clock *m_clock = &Clock::system();
    ApiSettings m_settings;
    QSslConfiguration m_ssl;
    Credentials m_credentials;
    SecretRedactor m_redactor;
    QString m_accessToken;
    QString m_sessionToken;
    // Steady-clock times (ms). Unknown expiry (pasted token, expires_in <= 0): no early renewal.
    qint64 m_accessExpiresAtMs = kUnknown;
    qint64 m_accessLifetimeMs = 0;
    qint64 m_sessionLastUseMs = kUnknown; // unknown for a pasted session: no early renewal
    qint64 m_lastAccessRequestMs = kUnknown;
    qint64 m_lastLoginRequestMs = kUnknown;
    int m_accessGeneration = 0;
    int m_sessionGeneration = 0;
    bool m_loginRejected = false;
    bool m_busy = false;
    Step m_step = Step::AccessToken;
    QList<Waiter> m_waiters;
    QList<std::pair<Step, Waiter>> m_queue;
};

} // namespace fota
