// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSemaphore>
#include <QThreadPool>

#include <utility>

namespace fota::test {

// Holds every thread of the global pool busy from construction until release() (or the end of
// the scope), so work the code under test queues there (a page's decode, an export's writer)
// cannot start before the test has done what must come first. Each thread gives up on its own
// after 30 s, so a failed check cannot leave the test hanging.
class PoolHold
{
public:
    PoolHold()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i) {
            QThreadPool::globalInstance()->start([this] {
                m_holding.release();
                m_release.tryAcquire(1, 30000);
            });
        }
        m_holding.acquire(m_threads);
    }
    ~PoolHold()
    {
        release();
        QThreadPool::globalInstance()->waitForDone();
    }
    PoolHold(const PoolHold &) = delete;
    PoolHold &operator=(const PoolHold &) = delete;

    void release()
    {
        if (!std::exchange(m_released, true))
            m_release.release(m_threads);
    }

private:
    const int m_threads;
    QSemaphore m_holding;
    QSemaphore m_release;
    bool m_released = false;
};

} // namespace fota::test
