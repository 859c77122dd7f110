#include "ui/ExportRunner.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceOrder.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "export/ExportJob.h"
#include "ui/ExportDialog.h"
#include "ui/NumberText.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

int clampToInt(qint64 v)
{
    return int(qBound(qint64(0), v, qint64(std::numeric_limits<int>::max())));
}

} // namespace

ExportRunner::ExportRunner(DeviceTableModel *model, DeviceProxyModel *proxy,
                           CampaignSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_proxy(proxy)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    setObjectName(u"exportRunner"_s);
}

ExportRunner::~ExportRunner()
{
    // The worker reads the request it owns, but reports progress to this object: stop it and
    // wait (at most one progress interval) before this object goes away.
    if (m_watcher) {
        if (m_cancel)
            m_cancel->store(true);
        m_watcher->waitForFinished();
    }
}

bool ExportRunner::isRunning() const
{
    return m_watcher != nullptr;
}

ExportFormat ExportRunner::formatFor(const QString &path, const QString &nameFilter)
{
    if (const auto bySuffix = ExportJob::formatFromName(QFileInfo(path).suffix()))
        return *bySuffix;
    return nameFilter.contains(u"json"_s, Qt::CaseInsensitive) ? ExportFormat::Json
                                                               : ExportFormat::Csv;
}

QString ExportRunner::suggestedBaseName() const
{
    QString name = m_session ? m_session->campaignId() : QString();
    // Campaign IDs are UUIDs, but the field is free text: keep the file name portable.
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    name.replace(unsafe, u"_"_s);
    if (name.isEmpty())
        name = u"campaign"_s;
    return name + u"-devices"_s;
}

void ExportRunner::exportWithDialog()
{
    if (isRunning()) {
        if (m_dialog)
            m_dialog->raise();
        return;
    }
    // The rows shown are fixed when the dialog opens, so the file holds exactly the count the
    // dialog promised even if pages arrive while the operator picks a name.
    std::vector<quint32> rows = m_proxy->visibleStoreRows();
    auto *dialog = new ExportDialog(qint64(rows.size()), qint64(m_model->store().size()),
                                    suggestedBaseName(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportRequested, this,
            [this, rows = std::move(rows)](const QString &path, ExportFormat format,
                                           ExportDialog::Scope scope) mutable {
                const bool started = scope == ExportDialog::Scope::All
                                         ? exportAllDevices(path, format)
                                         : startExport(path, format, std::move(rows));
                if (!started)
                    emit failed(path, tr("another export is still running"));
            });
    dialog->open();
}

bool ExportRunner::exportShownRows(const QString &path, ExportFormat format)
{
    return startExport(path, format, m_proxy->visibleStoreRows());
}

bool ExportRunner::exportAllDevices(const QString &path, ExportFormat format)
{
    if (isRunning())
        return false;
    return startExport(path, format, DeviceOrder::byDeviceId(m_model->store()));
}

bool ExportRunner::startExport(const QString &path, ExportFormat format, std::vector<quint32> rows)
{
    if (isRunning() || path.isEmpty())
        return false;

    ExportRequest request;
    request.format = format;
    request.store = m_model->store(); // ~20 ms for a million rows; the worker owns its copy
    request.rows = std::move(rows);
    if (m_session) {
        request.metadata.accountName = m_session->accountName();
        request.metadata.campaignId = m_session->campaignId();
    }
    request.metadata.totalDevice = request.store.totalDevice();
    request.metadata.exportedAtMs = QDateTime::currentMSecsSinceEpoch();

    const quint64 generation = ++m_generation;
    m_path = path;
    m_rows = qint64(request.rows.size());
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    ExportControl control;
    control.cancel = m_cancel.get();
    // Runs on the worker: only posts to the GUI thread. The generation keeps a late report
    // of a finished export away from the next one's dialog.
    control.progress = [this, generation](qint64 written, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, generation, written, total] { onProgress(generation, written, total); },
            Qt::QueuedConnection);
    };

    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this,
            [this, generation] { onFinished(generation); });
    showProgressDialog(path, m_rows);
    m_watcher->setFuture(
        QtConcurrent::run([path, request = std::move(request), control, cancel = m_cancel] {
            // `cancel` keeps the flag alive for as long as the writer may read it.
            Q_UNUSED(cancel);
            return ExportJob::writeFile(path, request, control);
        }));
    emit started(path, m_rows);
    emit runningChanged(true);
    return true;
}

void ExportRunner::showProgressDialog(const QString &path, qint64 rows)
{
    if (!m_dialogParent)
        return;
    auto *dialog = new QProgressDialog(m_dialogParent);
    dialog->setObjectName(u"exportProgress"_s);
    dialog->setWindowTitle(tr("Exporting"));
    dialog->setLabelText(
        tr("Writing %1 devices to %2…").arg(NumberText::count(rows), QFileInfo(path).fileName()));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // The dialog's setValue() spins the event loop when the dialog is modal; this bar is
    // updated directly instead, so progress never re-enters the GUI.
    auto *bar = new QProgressBar(dialog);
    dialog->setBar(bar);
    bar->setRange(0, std::max(1, clampToInt(rows)));
    // Quick exports finish before the dialog would appear; only slow ones show it.
    dialog->setMinimumDuration(400);
    dialog->setValue(0);
    connect(dialog, &QProgressDialog::canceled, this, &ExportRunner::cancel);
    m_dialog = dialog;
    m_bar = bar;
}

void ExportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void ExportRunner::onProgress(quint64 generation, qint64 written, qint64 total)
{
    if (generation != m_generation || !m_bar)
        return;
    m_bar->setMaximum(std::max(1, clampToInt(total)));
    m_bar->setValue(clampToInt(written));
}

void ExportRunner::onFinished(quint64 generation)
{
    if (generation != m_generation || !m_watcher)
        return;
    const QString error = m_watcher->result();
    const bool wasCancelled = m_cancel && m_cancel->load();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_cancel.reset();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    const QString path = m_path;
    emit runningChanged(false);
    if (error.isEmpty())
        emit succeeded(path, m_rows);
    else if (wasCancelled)
        emit cancelled(path);
    else
        emit failed(path, error);
}

} // namespace fota
