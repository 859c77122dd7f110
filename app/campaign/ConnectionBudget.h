// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace fota {

// How many report requests a walk may have out at once. It starts at the chosen number of
// connections; a server that answers 429 gets half as many (never fewer than one) and no new
// request until its Retry-After has passed, then one more after each run of good pages, up to
// the chosen number again. Times are steady-clock milliseconds supplied by the caller.
class ConnectionBudget
{
public:
    // Good pages in a row, per connection of the current limit, before it grows by one.
    static constexpr int kGoodPagesPerStep = 4;

    explicit ConnectionBudget(int connections = 1) { reset(connections); }

    void reset(int connections);
    int chosen() const { return m_chosen; }
    int limit() const { return m_limit; }
    // From now on at most one request at a time, whatever happens (the sequential fallback).
    void restrictToOne();

    // A request was rate limited and will be retried after `delayMs`. Several requests out
    // at once usually hear the same 429: one halving per Retry-After window.
    void rateLimited(qint64 nowMs, int delayMs);
    void pageSucceeded();
    // No new request before this (steady ms); 0 when there is no hold.
    qint64 holdUntilMs() const { return m_holdUntilMs; }
    bool mayStart(int inFlight, qint64 nowMs) const
    {
        return inFlight < m_limit && nowMs >= m_holdUntilMs;
    }

private:
    int m_chosen = 1;
    int m_ceiling = 1; // the chosen number, or 1 after restrictToOne()
    int m_limit = 1;
    int m_goodPages = 0;
    qint64 m_holdUntilMs = 0;
};

} // namespace fota
