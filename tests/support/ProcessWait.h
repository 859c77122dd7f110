// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

// Waits for a child process while this thread's event loop keeps running: the tests' simulator
// answers the child from that loop, so QProcess::waitForFinished() would deadlock them. A child
// still running after `timeoutMs` is killed; returns whether it finished by itself.
inline bool finishWithEventLoop(QProcess &process, int timeoutMs = 60000)
{
    if (!process.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() == QProcess::NotRunning)
        return true;
    process.kill();
    process.waitForFinished();
    return false;
}
