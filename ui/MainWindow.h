// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

#include <memory>
#include <optional>
#include <utility>

class QDockWidget;
class QLabel;
class QMenu;
class QTimer;

namespace fota {

class AccountController;
class ActiveFiltersBar;
class ApiClient;
class DeviceSet;
class ProgressThrottle;
class BucketSummary;
class CampaignBar;
class CampaignHeader;
class CampaignSession;
class ConnectionsMenu;
class RetentionMenu;
class Clock;
class DeviceDetailPane;
class DeviceProxyModel;
class DeviceTableModel;
class DeviceTableView;
class ExportRunner;
class FailureReasonsPanel;
class FilterBar;
class HistoryController;
class HistoryPanel;
class LoadProgressPanel;
class MessageBar;
class RecentCampaigns;
class RefreshBar;
class ReportRunner;
class StatusSidebar;
struct ApiError;
struct ApiSettings;
struct Credentials;
struct LoadOutcome;
struct LoadProgress;

// The window: owns the client, the model, the proxy and the session, lays out the panels and
// wires them together. Each panel is its own class, and what a load, a refresh or Retry means
// is decided by the session; this class only connects them and chooses what to say where.
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
    // Where "now" comes from (overdue, relative times, "Refreshed at", the ETA); the system
    // clock by default. Not owned.
    void setClock(const Clock *clock);
    // Turns the window's memory on with this history file (empty: the default path): every
    // complete load and refresh is recorded, and a campaign opens on its last stored table.
    void openHistory(const QString &path);
    HistoryController *history() const { return m_history; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }

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
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildCentral();
    void buildMenus();
    void buildViewMenu();
    void buildCampaignMenu();
    void buildDocks();
    void sizeDocks();
    QDockWidget *addDock(QWidget *panel, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);
    void wireLoading();
    void wireFiltering();
    void wireWatching();
    void wireCampaigns();
    void wireExport();
    void wireHistory();
    void loadNow(const QString &accountName, const QString &campaignId);
    void onStoredShown();
    void bringToFront(const QString &accountName, const QString &campaignId);
    void filterToDevices(std::shared_ptr<const DeviceSet> devices, const QString &label);
    void setUpAccount();
    void letShortcutsWorkInFields();
    void fitToScreen();

    void applyFilter();
    void updateFilterChips();
    void removeFilter(const QString &id);
    void clearAllFilters();
    void loadOrRefresh();
    void browseCampaigns(const QString &accountName);
    void onCurrentDeviceChanged(const QModelIndex &current);
    void onActivityChanged();
    void onCampaignChanged();
    void onRefreshStarted();
    void onRefreshed(const QString &summary);
    void onRefreshFailed(const ApiError &error);
    void onSignInFinished(const ApiError &error);
    void tickClock();
    void startLoad(const QString &accountName, const QString &campaignId);
    void retryLast();
    void openSignIn();
    void showRecentMenu(QWidget *anchor);
    void showLoadError(const ApiError &error, bool keptPrevious, bool wasRefresh);
    void showIncompleteCounts(const LoadOutcome &outcome);
    void onLoadStarted();
    void onLoadFinished(const LoadOutcome &outcome);
    void restoreShownProgress();
    void updateCoverage();
    void updateShownCount();
    void updateActions();
    void showAbout();
    static QString licenceNotice();
    qint64 nowMs() const;

    ApiClient *m_client;
    DeviceTableModel *m_model;
    DeviceProxyModel *m_proxy;
    CampaignSession *m_session;
    const Clock *m_clockSource;

    CampaignBar *m_campaignBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    BucketSummary *m_summary = nullptr;
    LoadProgressPanel *m_progress = nullptr;
    ProgressThrottle *m_loadProgress = nullptr;
    ProgressThrottle *m_refreshProgress = nullptr;
    FilterBar *m_filterBar = nullptr;
    ActiveFiltersBar *m_chips = nullptr;
    DeviceTableView *m_table = nullptr;
    ExportRunner *m_export = nullptr;
    ReportRunner *m_report = nullptr;
    AccountController *m_account = nullptr;
    CampaignHeader *m_header = nullptr;
    StatusSidebar *m_sidebar = nullptr;
    FailureReasonsPanel *m_reasons = nullptr;
    DeviceDetailPane *m_detail = nullptr;
    RefreshBar *m_refreshBar = nullptr;
    RecentCampaigns *m_recent = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    HistoryController *m_history = nullptr;
    // "Show these devices" of the history panel: the set and what it says on its chip.
    std::shared_ptr<const DeviceSet> m_devicesFilter;
    QString m_devicesFilterLabel;
    QTimer *m_clock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_utcAction = nullptr;
    ConnectionsMenu *m_connections = nullptr;
    RetentionMenu *m_retention = nullptr;
    QAction *m_browseAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_markSeenAction = nullptr;
    QLabel *m_serverLabel = nullptr;

    QAction *m_exportAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_stopAction = nullptr;
    // A load asked for before signing in: done once the sign-in succeeds.
    std::optional<std::pair<QString, QString>> m_loadAfterSignIn;
    bool m_headerFetchedForLoad = false;
    bool m_fittedToScreen = false;
    bool m_stateRestored = false;
};

} // namespace fota
