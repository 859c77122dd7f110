// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "simulator/SimulatedCampaign.h"
#include "simulator/SimulatorServer.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"

#include <QTest>

// The end-to-end tests' common ground: a real simulated ThingSpace on loopback with one
// 2,689-device campaign, and client settings with short waits.
struct SimulatorFixture
{
    static constexpr int kDevices = 2689;
    fota::sim::SimulatorServer server;
    QString account = QStringLiteral("0000123456-00001");
    QString campaignId = QStringLiteral("7d3f1c2e-0b5a-4e6f-8a9b-112233445566");

    bool start()
    {
        server.addCampaign(
            fota::sim::SimulatedCampaign::generate(account, campaignId, kDevices, 7));
        return server.start();
    }
    const fota::sim::SimulatedCampaign &campaign() { return *server.campaign(account, campaignId); }
    fota::ApiSettings settings() const
    {
        fota::ApiSettings s;
        s.baseUrl = server.baseUrl();
        s.transferTimeoutMs = 1500;
        s.retryBaseDelayMs = 10;
        s.retryMaxDelayMs = 2000;
        s.maxAttempts = 4;
        // The simulator's 429 asks for a second; honoured, but scaled so no test waits for it.
        s.retryAfterScale = 0.01;
        return s;
    }
    static fota::Credentials login()
    {
        fota::Credentials c;
        c.clientId = fota::sim::SimulatorServer::demoClientId();
        c.clientSecret = fota::sim::SimulatorServer::demoClientSecret();
        c.username = fota::sim::SimulatorServer::demoUsername();
        c.password = fota::sim::SimulatorServer::demoPassword();
        return c;
    }
};
