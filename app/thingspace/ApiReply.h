// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiCall.h"
#include "thingspace/ApiError.h"
#include "thingspace/DecodedPage.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace fota {

class ApiClient;
class ReplyReader;

// One logical call: however many HTTP attempts it takes. It renews a rejected bearer or an
// expired session once, retries transient failures with backoff (429 honouring Retry-After,
// 5xx, timeouts, resets, a 2xx body that is not JSON), and refuses bodies over the size limit
// as the bytes arrive. Each attempt has an overall deadline besides the silence timeout. A
// refused redirect (another origin, https to http) or a redirect loop is final. Errors and
// retry reasons never carry a secret the client holds and are one line.
// JSON is decoded on a worker thread: a page is ~300 KB, and a million-device load has 1,000.
// A report page (ApiCall::reportPage) goes straight into a DecodedPage there; a body that is not
// JSON is retried like any transient fault, one that is JSON but not a report page is handed on
// with pageProblem() for the loader to judge.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    // `network` is the client's manager the request goes through (ApiClient::network).
    ApiReply(ApiClient *client, const ApiCall &call, QNetworkAccessManager *network);
    ~ApiReply() override;

    void start();
    // Stops at once; finished() follows with a Cancelled error.
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &body() const { return m_body; }
    const QJsonDocument &json() const { return m_json; }
    // For a report page: the decoded page, or null with pageProblem() saying why the JSON is
    // not one. The caller may take the page (std::move).
    std::shared_ptr<DecodedPage> &page() { return m_page; }
    const QString &pageProblem() const { return m_pageProblem; }
    // Milliseconds from the last attempt's request to its complete answer: the round trip the
    // load's details show (the decode on the worker is not part of it).
    qint64 roundTripMs() const { return m_roundTripMs; }
    int attempts() const { return m_attempts; }
    // The most the body buffer held in any attempt, to prove the size limit holds as bytes
    // arrive (it stays within maxBodyBytes).
    qint64 peakBufferedBytes() const { return m_peakBufferedBytes; }

signals:
    void finished();
    // A report page's answer has arrived whole (2xx) and goes to the worker to be decoded:
    // body() holds it until finished(). The decode may still find it malformed and retry.
    void bodyReceived();
    // A transient failure; the call waits delayMs and tries again. kind: what failed (timeout,
    // rate limited, server error...).
    void retrying(const QString &reason, int attempt, int maxAttempts, int delayMs,
                  fota::ApiError::Kind kind);

private:
    void authenticateThenSend();
    void send();
    void onReplyFinished();
    // The error for an answer that did not arrive whole, or nullopt when it did.
    std::optional<ApiError> transportFailure(const ReplyReader *reader, int status) const;
    void onHttpError(QNetworkReply *reply, int status);
    void renewed(const ApiError &error, bool *renewedFlag);
    void onJsonDecoded(const QJsonDocument &document, bool valid, const QString &problem);
    void decodeReportPage();
    void failOrRetry(const ApiError &error, std::optional<int> retryAfterMs = std::nullopt);
    void finish(const ApiError &error);

    ApiClient *m_client;
    QNetworkAccessManager *m_network;
    ApiCall m_call;
    QPointer<QNetworkReply> m_reply;
    QPointer<ReplyReader> m_reader;
    QTimer *m_retryTimer;
    int m_attempts = 0;
    int m_usedAccessGeneration = 0;
    int m_usedSessionGeneration = 0;
    bool m_renewedAccess = false;
    bool m_renewedSession = false;
    bool m_aborted = false;
    bool m_finished = false;
    int m_httpStatus = 0;
    qint64 m_peakBufferedBytes = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    std::shared_ptr<DecodedPage> m_page;
    QString m_pageProblem;
    QElapsedTimer m_sent; // real time, whatever clock the client reads: this is a measurement
    qint64 m_roundTripMs = 0;
    ApiError m_error;
};

} // namespace fota
