// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/ReportRunner.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceTableModel.h"
#include "common/Clock.h"
#include "history/CampaignKey.h"
#include "history/HistoryStore.h"
#include "report/ReportBuilder.h"
#include "report/ReportHistoryReader.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"
#include "thingspace/ApiClient.h"
#include "ui/ReportDialog.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr int kStages = 4;
constexpr int kMaxSnapshotsOffered = 200;

} // namespace

// Everything the worker needs, owned by value.
struct ReportRunner::Job
{
    DeviceStore store;
    ReportInput input; // store pointer set by the worker, to its own copy
    CampaignKey key;
    QString historyPath;
    ReportSince since;
    qint64 loadStartedMs = 0;
    QString path;
    ReportFormat format = ReportFormat::Html;
    QLocale locale;
};

ReportRunner::ReportRunner(DeviceTableModel *model, CampaignSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_clock(&Clock::system())
    , m_historyPath(HistoryStore::defaultPath())
{
    setObjectName(u"reportRunner"_s);
    connect(session, &CampaignSession::loadStarted, this, &ReportRunner::noteLoadStarted);
    connect(session, &CampaignSession::refreshStarted, this, &ReportRunner::noteLoadStarted);
    connect(session, &CampaignSession::refreshed, this, &ReportRunner::noteCurrent);
    connect(session, &CampaignSession::loadFinished, this, [this] {
        // A load of another campaign that failed before its first page changed nothing shown.
        if (!m_session->keptPreviousCampaign())
            noteCurrent();
    });
}

ReportRunner::~ReportRunner()
{
    // The worker owns its job but reports to this object: stop it and wait (one page of PDF
    // layout at most) before this object goes away.
    if (m_watcher) {
        if (m_cancel)
            m_cancel->store(true);
        m_watcher->waitForFinished();
    }
}

QAction *ReportRunner::createAction(QObject *parent)
{
    auto *action = new QAction(tr("Campaign &report…"), parent);
    action->setObjectName(u"campaignReportAction"_s);
    action->setStatusTip(tr("Write an HTML or PDF report of the campaign shown, to send to "
                            "people who never open the tool"));
    connect(action, &QAction::triggered, this, &ReportRunner::reportWithDialog);
    const auto update = [this, action] {
        action->setEnabled(m_model->rowCount() > 0 && !isRunning());
    };
    connect(m_model, &DeviceTableModel::countsChanged, action, update);
    connect(m_model, &QAbstractItemModel::modelReset, action, update);
    connect(this, &ReportRunner::runningChanged, action, update);
    update();
    return action;
}

void ReportRunner::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

qint64 ReportRunner::nowMs() const
{
    return m_clock->nowMs();
}

void ReportRunner::noteLoadStarted()
{
    m_pendingStartMs = nowMs();
}

void ReportRunner::noteCurrent()
{
    m_asOfMs = nowMs();
    m_loadStartedMs = m_pendingStartMs > 0 ? m_pendingStartMs : m_asOfMs;
}

bool ReportRunner::isRunning() const
{
    return m_watcher != nullptr;
}

QString ReportRunner::asOfText() const
{
    const ReportText text(QLocale(), m_model->useUtc());
    QString line = m_asOfMs > 0 ? text.timeWithZone(m_asOfMs) : tr("not loaded yet");
    if (!m_session->shownOutcome().isIncomplete())
        return line;
    return tr("%1 — the load did not complete: the report covers the %2 devices loaded and "
              "says so")
        .arg(line, text.count(m_model->store().size()));
}

void ReportRunner::reportWithDialog()
{
    if (isRunning()) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    QString name = m_info && m_info->id == m_session->campaignId() ? m_info->campaignName
                                                                   : m_session->campaignId();
    // The name is the server's free text: keep the file name portable.
    static const QRegularExpression unsafe(u"[\\x00-\\x1f/\\\\:*?\"<>|]+"_s);
    name = name.replace(unsafe, u"_"_s).simplified().left(80);
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("campaign");
    const QString baseName =
        tr("%1 report %2").arg(name, QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new ReportDialog(baseName, asOfText(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::reportRequested, this,
            [this](const QString &path, ReportFormat format, const ReportSince &since) {
                if (!writeReport(path, format, since))
                    emit failed(path, tr("another report is still being written"));
            });
    dialog->open();
    listSnapshots(dialog);
}

void ReportRunner::listSnapshots(ReportDialog *dialog)
{
    const QString path = m_historyPath;
    if (!QFileInfo::exists(path)) {
        dialog->setSnapshots({}, {}, tr("No history file: nothing to compare with"));
        return;
    }
    const CampaignKey key = CampaignKey::of(m_session->client()->settings().baseUrl,
                                            m_session->accountName(), m_session->campaignId());
    const qint64 before = m_loadStartedMs > 0 ? m_loadStartedMs - 1 : nowMs();
    auto *watcher = new QFutureWatcher<QList<qint64>>(this);
    QPointer<ReportDialog> target = dialog;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        if (!target)
            return;
        QList<qint64> times = watcher->result();
        if (times.size() > kMaxSnapshotsOffered)
            times = times.mid(times.size() - kMaxSnapshotsOffered);
        const ReportText text(QLocale(), m_model->useUtc());
        QStringList labels;
        for (const qint64 t : std::as_const(times))
            labels << text.timeWithZone(t);
        target->setSnapshots(times, labels);
    });
    // A database read, however small, stays off the GUI thread.
    watcher->setFuture(QtConcurrent::run([path, key, before] {
        QList<qint64> times;
        HistoryStore history;
        if (!history.open(path))
            return times;
        for (const SnapshotPoint &p : history.points(key, 0, before))
            times << p.timeMs;
        return times;
    }));
}

bool ReportRunner::writeReport(const QString &path, ReportFormat format, const ReportSince &since)
{
    if (isRunning() || path.isEmpty() || m_model->store().isEmpty())
        return false;
    auto job = std::make_shared<Job>();
    job->store = m_model->store(); // ~20 ms a million rows; the worker owns its copy
    const QUrl baseUrl = m_session->client()->settings().baseUrl;
    job->key = CampaignKey::of(baseUrl, m_session->accountName(), m_session->campaignId());
    ReportInput &input = job->input;
    input.environment = job->key.environment;
    input.accountName = job->key.accountName;
    input.campaignId = job->key.campaignId;
    if (m_info && m_info->id == m_session->campaignId())
        input.info = m_info;
    else
        input.infoProblem = tr("the campaign's details were not fetched");
    input.generatedAtMs = nowMs();
    input.asOfMs = m_asOfMs > 0 ? m_asOfMs : input.generatedAtMs;
    input.utc = m_model->useUtc();
    input.complete = !m_session->shownOutcome().isIncomplete();
    input.chart = m_chart;
    job->historyPath = m_historyPath;
    job->since = since;
    job->loadStartedMs = m_loadStartedMs > 0 ? m_loadStartedMs : input.asOfMs;
    job->path = path;
    job->format = format;

    const quint64 generation = ++m_generation;
    m_path = path;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Runs on the worker: only posts to the GUI thread; the generation keeps a late report
    // of a finished job away from the next one's dialog.
    const auto stage = [this, generation](int n) {
        QMetaObject::invokeMethod(
            this, [this, generation, n] { onStage(generation, n); }, Qt::QueuedConnection);
    };
    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this,
            [this, generation] { onFinished(generation); });
    showProgressDialog(path);
    m_watcher->setFuture(QtConcurrent::run(
        [job, cancel = m_cancel, stage] { return produce(*job, cancel.get(), stage); }));
    emit started(path);
    emit runningChanged(true);
    return true;
}

QString ReportRunner::produce(const Job &job, const std::atomic<bool> *cancel,
                              const std::function<void(int stage)> &stage)
{
    ReportInput input = job.input;
    input.store = &job.store;
    stage(0);
    if (QFileInfo::exists(job.historyPath)) {
        HistoryStore history;
        HistoryError error;
        if (history.open(job.historyPath))
            input.history = ReportHistoryReader::read(history, job.key, job.store, job.since,
                                                      job.loadStartedMs, &error);
        else
            error = history.lastError();
        if (!input.history)
            input.historyProblem = tr("The history could not be read: %1").arg(error.message);
    } else {
        input.historyProblem = tr("No history file was found, so there is no progress over "
                                  "time, estimate or comparison with an earlier load.");
    }
    if (cancel->load())
        return tr("cancelled");
    stage(1);
    const ReportModel model = ReportBuilder::build(input);
    if (cancel->load())
        return tr("cancelled");
    stage(2);
    QString error;
    const QByteArray bytes = ReportWriter::render(model, job.format, job.locale, &error, cancel);
    if (bytes.isEmpty())
        return error;
    if (cancel->load())
        return tr("cancelled");
    stage(3);
    return ReportWriter::writeFile(job.path, bytes);
}

void ReportRunner::showProgressDialog(const QString &path)
{
    if (!m_dialogParent)
        return;
    auto *dialog = new QProgressDialog(m_dialogParent);
    dialog->setObjectName(u"reportProgress"_s);
    dialog->setWindowTitle(tr("Campaign report"));
    dialog->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // The bar is set directly: QProgressDialog::setValue() on a modal dialog spins the loop.
    auto *bar = new QProgressBar(dialog);
    dialog->setBar(bar);
    bar->setRange(0, kStages);
    dialog->setMinimumDuration(400);
    dialog->setValue(0);
    connect(dialog, &QProgressDialog::canceled, this, &ReportRunner::cancel);
    m_progress = dialog;
    m_bar = bar;
}

QString ReportRunner::stageText(int stage)
{
    // The context is the class's own, the one tr() looks the texts up in.
    static const char *const labels[kStages] = {
        QT_TRANSLATE_NOOP("fota::ReportRunner", "Reading the history…"),
        QT_TRANSLATE_NOOP("fota::ReportRunner", "Counting…"),
        QT_TRANSLATE_NOOP("fota::ReportRunner", "Laying out the report…"),
        QT_TRANSLATE_NOOP("fota::ReportRunner", "Writing the file…"),
    };
    return tr(labels[qBound(0, stage, kStages - 1)]);
}

void ReportRunner::onStage(quint64 generation, int stage)
{
    if (generation != m_generation || !m_progress)
        return;
    m_progress->setLabelText(stageText(stage));
    m_bar->setValue(stage);
}

void ReportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void ReportRunner::onFinished(quint64 generation)
{
    if (generation != m_generation || !m_watcher)
        return;
    const QString error = m_watcher->result();
    const bool wasCancelled = m_cancel && m_cancel->load();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_cancel.reset();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    emit runningChanged(false);
    tellTheOperator(m_path, error, wasCancelled);
}

void ReportRunner::tellTheOperator(const QString &path, const QString &error, bool wasCancelled)
{
    auto *window = qobject_cast<QMainWindow *>(m_dialogParent.data());
    if (error.isEmpty()) {
        if (window)
            window->statusBar()->showMessage(
                tr("Wrote the campaign report to %1").arg(QDir::toNativeSeparators(path)), 15'000);
        emit succeeded(path);
    } else if (wasCancelled) {
        if (window)
            window->statusBar()->showMessage(
                tr("Report cancelled; %1 was not written").arg(QFileInfo(path).fileName()), 10'000);
        emit cancelled(path);
    } else {
        if (m_dialogParent) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Campaign report"),
                                        tr("The report was not written: %1").arg(error),
                                        QMessageBox::Ok, m_dialogParent);
            box->setObjectName(u"reportFailedBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit failed(path, error);
    }
}

} // namespace fota
