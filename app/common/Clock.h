// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace fota {

// Where the core reads the time. Token expiry, session idle limits, renewal rate limits, ETAs
// and "overdue" all ask a Clock instead of QDateTime, so tests move time by hand instead of
// sleeping, and the answer never depends on how loaded the machine is.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall time, ms since the epoch (UTC): for times shown, stored or compared with the server's.
    virtual qint64 nowMs() const = 0;
    // A steady clock in ms from an arbitrary origin: for durations, never jumps with the wall.
    virtual qint64 steadyMs() const = 0;

    // The real clocks. Stateless, so one shared instance is safe on every thread.
    static const Clock &system();
};

// A clock that moves only when told: for tests and for replaying a history.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 1'795'140'000'000) // 2026-11-20T02:00:00Z
        : m_nowMs(nowMs)
    {}
    qint64 nowMs() const override { return m_nowMs; }
    qint64 steadyMs() const override { return m_steadyMs; }
    // Moves both clocks forward (a negative step is ignored: steady time never goes back).
    void advance(qint64 ms)
    {
        if (ms <= 0)
            return;
        m_nowMs += ms;
        m_steadyMs += ms;
    }
    // Sets the wall clock only, as when the system clock is corrected.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

private:
    qint64 m_nowMs;
    qint64 m_steadyMs = 0;
};

} // namespace fota
