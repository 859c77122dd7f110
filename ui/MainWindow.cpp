#include "ui/MainWindow.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "thingspace/ApiClient.h"
#include "ui/BucketSummary.h"
#include "ui/CampaignBar.h"
#include "ui/DeviceTableView.h"
#include "ui/ExportRunner.h"
#include "ui/FilterBar.h"
#include "ui/LoadProgressPanel.h"
#include "ui/MessageBar.h"
#include "ui/NumberText.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
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
    layout->addLayout(overview);
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

    // Counts and filtering
    connect(m_model, &DeviceTableModel::countsChanged, this,
            [this] { m_filterBar->setCounts(m_model->store().bucketCounts()); });
    connect(m_summary, &BucketSummary::bucketClicked, this,
            [this](StatusBucket bucket) { m_filterBar->selectBucket(bucket); });
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const DeviceFilter &filter) {
        m_proxy->setFilter(filter);
        m_summary->setSelectedBucket(m_filterBar->selectedBucket());
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
    updateShownCount();
    updateActions();
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    // Children go in creation order, the client before the session; end a load in flight
    // while both still exist, without updating panels that are about to go too.
    m_session->disconnect(this);
    m_session->stop();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                     tr("&Export…"), m_export, &ExportRunner::exportWithDialog);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setStatusTip(
        tr("Write the rows shown, as filtered and sorted, to CSV or JSON"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(Qt::CTRL | Qt::Key_Q);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *campaign = menuBar()->addMenu(tr("&Campaign"));
    m_loadAction =
        campaign->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Load / Refresh"),
                            m_campaignBar, &CampaignBar::requestLoad);
    m_loadAction->setObjectName(u"loadAction"_s);
    m_loadAction->setShortcut(Qt::Key_F5);
    m_loadAction->setStatusTip(tr("Load every page of the campaign report again"));
    m_stopAction = campaign->addAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Stop"),
                                       m_session, &CampaignSession::stop);
    m_stopAction->setObjectName(u"stopAction"_s);
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setStatusTip(tr("Stop loading; the devices already loaded stay"));

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
    m_session->load(accountName, campaignId);
}

void MainWindow::retryLoad()
{
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
    statusBar()->showMessage(tr("Loading campaign %1…").arg(m_session->campaignId()));
    updateShownCount();
    updateActions();
}

void MainWindow::onLoadFinished(const LoadOutcome &outcome)
{
    m_campaignBar->setLoading(false);
    const qint64 devices = m_model->rowCount();
    m_progress->showFinished(outcome, devices);
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
        m_exportAction->setEnabled(shown > 0 && !m_export->isRunning());
}

void MainWindow::updateActions()
{
    if (!m_loadAction)
        return;
    m_loadAction->setEnabled(m_campaignBar->canLoad());
    m_stopAction->setEnabled(m_campaignBar->isLoading());
    m_exportAction->setEnabled(m_proxy->rowCount() > 0 && !m_export->isRunning());
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
