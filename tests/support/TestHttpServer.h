// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <optional>
#include <utility>

namespace fota::test {

// One scripted answer of TestHttpServer: exactly the bytes a (possibly hostile) server sends.
struct ScriptedResponse
{
    enum class Framing
    {
        ContentLength,  // Content-Length: the body's size, or declaredLength when set
        Chunked,        // Transfer-Encoding: chunked, one chunk per piece written
        CloseDelimited, // neither: the body ends when the connection closes
    };

    int status = 200;
    QByteArray reason; // empty: a standard phrase
    QList<std::pair<QByteArray, QByteArray>> headers;
    // "{{headers}}" and "{{body}}" are replaced by the request's header lines and body, escaped
    // for a JSON string, for a server that echoes what it was sent.
    QByteArray body;
    Framing framing = Framing::ContentLength;
    std::optional<qint64> declaredLength; // a Content-Length that need not be true
    // After `body`, this many filler bytes ('x'), produced as the socket drains: a huge body
    // never sits in the server's memory, so the client's memory can be measured.
    qint64 fillerBytes = 0;
    // Pace: `trickleBytes` of the body every `trickleIntervalMs` (0: as fast as the socket goes).
    int trickleBytes = 0;
    int trickleIntervalMs = 0;
    // Close the connection after this many body bytes (-1: never early).
    qint64 closeAfterBodyBytes = -1;
    bool neverAnswer = false; // read the request, answer nothing, keep the connection open

    static ScriptedResponse json(int status, const QByteArray &body);
    static ScriptedResponse redirect(int status, const QByteArray &location);
};

// A small HTTP/1.1 server for tests on 127.0.0.1 (plain, or TLS with a configuration): per-path
// scripted answers, request counts and the requests as received. It serves exactly the
// response under test, including the bad ones the simulator has no fault for.
class TestHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path; // decoded path, without the query
        QByteArray query;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
    };

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Serve https with this configuration (certificate and key) instead of plain http.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool start(); // 127.0.0.1, a free port
    QUrl baseUrl() const;
    QUrl url(const QString &path) const;

    // Answers for `path`, used in order; the last one repeats. Replaces an earlier script.
    void script(const QString &path, const QList<ScriptedResponse> &responses);
    void script(const QString &path, const ScriptedResponse &response);
    // The answer for a path without a script (default: 404 with a JSON error body).
    void setFallback(const ScriptedResponse &response);

    int requestCount(const QString &path) const;
    int requestCount() const;
    const QList<Request> &requests() const { return m_requests; }
    // Body bytes written for all requests so far (filler included).
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }

signals:
    void requestReceived(const fota::test::TestHttpServer::Request &request);
    // After every piece of a body is handed to the socket: a point to sample memory at.
    void bodyBytesWritten(qint64 total);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Connection;
    friend class Connection;
    const ScriptedResponse &responseFor(const QString &path);
    void noteRequest(const Request &request);
    void noteBodyBytes(qint64 bytes);

    std::optional<QSslConfiguration> m_tls;
    QHash<QString, QList<ScriptedResponse>> m_scripts;
    QHash<QString, int> m_served;
    ScriptedResponse m_fallback;
    QList<Request> m_requests;
    qint64 m_bodyBytesSent = 0;
};

} // namespace fota::test
