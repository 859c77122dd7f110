// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/CampaignLoader.h"
#include "campaign/DeviceStore.h"
#include "campaign/DeviceTableModel.h"

#include <QObject>

namespace fota {

class ApiClient;
class DeviceTableModel;

// One campaign being watched: the loader feeding the table model, and the state the window
// shows (loading, refreshing, what failed and whether Retry makes sense). The window and the
// tests drive this; neither wires loader pages into the model by hand.
class CampaignSession : public QObject
{
    Q_OBJECT
public:
    enum class Activity
    {
        Idle,
        Loading,
        Refreshing,
    };
    Q_ENUM(Activity)

    CampaignSession(ApiClient *client, DeviceTableModel *model, QObject *parent = nullptr);

    // Walks every page of a campaign. The same campaign loads into the rows shown. Another one
    // replaces the table only when its first page has arrived: until then, and when it fails
    // before that (a mistyped ID, "campaign not found"), the table keeps what it shows.
    void load(const QString &accountName, const QString &campaignId);
    // Shows a whole table that did not come from a walk (the campaign's last stored one) as
    // the campaign shown, at once and complete; a running load or refresh ends without a
    // report. refresh() then brings it up to date in the background.
    void showStored(const QString &accountName, const QString &campaignId, DeviceStore store);
    // Stops a load or a refresh at once; the rows already loaded stay.
    void stop();
    // Loads the shown campaign again in the background and applies it at once when complete,
    // so the table never shows a half-refreshed campaign. A failed refresh changes nothing.
    void refresh();
    // What Retry does after the last failure: continues the refresh or the load that failed
    // (even if the fields were edited since) from its last good cursor, keeping the rows
    // already fetched; starts it again only when it cannot be continued. A no-op when
    // !canRetry(). load() of the campaign whose load failed or was stopped continues it too.
    void retry();
    // Whether another attempt may help: not after "campaign not found", a sign-in problem,
    // a refused URL or a stop.
    bool canRetry() const;
    static bool isRetryable(const ApiError &error);
    // Whether only signing in (again) can fix this error.
    static bool needsSignIn(const ApiError &error);
    static bool isNotFound(const ApiError &error);
    // The last load's or refresh's failure (kind None after a success).
    const ApiError &lastError() const { return m_lastError; }
    bool lastFailureWasRefresh() const { return m_failedRefresh; }

    Activity activity() const { return m_activity; }
    bool isBusy() const { return m_activity != Activity::Idle; }
    bool isRefreshing() const { return m_activity == Activity::Refreshing; }
    bool isLoading() const { return m_activity == Activity::Loading; }
    // The campaign the table shows (or, for an empty table, the one being loaded into it).
    QString accountName() const { return m_account; }
    QString campaignId() const { return m_campaign; }
    // What the running (or last) load asks for; differs from campaignId() until its first page.
    QString loadingAccountName() const { return m_loadingAccount; }
    QString loadingCampaignId() const { return m_loadingCampaign; }
    // True after a load that ended before replacing the campaign shown.
    bool keptPreviousCampaign() const { return m_keptPrevious; }
    // False after a failed or stopped load, or one whose devices differ from the report's
    // totalDevice (LoadOutcome::isIncomplete()): the rows shown are not the whole campaign.
    bool isComplete() const { return m_complete; }
    // How the shown campaign's last load or refresh went: what the progress panel restores
    // when a load of another campaign failed.
    const LoadOutcome &shownOutcome() const { return m_shownOutcome; }
    const LoadProgress &lastProgress() const { return m_progress; }
    ApiClient *client() const { return m_client; }

signals:
    void activityChanged(fota::CampaignSession::Activity activity);
    void loadStarted();
    void progress(const fota::LoadProgress &progress);
    // A transient failure of a page being retried, as it happens, during a load or a refresh.
    void retrying(const fota::RetryNotice &notice);
    // How a walk goes, once a walk (CampaignLoader::notice): e.g. the fallback to one connection.
    void notice(const QString &text);
    void loadFinished(const fota::LoadOutcome &outcome);
    // A load or a refresh of the shown campaign walked to its last page: `rows` names what it
    // brought (the table after a load; after a refresh, once it is applied, the table's rows
    // of the devices its walk listed). Comes before loadFinished() or refreshed(); a receiver
    // that keeps them takes a copy (WalkedRows::take()).
    void walkCompleted(const fota::WalkedRows &rows, const fota::LoadOutcome &outcome);
    // A refresh walked to its last page; its result is being finished on a worker and is
    // applied (refreshed()) unless a stop, a load or another table comes first.
    void refreshApplying();
    // The table now shows another campaign (accountName() and campaignId() changed).
    void campaignChanged();
    void refreshStarted();
    void refreshProgress(const fota::LoadProgress &progress);
    void refreshed(const fota::DeviceTableModel::RefreshSummary &summary);
    // Also after stop() ended a refresh (kind Cancelled).
    void refreshFailed(const fota::ApiError &error);

private:
    void connectLoader();
    void connectRefreshLoader();
    bool canResumeLoad(const QString &account, const QString &campaign) const;
    void resumeLoad();
    void switchToLoadingCampaign();
    void onLoadFinished(const LoadOutcome &outcome);
    void onRefreshApplied(const DeviceTableModel::RefreshSummary &summary);
    void onRefreshDropped();
    // Ends a refresh still being compared without a report (a load or a stored table replaces it).
    void dropRefreshInBackground();
    void updateActivity();

    ApiClient *m_client;
    DeviceTableModel *m_model;
    CampaignLoader m_loader;
    CampaignLoader m_refreshLoader;
    LoadOutcome m_applyingOutcome; // of the refresh being compared on a worker
    QString m_account;
    QString m_campaign;
    QString m_loadingAccount;
    QString m_loadingCampaign;
    LoadProgress m_progress;
    LoadOutcome m_shownOutcome;
    ApiError m_lastError;
    Activity m_activity = Activity::Idle;
    bool m_complete = false;
    bool m_switchPending = false;
    bool m_keptPrevious = false;
    bool m_failedRefresh = false;
    bool m_applying = false; // the refresh's walk ended; its diff runs on a worker
    // A load is cancelling the refresh, or a stored table the walks: not a failure to report.
    bool m_superseding = false;
};

} // namespace fota
