// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/ConnectionBudget.h"

#include <algorithm>

namespace fota {

void ConnectionBudget::reset(int connections)
{
    m_chosen = std::max(connections, 1);
    m_ceiling = m_chosen;
    m_limit = m_chosen;
    m_goodPages = 0;
    m_holdUntilMs = 0;
}

void ConnectionBudget::restrictToOne()
{
    m_ceiling = 1;
    m_limit = 1;
}

void ConnectionBudget::rateLimited(qint64 nowMs, int delayMs)
{
    m_goodPages = 0;
    if (nowMs < m_holdUntilMs)
        return;
    m_limit = std::max(m_limit / 2, 1);
    m_holdUntilMs = nowMs + std::max(delayMs, 0);
}

void ConnectionBudget::pageSucceeded()
{
    if (m_limit >= m_ceiling)
        return;
    if (++m_goodPages >= kGoodPagesPerStep * m_limit) {
        ++m_limit;
        m_goodPages = 0;
    }
}

} // namespace fota
