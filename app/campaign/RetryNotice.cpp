// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/RetryNotice.h"

#include <QCoreApplication>

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
        return QCoreApplication::translate("RetryNotice", "Timed out");
    case Reason::RateLimited:
        return QCoreApplication::translate("RetryNotice", "Rate limited");
    case Reason::ServerError:
        return QCoreApplication::translate("RetryNotice", "Server error");
    case Reason::Network:
        return QCoreApplication::translate("RetryNotice", "Network error");
    case Reason::InvalidResponse:
        return QCoreApplication::translate("RetryNotice", "Unreadable answer");
    case Reason::Other:
        break;
    }
    return QCoreApplication::translate("RetryNotice", "Failed");
}

qint64 RetryNotice::secondsLeft(qint64 msLeft)
{
    return msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
}

QString RetryNotice::countdownText(qint64 msLeft) const
{
    const qint64 seconds = secondsLeft(msLeft);
    const QString when = seconds > 0
                             ? QCoreApplication::translate("RetryNotice", "in %1 s").arg(seconds)
                             : QCoreApplication::translate("RetryNotice", "now", "retrying now");
    return QCoreApplication::translate("RetryNotice", "%1 — retrying %2 (attempt %3 of %4)")
        .arg(reasonText(), when, QString::number(attempt), QString::number(maxAttempts));
}

QString RetryNotice::delaySeconds() const
{
    // Tenths are enough for the waits of a real run (half a second at least, or whole seconds
    // from Retry-After); a shorter wait, as under a test delay scale or an HTTP-date
    // Retry-After, would read "0.0 s" and is said to the millisecond.
    const bool short_ = delayMs > 0 && delayMs < 100;
    return QString::number(delayMs / 1000.0, 'f', short_ ? 3 : 1);
}

QString RetryNotice::oneLine() const
{
    // One multi-argument arg(): a detail holding "%2" (a percent-encoded URL) must not be
    // substituted into.
    return u"page %1: %2, retrying in %3 s (attempt %4 of %5): %6"_s.arg(
        QString::number(page), reasonText().toLower(), delaySeconds(), QString::number(attempt),
        QString::number(maxAttempts), SafeText::oneLine(detail));
}

} // namespace fota
