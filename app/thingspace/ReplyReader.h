// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiError.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace fota {

// Reads one QNetworkReply as its bytes arrive, under two bounds that QNetworkAccessManager does
// not give: a size limit enforced on every byte (Qt's downloadProgress is throttled, so checking
// there let a hostile body reach hundreds of MB first) and an overall deadline (the transfer
// timeout only notices silence, so one byte every half second would hold a request forever).
// Qt's own buffer is kept small, so what this holds is what the reply costs.
class ReplyReader : public QObject
{
    Q_OBJECT
public:
    enum class Stop
    {
        None,     // the reply ended by itself (successfully or not)
        Deadline, // aborted: not complete within the deadline
        TooLarge, // aborted: Content-Length or the bytes received passed the limit
    };
    // What Qt may buffer between two reads.
    static constexpr qint64 kReadBufferBytes = 64 * 1024;

    // Becomes a child of `reply`, so it goes when the reply does. A deadline of 0 or less, or a
    // limit below 0, is treated as none (callers pass settings that were checked).
    ReplyReader(QNetworkReply *reply, qint64 maxBodyBytes, int deadlineMs);

    QNetworkReply *reply() const { return m_reply; }
    Stop stop() const { return m_stop; }
    // The body received so far; all of it once finished() was emitted.
    const QByteArray &body() const { return m_body; }
    // The reply ended without error but with fewer bytes than its Content-Length said.
    bool truncated() const;
    // The most memory the body buffer ever held (its capacity), for proving the bound.
    qint64 peakBufferedBytes() const { return m_peakBufferedBytes; }
    // Qt refused to follow a redirect (to another host, port or scheme, such as https to http)
    // or stopped a loop after `maxRedirects`: a final RefusedRedirect error, else nullopt.
    std::optional<ApiError> refusedRedirect(int maxRedirects) const;

signals:
    // Emitted once, after the reply finished (or was aborted by this reader).
    void finished();

private:
    void checkDeclaredLength();
    void readAvailable();
    void onFinished();
    void refuse(Stop why);

    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    qint64 m_maxBodyBytes;
    QByteArray m_body;
    qint64 m_peakBufferedBytes = 0;
    Stop m_stop = Stop::None;
    bool m_finished = false;
};

} // namespace fota
