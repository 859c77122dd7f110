// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/LoadProgress.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace fota {

// Shows a load's progress at most once per interval. A walk reports progress after every
// page, and each report relaid and repainted the window: at a million devices over four
// connections that was ~800 layouts and paints, a third of the GUI thread's time while loading
// (docs/benchmarks.md). The first report shows at once; later ones within the interval wait,
// and only the newest of them is shown when it ends.
class ProgressThrottle : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 100;

    ProgressThrottle(std::function<void(const LoadProgress &)> show, QObject *parent = nullptr);

    void offer(const LoadProgress &progress);
    // Shows the report still waiting now (before whatever replaces the progress is shown).
    void flush();
    // Forgets the report still waiting (a new walk starts).
    void drop();
    void setInterval(int ms) { m_timer.setInterval(ms); }
    bool hasPending() const { return m_pending.has_value(); }

private:
    std::function<void(const LoadProgress &)> m_show;
    std::optional<LoadProgress> m_pending;
    QTimer m_timer;
};

} // namespace fota
