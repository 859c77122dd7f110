// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace fota {

// What went wrong with a ThingSpace call, in words an operator can act on. Never carries a token.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,         // connection refused/reset, DNS, TLS
        Timeout,         // silent past the transfer timeout, or incomplete at the deadline
        RateLimited,     // 429 after every retry
        ServerError,     // 5xx after every retry
        InvalidResponse, // body not JSON / not the expected shape, after every retry
        TooLarge,        // body over the size limit
        RefusedRedirect, // a redirect to another origin (host, port, https to http) or a loop
        Rejected,        // a 4xx the server explained (errorCode/errorMessage)
        Unauthorized,    // bearer rejected and could not be renewed
        InvalidClient,   // client key/secret rejected by the OAuth endpoint
        LoginRejected,   // username/password rejected; never retried (account lockout)
        MissingCredentials,
        InsecureUrl,
        CursorStuck,
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message; // the sentence to show
    QString code;    // the server's errorCode / fault code, if any
    int httpStatus = 0;
    // Set for a failed TLS handshake: the certificate the server presented and why it was
    // refused, so the operator can judge it (it is never accepted anyway).
    QString certificateDetails;

    bool isError() const { return kind != Kind::None; }
    // Whether another attempt may succeed (the retry loop's question).
    bool isTransient() const;
    // One line for a status bar or standard error: "message (code, HTTP 400)".
    QString toString() const;

    // Builds an error from a non-2xx answer, reading the three body shapes the API uses:
    // {errorCode, errorMessage}, OAuth {error, error_description} and gateway {fault: {...}}.
    // What the server wrote is made one line here but not shortened: the client removes its
    // secrets first (SecretRedactor::clean), so shortening can never leave half a token.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static ApiError make(Kind kind, const QString &message, int httpStatus = 0);
};

} // namespace fota
