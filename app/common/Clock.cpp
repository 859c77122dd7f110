// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace fota {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_origin.start(); }
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 steadyMs() const override { return m_origin.elapsed(); }

private:
    QElapsedTimer m_origin;
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace fota
