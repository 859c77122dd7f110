// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "history/CampaignKey.h"
#include "history/DeviceStatusIndex.h"
#include "history/HistoryError.h"
#include "history/HistoryStrings.h"
#include "history/RetentionPolicy.h"
#include "history/Snapshot.h"
#include "history/StatusTransition.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace fota {

class Clock;

// A campaign in the history file.
struct StoredCampaign
{
    CampaignKey key;
    qint64 snapshots = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

// The latest full table of a campaign, as it was when its snapshot was recorded.
struct StoredTable
{
    qint64 snapshotId = 0;
    qint64 timeMs = 0;
    DeviceStore store;
};

// What recording one load produced: the snapshot as stored and what moved since the previous.
struct RecordResult
{
    CampaignKey key;
    Snapshot snapshot;
    bool first = false;                // the campaign had no earlier snapshot in this file
    QMap<QString, qint64> transitions; // TransitionSet::key(from, to) -> devices
    // The snapshot this one was compared with: what AlertEngine::evaluate takes as previous.
    std::optional<Snapshot> previous;
    // The campaign's snapshots of the kRecentMs before this one, and this one, oldest first:
    // enough for ProgressEstimator's window, so a watcher needs no second query.
    QList<SnapshotPoint> recent;
    static constexpr qint64 kRecentMs = 24 * 3'600'000;
};

// The campaign history: one SQLite file (WAL, busy timeout) that the window and any number of
// watchers may use at once. Per campaign it keeps a snapshot of every completed load, the
// per-device status changes between consecutive snapshots and the latest table, packed.
// Nothing secret goes in: keys are the environment (base URL without credentials), account
// and campaign ID; the rest is what the report said.
//
// A connection belongs to the thread that opened it: use one HistoryStore per thread
// (HistoryRecorder keeps one on its worker). Every method is synchronous.
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // <AppDataLocation>/history.sqlite, e.g. ~/.local/share/fota-monitor/history.sqlite.
    static QString defaultPath();

    // Opens or creates the file (and its folder). A file that is not ours (not SQLite, another
    // program's database, a newer schema) is refused with a clear error and left byte for byte
    // as it was; an older schema is migrated in one transaction.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_open; }
    const HistoryError &lastError() const { return m_error; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    void setClock(const Clock *clock) { m_clock = clock; } // for retention; default: system
    void setRetention(const RetentionPolicy &policy) { m_retention = policy; }
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; } // before open(); default 5000

    // Records a whole, completed load (never a partial one) as a new snapshot, in one
    // transaction: on a crash the file has either all of it or none. Then applies retention.
    std::optional<RecordResult> record(const CampaignKey &key, const DeviceStore &store,
                                       qint64 timeMs, qint64 loadDurationMs = -1);
    // The same for a table already packed (PackedTable::encode): the window packs its table
    // on a worker and hands over 14 bytes a device instead of a 44-byte copy. Rows packed in
    // ascending device-ID order are compared without sorting or a full-size index.
    std::optional<RecordResult> record(const CampaignKey &key, const QByteArray &packedTable,
                                       qint64 timeMs, qint64 loadDurationMs = -1);

    QList<StoredCampaign> campaigns();
    // Chart data: snapshots with fromMs <= time <= toMs, oldest first. One indexed range scan.
    QList<SnapshotPoint> points(const CampaignKey &key, qint64 fromMs, qint64 toMs);
    // The same range with every count.
    QList<Snapshot> snapshots(const CampaignKey &key, qint64 fromMs, qint64 toMs);
    std::optional<Snapshot> latestSnapshot(const CampaignKey &key);
    // The last snapshot taken at or before timeMs ("since this morning").
    std::optional<Snapshot> snapshotAtOrBefore(const CampaignKey &key, qint64 timeMs);
    // The first snapshot taken at or after timeMs.
    std::optional<Snapshot> snapshotAtOrAfter(const CampaignKey &key, qint64 timeMs);
    // Devices whose status differs between two snapshots of the campaign (ids from points()),
    // with counts per from→to; nullopt on error or when either is not the campaign's.
    std::optional<TransitionSet> transitions(const CampaignKey &key, qint64 fromSnapshotId,
                                             qint64 toSnapshotId);
    // Every recorded change of one device in this campaign, oldest first.
    QList<DeviceStatusChange> deviceChanges(const CampaignKey &key, const QString &deviceId);
    std::optional<StoredTable> latestTable(const CampaignKey &key);
    // Thins old snapshots of every campaign (see RetentionPolicy); returns how many went.
    int applyRetention();

private:
    struct Previous;
    bool fail(HistoryError::Kind kind, const QString &what);
    bool classifyAndPrepare();
    bool createOrMigrate();
    bool configure();
    bool switchToWal();
    std::optional<qint64> campaignId(const CampaignKey &key, bool create);
    bool loadPrevious(qint64 campaign, Previous *previous);
    static void dropMissing(std::vector<DeviceStatusIndex::Change> &changes, bool nowShort,
                            bool previousShort);
    // Fills in what changed: counts per from→to, new failures, the last change, new groups.
    void describeChanges(RecordResult *result, const Previous &previous,
                         const std::vector<DeviceStatusIndex::Change> &changes,
                         const DeviceStatusIndex &after) const;
    bool writeSnapshot(qint64 campaign, Snapshot &snapshot);
    bool writeCounts(qint64 snapshot, const Snapshot &s);
    bool writeTransitions(qint64 snapshot, const QByteArray &packedTable,
                          const DeviceStatusIndex &before, const DeviceStatusIndex &after,
                          const std::vector<DeviceStatusIndex::Change> &changes);
    bool writeLatestTable(qint64 campaign, qint64 snapshot, const QByteArray &packed);
    bool commitOrRollback(bool ok);
    std::optional<Snapshot> readSnapshot(const QString &where,
                                         std::initializer_list<QVariant> values);
    bool readCounts(QList<Snapshot> &snapshots);
    int thinCampaign(qint64 campaign, qint64 nowMs);
    bool mergeTransitions(qint64 target);

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    HistoryError m_error;
    bool m_open = false;
    int m_busyTimeoutMs = 5000;
    const Clock *m_clock = nullptr;
    RetentionPolicy m_retention;
    std::unique_ptr<HistoryStrings> m_strings;
    // The statuses of the last table this connection recorded or read, so the next record
    // of the same campaign does not decode the blob again (valid while no one else recorded).
    qint64 m_cachedCampaign = 0;
    qint64 m_cachedSnapshot = 0;
    DeviceStatusIndex m_cachedIndex;
    QSet<QString> m_cachedSeen; // reason groups of every snapshot up to m_cachedSnapshot
};

} // namespace fota
