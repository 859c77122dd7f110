#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTimer;

namespace fota {

class AccountController;
class ApiClient;
class BucketSummary;
class CampaignBar;
class CampaignHeader;
class CampaignSession;
class DeviceDetailPane;
class DeviceProxyModel;
class DeviceTableModel;
class DeviceTableView;
class ExportRunner;
class FailureReasonsPanel;
class FilterBar;
class LoadProgressPanel;
class MessageBar;
class RecentCampaigns;
class RefreshBar;
class StatusSidebar;
struct ApiError;
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
    // Sign-in, profiles and secrets (issue 4); its profileChanged() is what campaign lists follow.
    AccountController *accountController() const { return m_account; }

    // Loads the shown campaign again in the background (F5 and auto-refresh); a no-op while a
    // load or refresh runs.
    void refreshNow();
    // Window geometry, dock layout, table columns and sort (QSettings; nothing secret). Saved on
    // close; public so a test can save without closing.
    void saveSettings() const;
    void restoreSettings();
    // How often "now" moves for the relative next-attempt text and the overdue flag.
    static constexpr int kClockIntervalMs = 30'000;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildDocks();
    QDockWidget *addDock(QWidget *panel, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);
    void applyFilter();
    void loadOrRefresh();
    void browseCampaigns(const QString &accountName);
    void onCurrentDeviceChanged(const QModelIndex &current);
    void onRefreshed(const QString &summary);
    void onRefreshFailed(const ApiError &error);
    void tickClock();
    void setUpAccount();
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
    AccountController *m_account = nullptr;
    CampaignHeader *m_header = nullptr;
    StatusSidebar *m_sidebar = nullptr;
    FailureReasonsPanel *m_reasons = nullptr;
    DeviceDetailPane *m_detail = nullptr;
    RefreshBar *m_refreshBar = nullptr;
    RecentCampaigns *m_recent = nullptr;
    QTimer *m_clock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_utcAction = nullptr;
    QAction *m_browseAction = nullptr;
    QAction *m_copyAction = nullptr;
    // Retry in the message bar repeats what failed: a load, or a refresh (rows kept).
    bool m_retryIsRefresh = false;
    QLabel *m_serverLabel = nullptr;

    QAction *m_exportAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_stopAction = nullptr;
};

} // namespace fota
