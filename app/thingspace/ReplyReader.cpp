// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/ReplyReader.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace fota {

ReplyReader::ReplyReader(QNetworkReply *reply, qint64 maxBodyBytes, int deadlineMs)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBodyBytes(maxBodyBytes < 0 ? std::numeric_limits<qint64>::max() : maxBodyBytes)
{
    reply->setReadBufferSize(kReadBufferBytes);
    // Qt hands the size to its HTTP thread by a queued signal, which that thread ignores when it
    // arrives before the request exists there; the body then streams in unthrottled (seen once:
    // 27 MB buffered against a 256 KB limit). Saying it again once the request is out, and with
    // the headers, narrows that window to what the sockets buffered (~2.5 MB on loopback).
    connect(reply, &QNetworkReply::requestSent, this,
            [reply] { reply->setReadBufferSize(kReadBufferBytes); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyReader::checkDeclaredLength);
    connect(reply, &QIODevice::readyRead, this, &ReplyReader::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ReplyReader::onFinished);
    if (deadlineMs > 0) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] { refuse(Stop::Deadline); });
        m_deadline->start(deadlineMs);
    }
    if (reply->isFinished())
        QMetaObject::invokeMethod(this, &ReplyReader::onFinished, Qt::QueuedConnection);
}

bool ReplyReader::truncated() const
{
    if (m_stop != Stop::None || !m_reply || m_reply->error() != QNetworkReply::NoError)
        return false;
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    return declared.isValid() && m_body.size() < declared.toLongLong();
}

std::optional<ApiError> ReplyReader::refusedRedirect(int maxRedirects) const
{
    if (!m_reply)
        return std::nullopt;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error != QNetworkReply::InsecureRedirectError &&
        error != QNetworkReply::TooManyRedirectsError)
        return std::nullopt;
    // Following would send the tokens elsewhere or loop; asking again meets the same answer.
    const QString why =
        error == QNetworkReply::TooManyRedirectsError
            ? QCoreApplication::translate("ReplyReader", "more than %1 redirects in a row (a loop)")
                  .arg(maxRedirects)
            : QCoreApplication::translate("ReplyReader",
                                          "a redirect to another host, port or scheme (such as "
                                          "https to http), which could expose the tokens");
    return ApiError::make(ApiError::Kind::RefusedRedirect,
                          QCoreApplication::translate(
                              "ReplyReader", "ThingSpace at %1 answered with %2; not followed")
                              .arg(m_reply->url().host(), why),
                          m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
}

void ReplyReader::checkDeclaredLength()
{
    m_reply->setReadBufferSize(kReadBufferBytes);
    // Refused before a single byte of the body is held.
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() > m_maxBodyBytes)
        refuse(Stop::TooLarge);
}

void ReplyReader::readAvailable()
{
    if (m_stop != Stop::None || !m_reply)
        return;
    while (m_reply && m_stop == Stop::None && m_reply->bytesAvailable() > 0) {
        // Up to the limit and no further: what Qt buffered before it honoured the read buffer
        // size can arrive as one large chunk, and the limit is what may be held either way.
        const qint64 room = m_maxBodyBytes - m_body.size();
        if (room <= 0) {
            refuse(Stop::TooLarge);
            return;
        }
        const qint64 available = std::min(m_reply->bytesAvailable(), room);
        const qsizetype needed = m_body.size() + qsizetype(available);
        if (needed > m_body.capacity()) {
            // Grow geometrically, but never past the limit: QByteArray's own growth could
            // reserve nearly twice what the body needs.
            const qint64 grown = std::max<qint64>(needed, 2 * qint64(m_body.capacity()));
            m_body.reserve(qsizetype(std::min(grown, m_maxBodyBytes)));
        }
        // Straight into the body: read() into a fresh QByteArray and append() copied every
        // chunk twice.
        const qsizetype before = m_body.size();
        m_body.resize(needed);
        const qint64 got = m_reply->read(m_body.data() + before, available);
        m_body.resize(before + qsizetype(std::max<qint64>(got, 0)));
        if (got <= 0)
            break;
        m_peakBufferedBytes = std::max<qint64>(m_peakBufferedBytes, m_body.capacity());
    }
}

void ReplyReader::onFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    readAvailable();
    emit finished();
}

void ReplyReader::refuse(Stop why)
{
    if (m_stop != Stop::None)
        return;
    m_stop = why;
    m_body.clear();
    m_body.squeeze();
    // Emits finished() (ours follows from onFinished), now or from the event loop.
    if (!m_finished && m_reply)
        m_reply->abort();
}

} // namespace fota
