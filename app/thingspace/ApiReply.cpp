#include "thingspace/ApiReply.h"

#include "thingspace/ApiClient.h"
#include "thingspace/RetryPolicy.h"
#include "thingspace/TlsErrors.h"
#include "thingspace/TokenManager.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

struct Decoded
{
    QJsonDocument document;
    bool valid = false;
    QString problem;
};

Decoded decodeJson(const QByteArray &body)
{
    Decoded d;
    QJsonParseError parseError;
    d.document = QJsonDocument::fromJson(body, &parseError);
    d.valid = parseError.error == QJsonParseError::NoError;
    if (!d.valid) {
        const QByteArray head = body.left(64).simplified();
        d.problem = head.startsWith('<')
                        ? u"ThingSpace answered with an HTML page instead of JSON"_s
                        : u"ThingSpace answered with malformed JSON (%1 at byte %2)"_s
                              .arg(parseError.errorString())
                              .arg(parseError.offset);
    }
    return d;
}

bool isSessionExpired(const ApiError &error)
{
    return error.code.endsWith("SessionToken.Expired"_L1, Qt::CaseInsensitive);
}

} // namespace

ApiReply::ApiReply(ApiClient *client, const ApiCall &call)
    : QObject(client)
    , m_client(client)
    , m_call(call)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiReply::authenticateThenSend);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::start()
{
    authenticateThenSend();
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s));
}

void ApiReply::authenticateThenSend()
{
    m_client->tokens()->ensureTokens(this, [this](const ApiError &error) {
        if (m_finished)
            return;
        if (error.isError()) {
            ++m_attempts;
            failOrRetry(error);
            return;
        }
        send();
    });
}

void ApiReply::send()
{
    if (m_finished)
        return;
    ++m_attempts;
    const ApiSettings &settings = m_client->settings();
    TokenManager *tokens = m_client->tokens();
    m_usedAccessGeneration = tokens->accessGeneration();
    m_usedSessionGeneration = tokens->sessionGeneration();
    m_tooLarge = false;

    QNetworkRequest request(m_client->urlFor(m_call));
    request.setTransferTimeout(settings.transferTimeoutMs);
    // Tokens ride in headers: never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + tokens->accessToken().toUtf8());
    request.setRawHeader("VZ-M2M-Token", tokens->sessionToken().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    request.setSslConfiguration(m_client->sslConfiguration());

    m_reply = m_client->network()->sendCustomRequest(request, m_call.verb, m_call.body);
    TlsErrors::watch(m_reply);
    const qint64 limit = settings.maxBodyBytes;
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this, limit](qint64 received, qint64 total) {
                if (received > limit || total > limit) {
                    m_tooLarge = true;
                    m_reply->abort();
                }
            });
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::onReplyFinished);
}

void ApiReply::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    if (m_tooLarge) {
        finish(ApiError::make(
            ApiError::Kind::TooLarge,
            u"ThingSpace sent more than %1 MB for one request; refusing to buffer it"_s.arg(
                m_client->settings().maxBodyBytes >> 20)));
        return;
    }

    const QNetworkReply::NetworkError netError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Connection-level (1-99) and proxy (101-199) errors, a generic protocol failure, and a
    // body shorter than its Content-Length mean the answer is incomplete even when a status
    // line arrived: a reset mid-body still carries "200", and Qt 6.4 sometimes reports such a
    // reset as success. Qt maps HTTP statuses to other codes (400 becomes
    // ProtocolInvalidOperationError); those are judged below by the status itself.
    const QVariant declaredLength = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool truncated = netError == QNetworkReply::NoError && declaredLength.isValid() &&
                           reply->bytesAvailable() < declaredLength.toLongLong();
    const bool transportFailed =
        truncated ||
        (netError != QNetworkReply::NoError &&
         (status == 0 || int(netError) < 200 || netError == QNetworkReply::ProtocolFailure));
    if (transportFailed) {
        if (TlsErrors::isTlsFailure(reply)) {
            // Not transient and never ignored: retrying would meet the same certificate.
            finish(TlsErrors::errorFor(reply));
            return;
        }
        const bool timedOut = netError == QNetworkReply::OperationCanceledError ||
                              netError == QNetworkReply::TimeoutError;
        const ApiError error =
            timedOut
                ? ApiError::make(ApiError::Kind::Timeout,
                                 u"no complete answer from ThingSpace within %1 s"_s.arg(
                                     m_client->settings().transferTimeoutMs / 1000.0))
                : ApiError::make(ApiError::Kind::Network,
                                 u"network error talking to %1: %2"_s.arg(
                                     reply->url().host(), truncated ? u"the answer was cut short"_s
                                                                    : reply->errorString()));
        failOrRetry(error);
        return;
    }

    m_httpStatus = status;
    m_body = reply->readAll();
    if (status >= 200 && status < 300) {
        m_client->tokens()->noteSessionUsed(m_usedSessionGeneration);
        if (!m_call.expectJson) {
            finish({});
            return;
        }
        auto *watcher = new QFutureWatcher<Decoded>(this);
        connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const Decoded d = watcher->result();
            onJsonDecoded(d.document, d.valid, d.problem);
        });
        watcher->setFuture(QtConcurrent::run(decodeJson, m_body));
        return;
    }

    ApiError error = ApiError::fromHttp(status, m_body);
    TokenManager *tokens = m_client->tokens();
    if (status == 401 && !m_renewedAccess) {
        m_renewedAccess = true;
        tokens->renewAccessToken(m_usedAccessGeneration, this, [this](const ApiError &e) {
            if (e.isError())
                finish(e);
            else
                send(); // a renewal is not a failed attempt: the budget stays for real faults
        });
        --m_attempts;
        return;
    }
    if (isSessionExpired(error) && !m_renewedSession) {
        m_renewedSession = true;
        tokens->renewSession(m_usedSessionGeneration, this, [this](const ApiError &e) {
            if (e.isError())
                finish(e);
            else
                send();
        });
        --m_attempts;
        return;
    }
    if (error.isTransient()) {
        failOrRetry(error, RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After")));
        return;
    }
    finish(error);
}

void ApiReply::onJsonDecoded(const QJsonDocument &document, bool valid, const QString &problem)
{
    if (m_finished)
        return;
    if (!valid) {
        failOrRetry(ApiError::make(ApiError::Kind::InvalidResponse, problem, m_httpStatus));
        return;
    }
    m_json = document;
    finish({});
}

void ApiReply::failOrRetry(const ApiError &error, std::optional<int> retryAfterMs)
{
    const RetryPolicy policy(m_client->settings());
    if (!error.isTransient()) {
        finish(error);
        return;
    }
    if (!policy.mayRetry(m_attempts)) {
        ApiError last = error;
        last.message = u"gave up after %1 attempts: %2"_s.arg(m_attempts).arg(error.message);
        finish(last);
        return;
    }
    const int delay = policy.delayMs(m_attempts, retryAfterMs);
    emit retrying(error.toString(), m_attempts + 1, m_client->settings().maxAttempts, delay);
    m_retryTimer->start(delay);
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

} // namespace fota
