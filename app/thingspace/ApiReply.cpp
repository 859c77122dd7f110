// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/ApiReply.h"

#include "thingspace/ApiClient.h"
#include "thingspace/ReplyReader.h"
#include "thingspace/ReportPageDecoder.h"
#include "thingspace/RetryPolicy.h"
#include "thingspace/TlsErrors.h"
#include "thingspace/TokenManager.h"

#include <QCoreApplication>
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
                        ? QCoreApplication::translate(
                              "ApiReply", "ThingSpace answered with an HTML page instead of JSON")
                        : QCoreApplication::translate(
                              "ApiReply", "ThingSpace answered with malformed JSON (%1 at byte %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset);
    }
    return d;
}

struct DecodedReport
{
    std::shared_ptr<DecodedPage> page = std::make_shared<DecodedPage>();
    ReportPageDecoder::Result result = ReportPageDecoder::Result::Malformed;
    QString problem;
};

DecodedReport decodeReport(const QByteArray &body)
{
    DecodedReport d;
    d.result = ReportPageDecoder::read(body, d.page.get(), &d.problem);
    if (d.result != ReportPageDecoder::Result::Page)
        d.page.reset();
    return d;
}

bool isSessionExpired(const ApiError &error)
{
    return error.code.endsWith("SessionToken.Expired"_L1, Qt::CaseInsensitive);
}

} // namespace

ApiReply::ApiReply(ApiClient *client, const ApiCall &call, QNetworkAccessManager *network)
    : QObject(client)
    , m_client(client)
    , m_network(network)
    , m_call(call)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiReply::authenticateThenSend);
}

ApiReply::~ApiReply()
{
    if (m_reader)
        m_reader->disconnect(this);
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
    if (m_reader)
        m_reader->disconnect(this);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled,
                          QCoreApplication::translate("ApiReply", "cancelled")));
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

    QNetworkRequest request(m_client->urlFor(m_call));
    request.setTransferTimeout(settings.transferTimeoutMs);
    // Tokens ride in headers: never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(ApiClient::kMaxRedirects);
    request.setRawHeader("Authorization", "Bearer " + tokens->accessToken().toUtf8());
    request.setRawHeader("VZ-M2M-Token", tokens->sessionToken().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    request.setSslConfiguration(m_client->sslConfiguration());

    m_sent.start();
    m_reply = m_network->sendCustomRequest(request, m_call.verb, m_call.body);
    TlsErrors::watch(m_reply);
    m_reader = new ReplyReader(m_reply, settings.maxBodyBytes, settings.attemptDeadlineMs);
    connect(m_reader, &ReplyReader::finished, this, &ApiReply::onReplyFinished);
}

std::optional<ApiError> ApiReply::transportFailure(const ReplyReader *reader, int status) const
{
    const QNetworkReply *reply = reader->reply();
    const ApiSettings &settings = m_client->settings();
    const QString host = reply->url().host();
    switch (reader->stop()) {
    case ReplyReader::Stop::TooLarge:
        return ApiError::make(
            ApiError::Kind::TooLarge,
            QCoreApplication::translate(
                "ApiReply",
                "ThingSpace sent more than %1 MB for one request; refusing to buffer it")
                .arg(QString::number(settings.maxBodyBytes / double(1 << 20), 'g', 3)));
    case ReplyReader::Stop::Deadline:
        return ApiError::make(ApiError::Kind::Timeout,
                              QCoreApplication::translate(
                                  "ApiReply", "ThingSpace did not complete its answer within %1 s")
                                  .arg(settings.attemptDeadlineMs / 1000.0));
    case ReplyReader::Stop::None:
        break;
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (std::optional<ApiError> refused = reader->refusedRedirect(ApiClient::kMaxRedirects))
        return refused;
    // Connection-level (1-99) and proxy (101-199) errors, a generic protocol failure, and a
    // body shorter than its Content-Length mean the answer is incomplete even when a status
    // line arrived: a reset mid-body still carries "200", and Qt 6.4 sometimes reports such a
    // reset as success. Qt maps HTTP statuses to other codes (400 becomes
    // ProtocolInvalidOperationError); those are judged by the status itself.
    const bool truncated = reader->truncated();
    const bool failed =
        truncated ||
        (netError != QNetworkReply::NoError &&
         (status == 0 || int(netError) < 200 || netError == QNetworkReply::ProtocolFailure));
    if (!failed)
        return std::nullopt;
    if (TlsErrors::isTlsFailure(reply)) {
        // Not transient and never ignored: retrying would meet the same certificate.
        return TlsErrors::errorFor(reply);
    }
    if (netError == QNetworkReply::OperationCanceledError ||
        netError == QNetworkReply::TimeoutError)
        return ApiError::make(
            ApiError::Kind::Timeout,
            QCoreApplication::translate("ApiReply", "ThingSpace sent nothing for %1 s")
                .arg(settings.transferTimeoutMs / 1000.0));
    return ApiError::make(ApiError::Kind::Network,
                          QCoreApplication::translate("ApiReply", "network error talking to %1: %2")
                              .arg(host, truncated ? QCoreApplication::translate(
                                                         "ApiReply", "the answer was cut short")
                                                   : reply->errorString()));
}

void ApiReply::onReplyFinished()
{
    ReplyReader *reader = m_reader;
    QNetworkReply *reply = m_reply;
    if (!reader || !reply || m_finished)
        return;
    m_reply = nullptr;
    m_reader = nullptr;
    reply->deleteLater(); // the reader goes with it
    m_peakBufferedBytes = std::max(m_peakBufferedBytes, reader->peakBufferedBytes());

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const std::optional<ApiError> failure = transportFailure(reader, status)) {
        failOrRetry(*failure);
        return;
    }

    m_roundTripMs = m_sent.elapsed();
    m_httpStatus = status;
    m_body = reader->body();
    if (status < 200 || status >= 300) {
        onHttpError(reply, status);
        return;
    }
    m_client->tokens()->noteSessionUsed(m_usedSessionGeneration);
    if (!m_call.expectJson) {
        finish({});
        return;
    }
    if (m_call.reportPage) {
        emit bodyReceived();
        if (!m_finished) // a receiver may have aborted this call
            decodeReportPage();
        return;
    }
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Decoded d = watcher->result();
        onJsonDecoded(d.document, d.valid, d.problem);
    });
    watcher->setFuture(QtConcurrent::run(decodeJson, m_body));
}

void ApiReply::onHttpError(QNetworkReply *reply, int status)
{
    const ApiError error = ApiError::fromHttp(status, m_body);
    TokenManager *tokens = m_client->tokens();
    // A renewal is not a failed attempt: the budget stays for real faults.
    if (status == 401 && !m_renewedAccess) {
        m_renewedAccess = true;
        --m_attempts;
        tokens->renewAccessToken(m_usedAccessGeneration, this,
                                 [this](const ApiError &e) { renewed(e, &m_renewedAccess); });
        return;
    }
    if (isSessionExpired(error) && !m_renewedSession) {
        m_renewedSession = true;
        --m_attempts;
        tokens->renewSession(m_usedSessionGeneration, this,
                             [this](const ApiError &e) { renewed(e, &m_renewedSession); });
        return;
    }
    if (error.isTransient()) {
        const RetryPolicy policy(m_client->settings(), m_client->clock());
        failOrRetry(error, policy.retryAfter(reply->rawHeader("Retry-After")));
        return;
    }
    finish(error);
}

void ApiReply::renewed(const ApiError &error, bool *renewedFlag)
{
    if (m_finished)
        return;
    if (!error.isError()) {
        send();
        return;
    }
    if (error.isTransient()) {
        // The token endpoint timed out or was busy: that costs an attempt, and the next one
        // may renew again.
        *renewedFlag = false;
        ++m_attempts;
        failOrRetry(error);
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

void ApiReply::decodeReportPage()
{
    auto *watcher = new QFutureWatcher<DecodedReport>(this);
    connect(watcher, &QFutureWatcher<DecodedReport>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_finished)
            return;
        DecodedReport d = watcher->result();
        if (d.result == ReportPageDecoder::Result::Malformed) {
            failOrRetry(ApiError::make(ApiError::Kind::InvalidResponse, d.problem, m_httpStatus));
            return;
        }
        m_page = std::move(d.page);
        m_pageProblem = d.problem;
        m_body.clear(); // the page holds what matters; a million-device load has 1,000 bodies
        finish({});
    });
    watcher->setFuture(QtConcurrent::run(decodeReport, m_body));
}

void ApiReply::failOrRetry(const ApiError &error, std::optional<int> retryAfterMs)
{
    const RetryPolicy policy(m_client->settings(), m_client->clock());
    if (!error.isTransient()) {
        finish(error);
        return;
    }
    if (!policy.mayRetry(m_attempts)) {
        ApiError last = error;
        last.message = QCoreApplication::translate("ApiReply", "gave up after %1 attempts: %2")
                           .arg(m_attempts)
                           .arg(error.message);
        finish(last);
        return;
    }
    const int delay = policy.delayMs(m_attempts, retryAfterMs);
    emit retrying(m_client->cleanError(error).toString(), m_attempts + 1,
                  m_client->settings().maxAttempts, delay, error.kind);
    m_retryTimer->start(delay);
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = m_client->cleanError(error);
    emit finished();
}

} // namespace fota
