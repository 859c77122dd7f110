#pragma once

#include <QMainWindow>

class QLabel;

namespace fota {

class ApiClient;
class BucketSummary;
class CampaignBar;
class CampaignSession;
class DeviceProxyModel;
class DeviceTableModel;
class DeviceTableView;
class ExportRunner;
class FilterBar;
class LoadProgressPanel;
class MessageBar;
struct ApiSettings;
struct Credentials;
struct LoadOutcome;

// The window: owns the client, the model, the proxy and the session, lays out the panels and
// wires them together. Each panel is its own class; this one only connects them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Every load uses these; returns the error text if the settings are refused (e.g. http://
    // to a remote host), shown in the message bar too.
    QString setConnection(const ApiSettings &settings, const Credentials &credentials);
    // Fills the fields and loads at once.
    void openCampaign(const QString &accountName, const QString &campaignId);

    DeviceTableModel *deviceModel() const { return m_model; }
    DeviceProxyModel *deviceProxy() const { return m_proxy; }
    CampaignSession *session() const { return m_session; }

private:
    void buildMenus();
    void startLoad(const QString &accountName, const QString &campaignId);
    void retryLoad();
    void onLoadStarted();
    void onLoadFinished(const LoadOutcome &outcome);
    void updateShownCount();
    void updateActions();
    void showAbout();

    ApiClient *m_client;
    DeviceTableModel *m_model;
    DeviceProxyModel *m_proxy;
    CampaignSession *m_session;

    CampaignBar *m_campaignBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    BucketSummary *m_summary = nullptr;
    LoadProgressPanel *m_progress = nullptr;
    FilterBar *m_filterBar = nullptr;
    DeviceTableView *m_table = nullptr;
    ExportRunner *m_export = nullptr;
    QLabel *m_serverLabel = nullptr;

    QAction *m_exportAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_stopAction = nullptr;
};

} // namespace fota
