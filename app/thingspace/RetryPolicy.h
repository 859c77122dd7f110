// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "thingspace/ApiSettings.h"

#include <QByteArray>

#include <optional>

namespace fota {

// Exponential backoff with jitter, so that many clients hit by one outage do not retry in step.
class RetryPolicy
{
public:
    // `clock` must outlive the policy; an HTTP-date in Retry-After is measured against it.
    explicit RetryPolicy(const ApiSettings &settings, const Clock &clock = Clock::system());

    bool mayRetry(int attemptsMade) const { return attemptsMade < m_maxAttempts; }
    // Delay before attempt `attemptsMade + 1`. A server's Retry-After wins over the backoff,
    // capped so a hostile value cannot park the client for a day, then scaled by the settings'
    // retryAfterScale.
    int delayMs(int attemptsMade, std::optional<int> retryAfterMs = std::nullopt) const;

    // Retry-After as delta-seconds or an HTTP-date (any of RFC 9110's three forms, or the
    // RFC 2822 form with a numeric zone), measured against the policy's clock; nullopt when
    // absent or unreadable. A date in the past means "now".
    std::optional<int> retryAfter(const QByteArray &value) const;
    static std::optional<int> parseRetryAfter(const QByteArray &value,
                                              qint64 nowMs = Clock::system().nowMs());

private:
    const Clock &m_clock;
    int m_maxAttempts;
    int m_baseDelayMs;
    int m_maxDelayMs;
    double m_retryAfterScale;
};

} // namespace fota
