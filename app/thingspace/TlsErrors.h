// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiError.h"

#include <QList>
#include <QSslError>

class QNetworkReply;

namespace fota {

// Turns a refused TLS handshake into something an operator can judge: which certificate the
// server presented, who issued it, when it is valid, its fingerprint and why it was refused.
// Nothing here ever ignores an error; the handshake has already failed when this runs.
class TlsErrors
{
public:
    // Remembers the details of the reply's certificate errors on the reply itself, because
    // QNetworkReply::errorString() only says "SSL handshake failed".
    static void watch(QNetworkReply *reply);
    static bool isTlsFailure(const QNetworkReply *reply);
    // The error for a reply whose handshake failed, with the remembered details.
    static ApiError errorFor(const QNetworkReply *reply);
    static QString describe(const QList<QSslError> &errors);
};

} // namespace fota
