// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/CampaignSession.h"

#include <QCoreApplication>

#include "campaign/DeviceTableModel.h"
#include "common/AllocatorTuning.h"

using namespace Qt::StringLiterals;

namespace fota {

CampaignSession::CampaignSession(ApiClient *client, DeviceTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_loader(client)
    , m_refreshLoader(client)
{
    connectLoader();
    connectRefreshLoader();
    connect(m_model, &DeviceTableModel::refreshApplied, this, &CampaignSession::onRefreshApplied);
    connect(m_model, &DeviceTableModel::refreshDropped, this, &CampaignSession::onRefreshDropped);
}

void CampaignSession::onRefreshDropped()
{
    // A stop, or whatever changed the rows while the refresh was compared: its result is stale.
    if (!m_applying)
        return;
    m_applying = false;
    m_applyingOutcome = {};
    updateActivity();
    if (!m_superseding)
        emit refreshFailed(
            ApiError::make(ApiError::Kind::Cancelled,
                           QCoreApplication::translate("CampaignLoader", "loading was stopped")));
}

void CampaignSession::connectLoader()
{
    connect(&m_loader, &CampaignLoader::pageLoaded, this, [this](const DecodedPage &page) {
        if (m_switchPending)
            switchToLoadingCampaign();
        if (page.totalDevice) {
            if (m_model->rowCount() == 0)
                m_model->reserve(*page.totalDevice);
            m_model->setTotalDevice(page.totalDevice);
        }
        m_model->mergePage(page);
    });
    connect(&m_loader, &CampaignLoader::progress, this, [this](const LoadProgress &p) {
        m_progress = p;
        emit progress(p);
    });
    connect(&m_loader, &CampaignLoader::retrying, this, &CampaignSession::retrying);
    connect(&m_loader, &CampaignLoader::notice, this, &CampaignSession::notice);
    connect(&m_loader, &CampaignLoader::finished, this, &CampaignSession::onLoadFinished);
}

void CampaignSession::connectRefreshLoader()
{
    connect(&m_refreshLoader, &CampaignLoader::pageLoaded, this, [this](const DecodedPage &page) {
        // Compared with the rows shown as it arrives, on a worker: only what differs is kept.
        m_model->compareRefreshPage(page);
    });
    connect(&m_refreshLoader, &CampaignLoader::progress, this, &CampaignSession::refreshProgress);
    connect(&m_refreshLoader, &CampaignLoader::retrying, this, &CampaignSession::retrying);
    connect(&m_refreshLoader, &CampaignLoader::notice, this, &CampaignSession::notice);
    connect(&m_refreshLoader, &CampaignLoader::finished, this, [this](const LoadOutcome &outcome) {
        if (!outcome.complete) {
            updateActivity();
            // A failed refresh keeps what it fetched so far: Retry continues it from its last
            // good cursor instead of fetching every page again. A stop or a superseding load
            // ends it for good.
            const bool resumable = !m_superseding &&
                                   outcome.error.kind != ApiError::Kind::Cancelled &&
                                   m_refreshLoader.canResume();
            if (!resumable)
                m_model->dropRefreshCompare();
            if (m_superseding)
                return;
            if (outcome.error.kind != ApiError::Kind::Cancelled) {
                m_lastError = outcome.error;
                m_failedRefresh = true;
            }
            emit refreshFailed(outcome.error);
            return;
        }
        // A refresh whose walk ended but whose counts disagree is still the newest data: it is
        // applied, and the campaign is marked incomplete as a load would be.
        // Finished on a worker, applied in one step (onRefreshApplied); until then the session
        // is still refreshing, and a stop, a load or another table drops the result.
        m_applyingOutcome = outcome;
        m_applying = true;
        // Before the worker starts, so a receiver queued on this runs before its result lands.
        emit refreshApplying();
        if (!m_applying) { // a receiver stopped it, or loaded instead
            m_model->dropRefreshCompare();
            return;
        }
        // The walk's own total, which a last page without devices may have named.
        m_model->applyComparedRefresh(outcome.totalDevice());
    });
}

void CampaignSession::onRefreshApplied(const DeviceTableModel::RefreshSummary &summary)
{
    if (!m_applying)
        return;
    m_applying = false;
    const LoadOutcome outcome = std::exchange(m_applyingOutcome, {});
    m_complete = !outcome.isIncomplete();
    m_progress = outcome.progress;
    m_shownOutcome = outcome;
    m_lastError = {};
    m_failedRefresh = false;
    updateActivity();
    // What the walk saw, now that it is in the table.
    emit walkCompleted(m_model->walkedRows(true), outcome);
    emit refreshed(summary);
}

void CampaignSession::dropRefreshInBackground()
{
    if (!m_applying)
        return;
    m_superseding = true;
    m_model->cancelRefresh();
    onRefreshDropped(); // also when the model had nothing left to drop
    m_superseding = false;
}

void CampaignSession::load(const QString &accountName, const QString &campaignId)
{
    const QString account = accountName.trimmed();
    const QString campaign = campaignId.trimmed();
    if (canResumeLoad(account, campaign)) {
        // Loading again what failed or was stopped continues it: the rows already loaded stay
        // and page 1 is not fetched again.
        resumeLoad();
        return;
    }
    m_model->dropRefreshCompare(); // a failed refresh's rows belong to the campaign shown now
    dropRefreshInBackground();
    if (m_refreshLoader.isRunning()) {
        m_superseding = true;
        m_refreshLoader.cancel();
        m_superseding = false;
    }
    if (m_loader.isRunning() && !m_switchPending) {
        // The shown campaign's own load is cut short by this one: it is as if stopped.
        m_shownOutcome = {};
        m_shownOutcome.error =
            ApiError::make(ApiError::Kind::Cancelled,
                           QCoreApplication::translate("CampaignLoader", "loading was stopped"));
        m_shownOutcome.progress = m_progress;
    }
    m_loadingAccount = account;
    m_loadingCampaign = campaign;
    m_keptPrevious = false;
    m_progress = {};
    const bool sameCampaign = account == m_account && campaign == m_campaign;
    m_switchPending = !sameCampaign;
    if (m_switchPending && m_model->rowCount() == 0)
        switchToLoadingCampaign(); // nothing on screen worth keeping
    if (!m_switchPending)
        m_complete = false;
    m_loader.start(account, campaign);
    updateActivity();
    // The loader may have finished inside start() (nothing to load): then loadFinished came
    // first and the load is already over.
    if (m_loader.isRunning())
        emit loadStarted();
}

bool CampaignSession::canResumeLoad(const QString &account, const QString &campaign) const
{
    return !isBusy() && m_loader.canResume() && account == m_loadingAccount &&
           campaign == m_loadingCampaign;
}

void CampaignSession::resumeLoad()
{
    dropRefreshInBackground();
    if (m_refreshLoader.isRunning()) {
        m_superseding = true;
        m_refreshLoader.cancel();
        m_superseding = false;
    }
    // A campaign that failed before its first page arrived still waits to replace the table.
    m_switchPending = m_keptPrevious;
    m_keptPrevious = false;
    if (!m_switchPending)
        m_complete = false;
    m_loader.resume();
    updateActivity();
    emit loadStarted();
}

void CampaignSession::switchToLoadingCampaign()
{
    // Named first, so whatever reacts to the model's reset already sees the new campaign.
    m_switchPending = false;
    m_account = m_loadingAccount;
    m_campaign = m_loadingCampaign;
    m_complete = false;
    m_shownOutcome = {};
    m_model->clear();
    emit campaignChanged();
}

void CampaignSession::onLoadFinished(const LoadOutcome &outcome)
{
    if (m_superseding) {
        updateActivity();
        return;
    }
    // Whoever hears of the end sees every row the walk brought.
    m_model->flushPendingPages();
    // An existing campaign without devices never sends a page: it replaces the table now.
    if (m_switchPending && outcome.complete)
        switchToLoadingCampaign();
    m_keptPrevious = m_switchPending;
    m_switchPending = false;
    if (!m_keptPrevious) {
        // The total the walk judged itself by, also when the page that named it listed no
        // device and so was never merged.
        if (outcome.totalDevice() && outcome.totalDevice() != m_model->store().totalDevice())
            m_model->setTotalDevice(outcome.totalDevice());
        m_complete = !outcome.isIncomplete();
        m_shownOutcome = outcome;
    }
    if (outcome.complete || outcome.error.kind == ApiError::Kind::Cancelled) {
        m_lastError = {};
    } else {
        m_lastError = outcome.error;
    }
    m_failedRefresh = false;
    updateActivity();
    if (outcome.complete && !m_keptPrevious)
        emit walkCompleted(m_model->walkedRows(false), outcome);
    emit loadFinished(outcome);
}

void CampaignSession::showStored(const QString &accountName, const QString &campaignId,
                                 DeviceStore store)
{
    m_superseding = true;
    m_loader.cancel();
    m_refreshLoader.cancel();
    m_superseding = false;
    dropRefreshInBackground();
    m_model->dropRefreshCompare();
    m_account = m_loadingAccount = accountName.trimmed();
    m_campaign = m_loadingCampaign = campaignId.trimmed();
    m_switchPending = false;
    m_keptPrevious = false;
    m_complete = true;
    m_progress = {};
    m_progress.devicesReceived = m_progress.devicesLoaded = store.size();
    m_progress.totalDevice = store.totalDevice();
    m_shownOutcome = {};
    m_shownOutcome.complete = true;
    m_shownOutcome.progress = m_progress;
    m_lastError = {};
    m_failedRefresh = false;
    m_model->replaceStore(std::move(store));
    updateActivity();
    emit campaignChanged();
}

void CampaignSession::stop()
{
    m_loader.cancel();
    m_refreshLoader.cancel();
    // A refresh whose walk ended but whose result is still being compared stops too.
    if (m_applying) {
        m_model->cancelRefresh();
        onRefreshDropped();
    }
}

void CampaignSession::refresh()
{
    if (m_account.isEmpty() || m_campaign.isEmpty() || isBusy())
        return;
    m_model->startRefreshCompare();
    m_refreshLoader.start(m_account, m_campaign);
    updateActivity();
    if (m_refreshLoader.isRunning())
        emit refreshStarted();
}

void CampaignSession::retry()
{
    if (!canRetry() || isBusy())
        return;
    if (!m_failedRefresh) {
        load(m_loadingAccount, m_loadingCampaign); // resumes when the loader can
        return;
    }
    if (!m_refreshLoader.canResume()) {
        refresh();
        return;
    }
    m_refreshLoader.resume();
    updateActivity();
    emit refreshStarted();
}

bool CampaignSession::canRetry() const
{
    return m_lastError.isError() && isRetryable(m_lastError);
}

bool CampaignSession::isNotFound(const ApiError &error)
{
    return error.httpStatus == 404 || error.code.endsWith(u"NotFound"_s, Qt::CaseInsensitive);
}

bool CampaignSession::needsSignIn(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::InvalidClient:
    case ApiError::Kind::LoginRejected:
    case ApiError::Kind::MissingCredentials:
        return true;
    default:
        return false;
    }
}

bool CampaignSession::isRetryable(const ApiError &error)
{
    if (!error.isError() || needsSignIn(error) || isNotFound(error))
        return false;
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::InsecureUrl:
        return false;
    default:
        return true;
    }
}

void CampaignSession::updateActivity()
{
    const Activity now = m_loader.isRunning()                        ? Activity::Loading
                         : m_refreshLoader.isRunning() || m_applying ? Activity::Refreshing
                                                                     : Activity::Idle;
    if (now == m_activity)
        return;
    m_activity = now;
    // What the walk freed (page bodies, decoded batches, its lanes' device sets, the replies
    // deleted on the way back to the event loop) lies below the rows it brought, where free()
    // does not give it back: 19 bytes a device of a million-device window, until the end.
    if (now == Activity::Idle)
        QMetaObject::invokeMethod(
            this, [] { AllocatorTuning::releaseFreeMemory(); }, Qt::QueuedConnection);
    emit activityChanged(now);
}

} // namespace fota
