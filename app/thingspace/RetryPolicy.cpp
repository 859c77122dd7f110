#include "thingspace/RetryPolicy.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace fota {

RetryPolicy::RetryPolicy(const ApiSettings &settings)
    : m_maxAttempts(std::max(1, settings.maxAttempts))
    , m_baseDelayMs(std::max(0, settings.retryBaseDelayMs))
    , m_maxDelayMs(std::max(0, settings.retryMaxDelayMs))
{}

int RetryPolicy::delayMs(int attemptsMade, std::optional<int> retryAfterMs) const
{
    if (retryAfterMs)
        return std::clamp(*retryAfterMs, 0, std::max(m_maxDelayMs, 1000));
    const int exponent = std::clamp(attemptsMade - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(qint64(m_baseDelayMs) << exponent, m_maxDelayMs);
    // "Equal jitter": half fixed, half random, so the wait never collapses to zero.
    const qint64 half = ceiling / 2;
    return int(half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0));
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(int(std::min<qint64>(seconds, 86400) * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 86400'000));
}

} // namespace fota
