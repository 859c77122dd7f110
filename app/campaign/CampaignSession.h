#pragma once

#include "campaign/CampaignLoader.h"
#include "campaign/DeviceStore.h"
#include "campaign/DeviceTableModel.h"

#include <QObject>

namespace fota {

class ApiClient;
class DeviceTableModel;

// One campaign being watched: the loader feeding the table model. The window and the tests
// drive this; neither wires loader pages into the model by hand.
class CampaignSession : public QObject
{
    Q_OBJECT
public:
    CampaignSession(ApiClient *client, DeviceTableModel *model, QObject *parent = nullptr);

    // Clears the table when the campaign differs from the one shown, then walks every page.
    void load(const QString &accountName, const QString &campaignId);
    void stop();
    // Loads the shown campaign again in the background and applies it at once when complete,
    // so the table never shows a half-refreshed campaign. A failed refresh changes nothing.
    void refresh();
    bool isRefreshing() const { return m_refreshLoader.isRunning(); }
    bool isLoading() const { return m_loader.isRunning(); }
    QString accountName() const { return m_account; }
    QString campaignId() const { return m_campaign; }
    // False after a failed or stopped load: the rows shown are not the whole campaign.
    bool isComplete() const { return m_complete; }
    const LoadProgress &lastProgress() const { return m_progress; }
    ApiClient *client() const { return m_client; }

signals:
    void loadStarted();
    void progress(const fota::LoadProgress &progress);
    void retrying(const QString &message);
    void loadFinished(const fota::LoadOutcome &outcome);
    void refreshStarted();
    void refreshed(const fota::DeviceTableModel::RefreshSummary &summary);
    void refreshFailed(const fota::ApiError &error);

private:
    ApiClient *m_client;
    DeviceTableModel *m_model;
    CampaignLoader m_loader;
    CampaignLoader m_refreshLoader;
    DeviceStore m_fresh;
    QString m_account;
    QString m_campaign;
    LoadProgress m_progress;
    bool m_complete = false;
};

} // namespace fota
