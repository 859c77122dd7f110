// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/ProgressThrottle.h"

#include <utility>

namespace fota {

ProgressThrottle::ProgressThrottle(std::function<void(const LoadProgress &)> show, QObject *parent)
    : QObject(parent)
    , m_show(std::move(show))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_pending)
            return;
        const LoadProgress progress = *std::exchange(m_pending, std::nullopt);
        m_timer.start(); // the next report waits a whole interval again
        m_show(progress);
    });
}

void ProgressThrottle::offer(const LoadProgress &progress)
{
    if (m_timer.isActive()) {
        m_pending = progress;
        return;
    }
    m_timer.start();
    m_show(progress);
}

void ProgressThrottle::flush()
{
    if (m_pending)
        m_show(*std::exchange(m_pending, std::nullopt));
}

void ProgressThrottle::drop()
{
    m_pending.reset();
}

} // namespace fota
