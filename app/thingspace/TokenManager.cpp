// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/TokenManager.h"

#include "credentials/DemoCredentials.h"

#include "thingspace/ApiClient.h"
#include "thingspace/ReplyReader.h"
#include "thingspace/ReportParser.h"
#include "thingspace/TlsErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// A token or login answer is a few hundred bytes; anything near this is not one.
constexpr qint64 kMaxAnswerBytes = 1 << 20;
// expires_in beyond this is read as this, so that converting it to milliseconds cannot overflow.
constexpr qint64 kLongestLifetimeSeconds = 10LL * 365 * 86'400;

ApiError transportError(const ReplyReader *reader, const ApiSettings &settings)
{
    const QNetworkReply *reply = reader->reply();
    if (TlsErrors::isTlsFailure(reply))
        return TlsErrors::errorFor(reply);
    if (std::optional<ApiError> refused = reader->refusedRedirect(ApiClient::kMaxRedirects))
        return *refused;
    const QString host = reply->url().host();
    switch (reader->stop()) {
    case ReplyReader::Stop::Deadline:
        return ApiError::make(
            ApiError::Kind::Timeout,
            QCoreApplication::translate("TokenManager",
                                        "ThingSpace at %1 did not complete its answer within %2 s")
                .arg(host, QString::number(settings.attemptDeadlineMs / 1000.0)));
    case ReplyReader::Stop::TooLarge:
        return ApiError::make(ApiError::Kind::TooLarge,
                              QCoreApplication::translate(
                                  "TokenManager",
                                  "ThingSpace at %1 sent more than %2 KB for a token or login "
                                  "answer; refusing it")
                                  .arg(host, QString::number(kMaxAnswerBytes >> 10)));
    case ReplyReader::Stop::None:
        break;
    }
    const auto kind = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError
                          ? ApiError::Kind::Timeout
                          : ApiError::Kind::Network;
    const QString why =
        reader->truncated()
            ? QCoreApplication::translate("TokenManager", "the answer was cut short")
            : reply->errorString();
    return ApiError::make(
        kind, QCoreApplication::translate("TokenManager", "could not reach ThingSpace at %1: %2")
                  .arg(host, why));
}

bool failedInTransit(const ReplyReader *reader, int status)
{
    return status == 0 || reader->stop() != ReplyReader::Stop::None || reader->truncated() ||
           reader->refusedRedirect(ApiClient::kMaxRedirects);
}

} // namespace

TokenManager::TokenManager(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void TokenManager::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_redactor.rememberCredentials(credentials);
    m_accessToken = credentials.accessToken;
    m_sessionToken = credentials.sessionToken;
    m_accessExpiresAtMs = kUnknown;
    m_accessLifetimeMs = 0;
    m_sessionLastUseMs = kUnknown;
    m_lastAccessRequestMs = kUnknown;
    m_lastLoginRequestMs = kUnknown;
    m_loginRejected = false;
    ++m_accessGeneration;
    ++m_sessionGeneration;
    emit tokensChanged();
}

bool TokenManager::accessTokenNearExpiry() const
{
    if (m_accessExpiresAtMs == kUnknown)
        return false;
    // At most half the lifetime: a 60 s token with a 120 s margin would be "near expiry" the
    // moment it arrives, and renewed for ever.
    const qint64 margin = std::min<qint64>(
        qint64(std::max(0, m_settings.accessRenewMarginSeconds)) * 1000, m_accessLifetimeMs / 2);
    return m_accessExpiresAtMs - m_clock->steadyMs() < margin;
}

bool TokenManager::mayRenewEarly(qint64 lastRenewalMs) const
{
    return lastRenewalMs == kUnknown ||
           m_clock->steadyMs() - lastRenewalMs >= std::max(0, m_settings.tokenRenewMinIntervalMs);
}

void TokenManager::noteSessionUsed(int sessionGeneration)
{
    if (sessionGeneration == m_sessionGeneration && m_sessionLastUseMs != kUnknown)
        m_sessionLastUseMs = m_clock->steadyMs();
}

bool TokenManager::sessionNearIdleLimit() const
{
    if (m_sessionLastUseMs == kUnknown)
        return false;
    const qint64 limit = qint64(std::max(0, m_settings.sessionIdleLimitSeconds)) * 1000;
    const qint64 margin = std::min<qint64>(
        qint64(std::max(0, m_settings.sessionIdleMarginSeconds)) * 1000, limit / 2);
    return m_clock->steadyMs() - m_sessionLastUseMs > limit - margin;
}

ApiError TokenManager::impossible(const ApiError &error)
{
    const ApiError cleaned = m_redactor.clean(error);
    emit renewalImpossible(cleaned);
    return cleaned;
}

void TokenManager::ensureTokens(QObject *context, Callback done)
{
    const bool renewEarly =
        accessTokenNearExpiry() && canRenewAccessToken() && mayRenewEarly(m_lastAccessRequestMs);
    if (m_accessToken.isEmpty() || renewEarly) {
        if (!canRenewAccessToken()) {
            done(impossible(ApiError::make(
                ApiError::Kind::MissingCredentials,
                QCoreApplication::translate(
                    "TokenManager", "no access token and no client key/secret to obtain one"))));
            return;
        }
        QPointer<QObject> guard(context);
        // Once more after the renewal, for the session; the rate limit keeps the access token
        // from being renewed again on the way.
        run(Step::AccessToken, context, [this, guard, done](const ApiError &error) {
            if (error.isError())
                done(error);
            else if (guard)
                ensureTokens(guard, done);
        });
        return;
    }
    if (!m_sessionToken.isEmpty() && sessionNearIdleLimit() && canRenewSession() &&
        mayRenewEarly(m_lastLoginRequestMs)) {
        // Logging in again now costs one request; letting the session lapse costs a failed
        // page request first. The old session simply times out on the server.
        m_sessionToken.clear();
        m_sessionLastUseMs = kUnknown;
    }
    if (m_sessionToken.isEmpty()) {
        if (m_loginRejected) {
            done(impossible(ApiError::make(
                ApiError::Kind::LoginRejected,
                QCoreApplication::translate(
                    "TokenManager",
                    "the username or password was rejected earlier; sign in again"))));
            return;
        }
        if (!m_credentials.hasLogin()) {
            done(impossible(ApiError::make(
                ApiError::Kind::MissingCredentials,
                QCoreApplication::translate(
                    "TokenManager", "no session token and no username/password to log in with"))));
            return;
        }
        run(Step::Session, context, done);
        return;
    }
    done({});
}

void TokenManager::renewAccessToken(int rejectedGeneration, QObject *context, Callback done)
{
    if (rejectedGeneration != m_accessGeneration && !m_accessToken.isEmpty()) {
        done({});
        return;
    }
    if (!canRenewAccessToken()) {
        done(impossible(ApiError::make(
            ApiError::Kind::Unauthorized,
            QCoreApplication::translate(
                "TokenManager", "ThingSpace rejected the access token and there is no "
                                "client key/secret to obtain a new one; supply a current token "
                                "or sign in again"),
            401)));
        return;
    }
    run(Step::AccessToken, context, done);
}

void TokenManager::renewSession(int rejectedGeneration, QObject *context, Callback done)
{
    if (rejectedGeneration != m_sessionGeneration && !m_sessionToken.isEmpty()) {
        done({});
        return;
    }
    if (m_loginRejected) {
        done(impossible(ApiError::make(
            ApiError::Kind::LoginRejected,
            QCoreApplication::translate(
                "TokenManager", "the username or password was rejected earlier; sign in again"))));
        return;
    }
    if (!m_credentials.hasLogin()) {
        done(impossible(ApiError::make(
            ApiError::Kind::Unauthorized,
            QCoreApplication::translate(
                "TokenManager", "the ThingSpace session has expired and there is no "
                                "username/password to log in again; supply a current session "
                                "token or sign in again"),
            400)));
        return;
    }
    m_sessionToken.clear();
    run(Step::Session, context, done);
}

void TokenManager::logout(QObject *context, Callback done)
{
    if (m_sessionToken.isEmpty()) {
        m_accessToken.clear();
        done({});
        return;
    }
    ReplyReader *reader = post(u"/api/m2m/v1/session/logout"_s, "{}", "application/json",
                               {{"Authorization", "Bearer " + m_accessToken.toUtf8()},
                                {"VZ-M2M-Token", m_sessionToken.toUtf8()}});
    // The tokens are forgotten whatever the server says: signing out must never keep them.
    m_sessionToken.clear();
    m_accessToken.clear();
    m_accessExpiresAtMs = kUnknown;
    m_sessionLastUseMs = kUnknown;
    ++m_accessGeneration;
    ++m_sessionGeneration;
    emit tokensChanged();
    QPointer<QObject> guard(context);
    connect(reader, &ReplyReader::finished, this, [this, reader, guard, done] {
        QNetworkReply *reply = reader->reply();
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reader->stop() != ReplyReader::Stop::None ||
            (reply->error() != QNetworkReply::NoError && status == 0))
            done(m_redactor.clean(transportError(reader, m_settings)));
        else
            done({});
    });
}

void TokenManager::run(Step step, QObject *context, Callback done)
{
    Waiter waiter{QPointer<QObject>(context), std::move(done)};
    if (m_busy) {
        if (m_step == step)
            m_waiters.append(std::move(waiter));
        else
            m_queue.append({step, std::move(waiter)});
        return;
    }
    m_waiters = {std::move(waiter)};
    startStep(step);
}

void TokenManager::startStep(Step step)
{
    m_busy = true;
    m_step = step;
    if (step == Step::AccessToken)
        requestAccessToken([this](const ApiError &error) { finishStep(error); });
    else
        requestSession(false);
}

void TokenManager::finishStep(const ApiError &rawError)
{
    const ApiError error = m_redactor.clean(rawError);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    m_busy = false;
    // A rejected key/secret or password, or a fresh bearer refused at login: retrying cannot
    // help, only signing in again can.
    if (error.kind == ApiError::Kind::InvalidClient ||
        error.kind == ApiError::Kind::LoginRejected || error.kind == ApiError::Kind::Unauthorized)
        emit renewalImpossible(error);
    if (!m_queue.isEmpty()) {
        auto next = m_queue.takeFirst();
        m_waiters = {std::move(next.second)};
        startStep(next.first);
    }
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(error);
    }
}

ReplyReader *TokenManager::post(const QString &path, const QByteArray &body,
                                const QByteArray &contentType,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(ApiClient::kMaxRedirects);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = m_network->post(request, body);
    TlsErrors::watch(reply);
    return new ReplyReader(reply, kMaxAnswerBytes, m_settings.attemptDeadlineMs);
}

std::optional<ApiError> TokenManager::demoRefusal() const
{
    // The simulator's public demo credentials are sent nowhere but to the simulator on this
    // machine: a real server counts a guessed password towards the account's lockout.
    const QString refusal = DemoCredentials::refusal(m_credentials, m_settings.baseUrl);
    if (refusal.isEmpty())
        return std::nullopt;
    return ApiError::make(ApiError::Kind::InsecureUrl, refusal);
}

void TokenManager::requestAccessToken(const std::function<void(const ApiError &)> &then)
{
    if (const std::optional<ApiError> refused = demoRefusal()) {
        then(*refused);
        return;
    }
    m_lastAccessRequestMs = m_clock->steadyMs();
    const QByteArray basic =
        (m_credentials.clientId + u':' + m_credentials.clientSecret).toUtf8().toBase64();
    ReplyReader *reader =
        post(u"/api/ts/v1/oauth2/token"_s, "grant_type=client_credentials",
             "application/x-www-form-urlencoded", {{"Authorization", "Basic " + basic}});
    connect(reader, &ReplyReader::finished, this,
            [this, reader, then] { onAccessTokenAnswer(reader, then); });
}

void TokenManager::onAccessTokenAnswer(ReplyReader *reader,
                                       const std::function<void(const ApiError &)> &then)
{
    QNetworkReply *reply = reader->reply();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (failedInTransit(reader, status)) {
        then(transportError(reader, m_settings));
        return;
    }
    const QByteArray &body = reader->body();
    if (status == 429 || status >= 500) {
        then(ApiError::fromHttp(status, body));
        return;
    }
    if (status != 200) {
        ApiError e = ApiError::fromHttp(status, body);
        e.kind = ApiError::Kind::InvalidClient;
        e.message = QCoreApplication::translate("TokenManager",
                                                "ThingSpace rejected the client key or secret: ") +
                    e.message;
        then(e);
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = ReportParser::text(o.value("access_token"_L1));
    if (token.isEmpty()) {
        then(ApiError::make(ApiError::Kind::InvalidResponse,
                            QCoreApplication::translate(
                                "TokenManager", "the OAuth token answer carries no access_token"),
                            status));
        return;
    }
    m_redactor.remember(token);
    m_accessToken = token;
    // Zero, negative, missing or unreadable: no known lifetime. The token is then used until
    // the server rejects it (one 401, one renewal) instead of being "expired" at once.
    const std::optional<qint64> expiresIn = ReportParser::integer(o.value("expires_in"_L1));
    if (expiresIn && *expiresIn > 0) {
        m_accessLifetimeMs = std::min(*expiresIn, kLongestLifetimeSeconds) * 1000;
        m_accessExpiresAtMs = m_clock->steadyMs() + m_accessLifetimeMs;
    } else {
        m_accessLifetimeMs = 0;
        m_accessExpiresAtMs = kUnknown;
    }
    ++m_accessGeneration;
    emit tokensChanged();
    then({});
}

void TokenManager::requestSession(bool accessRenewedForThisLogin)
{
    if (const std::optional<ApiError> refused = demoRefusal()) {
        finishStep(*refused);
        return;
    }
    m_lastLoginRequestMs = m_clock->steadyMs();
    QJsonObject login;
    login.insert("username"_L1, m_credentials.username);
    login.insert("password"_L1, m_credentials.password);
    ReplyReader *reader =
        post(u"/api/m2m/v1/session/login"_s, QJsonDocument(login).toJson(QJsonDocument::Compact),
             "application/json", {{"Authorization", "Bearer " + m_accessToken.toUtf8()}});
    connect(reader, &ReplyReader::finished, this, [this, reader, accessRenewedForThisLogin] {
        onSessionAnswer(reader, accessRenewedForThisLogin);
    });
}

void TokenManager::onSessionAnswer(ReplyReader *reader, bool accessRenewedForThisLogin)
{
    QNetworkReply *reply = reader->reply();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (failedInTransit(reader, status)) {
        finishStep(transportError(reader, m_settings));
        return;
    }
    const QByteArray &body = reader->body();
    if (status == 429 || status >= 500) {
        finishStep(ApiError::fromHttp(status, body));
        return;
    }
    if (status == 401 && !accessRenewedForThisLogin && canRenewAccessToken()) {
        // The bearer expired, not the password: renew it and log in once more.
        requestAccessToken([this](const ApiError &error) {
            if (error.isError())
                finishStep(error);
            else
                requestSession(true);
        });
        return;
    }
    if (status != 200) {
        ApiError e = ApiError::fromHttp(status, body);
        if (status == 401) {
            finishStep(e);
            return;
        }
        e.kind = ApiError::Kind::LoginRejected;
        e.message = QCoreApplication::translate(
                        "TokenManager",
                        "ThingSpace rejected the username or password (%1). It was not retried: "
                        "five failed logins lock the account.")
                        .arg(e.message);
        m_loginRejected = true;
        finishStep(e);
        return;
    }
    const QString token =
        ReportParser::text(QJsonDocument::fromJson(body).object().value("sessionToken"_L1));
    if (token.isEmpty()) {
        finishStep(
            ApiError::make(ApiError::Kind::InvalidResponse,
                           QCoreApplication::translate(
                               "TokenManager", "the session login answer carries no sessionToken"),
                           status));
        return;
    }
    m_redactor.remember(token);
    m_sessionToken = token;
    m_sessionLastUseMs = m_clock->steadyMs();
    ++m_sessionGeneration;
    emit tokensChanged();
    finishStep({});
}

} // namespace fota
