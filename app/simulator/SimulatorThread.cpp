// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/SimulatorThread.h"

#include "simulator/SimulatedCampaign.h"
#include "simulator/SimulatorServer.h"

namespace fota::sim {

SimulatorThread::SimulatorThread(const Options &options, QObject *parent)
    : QThread(parent)
    , m_options(options)
{}

SimulatorThread::~SimulatorThread()
{
    quit();
    wait();
}

bool SimulatorThread::startAndWait()
{
    start();
    QMutexLocker lock(&m_mutex);
    while (!m_done)
        m_ready.wait(&m_mutex);
    return m_baseUrl.isValid();
}

QUrl SimulatorThread::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

void SimulatorThread::run()
{
    SimulatorServer server;
    server.addCampaign(SimulatedCampaign::generate(m_options.accountName, m_options.campaignId,
                                                   m_options.deviceCount, m_options.seed));
    server.setPageCache(m_options.cachePages);
    server.warmPageCache();
    server.setPageLatency(m_options.pageLatencyMs);
    if (m_options.evolveIntervalMs > 0)
        server.setEvolveInterval(m_options.evolveIntervalMs, m_options.changesPerTick);
    server.setEvolvePerWalk(m_options.changesPerWalk);
    const bool listening =
        (m_options.preferredPort != 0 && server.start(m_options.preferredPort)) || server.start();
    {
        QMutexLocker lock(&m_mutex);
        m_baseUrl = listening ? server.baseUrl() : QUrl();
        m_done = true;
        m_ready.wakeAll();
    }
    if (listening)
        exec();
}

} // namespace fota::sim
