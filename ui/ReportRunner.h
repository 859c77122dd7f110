// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportChart.h"
#include "report/ReportFormat.h"
#include "report/ReportSince.h"
#include "thingspace/CampaignInfo.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QProgressBar;
class QProgressDialog;
class QWidget;
template <typename T> class QFutureWatcher;

namespace fota {

class CampaignSession;
class Clock;
class DeviceTableModel;
class ReportDialog;

// File → Campaign report…: asks with a ReportDialog, then makes the report of the campaign
// shown on a worker thread: reading the history, computing the numbers, laying out the pages
// and writing the file, with progress and cancel. The store is copied on the GUI thread first
// (~20 ms a million rows), the only work done there. It remembers when the table was last
// current (a load or refresh finished) and when that load started, so the history's
// "previous snapshot" is never the data in hand itself.
class ReportRunner : public QObject
{
    Q_OBJECT
public:
    ReportRunner(DeviceTableModel *model, CampaignSession *session, QWidget *dialogParent);
    ~ReportRunner() override;

    // File → Campaign report…: enabled while the table has rows and no report is being written.
    QAction *createAction(QObject *parent);
    void setClock(const Clock *clock); // not owned; the system clock by default
    // The history to read (default HistoryStore::defaultPath()); only read, never created.
    void setHistoryPath(const QString &path) { m_historyPath = path; }
    QString historyPath() const { return m_historyPath; }
    // The progress chart renderer; without one the report lists the recent snapshots.
    void setChart(const ReportChart &chart) { m_chart = chart; }
    const ReportChart &chart() const { return m_chart; }
    // The header's information of the campaign shown (ignored when it is another's).
    void setCampaignInfo(const CampaignInfo &info) { m_info = info; }
    bool isRunning() const;
    // When the table was last current (0: nothing loaded yet).
    qint64 asOfMs() const { return m_asOfMs; }
    QString asOfText() const;
    // What the progress dialog says during stage 0 to 3 of writing a report.
    static QString stageText(int stage);

    // Starts writing the report of the table as it is now; false when one is running or the
    // table is empty.
    bool writeReport(const QString &path, ReportFormat format, const ReportSince &since);

public slots:
    // Opens the dialog (window-modal, non-blocking) and writes on accept.
    void reportWithDialog();
    void cancel();

signals:
    void started(const QString &path);
    void succeeded(const QString &path);
    void failed(const QString &path, const QString &error);
    void cancelled(const QString &path);
    void runningChanged(bool running);

private:
    struct Job;
    static QString produce(const Job &job, const std::atomic<bool> *cancel,
                           const std::function<void(int stage)> &stage);
    qint64 nowMs() const;
    void noteLoadStarted();
    void noteCurrent();
    void listSnapshots(ReportDialog *dialog);
    void showProgressDialog(const QString &path);
    void onStage(quint64 generation, int stage);
    void onFinished(quint64 generation);
    void tellTheOperator(const QString &path, const QString &error, bool wasCancelled);

    DeviceTableModel *m_model;
    CampaignSession *m_session;
    QPointer<QWidget> m_dialogParent;
    const Clock *m_clock;
    QString m_historyPath;
    ReportChart m_chart;
    std::optional<CampaignInfo> m_info;
    qint64 m_pendingStartMs = 0;
    qint64 m_loadStartedMs = 0;
    qint64 m_asOfMs = 0;

    QFutureWatcher<QString> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QProgressDialog> m_progress;
    QPointer<QProgressBar> m_bar;
    QString m_path;
    quint64 m_generation = 0;
};

} // namespace fota
