// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/CampaignKey.h"
#include "history/ChangesSince.h"
#include "history/HistoryError.h"
#include "history/HistoryStore.h"
#include "history/RetentionPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QThread>

#include <memory>

namespace fota {

class Clock;

// The history on a worker thread, for the window and the watcher: recording a refresh of a
// million devices takes a few hundred milliseconds and must never run on the GUI thread.
// The caller hands over its table packed (PackedTable::encode, 14 bytes a device, made on
// the caller's worker) and gets a signal when the snapshot is in the file. Requests run in the
// order they were made; each returns a request number that its answer carries. Destroying the
// recorder finishes what was asked.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString path; // empty: HistoryStore::defaultPath()
        RetentionPolicy retention;
        int busyTimeoutMs = 5000;
        const Clock *clock = nullptr; // for retention; must outlive the recorder
    };

    explicit HistoryRecorder(QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // Opens the file on the worker; answers with opened(). Later requests wait for it.
    void open(const Options &options);
    // From now on thins with this policy, and thins the file with it at once.
    void setRetention(const RetentionPolicy &policy);
    // Records one whole, completed load, packed. Never call it with a partial load.
    quint64 record(const CampaignKey &key, const QByteArray &packedTable, qint64 timeMs,
                   qint64 loadDurationMs = -1);
    // The campaign's last stored table, for showing it at once when the campaign is opened.
    quint64 requestLatestTable(const CampaignKey &key);
    // Devices that changed between two snapshots (can be large, so also off the GUI thread).
    quint64 requestTransitions(const CampaignKey &key, qint64 fromSnapshotId, qint64 toSnapshotId);
    // The chart's points: the campaign's snapshots from fromMs to toMs, oldest first.
    quint64 requestPoints(const CampaignKey &key, qint64 fromMs, qint64 toMs);
    // What changed from the campaign's snapshot at timeMs (see ChangesSince) to its latest.
    quint64 requestChangesSince(const CampaignKey &key, qint64 timeMs);
    // One device's recorded status changes in this campaign, oldest first.
    quint64 requestDeviceChanges(const CampaignKey &key, const QString &deviceId);

signals:
    void opened(bool ok, const fota::HistoryError &error);
    void recorded(quint64 request, const fota::RecordResult &result);
    void recordFailed(quint64 request, const fota::HistoryError &error);
    // table is null when the campaign has no stored table (or it could not be read: error).
    void latestTableLoaded(quint64 request, const fota::CampaignKey &key,
                           std::shared_ptr<const fota::StoredTable> table,
                           const fota::HistoryError &error);
    void transitionsLoaded(quint64 request, std::shared_ptr<const fota::TransitionSet> set,
                           const fota::HistoryError &error);
    void pointsLoaded(quint64 request, const fota::CampaignKey &key,
                      const QList<fota::SnapshotPoint> &points, const fota::HistoryError &error);
    void changesSinceLoaded(quint64 request, const fota::CampaignKey &key,
                            std::shared_ptr<const fota::ChangesSince> changes,
                            const fota::HistoryError &error);
    void deviceChangesLoaded(quint64 request, const fota::CampaignKey &key, const QString &deviceId,
                             const QList<fota::DeviceStatusChange> &changes,
                             const fota::HistoryError &error);

private:
    template <typename Work> void post(Work work);

    QThread m_thread;
    QObject *m_worker = nullptr;           // lives on m_thread: the context of every job
    std::unique_ptr<HistoryStore> m_store; // touched only on m_thread
    quint64 m_nextRequest = 0;
};

} // namespace fota
