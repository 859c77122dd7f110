// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace fota::bench {

// Runs the event loop for ms, or until `done` turns true (checked every millisecond). The loop
// sleeps between events, as the window's does: a loop of processEvents() calls kept the GUI
// thread busy while it waited and took a core from the work it measured.
inline void spin(int ms, const std::function<bool()> &done = {})
{
    if (done && done())
        return;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done && done())
            loop.quit();
    });
    if (done)
        check.start();
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace fota::bench
