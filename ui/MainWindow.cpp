#include "ui/MainWindow.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "thingspace/ApiClient.h"
#include "ui/AccountController.h"
#include "ui/BucketSummary.h"
#include "ui/CampaignBar.h"
#include "ui/CampaignBrowserDialog.h"
#include "ui/CampaignHeader.h"
#include "ui/DeviceDetailPane.h"
#include "ui/DeviceTableView.h"
#include "ui/ExportRunner.h"
#include "ui/FailureReasonsPanel.h"
#include "ui/FilterBar.h"
#include "ui/LoadProgressPanel.h"
#include "ui/MessageBar.h"
#include "ui/NumberText.h"
#include "ui/RecentCampaigns.h"
#include "ui/RefreshBar.h"
#include "ui/StatusSidebar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_client(new ApiClient(this))
    , m_model(new DeviceTableModel(this))
    , m_proxy(new DeviceProxyModel(this))
    , m_session(new CampaignSession(m_client, m_model, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("FOTA Campaign Monitor"));
    m_proxy->setSourceModel(m_model);

    auto *central = new QWidget(this);
    m_campaignBar = new CampaignBar(central);
    m_messageBar = new MessageBar(central);
    m_header = new CampaignHeader(m_client, central);
    m_refreshBar = new RefreshBar(central);
    m_summary = new BucketSummary(m_model, central);
    m_progress = new LoadProgressPanel(central);
    m_filterBar = new FilterBar(central);
    m_table = new DeviceTableView(central);
    m_table->setModel(m_proxy);
    m_export = new ExportRunner(m_model, m_proxy, m_session, this);

    auto *overview = new QHBoxLayout;
    overview->setSpacing(24);
    overview->addWidget(m_summary, 1);
    overview->addWidget(m_progress, 0);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(m_campaignBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_header);
    layout->addLayout(overview);
    layout->addWidget(m_refreshBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_serverLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->showMessage(tr("Ready"));

    // Loading
    connect(m_campaignBar, &CampaignBar::loadRequested, this, &MainWindow::startLoad);
    connect(m_campaignBar, &CampaignBar::stopRequested, m_session, &CampaignSession::stop);
    connect(m_campaignBar, &CampaignBar::canLoadChanged, this, &MainWindow::updateActions);
    connect(m_session, &CampaignSession::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_session, &CampaignSession::progress, m_progress, &LoadProgressPanel::showProgress);
    connect(m_session, &CampaignSession::retrying, this, [this](const QString &message) {
        m_progress->showRetrying(message);
        statusBar()->showMessage(tr("Retrying: %1").arg(message), 10'000);
    });
    connect(m_session, &CampaignSession::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_messageBar, &MessageBar::retryRequested, this, &MainWindow::retryLoad);

    // Counts and filtering: the sidebar owns the status selection, the reasons panel the reason
    // group, the filter bar text, overdue and changed; applyFilter() joins them.
    buildDocks();
    connect(m_model, &DeviceTableModel::countsChanged, this,
            [this] { m_filterBar->setCounts(m_model->store().bucketCounts()); });
    connect(m_summary, &BucketSummary::bucketClicked, this,
            [this](StatusBucket bucket) { m_sidebar->selectOnly(bucket); });
    connect(m_filterBar, &FilterBar::bucketChosen, this, [this](int bucket) {
        m_sidebar->selectOnly(bucket >= 0 && bucket < kBucketCount
                                  ? std::optional<StatusBucket>(StatusBucket(bucket))
                                  : std::nullopt);
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_sidebar, &StatusSidebar::selectionChanged, this, &MainWindow::applyFilter);
    connect(m_reasons, &FailureReasonsPanel::groupChanged, this, &MainWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentDeviceChanged);

    // Watching: "now" for overdue and relative times, auto-refresh and what a refresh moved.
    m_clock = new QTimer(this);
    m_clock->setInterval(kClockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::tickClock);
    m_clock->start();
    tickClock();
    connect(m_refreshBar, &RefreshBar::refreshDue, this, &MainWindow::refreshNow);
    connect(m_session, &CampaignSession::refreshStarted, this, [this] {
        m_refreshBar->showRefreshing();
        updateActions();
    });
    connect(m_session, &CampaignSession::refreshed, this,
            [this](const DeviceTableModel::RefreshSummary &summary) {
                onRefreshed(DeviceTableModel::describe(summary));
            });
    connect(m_session, &CampaignSession::refreshFailed, this, &MainWindow::onRefreshFailed);

    // Campaigns: browse, recent, header
    m_recent = new RecentCampaigns(this);
    connect(m_recent, &RecentCampaigns::openRequested, this, &MainWindow::openCampaign);
    connect(m_campaignBar, &CampaignBar::browseRequested, this, &MainWindow::browseCampaigns);
    connect(m_header, &CampaignHeader::infoShown, this, [this](const CampaignInfo &info) {
        m_recent->setLabel(m_session->accountName(), info.id, info.campaignName);
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateShownCount);

    // Export
    connect(m_export, &ExportRunner::runningChanged, this, &MainWindow::updateActions);
    connect(m_export, &ExportRunner::succeeded, this, [this](const QString &path, qint64 rows) {
        statusBar()->showMessage(tr("Exported %1 devices to %2")
                                     .arg(NumberText::count(rows), QDir::toNativeSeparators(path)),
                                 15'000);
    });
    connect(m_export, &ExportRunner::failed, this, [this](const QString &, const QString &error) {
        m_messageBar->showError(tr("Export failed: %1").arg(error), false);
    });
    connect(m_export, &ExportRunner::cancelled, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("Export cancelled; %1 was not written").arg(QFileInfo(path).fileName()), 10'000);
    });

    buildMenus();
    setUpAccount();
    updateShownCount();
    updateActions();
    resize(1280, 800);
    restoreSettings();
}

void MainWindow::buildDocks()
{
    m_sidebar = new StatusSidebar(m_model, this);
    m_reasons = new FailureReasonsPanel(m_model, this);
    m_detail = new DeviceDetailPane(m_model, m_client, this);
    // Docks rather than a fixed splitter: the operator moves, closes or floats them (View menu)
    // and the layout is remembered.
    QDockWidget *statuses =
        addDock(m_sidebar, tr("Statuses"), u"statusDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *reasons =
        addDock(m_reasons, tr("Failure reasons"), u"reasonsDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *detail =
        addDock(m_detail, tr("Device details"), u"detailDock"_s, Qt::LeftDockWidgetArea);
    // The table needs the window's width, so the details share the lower left with the
    // failure reasons as a tab; the operator can drag them anywhere, and that is remembered.
    tabifyDockWidget(reasons, detail);
    reasons->raise();
    const int em = fontMetrics().horizontalAdvance(u"M"_s);
    resizeDocks({statuses}, {em * 22}, Qt::Horizontal);
    resizeDocks({statuses, reasons}, {em * 20, em * 14}, Qt::Vertical);
}

QDockWidget *MainWindow::addDock(QWidget *panel, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() finds docks by name
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::applyFilter()
{
    DeviceFilter filter = m_filterBar->filter();
    m_sidebar->applyTo(filter);
    m_reasons->applyTo(filter);
    // Only an overdue filter depends on the clock; leaving nowMs at 0 otherwise keeps a clock
    // tick from re-filtering a million rows for nothing.
    if (filter.overdueOnly)
        filter.nowMs = m_model->now();
    m_proxy->setFilter(filter);
    m_summary->setSelectedBucket(m_sidebar->singleBucket());
    m_filterBar->showStatusSelection(m_sidebar->hasSelection(), m_sidebar->singleBucket());
    updateShownCount();
}

void MainWindow::tickClock()
{
    m_model->setNow(QDateTime::currentMSecsSinceEpoch());
    if (m_proxy->filter().overdueOnly)
        applyFilter();
}

void MainWindow::loadOrRefresh()
{
    // F5 on the campaign shown, fully loaded, refreshes in place (selection and scroll stay);
    // otherwise it loads what the fields say.
    const bool sameCampaign = m_session->accountName() == m_campaignBar->accountName() &&
                              m_session->campaignId() == m_campaignBar->campaignId();
    if (sameCampaign && m_session->isComplete() && !m_session->isLoading())
        refreshNow();
    else
        m_campaignBar->requestLoad();
}

void MainWindow::refreshNow()
{
    if (m_session->campaignId().isEmpty() || m_session->isLoading() || m_session->isRefreshing())
        return;
    m_messageBar->dismiss();
    m_retryIsRefresh = false;
    if (m_session->isComplete())
        m_session->refresh();
    else
        startLoad(m_session->accountName(), m_session->campaignId()); // fetch what is missing
}

void MainWindow::onRefreshed(const QString &summary)
{
    m_refreshBar->showSummary(summary);
    statusBar()->showMessage(summary, 15'000);
    m_detail->updateFields();
    updateShownCount();
    updateActions();
}

void MainWindow::onRefreshFailed(const ApiError &error)
{
    updateActions();
    if (error.kind == ApiError::Kind::Cancelled) {
        m_refreshBar->showFailed(tr("stopped"));
        return;
    }
    // The rows stay as they were; the bar says why and Retry refreshes again.
    m_refreshBar->showFailed(error.toString());
    m_retryIsRefresh = true;
    m_messageBar->showError(
        tr("Refresh failed; the table shows the previous data: %1").arg(error.toString()), true);
}

void MainWindow::browseCampaigns(const QString &accountName)
{
    if (accountName.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("Enter an account first, then Browse."), 10'000);
        if (auto *edit = m_campaignBar->findChild<QWidget *>(u"accountEdit"_s))
            edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto *dialog = new CampaignBrowserDialog(m_client, accountName.trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignBrowserDialog::campaignChosen, this, &MainWindow::openCampaign);
    dialog->open();
}

void MainWindow::onCurrentDeviceChanged(const QModelIndex &current)
{
    const QVariant row = current.data(DeviceTableModel::StoreRowRole);
    m_detail->showDevice(row.isValid() ? std::optional<quint32>(row.toUInt()) : std::nullopt,
                         m_session->accountName());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"table/header"_s, m_table->saveLayout());
    settings.setValue(u"view/useUtc"_s, m_model->useUtc());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_table->restoreLayout(settings.value(u"table/header"_s).toByteArray());
    const bool utc = settings.value(u"view/useUtc"_s, true).toBool();
    m_model->setUseUtc(utc);
    if (m_utcAction)
        m_utcAction->setChecked(utc);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    // Children go in creation order, the client before the session; end a load in flight
    // while both still exist, without updating panels that are about to go too.
    m_session->disconnect(this);
    m_session->stop();
}

void MainWindow::setUpAccount()
{
    m_account = new AccountController(m_client, this, this);
    m_account->installMenu(menuBar());
    statusBar()->addPermanentWidget(m_account->createStatusLabel(this));
    connect(m_account, &AccountController::notice, this,
            [this](const QString &text) { m_messageBar->showError(text, false); });
    connect(m_account, &AccountController::signInRequired, this,
            [this](const QString &reason) { m_messageBar->showError(reason, false); });
    connect(m_account, &AccountController::profileChanged, this, [this](const Profile &profile) {
        // Each profile has its own account history and recent campaigns.
        m_campaignBar->setScope(profile.name);
        m_recent->setScope(profile.name);
        // Another account: the campaign of the previous one means nothing here.
        if (profile.accountName != m_campaignBar->accountName())
            m_campaignBar->setFields(profile.accountName, QString());
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                     tr("&Export…"), m_export, &ExportRunner::exportWithDialog);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setStatusTip(
        tr("Write the rows shown (filtered and sorted) or all devices to CSV or JSON"));
    m_copyAction =
        file->addAction(tr("&Copy selected rows"), m_table, &DeviceTableView::copySelection);
    m_copyAction->setObjectName(u"copyRowsAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    // Only while the table has focus: elsewhere Ctrl+C copies text in a field, as usual.
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_copyAction);
    m_copyAction->setStatusTip(
        tr("Copy the selected rows as tab-separated text with a header row, for a spreadsheet"));
    file->addSeparator();
    m_recent->attach(file->addMenu(tr("&Recent campaigns")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(Qt::CTRL | Qt::Key_Q);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_utcAction = m_viewMenu->addAction(tr("Times in &UTC"));
    m_utcAction->setObjectName(u"utcAction"_s);
    m_utcAction->setCheckable(true);
    m_utcAction->setChecked(m_model->useUtc());
    m_utcAction->setStatusTip(tr("Show times in UTC; untick for the local time zone"));
    connect(m_utcAction, &QAction::toggled, this, [this](bool utc) {
        m_model->setUseUtc(utc);
        m_detail->updateFields();
        QSettings().setValue(u"view/useUtc"_s, utc);
    });
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *campaign = menuBar()->addMenu(tr("&Campaign"));
    m_loadAction = campaign->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                       tr("&Load / Refresh"), this, &MainWindow::loadOrRefresh);
    m_loadAction->setObjectName(u"loadAction"_s);
    m_loadAction->setShortcut(Qt::Key_F5);
    m_loadAction->setStatusTip(
        tr("Refresh the campaign shown in the background, or load the one in the fields"));
    m_stopAction = campaign->addAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Stop"),
                                       m_session, &CampaignSession::stop);
    m_stopAction->setObjectName(u"stopAction"_s);
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setStatusTip(tr("Stop loading; the devices already loaded stay"));
    campaign->addSeparator();
    m_browseAction = campaign->addAction(tr("&Browse campaigns…"), this,
                                         [this] { browseCampaigns(m_campaignBar->accountName()); });
    m_browseAction->setObjectName(u"browseAction"_s);
    m_browseAction->setShortcut(Qt::CTRL | Qt::Key_B);
    m_browseAction->setStatusTip(tr("List the account's campaigns and open one"));
    m_refreshBar->fillMenu(campaign->addMenu(tr("&Auto-refresh")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        help->addAction(tr("&About FOTA Campaign Monitor"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

QString MainWindow::setConnection(const ApiSettings &settings, const Credentials &credentials)
{
    const QString problem = m_client->setSettings(settings);
    if (!problem.isEmpty()) {
        // The credentials stay with the previous settings: they must not follow a refused URL.
        m_messageBar->showError(tr("Connection refused: %1").arg(problem), false);
        return problem;
    }
    m_client->setCredentials(credentials);
    if (auto *server = findChild<QLabel *>(u"serverLabel"_s)) {
        const QUrl url = m_client->settings().baseUrl;
        server->setText(tr("Server: %1")
                            .arg(url.port() > 0 ? url.host() + u':' + QString::number(url.port())
                                                : url.host()));
        server->setToolTip(url.toDisplayString());
    }
    return {};
}

void MainWindow::openCampaign(const QString &accountName, const QString &campaignId)
{
    m_campaignBar->setFields(accountName, campaignId);
    startLoad(m_campaignBar->accountName(), m_campaignBar->campaignId());
}

void MainWindow::startLoad(const QString &accountName, const QString &campaignId)
{
    m_messageBar->dismiss();
    m_retryIsRefresh = false;
    m_session->load(accountName, campaignId);
}

void MainWindow::retryLoad()
{
    if (std::exchange(m_retryIsRefresh, false)) {
        refreshNow();
        return;
    }
    // The campaign that failed, even if the fields were edited since.
    const QString account = m_session->accountName();
    const QString campaign = m_session->campaignId();
    if (account.isEmpty() || campaign.isEmpty())
        m_campaignBar->requestLoad();
    else
        startLoad(account, campaign);
}

void MainWindow::onLoadStarted()
{
    m_campaignBar->setLoading(true);
    m_progress->showStarted(m_session->campaignId());
    m_header->load(m_session->accountName(), m_session->campaignId());
    statusBar()->showMessage(tr("Loading campaign %1…").arg(m_session->campaignId()));
    updateShownCount();
    updateActions();
}

void MainWindow::onLoadFinished(const LoadOutcome &outcome)
{
    m_campaignBar->setLoading(false);
    const qint64 devices = m_model->rowCount();
    m_progress->showFinished(outcome, devices);
    if (devices > 0) {
        // Remembered only once it loaded something: a mistyped ID stays out of the history.
        m_campaignBar->rememberAccount(m_session->accountName());
        m_recent->add(m_session->accountName(), m_session->campaignId(),
                      m_header->info().id == m_session->campaignId() ? m_header->info().campaignName
                                                                     : QString());
    }
    if (outcome.complete) {
        statusBar()->showMessage(tr("Loaded %1 devices").arg(NumberText::count(devices)), 10'000);
    } else if (outcome.error.kind == ApiError::Kind::Cancelled) {
        statusBar()->showMessage(tr("Stopped; the table is incomplete"), 10'000);
    } else {
        // The rows that did arrive stay; the bar says why the rest did not.
        m_messageBar->showError(outcome.error.toString(), true);
        statusBar()->showMessage(tr("Load failed; the table is incomplete"), 10'000);
    }
    updateShownCount();
    updateActions();
}

void MainWindow::updateShownCount()
{
    const qint64 shown = m_proxy->rowCount();
    const qint64 total = m_model->rowCount();
    m_filterBar->setShownCount(shown, total);
    if (total > 0)
        m_table->setPlaceholderText(tr("No devices match the filter."));
    else if (m_session->isLoading() || m_campaignBar->isLoading())
        m_table->setPlaceholderText(tr("Loading…"));
    else
        m_table->setPlaceholderText(
            tr("No campaign loaded.\nEnter an account and a campaign ID above, then Load (F5)."));
    if (m_exportAction)
        m_exportAction->setEnabled(total > 0 && !m_export->isRunning());
}

void MainWindow::updateActions()
{
    if (!m_loadAction)
        return;
    m_loadAction->setEnabled(m_campaignBar->canLoad());
    m_stopAction->setEnabled(m_campaignBar->isLoading() || m_session->isRefreshing());
    m_exportAction->setEnabled(m_model->rowCount() > 0 && !m_export->isRunning());
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About FOTA Campaign Monitor"));
    box->setIconPixmap(style()->standardIcon(QStyle::SP_ComputerIcon).pixmap(48, 48));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>FOTA Campaign Monitor</h3><p>Version %1</p>").arg(QStringLiteral(FOTA_VERSION)));
    box->setInformativeText(tr("Loads Verizon ThingSpace FOTA campaign reports and shows the "
                               "firmware-upgrade status of every device.<br>Built with Qt %1.")
                                .arg(QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

} // namespace fota
