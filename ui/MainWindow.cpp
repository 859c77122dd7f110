// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/MainWindow.h"

#include "common/PluralText.h"
#include "identity/AppIdentity.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "campaign/ReasonGroups.h"
#include "common/Clock.h"
#include "drawing/ProgressChartRenderer.h"
#include "history/HistoryStore.h"
#include "thingspace/ApiClient.h"
#include "thingspace/TokenManager.h"
#include "ui/AccountController.h"
#include "ui/ActiveFiltersBar.h"
#include "ui/BucketSummary.h"
#include "ui/CampaignBar.h"
#include "ui/CampaignBrowserDialog.h"
#include "ui/CampaignHeader.h"
#include "ui/ConnectionsMenu.h"
#include "ui/DeviceDetailPane.h"
#include "ui/DeviceTableView.h"
#include "ui/ExportRunner.h"
#include "ui/FailureReasonsPanel.h"
#include "ui/FilterBar.h"
#include "ui/HistoryController.h"
#include "ui/HistoryPanel.h"
#include "ui/LoadProgressPanel.h"
#include "ui/MessageBar.h"
#include "ui/NumberText.h"
#include "ui/ProgressThrottle.h"
#include "ui/RecentCampaigns.h"
#include "ui/RefreshBar.h"
#include "ui/ReportRunner.h"
#include "ui/RetentionMenu.h"
#include "ui/StatusSidebar.h"
#include "watching/CampaignMemory.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
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
    , m_clockSource(&Clock::system())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("FOTA Campaign Monitor"));
    m_proxy->setSourceModel(m_model);

    buildCentral();
    m_export = new ExportRunner(m_model, m_proxy, m_session, this);
    m_report = new ReportRunner(m_model, m_session, this);
    // The report draws the progress chart as the window does, in the table's zone.
    m_report->setChart(ProgressChartRenderer::imageIn(m_model->timeDisplay()));
    m_recent = new RecentCampaigns(this);
    buildDocks();
    wireLoading();
    wireFiltering();
    wireWatching();
    wireCampaigns();
    wireExport();
    wireHistory();
    buildMenus();
    setUpAccount();
    letShortcutsWorkInFields();
    updateShownCount();
    updateActions();
    // First run: as large as a roomy desktop window, but never larger than the screen.
    resize(1600, 1000);
    fitToScreen();
    restoreSettings();
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    m_campaignBar = new CampaignBar(central);
    m_messageBar = new MessageBar(central);
    m_header = new CampaignHeader(m_client, central);
    m_refreshBar = new RefreshBar(central);
    m_summary = new BucketSummary(m_model, central);
    m_progress = new LoadProgressPanel(central);
    m_filterBar = new FilterBar(central);
    m_chips = new ActiveFiltersBar(central);
    m_table = new DeviceTableView(central);
    m_table->setModel(m_proxy);

    auto *overview = new QHBoxLayout;
    overview->setSpacing(24);
    overview->addWidget(m_summary, 1);
    overview->addWidget(m_progress, 0);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_campaignBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_header);
    layout->addLayout(overview);
    layout->addWidget(m_refreshBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_chips);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_serverLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::wireLoading()
{
    connect(m_campaignBar, &CampaignBar::loadRequested, this, &MainWindow::startLoad);
    connect(m_campaignBar, &CampaignBar::stopRequested, m_session, &CampaignSession::stop);
    connect(m_campaignBar, &CampaignBar::canLoadChanged, this, &MainWindow::updateActions);
    connect(m_session, &CampaignSession::activityChanged, this, &MainWindow::onActivityChanged);
    connect(m_session, &CampaignSession::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_session, &CampaignSession::campaignChanged, this, &MainWindow::onCampaignChanged);
    m_loadProgress =
        new ProgressThrottle([this](const LoadProgress &p) { m_progress->showProgress(p); }, this);
    connect(m_session, &CampaignSession::progress, m_loadProgress, &ProgressThrottle::offer);
    // Not held back: what the shares are of changes only with the rows and the totalDevice.
    connect(m_session, &CampaignSession::progress, this, &MainWindow::updateCoverage);
    connect(m_session, &CampaignSession::retrying, this, [this](const RetryNotice &notice) {
        // A report held back from before the retry must not hide the retry's countdown.
        m_loadProgress->flush();
        m_refreshProgress->flush();
        m_progress->showRetrying(notice);
    });
    connect(m_session, &CampaignSession::notice, m_messageBar, &MessageBar::showNotice);
    connect(m_session, &CampaignSession::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_messageBar, &MessageBar::retryRequested, this, &MainWindow::retryLast);
    connect(m_messageBar, &MessageBar::signInRequested, this, &MainWindow::openSignIn);
    connect(m_messageBar, &MessageBar::recentCampaignsRequested, this, &MainWindow::showRecentMenu);
}

void MainWindow::wireFiltering()
{
    // The sidebar owns the status selection, the reasons panel the reason group, the filter
    // bar text, overdue and changed; applyFilter() joins them.
    connect(m_model, &DeviceTableModel::countsChanged, this, [this] {
        m_filterBar->setCounts(m_model->store().bucketCounts());
        m_refreshBar->setUnseen(m_model->store().unseenChanges());
        if (m_markSeenAction)
            m_markSeenAction->setEnabled(m_model->store().unseenChanges() > 0);
    });
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
    connect(m_chips, &ActiveFiltersBar::removeRequested, this, &MainWindow::removeFilter);
    connect(m_chips, &ActiveFiltersBar::clearAllRequested, this, &MainWindow::clearAllFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentDeviceChanged);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateShownCount);
}

void MainWindow::wireWatching()
{
    // "Now" for overdue and relative times, auto-refresh and what a refresh moved.
    m_clock = new QTimer(this);
    m_clock->setInterval(kClockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::tickClock);
    m_clock->start();
    tickClock();
    connect(m_refreshBar, &RefreshBar::refreshDue, this, &MainWindow::refreshNow);
    connect(m_refreshBar, &RefreshBar::markAllSeenRequested, m_model,
            &DeviceTableModel::markAllSeen);
    connect(m_session, &CampaignSession::refreshStarted, this, &MainWindow::onRefreshStarted);
    m_refreshProgress = new ProgressThrottle(
        [this](const LoadProgress &p) {
            m_progress->showRefreshProgress(p);
            m_refreshBar->showRefreshing(p.pages);
        },
        this);
    connect(m_session, &CampaignSession::refreshProgress, m_refreshProgress,
            &ProgressThrottle::offer);
    connect(m_session, &CampaignSession::refreshed, this,
            [this](const DeviceTableModel::RefreshSummary &summary) {
                onRefreshed(DeviceTableModel::describe(summary));
            });
    connect(m_session, &CampaignSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    // Every time outside the table follows the table's zone.
    connect(m_model, &DeviceTableModel::timeZoneChanged, this, [this] {
        m_refreshBar->setTimeDisplay(m_model->timeDisplay());
        m_header->setTimeDisplay(m_model->timeDisplay());
        m_report->setChart(ProgressChartRenderer::imageIn(m_model->timeDisplay()));
    });
}

void MainWindow::wireCampaigns()
{
    connect(m_recent, &RecentCampaigns::openRequested, this, &MainWindow::openCampaign);
    connect(m_campaignBar, &CampaignBar::browseRequested, this, &MainWindow::browseCampaigns);
    connect(m_header, &CampaignHeader::infoShown, this, [this](const CampaignInfo &info) {
        m_recent->setLabel(m_session->accountName(), info.id, info.campaignName);
        m_export->setCampaignName(info.campaignName);
        m_report->setCampaignInfo(info);
    });
}

void MainWindow::wireExport()
{
    connect(m_export, &ExportRunner::runningChanged, this, &MainWindow::updateActions);
    connect(m_export, &ExportRunner::succeeded, this, [this](const QString &path, qint64 rows) {
        statusBar()->showMessage(
            PluralText::text("fota::MainWindow",
                             QT_TRANSLATE_N_NOOP("fota::MainWindow", "Exported %1 device to %2"),
                             QT_TRANSLATE_N_NOOP("fota::MainWindow", "Exported %1 devices to %2"),
                             rows)
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
}

void MainWindow::wireHistory()
{
    HistoryController::Parts parts;
    parts.client = m_client;
    parts.session = m_session;
    parts.model = m_model;
    parts.panel = m_historyPanel;
    parts.detail = m_detail;
    parts.messages = m_messageBar;
    parts.refreshBar = m_refreshBar;
    parts.progress = m_progress;
    parts.clock = m_clockSource;
    m_history = new HistoryController(parts, this);
    connect(m_history, &HistoryController::loadWanted, this, &MainWindow::loadNow);
    connect(m_history, &HistoryController::storedShown, this, &MainWindow::onStoredShown);
    connect(m_history, &HistoryController::activationRequested, this, &MainWindow::bringToFront);
    connect(m_historyPanel, &HistoryPanel::showDevicesRequested, this,
            &MainWindow::filterToDevices);
}

void MainWindow::openHistory(const QString &path)
{
    m_history->open(path);
    // A report compares with the very history the window records in.
    m_report->setHistoryPath(path.isEmpty() ? HistoryStore::defaultPath() : path);
}

void MainWindow::onStoredShown()
{
    // Browsable, filterable and exportable at once; then brought up to date when possible.
    m_campaignBar->rememberAccount(m_session->accountName());
    m_recent->add(m_session->accountName(), m_session->campaignId(), QString());
    statusBar()->showMessage(
        tr("Showing campaign %1 from the history").arg(m_session->campaignId()), 10'000);
    updateCoverage();
    updateShownCount();
    updateActions();
    if (m_client->tokens()->credentials().isUsable()) {
        m_session->refresh();
        return;
    }
    m_loadAfterSignIn = std::make_pair(m_session->accountName(), m_session->campaignId());
    m_messageBar->showMessage(tr("Sign in to refresh the campaign shown from the history."),
                              MessageBar::Kind::Notice, MessageBar::SignIn);
}

void MainWindow::bringToFront(const QString &accountName, const QString &campaignId)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (!campaignId.isEmpty() &&
        (accountName != m_session->accountName() || campaignId != m_session->campaignId()))
        openCampaign(accountName, campaignId);
}

void MainWindow::filterToDevices(std::shared_ptr<const DeviceSet> devices, const QString &label)
{
    m_devicesFilter = std::move(devices);
    m_devicesFilterLabel = label;
    applyFilter();
}

void MainWindow::buildDocks()
{
    m_sidebar = new StatusSidebar(m_model, this);
    m_reasons = new FailureReasonsPanel(m_model, this);
    m_detail = new DeviceDetailPane(m_model, m_client, this);
    // Docks rather than a fixed splitter: the operator moves, closes or floats them (View menu)
    // and the layout is remembered.
    addDock(m_sidebar, tr("Statuses"), u"statusDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *reasons =
        addDock(m_reasons, tr("Failure reasons"), u"reasonsDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *detail =
        addDock(m_detail, tr("Device details"), u"detailDock"_s, Qt::LeftDockWidgetArea);
    // The table needs the window's width, so the details share the lower left with the
    // failure reasons as a tab; the operator can drag them anywhere, and that is remembered.
    tabifyDockWidget(reasons, detail);
    reasons->raise();
    // The progress over time goes under the table, which keeps the window's width; the left
    // docks keep the whole height.
    m_historyPanel = new HistoryPanel(this);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDock(m_historyPanel, tr("Progress over time"), u"historyDock"_s, Qt::BottomDockWidgetArea);
    sizeDocks();
}

void MainWindow::sizeDocks()
{
    // A sixth of a wide window, so failure reasons read well, but never so much that the
    // table loses its times on a laptop.
    const int em = fontMetrics().horizontalAdvance(u"M"_s);
    // At least wide enough for the two tabs' titles in full, as the style draws them.
    QTabBar probe;
    probe.setFont(font());
    for (const QString &title : {tr("Failure reasons"), tr("Device details")})
        probe.addTab(title);
    const int tabs = probe.sizeHint().width() + em;
    const int width = std::clamp(this->width() / 6, std::max(em * 20, tabs), em * 30);
    auto *statuses = findChild<QDockWidget *>(u"statusDock"_s);
    auto *reasons = findChild<QDockWidget *>(u"reasonsDock"_s);
    if (!statuses || !reasons)
        return;
    resizeDocks({statuses}, {width}, Qt::Horizontal);
    const int height = std::max(this->height() - em * 10, em * 20);
    resizeDocks({statuses, reasons}, {height * 11 / 20, height * 9 / 20}, Qt::Vertical);
    // A fifth of the height for the chart, at least what its axes and legend need.
    if (auto *history = findChild<QDockWidget *>(u"historyDock"_s))
        resizeDocks({history}, {std::max(this->height() / 5, fontMetrics().height() * 10)},
                    Qt::Vertical);
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
    filter.devices = m_devicesFilter;
    m_proxy->setFilter(filter);
    m_summary->setSelectedBucket(m_sidebar->singleBucket());
    m_filterBar->showStatusSelection(m_sidebar->hasSelection(), m_sidebar->singleBucket());
    updateFilterChips();
    updateShownCount();
}

void MainWindow::updateFilterChips()
{
    const DeviceFilter &f = m_proxy->filter();
    QList<ActiveFiltersBar::Chip> chips;
    if (m_sidebar->hasSelection()) {
        QStringList parts;
        for (int b = 0; b < kBucketCount; ++b) {
            if (m_sidebar->checkedBuckets() & (1u << b))
                parts << StatusBuckets::displayName(StatusBucket(b));
        }
        parts << m_sidebar->checkedStatuses();
        QString text = parts.join(u", "_s);
        if (text.size() > 60)
            text = text.left(59) + u'…';
        chips.append({u"status"_s, tr("Status: %1").arg(text)});
    }
    if (!f.reasonGroup.isEmpty())
        chips.append({u"reason"_s, tr("Reason: %1").arg(ReasonGroups::label(f.reasonGroup, 50))});
    if (!f.text.trimmed().isEmpty()) {
        QString text = f.text.trimmed();
        if (text.size() > 40)
            text = text.left(39) + u'…';
        chips.append({u"search"_s, tr("Search: “%1”").arg(text)});
    }
    if (f.overdueOnly)
        chips.append({u"overdue"_s, tr("Overdue only")});
    if (f.changedOnly)
        chips.append({u"changed"_s, tr("Changed, not yet seen")});
    if (f.devices)
        chips.append({u"devices"_s, tr("Changed %1").arg(m_devicesFilterLabel)});
    m_chips->setChips(chips);
}

void MainWindow::removeFilter(const QString &id)
{
    if (id == u"status"_s)
        m_sidebar->clearSelection();
    else if (id == u"reason"_s)
        m_reasons->clearGroup();
    else if (id == u"search"_s)
        m_filterBar->clearSearch();
    else if (id == u"overdue"_s)
        m_filterBar->setOverdueOnly(false);
    else if (id == u"changed"_s)
        m_filterBar->setChangedOnly(false);
    else if (id == u"devices"_s)
        filterToDevices(nullptr, {});
}

void MainWindow::clearAllFilters()
{
    for (const QString &id :
         {u"status"_s, u"reason"_s, u"search"_s, u"overdue"_s, u"changed"_s, u"devices"_s})
        removeFilter(id);
}

qint64 MainWindow::nowMs() const
{
    return m_clockSource->nowMs();
}

void MainWindow::setClock(const Clock *clock)
{
    m_clockSource = clock ? clock : &Clock::system();
    if (m_history)
        m_history->setClock(m_clockSource);
    m_report->setClock(m_clockSource);
    m_progress->setClock(m_clockSource);
    tickClock();
}

void MainWindow::tickClock()
{
    m_model->setNow(nowMs());
    if (m_history)
        m_history->tick();
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
    if (m_session->campaignId().isEmpty() || m_session->isBusy())
        return;
    if (m_session->isComplete())
        m_session->refresh();
    else
        startLoad(m_session->accountName(), m_session->campaignId()); // fetch what is missing
}

void MainWindow::onActivityChanged()
{
    m_campaignBar->setLoading(m_session->isLoading());
    m_campaignBar->setRefreshing(m_session->isRefreshing());
    updateCoverage();
    updateShownCount();
    updateActions();
}

void MainWindow::onCampaignChanged()
{
    // "Changed since" described the previous campaign's devices.
    if (m_devicesFilter)
        filterToDevices(nullptr, {});
    m_headerFetchedForLoad = true;
    m_header->load(m_session->accountName(), m_session->campaignId());
    m_export->setCampaignName({});
    m_refreshBar->showIdle();
}

void MainWindow::onRefreshStarted()
{
    m_refreshProgress->drop();
    m_refreshBar->showRefreshing();
    m_progress->showRefreshStarted();
    // The campaign's own status is watched too: its information is fetched with every refresh.
    m_header->refresh();
}

void MainWindow::onRefreshed(const QString &summary)
{
    m_refreshProgress->flush();
    if (m_messageBar->isShowingError())
        m_messageBar->dismiss(); // the next success clears what failed before
    showIncompleteCounts(m_session->shownOutcome());
    m_refreshBar->showSummary(summary, nowMs());
    restoreShownProgress();
    statusBar()->showMessage(tr("Refreshed: %1").arg(summary), 15'000);
    m_detail->updateFields();
    updateShownCount();
    updateActions();
}

void MainWindow::onRefreshFailed(const ApiError &error)
{
    m_refreshProgress->flush();
    restoreShownProgress();
    updateActions();
    if (error.kind == ApiError::Kind::Cancelled) {
        m_refreshBar->showStopped();
        statusBar()->showMessage(tr("Refresh stopped; the table keeps its rows"), 10'000);
        return;
    }
    // The rows stay as they were; the bar says why and Retry refreshes again.
    m_refreshBar->showFailed(nowMs());
    showLoadError(error, false, true);
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
    settings.setValue(u"table/automaticWidths"_s, m_table->hasAutomaticWidths());
    settings.setValue(u"view/useUtc"_s, m_model->useUtc());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(u"window/geometry"_s).toByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry))
        fitToScreen(); // saved on a larger screen: it must still fit this one
    m_stateRestored = restoreState(settings.value(u"window/state"_s).toByteArray());
    // A header saved before the flag existed was saved on exit, sized by hand or not: fitted.
    m_table->restoreLayout(settings.value(u"table/header"_s).toByteArray(),
                           settings.value(u"table/automaticWidths"_s, true).toBool());
    const bool utc = settings.value(u"view/useUtc"_s, true).toBool();
    m_model->setUseUtc(utc);
    m_refreshBar->setTimeDisplay(m_model->timeDisplay());
    m_header->setTimeDisplay(m_model->timeDisplay());
    if (m_utcAction)
        m_utcAction->setChecked(utc);
}

void MainWindow::fitToScreen()
{
    const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!shown)
        return;
    const QRect available = shown->availableGeometry();
    // The frame is known only once the window is shown; before that assume none, and
    // showEvent() corrects it.
    const QSize frame = isVisible() ? frameGeometry().size() - geometry().size() : QSize(0, 0);
    const QSize room = available.size() - frame;
    const QSize wanted = size().boundedTo(room);
    if (wanted != size())
        resize(wanted);
    const QRect outer = frameGeometry();
    const int x = std::clamp(outer.left(), available.left(),
                             std::max(available.left(), available.right() - outer.width() + 1));
    const int y = std::clamp(outer.top(), available.top(),
                             std::max(available.top(), available.bottom() - outer.height() + 1));
    if (QPoint(x, y) != outer.topLeft())
        move(x, y);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_fittedToScreen, true)) {
        // Now the frame is known: the first window must fit, status bar included; and the
        // docks get their share of the size it has.
        QTimer::singleShot(0, this, [this] {
            fitToScreen();
            if (!m_stateRestored)
                sizeDocks();
        });
    }
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
    connect(m_account, &AccountController::notice, m_messageBar, &MessageBar::showNotice);
    connect(m_account, &AccountController::signInRequired, this, [this](const QString &reason) {
        m_messageBar->showMessage(reason, MessageBar::Kind::Error, MessageBar::SignIn);
    });
    connect(m_account, &AccountController::signInFinished, this, &MainWindow::onSignInFinished);
    connect(m_account, &AccountController::profileChanged, this, [this](const Profile &profile) {
        // Each profile has its own account history and recent campaigns.
        m_campaignBar->setScope(profile.name);
        m_recent->setScope(profile.name);
        // Another account: the campaign of the previous one means nothing here.
        if (profile.accountName != m_campaignBar->accountName())
            m_campaignBar->setFields(profile.accountName, QString());
    });
}

void MainWindow::onSignInFinished(const ApiError &error)
{
    if (error.isError())
        return;
    if (m_messageBar->isShowingError() || m_messageBar->actions().testFlag(MessageBar::SignIn))
        m_messageBar->dismiss();
    // What could not be fetched without a session can be now: the campaign's information,
    // a load asked for before signing in, a load that failed for want of a session.
    m_header->refresh();
    if (const auto pending = std::exchange(m_loadAfterSignIn, std::nullopt))
        startLoad(pending->first, pending->second);
    else if (!m_session->isBusy() && CampaignSession::needsSignIn(m_session->lastError())) {
        if (m_session->lastFailureWasRefresh())
            refreshNow();
        else
            startLoad(m_session->loadingAccountName(), m_session->loadingCampaignId());
    }
}

void MainWindow::openSignIn()
{
    m_account->openSignInDialog({}, m_campaignBar->accountName());
}

void MainWindow::letShortcutsWorkInFields()
{
    // A line edit takes Ctrl+E, Ctrl+B, Ctrl+F (and more) for its own cursor movement on X11,
    // so the window's shortcuts did nothing while a field had focus. The focused widget is
    // asked first (ShortcutOverride); for the window's own shortcuts it is not asked at all.
    // Copy, paste, undo and select-all stay the field's. Watched application-wide, so every
    // field of the window, present or future (a combo's editor), is covered.
    qApp->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return QMainWindow::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != this)
        return false;
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    for (QAction *action : {m_exportAction, m_browseAction, m_markSeenAction}) {
        if (action && action->isEnabled() && action->shortcut() == pressed)
            return true; // not accepted by the field: the shortcut runs
    }
    return pressed == QKeySequence(Qt::CTRL | Qt::Key_Q) ||
           pressed == QKeySequence(QKeySequence::Find);
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
    file->addAction(m_report->createAction(file));
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
    m_recentMenu = file->addMenu(tr("&Recent campaigns"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_recent->attach(m_recentMenu);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(Qt::CTRL | Qt::Key_Q);
    quit->setMenuRole(QAction::QuitRole);

    buildViewMenu();
    buildCampaignMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        help->addAction(tr("&About FOTA Campaign Monitor"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_utcAction = m_viewMenu->addAction(tr("Times in &UTC"));
    m_utcAction->setObjectName(u"utcAction"_s);
    m_utcAction->setCheckable(true);
    m_utcAction->setChecked(m_model->useUtc());
    m_utcAction->setStatusTip(tr("Show times in UTC; untick for the local time zone"));
    connect(m_utcAction, &QAction::toggled, this, [this](bool utc) {
        m_model->setUseUtc(utc);
        QSettings().setValue(u"view/useUtc"_s, utc);
    });
    m_viewMenu->addSeparator();

    // Sorting and the column chooser from the keyboard, not only by clicking the header.
    QMenu *sortMenu = m_viewMenu->addMenu(tr("&Sort by"));
    sortMenu->setObjectName(u"sortMenu"_s);
    connect(sortMenu, &QMenu::aboutToShow, this, [this, sortMenu] {
        sortMenu->clear();
        qDeleteAll(sortMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
        auto *group = new QActionGroup(sortMenu);
        const int current = m_proxy->sortColumn();
        for (int c = 0; c < kDeviceColumnCount; ++c) {
            QAction *a =
                sortMenu->addAction(DeviceColumns::title(DeviceColumn(c)), this, [this, c] {
                    m_table->sortByColumn(c, m_proxy->sortColumn() == c ? m_proxy->sortOrder()
                                                                        : Qt::AscendingOrder);
                });
            a->setObjectName(u"sortAction_"_s + DeviceColumns::apiField(DeviceColumn(c)));
            a->setCheckable(true);
            a->setChecked(c == current);
            group->addAction(a);
        }
        sortMenu->addSeparator();
        QAction *descending = sortMenu->addAction(tr("&Descending"), this, [this](bool on) {
            m_table->sortByColumn(std::max(m_proxy->sortColumn(), 0),
                                  on ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
        descending->setObjectName(u"sortDescendingAction"_s);
        descending->setCheckable(true);
        descending->setChecked(m_proxy->sortOrder() == Qt::DescendingOrder);
    });
    QMenu *columns = m_viewMenu->addMenu(tr("&Columns"));
    columns->setObjectName(u"columnsMenu"_s);
    connect(columns, &QMenu::aboutToShow, this,
            [this, columns] { m_table->fillColumnMenu(columns); });
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::buildCampaignMenu()
{
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
    m_stopAction->setStatusTip(tr("Stop loading or refreshing; the devices already loaded stay"));
    campaign->addSeparator();
    m_browseAction = campaign->addAction(tr("&Browse campaigns…"), this,
                                         [this] { browseCampaigns(m_campaignBar->accountName()); });
    m_browseAction->setObjectName(u"browseAction"_s);
    m_browseAction->setShortcut(Qt::CTRL | Qt::Key_B);
    m_browseAction->setStatusTip(tr("List the account's campaigns and open one"));
    m_markSeenAction =
        campaign->addAction(tr("&Mark all seen"), m_model, &DeviceTableModel::markAllSeen);
    m_markSeenAction->setObjectName(u"markSeenAction"_s);
    m_markSeenAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    m_markSeenAction->setStatusTip(tr("Forget the change marks (● and bold) of every device"));
    m_markSeenAction->setEnabled(false);
    m_refreshBar->fillMenu(campaign->addMenu(tr("&Auto-refresh")));
    m_connections = new ConnectionsMenu(campaign->addMenu(tr("Co&nnections")), this);
    const auto apply = [this](int connections) {
        ApiSettings settings = m_client->settings();
        settings.connections = connections;
        m_client->setSettings(settings);
    };
    connect(m_connections, &ConnectionsMenu::changed, this, apply);
    apply(m_connections->value());
    m_retention =
        new RetentionMenu(campaign->addMenu(tr("&History: keep every snapshot for")), this);
    connect(m_retention, &RetentionMenu::changed, this, [this](int days) {
        if (m_history && m_history->memory())
            m_history->memory()->setRetention(RetentionPolicy(days));
    });
}

QString MainWindow::setConnection(const ApiSettings &given, const Credentials &credentials)
{
    // How many connections a load uses is the window's own setting, not the caller's.
    ApiSettings settings = given;
    settings.connections = m_connections->value();
    const QString problem = m_client->setSettings(settings);
    if (!problem.isEmpty()) {
        // The credentials stay with the previous settings: they must not follow a refused URL.
        m_messageBar->showError(tr("Connection refused: %1").arg(problem), false);
        return problem;
    }
    m_client->setCredentials(credentials);
    const QUrl url = m_client->settings().baseUrl;
    m_serverLabel->setText(
        tr("Server: %1")
            .arg(url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host()));
    m_serverLabel->setToolTip(url.toDisplayString());
    return {};
}

void MainWindow::openCampaign(const QString &accountName, const QString &campaignId)
{
    m_campaignBar->setFields(accountName, campaignId);
    startLoad(m_campaignBar->accountName(), m_campaignBar->campaignId());
}

void MainWindow::startLoad(const QString &accountName, const QString &campaignId)
{
    const bool shown = accountName.trimmed() == m_session->accountName() &&
                       campaignId.trimmed() == m_session->campaignId();
    // Rows from the history are a whole campaign: loading it again means refreshing them.
    if (shown && m_history->storedAsOfMs() > 0 && !m_session->isBusy() &&
        m_client->tokens()->credentials().isUsable()) {
        m_session->refresh();
        return;
    }
    // Another campaign opens on its last stored table, if the history has one.
    if (!shown && m_history->openCampaign(accountName, campaignId)) {
        statusBar()->showMessage(tr("Opening campaign %1…").arg(campaignId.trimmed()));
        return;
    }
    loadNow(accountName, campaignId);
}

void MainWindow::loadNow(const QString &accountName, const QString &campaignId)
{
    if (!m_client->tokens()->credentials().isUsable()) {
        // Nothing to load with yet: say so plainly and offer the way out, instead of a load
        // that fails with the token manager's words.
        m_loadAfterSignIn = std::make_pair(accountName, campaignId);
        m_messageBar->showMessage(tr("Sign in to load campaigns."), MessageBar::Kind::Notice,
                                  MessageBar::SignIn);
        return;
    }
    if (m_messageBar->actions().testFlag(MessageBar::SignIn) && !m_messageBar->isShowingError())
        m_messageBar->dismiss();
    m_session->load(accountName, campaignId);
}

void MainWindow::retryLast()
{
    if (m_session->canRetry()) {
        m_session->retry();
        return;
    }
    // Nothing failed that Retry could repeat (e.g. the window was just opened): load the fields.
    m_campaignBar->requestLoad();
}

void MainWindow::showRecentMenu(QWidget *anchor)
{
    if (!m_recentMenu || m_recentMenu->isEmpty())
        return;
    m_recentMenu->popup(anchor ? anchor->mapToGlobal(QPoint(0, anchor->height())) : QCursor::pos());
}

void MainWindow::showIncompleteCounts(const LoadOutcome &outcome)
{
    // The walk ended, yet the devices differ from what the report announced: the same rule by
    // which `export` exits 4. No Retry: loading again walks the same report.
    if (!outcome.complete || outcome.countsAgree())
        return;
    m_messageBar->showMessage(
        tr("Campaign incomplete: %1 devices loaded, but the report announced %2. The table, the "
           "counts and an export hold only the devices loaded.")
            .arg(NumberText::count(outcome.devicesLoaded()),
                 NumberText::count(outcome.totalDevice().value_or(0))),
        MessageBar::Kind::Error);
}

void MainWindow::showLoadError(const ApiError &error, bool keptPrevious, bool wasRefresh)
{
    MessageBar::Actions actions;
    if (CampaignSession::isRetryable(error))
        actions |= MessageBar::Retry;
    if (CampaignSession::needsSignIn(error))
        actions |= MessageBar::SignIn;
    const bool notFound = CampaignSession::isNotFound(error);
    if (notFound && !m_recent->entries().isEmpty())
        actions |= MessageBar::RecentCampaigns;
    QString text;
    if (wasRefresh)
        text = tr("Refresh failed; the table shows the previous data: %1").arg(error.toString());
    else if (keptPrevious && !m_session->campaignId().isEmpty())
        text = tr("Campaign %1 could not be loaded: %2. The table still shows campaign %3.")
                   .arg(m_session->loadingCampaignId(), error.toString(), m_session->campaignId());
    else if (notFound)
        text = tr("Campaign %1 could not be loaded: %2. Check the ID, or pick one from Browse "
                  "(Ctrl+B) or the recent campaigns.")
                   .arg(m_session->loadingCampaignId(), error.toString());
    else
        text = error.toString();
    m_messageBar->showMessage(text, MessageBar::Kind::Error, actions);
}

void MainWindow::onLoadStarted()
{
    m_loadProgress->drop();
    const bool replacing = m_session->loadingCampaignId() != m_session->campaignId() ||
                           m_session->loadingAccountName() != m_session->accountName();
    m_progress->showStarted(m_session->loadingCampaignId(),
                            replacing ? m_session->campaignId() : QString());
    // A load supersedes a refresh that was running (the session ends it without a report).
    if (m_refreshBar->isShowingRefresh())
        m_refreshBar->showStopped();
    // The campaign's information is fetched with every load (its status is watched too).
    if (!replacing && !m_headerFetchedForLoad)
        m_header->refresh();
    m_headerFetchedForLoad = false;
    statusBar()->showMessage(tr("Loading campaign %1…").arg(m_session->loadingCampaignId()));
    updateCoverage();
    updateShownCount();
    updateActions();
}

void MainWindow::restoreShownProgress()
{
    if (m_history && m_history->storedAsOfMs() > 0)
        m_history->showStoredProgress();
    else if (m_session->campaignId().isEmpty())
        m_progress->showIdle();
    else
        m_progress->showFinished(m_session->shownOutcome(), m_model->rowCount());
}

void MainWindow::onLoadFinished(const LoadOutcome &outcome)
{
    m_loadProgress->flush();
    const qint64 devices = m_model->rowCount();
    const bool kept = m_session->keptPreviousCampaign();
    if (kept)
        restoreShownProgress();
    else
        m_progress->showFinished(outcome, devices);
    if (!kept && devices > 0) {
        // Remembered only once it loaded something: a mistyped ID stays out of the history.
        m_campaignBar->rememberAccount(m_session->accountName());
        m_recent->add(m_session->accountName(), m_session->campaignId(),
                      m_header->info().id == m_session->campaignId() ? m_header->info().campaignName
                                                                     : QString());
    }
    if (outcome.complete) {
        if (m_messageBar->isShowingError())
            m_messageBar->dismiss(); // the next success clears what failed before
        if (!kept)
            showIncompleteCounts(outcome);
        m_refreshBar->showIdle(nowMs());
        statusBar()->showMessage(
            PluralText::text("fota::MainWindow",
                             QT_TRANSLATE_N_NOOP("fota::MainWindow", "Loaded %1 device"),
                             QT_TRANSLATE_N_NOOP("fota::MainWindow", "Loaded %1 devices"), devices)
                .arg(NumberText::count(devices)),
            10'000);
    } else if (outcome.error.kind == ApiError::Kind::Cancelled) {
        statusBar()->showMessage(
            kept ? tr("Stopped; the table still shows campaign %1").arg(m_session->campaignId())
                 : tr("Stopped; the table is incomplete"),
            10'000);
    } else {
        // The rows that did arrive stay; the message area says why the rest did not.
        showLoadError(outcome.error, kept, false);
        statusBar()->clearMessage();
    }
    m_headerFetchedForLoad = false;
    // The panels show the final numbers at once, not one throttle interval later.
    m_reasons->recountNow();
    updateCoverage();
    updateShownCount();
    updateActions();
}

void MainWindow::updateCoverage()
{
    BucketSummary::Coverage coverage = BucketSummary::Coverage::Whole;
    if (m_session->isLoading() && m_session->loadingCampaignId() == m_session->campaignId())
        coverage = BucketSummary::Coverage::Loading;
    else if (!m_session->isComplete() && m_model->rowCount() > 0)
        coverage = BucketSummary::Coverage::Incomplete;
    m_summary->setCoverage(coverage, m_model->store().totalDevice());
}

void MainWindow::updateShownCount()
{
    const qint64 shown = m_proxy->rowCount();
    const qint64 total = m_model->rowCount();
    m_chips->setShownCount(shown, total);
    if (total > 0)
        m_table->setPlaceholderText(tr("No devices match the filter."));
    else if (m_session->isLoading())
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
    // Stop works for a refresh as for a load: a stalled server must never hold the window.
    m_stopAction->setEnabled(m_session->isBusy());
    m_exportAction->setEnabled(m_model->rowCount() > 0 && !m_export->isRunning());
}

// GPL-3 section 5(d): an interactive program shows its Appropriate Legal Notices.
QString MainWindow::licenceNotice()
{
    return tr("Copyright 2026 FOTA Campaign Monitor developers.<br>This program comes with "
              "ABSOLUTELY NO WARRANTY. It is free software: you may redistribute and modify it "
              "under the terms of the GNU General Public License, version 3 or (at your option) "
              "any later version; see https://www.gnu.org/licenses/ and the file copyright in "
              "/usr/share/doc/fota-monitor/.");
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About FOTA Campaign Monitor"));
    box->setIconPixmap(AppIdentity::icon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>FOTA Campaign Monitor</h3><p>Version %1</p>").arg(QStringLiteral(FOTA_VERSION)));
    box->setInformativeText(tr("Loads Verizon ThingSpace FOTA campaign reports and shows the "
                               "firmware-upgrade status of every device.<br>Built with Qt %1.")
                                .arg(QString::fromLatin1(qVersion())) +
                            u"<p>"_s + licenceNotice() + u"</p>"_s);
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

} // namespace fota
