// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiError.h"

#include <QMetaType>
#include <QString>

namespace fota {

// A transient failure of a page being retried, as facts rather than a sentence, so the window
// can count the delay down ("Timed out — retrying in 3 s (attempt 2 of 6)") and the CLI can say
// the same on one line.
struct RetryNotice
{
    enum class Reason
    {
        Timeout,
        RateLimited,
        ServerError,
        Network,
        InvalidResponse,
        Other
    };

    int page = 0; // the page being fetched, from 1
    Reason reason = Reason::Other;
    QString detail;  // the failure in one line; may hold server text (redacted, not yet sanitised)
    int attempt = 0; // the attempt that comes after the delay
    int maxAttempts = 0;
    int delayMs = 0;

    static Reason reasonOf(ApiError::Kind kind);
    // "Timed out", "Rate limited", "Server error"...
    QString reasonText() const;
    // Whole seconds left, rounded up, when msLeft of the delay remain; never negative.
    static qint64 secondsLeft(qint64 msLeft);
    // "Timed out — retrying in 3 s (attempt 2 of 6)", or "… retrying now …" once the delay ran.
    QString countdownText(qint64 msLeft) const;
    // The delay in seconds as the CLI says it: "3.0", or "0.010" below a tenth of a second.
    QString delaySeconds() const;
    // The CLI's line: "page 2: timed out, retrying in 3.0 s (attempt 2 of 6): <detail>", with
    // the detail made one safe line.
    QString oneLine() const;
};

} // namespace fota

Q_DECLARE_METATYPE(fota::RetryNotice)
