// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/TestHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota::test {

namespace {

constexpr qint64 kPieceBytes = 64 * 1024;
constexpr qint64 kMaxQueuedBytes = 256 * 1024;

QByteArray jsonStringContent(const QByteArray &utf8)
{
    const QByteArray array =
        QJsonDocument(QJsonArray{QString::fromUtf8(utf8)}).toJson(QJsonDocument::Compact);
    return array.sliced(2, array.size() - 4);
}

QByteArray standardReason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body)
{
    ScriptedResponse r;
    r.status = status;
    r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    r.body = body;
    return r;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QByteArray &location)
{
    ScriptedResponse r;
    r.status = status;
    r.headers.append(std::pair<QByteArray, QByteArray>("Location", location));
    return r;
}

QByteArray TestHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// One client connection: reads requests one at a time and writes each scripted answer at its
// pace. Lives as a child of its socket.
class TestHttpServer::Connection : public QObject
{
public:
    Connection(TestHttpServer *server, QTcpSocket *socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
    {
        connect(socket, &QIODevice::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QIODevice::bytesWritten, this, [this] {
            if (m_response.trickleIntervalMs <= 0)
                pump();
        });
        connect(&m_trickle, &QTimer::timeout, this, &Connection::pump);
    }

private:
    void onReadyRead()
    {
        m_in += m_socket->readAll();
        while (!m_busy) {
            Request request;
            if (!takeRequest(&request))
                return;
            m_server->noteRequest(request);
            respond(request, m_server->responseFor(request.path));
        }
    }

    bool takeRequest(Request *out)
    {
        const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QList<QByteArray> lines = m_in.first(headerEnd).split('\n');
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            out->headers.append({line.first(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.first(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (m_in.size() < headerEnd + 4 + length)
            return false;
        const QList<QByteArray> requestLine = lines[0].trimmed().split(' ');
        out->method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        out->path = QUrl::fromPercentEncoding(question < 0 ? target : target.first(question));
        out->query = question < 0 ? QByteArray() : target.mid(question + 1);
        out->body = m_in.mid(headerEnd + 4, length);
        m_in.remove(0, headerEnd + 4 + length);
        return true;
    }

    static QByteArray expand(QByteArray body, const Request &request)
    {
        QByteArrayList lines;
        for (const auto &[name, value] : request.headers)
            lines.append(name + ": " + value);
        body.replace("{{headers}}", jsonStringContent(lines.join('\n')));
        body.replace("{{body}}", jsonStringContent(request.body));
        return body;
    }

    void respond(const Request &request, const ScriptedResponse &response)
    {
        m_busy = true;
        if (response.neverAnswer)
            return;
        m_response = response;
        m_prefix = expand(response.body, request);
        m_total = m_prefix.size() + std::max<qint64>(response.fillerBytes, 0);
        m_sent = 0;
        m_closeWhenDone = response.framing == ScriptedResponse::Framing::CloseDelimited ||
                          request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;

        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
            (response.reason.isEmpty() ? standardReason(response.status) : response.reason) +
            "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (response.framing == ScriptedResponse::Framing::ContentLength)
            head +=
                "Content-Length: " + QByteArray::number(response.declaredLength.value_or(m_total)) +
                "\r\n";
        else if (response.framing == ScriptedResponse::Framing::Chunked)
            head += "Transfer-Encoding: chunked\r\n";
        head += m_closeWhenDone ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        m_socket->write(head);
        if (response.trickleIntervalMs > 0)
            m_trickle.start(response.trickleIntervalMs);
        pump();
    }

    QByteArray piece(qint64 size) const
    {
        QByteArray out;
        if (m_sent < m_prefix.size())
            out = m_prefix.mid(m_sent, size);
        if (out.size() < size)
            out.append(size - out.size(), 'x');
        return out;
    }

    void pump()
    {
        if (!m_busy || m_response.neverAnswer || m_finishing)
            return;
        const bool trickle = m_response.trickleIntervalMs > 0;
        while (m_sent < m_total) {
            if (!trickle && m_socket->bytesToWrite() > kMaxQueuedBytes)
                return; // bytesWritten calls again
            qint64 size = trickle ? std::max(m_response.trickleBytes, 1) : kPieceBytes;
            size = std::min(size, m_total - m_sent);
            if (m_response.closeAfterBodyBytes >= 0)
                size = std::min(size, m_response.closeAfterBodyBytes - m_sent);
            if (size <= 0)
                break;
            const QByteArray bytes = piece(size);
            if (m_response.framing == ScriptedResponse::Framing::Chunked)
                m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
            else
                m_socket->write(bytes);
            m_sent += size;
            m_server->noteBodyBytes(size);
            if (trickle)
                return; // the timer calls again
        }
        finishResponse();
    }

    void finishResponse()
    {
        m_trickle.stop();
        const bool early =
            m_response.closeAfterBodyBytes >= 0 && m_sent >= m_response.closeAfterBodyBytes;
        if (early || m_closeWhenDone) {
            if (!early && m_response.framing == ScriptedResponse::Framing::Chunked)
                m_socket->write("0\r\n\r\n");
            m_finishing = true;
            m_socket->disconnectFromHost();
            return;
        }
        if (m_response.framing == ScriptedResponse::Framing::Chunked)
            m_socket->write("0\r\n\r\n");
        m_busy = false;
        QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
    }

    TestHttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_in;
    bool m_busy = false;
    bool m_finishing = false;
    bool m_closeWhenDone = false;
    ScriptedResponse m_response;
    QByteArray m_prefix;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    QTimer m_trickle;
};

TestHttpServer::TestHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    m_fallback = ScriptedResponse::json(
        404, R"({"errorCode":"NotFound","errorMessage":"no script for this path"})");
}

TestHttpServer::~TestHttpServer() = default;

void TestHttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool TestHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(serverPort());
    return url;
}

QUrl TestHttpServer::url(const QString &path) const
{
    QUrl u = baseUrl();
    u.setPath(path);
    return u;
}

void TestHttpServer::script(const QString &path, const QList<ScriptedResponse> &responses)
{
    m_scripts.insert(path, responses);
    m_served.remove(path);
}

void TestHttpServer::script(const QString &path, const ScriptedResponse &response)
{
    script(path, QList<ScriptedResponse>{response});
}

void TestHttpServer::setFallback(const ScriptedResponse &response)
{
    m_fallback = response;
}

int TestHttpServer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const Request &r) { return r.path == path; }));
}

int TestHttpServer::requestCount() const
{
    return int(m_requests.size());
}

const ScriptedResponse &TestHttpServer::responseFor(const QString &path)
{
    const auto it = m_scripts.constFind(path);
    if (it == m_scripts.cend() || it->isEmpty())
        return m_fallback;
    const int index = m_served[path]++;
    return it->at(std::min<qsizetype>(index, it->size() - 1));
}

void TestHttpServer::noteRequest(const Request &request)
{
    m_requests.append(request);
    emit requestReceived(request);
}

void TestHttpServer::noteBodyBytes(qint64 bytes)
{
    m_bodyBytesSent += bytes;
    emit bodyBytesWritten(m_bodyBytesSent);
}

void TestHttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (ssl->setSocketDescriptor(descriptor)) {
            ssl->setSslConfiguration(*m_tls);
            ssl->startServerEncryption();
        }
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    }
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    new Connection(this, socket);
}

} // namespace fota::test
