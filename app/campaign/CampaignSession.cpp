#include "campaign/CampaignSession.h"

#include "campaign/DeviceTableModel.h"

namespace fota {

CampaignSession::CampaignSession(ApiClient *client, DeviceTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_loader(client)
    , m_refreshLoader(client)
{
    connect(&m_refreshLoader, &CampaignLoader::pageLoaded, this, [this](const ReportPage &page) {
        m_fresh.upsert(page.devices);
        if (page.totalDevice)
            m_fresh.setTotalDevice(page.totalDevice);
    });
    connect(&m_refreshLoader, &CampaignLoader::retrying, this, &CampaignSession::retrying);
    connect(&m_refreshLoader, &CampaignLoader::finished, this, [this](const LoadOutcome &outcome) {
        if (!outcome.complete) {
            m_fresh.clear();
            if (outcome.error.kind != ApiError::Kind::Cancelled)
                emit refreshFailed(outcome.error);
            return;
        }
        const DeviceTableModel::RefreshSummary summary = m_model->applyRefresh(m_fresh);
        m_fresh.clear();
        m_complete = true;
        m_progress = outcome.progress;
        emit refreshed(summary);
    });
    connect(&m_loader, &CampaignLoader::pageLoaded, this, [this](const ReportPage &page) {
        if (page.totalDevice) {
            if (m_model->rowCount() == 0)
                m_model->reserve(*page.totalDevice);
            m_model->setTotalDevice(page.totalDevice);
        }
        m_model->upsertDevices(page.devices);
    });
    connect(&m_loader, &CampaignLoader::progress, this, [this](const LoadProgress &p) {
        m_progress = p;
        emit progress(p);
    });
    connect(&m_loader, &CampaignLoader::retrying, this, &CampaignSession::retrying);
    connect(&m_loader, &CampaignLoader::finished, this, [this](const LoadOutcome &outcome) {
        m_complete = outcome.complete;
        emit loadFinished(outcome);
    });
}

void CampaignSession::load(const QString &accountName, const QString &campaignId)
{
    const QString account = accountName.trimmed();
    const QString campaign = campaignId.trimmed();
    if (account != m_account || campaign != m_campaign)
        m_model->clear();
    m_account = account;
    m_campaign = campaign;
    m_refreshLoader.cancel();
    m_complete = false;
    m_progress = {};
    emit loadStarted();
    m_loader.start(account, campaign);
}

void CampaignSession::stop()
{
    m_loader.cancel();
    m_refreshLoader.cancel();
}

void CampaignSession::refresh()
{
    if (m_account.isEmpty() || m_campaign.isEmpty() || m_loader.isRunning() ||
        m_refreshLoader.isRunning())
        return;
    m_fresh.clear();
    emit refreshStarted();
    m_refreshLoader.start(m_account, m_campaign);
}

} // namespace fota
