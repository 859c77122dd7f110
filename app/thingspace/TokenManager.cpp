#include "thingspace/TokenManager.h"

#include "thingspace/ApiClient.h"
#include "thingspace/ReportParser.h"
#include "thingspace/TlsErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

ApiError transportError(QNetworkReply *reply)
{
    if (TlsErrors::isTlsFailure(reply))
        return TlsErrors::errorFor(reply);
    const auto kind = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError
                          ? ApiError::Kind::Timeout
                          : ApiError::Kind::Network;
    return ApiError::make(kind, u"could not reach ThingSpace at %1: %2"_s.arg(
                                    reply->url().host(), reply->errorString()));
}

} // namespace

TokenManager::TokenManager(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void TokenManager::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_accessToken = credentials.accessToken;
    m_sessionToken = credentials.sessionToken;
    m_accessExpiry = {};
    m_sessionLastUse.invalidate();
    m_loginRejected = false;
    ++m_accessGeneration;
    ++m_sessionGeneration;
    emit tokensChanged();
}

bool TokenManager::accessTokenNearExpiry() const
{
    return m_accessExpiry.isValid() && QDateTime::currentDateTimeUtc().secsTo(m_accessExpiry) <
                                           m_settings.accessRenewMarginSeconds;
}

void TokenManager::noteSessionUsed(int sessionGeneration)
{
    if (sessionGeneration == m_sessionGeneration && m_sessionLastUse.isValid())
        m_sessionLastUse.restart();
}

bool TokenManager::sessionNearIdleLimit() const
{
    const qint64 allowedMs =
        qint64(m_settings.sessionIdleLimitSeconds - m_settings.sessionIdleMarginSeconds) * 1000;
    return m_sessionLastUse.isValid() && m_sessionLastUse.hasExpired(qMax<qint64>(allowedMs, 0));
}

ApiError TokenManager::impossible(const ApiError &error)
{
    emit renewalImpossible(error);
    return error;
}

void TokenManager::ensureTokens(QObject *context, Callback done)
{
    const bool needAccess =
        m_accessToken.isEmpty() || (accessTokenNearExpiry() && canRenewAccessToken());
    if (needAccess) {
        if (!canRenewAccessToken()) {
            done(impossible(
                ApiError::make(ApiError::Kind::MissingCredentials,
                               u"no access token and no client key/secret to obtain one"_s)));
            return;
        }
        QPointer<QObject> guard(context);
        run(Step::AccessToken, context, [this, guard, done](const ApiError &error) {
            if (error.isError())
                done(error);
            else if (guard)
                ensureTokens(guard, done);
        });
        return;
    }
    if (!m_sessionToken.isEmpty() && sessionNearIdleLimit() && canRenewSession()) {
        // Logging in again now costs one request; letting the session lapse costs a failed
        // page request first. The old session simply times out on the server.
        m_sessionToken.clear();
        m_sessionLastUse.invalidate();
    }
    if (m_sessionToken.isEmpty()) {
        if (m_loginRejected) {
            done(impossible(
                ApiError::make(ApiError::Kind::LoginRejected,
                               u"the username or password was rejected earlier; sign in again"_s)));
            return;
        }
        if (!m_credentials.hasLogin()) {
            done(impossible(
                ApiError::make(ApiError::Kind::MissingCredentials,
                               u"no session token and no username/password to log in with"_s)));
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
        done(impossible(
            ApiError::make(ApiError::Kind::Unauthorized,
                           u"ThingSpace rejected the access token and there is no "
                           "client key/secret to obtain a new one; supply a current token "
                           "or sign in again"_s,
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
        done(impossible(
            ApiError::make(ApiError::Kind::LoginRejected,
                           u"the username or password was rejected earlier; sign in again"_s)));
        return;
    }
    if (!m_credentials.hasLogin()) {
        done(
            impossible(ApiError::make(ApiError::Kind::Unauthorized,
                                      u"the ThingSpace session has expired and there is no "
                                      "username/password to log in again; supply a current session "
                                      "token or sign in again"_s,
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
    QNetworkReply *reply = post(u"/api/m2m/v1/session/logout"_s, "{}", "application/json",
                                {{"Authorization", "Bearer " + m_accessToken.toUtf8()},
                                 {"VZ-M2M-Token", m_sessionToken.toUtf8()}});
    // The tokens are forgotten whatever the server says: signing out must never keep them.
    m_sessionToken.clear();
    m_accessToken.clear();
    m_accessExpiry = {};
    m_sessionLastUse.invalidate();
    ++m_accessGeneration;
    ++m_sessionGeneration;
    emit tokensChanged();
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done] {
        reply->deleteLater();
        if (!guard)
            return;
        if (reply->error() != QNetworkReply::NoError &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
            done(transportError(reply));
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

void TokenManager::finishStep(const ApiError &error)
{
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

QNetworkReply *TokenManager::post(const QString &path, const QByteArray &body,
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
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = m_network->post(request, body);
    TlsErrors::watch(reply);
    return reply;
}

void TokenManager::requestAccessToken(const std::function<void(const ApiError &)> &then)
{
    const QByteArray basic =
        (m_credentials.clientId + u':' + m_credentials.clientSecret).toUtf8().toBase64();
    QNetworkReply *reply =
        post(u"/api/ts/v1/oauth2/token"_s, "grant_type=client_credentials",
             "application/x-www-form-urlencoded", {{"Authorization", "Basic " + basic}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            then(transportError(reply));
            return;
        }
        const QByteArray body = reply->readAll();
        if (status == 429 || status >= 500) {
            then(ApiError::fromHttp(status, body));
            return;
        }
        if (status != 200) {
            ApiError e = ApiError::fromHttp(status, body);
            e.kind = ApiError::Kind::InvalidClient;
            e.message = u"ThingSpace rejected the client key or secret: "_s + e.message;
            then(e);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QString token = ReportParser::text(o.value("access_token"_L1));
        if (token.isEmpty()) {
            then(ApiError::make(ApiError::Kind::InvalidResponse,
                                u"the OAuth token answer carries no access_token"_s, status));
            return;
        }
        const qint64 expiresIn = ReportParser::integer(o.value("expires_in"_L1)).value_or(3600);
        m_accessToken = token;
        m_accessExpiry = QDateTime::currentDateTimeUtc().addSecs(qMax<qint64>(expiresIn, 1));
        ++m_accessGeneration;
        emit tokensChanged();
        then({});
    });
}

void TokenManager::requestSession(bool accessRenewedForThisLogin)
{
    QJsonObject login;
    login.insert("username"_L1, m_credentials.username);
    login.insert("password"_L1, m_credentials.password);
    QNetworkReply *reply =
        post(u"/api/m2m/v1/session/login"_s, QJsonDocument(login).toJson(QJsonDocument::Compact),
             "application/json", {{"Authorization", "Bearer " + m_accessToken.toUtf8()}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, accessRenewedForThisLogin] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            finishStep(transportError(reply));
            return;
        }
        const QByteArray body = reply->readAll();
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
            e.message = u"ThingSpace rejected the username or password (%1). It was not retried: "
                        "five failed logins lock the account."_s.arg(e.message);
            m_loginRejected = true;
            finishStep(e);
            return;
        }
        const QString token =
            ReportParser::text(QJsonDocument::fromJson(body).object().value("sessionToken"_L1));
        if (token.isEmpty()) {
            finishStep(ApiError::make(ApiError::Kind::InvalidResponse,
                                      u"the session login answer carries no sessionToken"_s,
                                      status));
            return;
        }
        m_sessionToken = token;
        m_sessionLastUse.start();
        ++m_sessionGeneration;
        emit tokensChanged();
        finishStep({});
    });
}

} // namespace fota
