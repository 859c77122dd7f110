// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/CampaignFetch.h"

#include "common/Clock.h"

namespace fota {

CampaignFetch::CampaignFetch(ApiClient *client, QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_loader(client)
    , m_clock(clock ? clock : &Clock::system())
{
    connect(&m_loader, &CampaignLoader::pageLoaded, this, &CampaignFetch::takePage);
    connect(&m_loader, &CampaignLoader::progress, this, &CampaignFetch::progress);
    connect(&m_loader, &CampaignLoader::retrying, this, &CampaignFetch::retrying);
    connect(&m_loader, &CampaignLoader::notice, this, &CampaignFetch::notice);
    connect(&m_loader, &CampaignLoader::finished, this, [this](const LoadOutcome &outcome) {
        m_durationMs = m_clock->steadyMs() - m_startedMs;
        // The total the walk judged itself by: also one named by a last page that listed no
        // device and so never reached takePage().
        m_store.setTotalDevice(outcome.totalDevice());
        emit finished(outcome);
    });
}

void CampaignFetch::start(const QString &accountName, const QString &campaignId)
{
    m_store.clear();
    m_durationMs = -1;
    m_startedMs = m_clock->steadyMs();
    m_loader.start(accountName, campaignId);
}

void CampaignFetch::cancel()
{
    m_loader.cancel();
}

DeviceStore CampaignFetch::takeStore()
{
    DeviceStore taken = std::move(m_store);
    m_store.clear(); // a moved-from store is emptied, and gets a generation of its own
    return taken;
}

void CampaignFetch::takePage(const DecodedPage &page)
{
    if (page.totalDevice && m_store.isEmpty())
        m_store.reserve(*page.totalDevice);
    m_store.upsert(page);
}

} // namespace fota
