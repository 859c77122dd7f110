// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/ExportRunner.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceOrder.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "export/ExportJob.h"
#include "ui/ExportDialog.h"
#include "ui/NumberText.h"

#include <QDate>
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
    QString name = m_campaignName.trimmed();
    if (name.isEmpty() && m_session)
        name = m_session->campaignId();
    // The name is the server's free text: keep the file name portable (no separators, no
    // characters Windows refuses, no leading dot).
    static const QRegularExpression unsafe(u"[\\x00-\\x1f/\\\\:*?\"<>|]+"_s);
    name.replace(unsafe, u"_"_s);
    name = name.simplified().left(80);
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("campaign");
    return name + u' ' + QDate::currentDate().toString(Qt::ISODate);
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
    // After a stopped or failed load, "all devices" is only what arrived: the dialog says so.
    if (m_session && !m_session->isComplete())
        dialog->setIncomplete(qint64(m_model->store().size()), m_model->store().totalDevice());
    connect(dialog, &ExportDialog::exportRequested, this,
            [this, rows = std::move(rows)](const QString &path, ExportFormat format,
                                           ExportDialog::Scope scope, bool bom) mutable {
                CsvOptions csv;
                csv.byteOrderMark = bom;
                const bool started = scope == ExportDialog::Scope::All
                                         ? exportAllDevices(path, format, csv)
                                         : startExport(path, format, std::move(rows), csv);
                if (!started)
                    emit failed(path, tr("another export is still running"));
            });
    dialog->open();
}

bool ExportRunner::exportShownRows(const QString &path, ExportFormat format, const CsvOptions &csv)
{
    return startExport(path, format, m_proxy->visibleStoreRows(), csv);
}

bool ExportRunner::exportAllDevices(const QString &path, ExportFormat format, const CsvOptions &csv)
{
    if (isRunning())
        return false;
    return startExport(path, format, DeviceOrder::byDeviceId(m_model->store()), csv);
}

bool ExportRunner::startExport(const QString &path, ExportFormat format, std::vector<quint32> rows,
                               const CsvOptions &csv)
{
    if (isRunning() || path.isEmpty())
        return false;

    ExportRequest request;
    request.format = format;
    request.csv = csv;
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
