#pragma once

#include "thingspace/ApiSettings.h"

#include <QByteArray>

#include <optional>

namespace fota {

// Exponential backoff with jitter, so that many clients hit by one outage do not retry in step.
class RetryPolicy
{
public:
    explicit RetryPolicy(const ApiSettings &settings);

    bool mayRetry(int attemptsMade) const { return attemptsMade < m_maxAttempts; }
    // Delay before attempt `attemptsMade + 1`. A server's Retry-After wins over the backoff,
    // capped so a hostile value cannot park the client for a day.
    int delayMs(int attemptsMade, std::optional<int> retryAfterMs = std::nullopt) const;

    // Retry-After as delta-seconds or an HTTP-date; nullopt when absent or unreadable.
    static std::optional<int> parseRetryAfter(const QByteArray &value);

private:
    int m_maxAttempts;
    int m_baseDelayMs;
    int m_maxDelayMs;
};

} // namespace fota
