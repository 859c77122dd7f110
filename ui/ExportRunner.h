// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/CsvWriter.h"
#include "export/ExportFormat.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <vector>

class QProgressBar;
class QProgressDialog;
class QWidget;
template <typename T> class QFutureWatcher;

namespace fota {

class CampaignSession;
class DeviceProxyModel;
class DeviceTableModel;

// File → Export…: asks with an ExportDialog, then writes the rows the table shows (in the order
// shown) or every device (by ascending ID, as the CLI does) on a worker thread.
// The store and the row list are copied on the GUI thread first, so pages may keep arriving
// (and the operator may keep sorting) while the file is written.
class ExportRunner : public QObject
{
    Q_OBJECT
public:
    ExportRunner(DeviceTableModel *model, DeviceProxyModel *proxy, CampaignSession *session,
                 QWidget *dialogParent);
    ~ExportRunner() override;

    // What the menu action does after the file dialog, and what tests and scripts call
    // directly: starts writing the rows shown now. False when an export is already running.
    bool exportShownRows(const QString &path, ExportFormat format, const CsvOptions &csv = {});
    // Every device of the store, by ascending device ID, whatever the table's filter and sort.
    bool exportAllDevices(const QString &path, ExportFormat format, const CsvOptions &csv = {});
    // The campaign's name, for the suggested file name ("Q4 modem rollout 2026-11-20").
    void setCampaignName(const QString &name) { m_campaignName = name; }
    // "Q4 modem rollout 2026-11-20": the campaign's name (its ID when unknown) and today's date,
    // made safe as a file name.
    QString suggestedBaseName() const;
    bool isRunning() const;
    // The format for a chosen path: its suffix decides, else the dialog's name filter.
    static ExportFormat formatFor(const QString &path, const QString &nameFilter);

public slots:
    // Opens the export dialog (window-modal, non-blocking) and exports on accept.
    void exportWithDialog();
    void cancel();

signals:
    void started(const QString &path, qint64 rows);
    void succeeded(const QString &path, qint64 rows);
    void failed(const QString &path, const QString &error);
    void cancelled(const QString &path);
    // Whether an export is running, for enabling the menu action.
    void runningChanged(bool running);

private:
    bool startExport(const QString &path, ExportFormat format, std::vector<quint32> rows,
                     const CsvOptions &csv);
    void showProgressDialog(const QString &path, qint64 rows);
    void onProgress(quint64 generation, qint64 written, qint64 total);
    void onFinished(quint64 generation);

    DeviceTableModel *m_model;
    DeviceProxyModel *m_proxy;
    CampaignSession *m_session;
    QPointer<QWidget> m_dialogParent;
    QString m_campaignName;

    // The running job, if any.
    QFutureWatcher<QString> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>>
        m_cancel; // shared with the worker, which may outlive a reset here
    QPointer<QProgressDialog> m_dialog;
    QPointer<QProgressBar> m_bar;
    QString m_path;
    qint64 m_rows = 0;
    quint64 m_generation = 0;
};

} // namespace fota
