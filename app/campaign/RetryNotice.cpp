// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/RetryNotice.h"

#include "common/SafeText.h"

using namespace Qt::StringLiterals;

namespace fota {

RetryNotice::Reason RetryNotice::reasonOf(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Timeout:
        return Reason::Timeout;
    case ApiError::Kind::RateLimited:
        return Reason::RateLimited;
    case ApiError::Kind::ServerError:
        return Reason::ServerError;
    case ApiError::Kind::Network:
        return Reason::Network;
    case ApiError::Kind::InvalidResponse:
        return Reason::InvalidResponse;
    default:
        return Reason::Other;
    }
}

QString RetryNotice::reasonText() const
{
    switch (reason) {
    case Reason::Timeout:
        return u"Timed out"_s;
    case Reason::RateLimited:
        return u"Rate limited"_s;
    case Reason::ServerError:
        return u"Server error"_s;
    case Reason::Network:
        return u"Network error"_s;
    case Reason::InvalidResponse:
        return u"Unreadable answer"_s;
    case Reason::Other:
        break;
    }
    return u"Failed"_s;
}

qint64 RetryNotice::secondsLeft(qint64 msLeft)
{
    return msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
}

QString RetryNotice::countdownText(qint64 msLeft) const
{
    const qint64 seconds = secondsLeft(msLeft);
    const QString when = seconds > 0 ? u"in %1 s"_s.arg(seconds) : u"now"_s;
    return u"%1 — retrying %2 (attempt %3 of %4)"_s.arg(
        reasonText(), when, QString::number(attempt), QString::number(maxAttempts));
}

QString RetryNotice::oneLine() const
{
    // One multi-argument arg(): a detail holding "%2" (a percent-encoded URL) must not be
    // substituted into.
    return u"page %1: %2, retrying in %3 s (attempt %4 of %5): %6"_s.arg(
        QString::number(page), reasonText().toLower(), QString::number(delayMs / 1000.0, 'f', 1),
        QString::number(attempt), QString::number(maxAttempts), SafeText::oneLine(detail));
}

} // namespace fota
