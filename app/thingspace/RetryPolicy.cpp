// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/RetryPolicy.h"

#include "thingspace/HttpDate.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace fota {

namespace {

constexpr qint64 kLongestRetryAfterMs = 86'400'000; // read no further than a day ahead

} // namespace

RetryPolicy::RetryPolicy(const ApiSettings &settings, const Clock &clock)
    : m_clock(clock)
    , m_maxAttempts(std::max(1, settings.maxAttempts))
    , m_baseDelayMs(std::max(0, settings.retryBaseDelayMs))
    , m_maxDelayMs(std::max(0, settings.retryMaxDelayMs))
    , m_retryAfterScale(std::isfinite(settings.retryAfterScale)
                            ? std::clamp(settings.retryAfterScale, 0.0, 1.0)
                            : 1.0)
{}

int RetryPolicy::delayMs(int attemptsMade, std::optional<int> retryAfterMs) const
{
    if (retryAfterMs) {
        const int capped = std::clamp(*retryAfterMs, 0, std::max(m_maxDelayMs, 1000));
        return int(std::lround(capped * m_retryAfterScale));
    }
    const int exponent = std::clamp(attemptsMade - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(qint64(m_baseDelayMs) << exponent, m_maxDelayMs);
    // "Equal jitter": half fixed, half random, so the wait never collapses to zero.
    const qint64 half = ceiling / 2;
    return int(half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0));
}

std::optional<int> RetryPolicy::retryAfter(const QByteArray &value) const
{
    return parseRetryAfter(value, m_clock.nowMs());
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    // delta-seconds is 1*DIGIT: no sign, no spaces, ASCII digits only.
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        // More digits than a qint64 holds is still "a very long time".
        const qint64 ms = ok ? std::min<qint64>(seconds, kLongestRetryAfterMs / 1000) * 1000
                             : kLongestRetryAfterMs;
        return int(ms);
    }
    std::optional<qint64> when = HttpDate::parse(v, nowMs);
    if (!when) {
        // Not an HTTP-date, but unambiguous: "20 Nov 2026 02:00:40 +0000".
        const QDateTime rfc2822 = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
        if (!rfc2822.isValid())
            return std::nullopt;
        when = rfc2822.toMSecsSinceEpoch();
    }
    return int(std::clamp<qint64>(*when - nowMs, 0, kLongestRetryAfterMs));
}

} // namespace fota
