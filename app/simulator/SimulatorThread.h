// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMutex>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

namespace fota::sim {

// Runs a SimulatorServer with one generated campaign on its own thread, so serving pages never
// competes with the window for the GUI thread (--demo).
class SimulatorThread : public QThread
{
    Q_OBJECT
public:
    struct Options
    {
        QString accountName;
        QString campaignId;
        int deviceCount = 50'000;
        quint64 seed = 20261125;
        int evolveIntervalMs = 0; // 0: the campaign does not change
        int changesPerTick = 25;
        int changesPerWalk = 0;  // SimulatorServer::setEvolvePerWalk; 0: off
        bool cachePages = false; // SimulatorServer::setPageCache, warmed before listening
        int pageLatencyMs = 0;   // SimulatorServer::setPageLatency
        // The port to listen on if it is free, else any; 0: any. The history keys campaigns by
        // base URL, so the demo asks for the same port every time to find its earlier runs.
        quint16 preferredPort = 0;
    };

    explicit SimulatorThread(const Options &options, QObject *parent = nullptr);
    ~SimulatorThread() override;

    // Starts the thread and waits until the server listens; false if it could not.
    bool startAndWait();
    QUrl baseUrl() const;

protected:
    void run() override;

private:
    Options m_options;
    mutable QMutex m_mutex;
    QWaitCondition m_ready;
    bool m_done = false;
    QUrl m_baseUrl;
};

} // namespace fota::sim
