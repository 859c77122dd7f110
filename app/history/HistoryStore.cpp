// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/HistoryStore.h"

#include "campaign/DeviceId.h"
#include "common/Clock.h"
#include "history/HistorySchema.h"
#include "history/HistorySql.h"
#include "history/PackedTable.h"
#include "history/SnapshotBuilder.h"
#include "history/TransitionComposer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QAtomicInteger<quint64> g_connections;

// SQLite's primary result code for a file locked by another connection.
constexpr int kSqliteBusy = 5;

// Column order shared by points() and every snapshot read.
const QString kSnapshotColumns =
    u"id, time_ms, total_device, loaded, succeeded, failed, pending, in_progress, cancelled, "
    "other, latest_pending_next_ms, complete, changed, new_failures, overdue, last_change_ms, "
    "load_duration_ms"_s;

void readPoint(const QSqlQuery &q, SnapshotPoint *p)
{
    p->id = q.value(0).toLongLong();
    p->timeMs = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        p->totalDevice = q.value(2).toLongLong();
    p->loaded = q.value(3).toLongLong();
    for (int b = 0; b < kBucketCount; ++b)
        p->buckets[b] = q.value(4 + b).toLongLong();
    p->latestPendingNextAttemptMs = q.value(10).isNull() ? kNoTime : q.value(10).toLongLong();
}

void readFull(const QSqlQuery &q, Snapshot *s)
{
    readPoint(q, s);
    s->complete = q.value(11).toBool();
    s->changed = q.value(12).toLongLong();
    s->newFailures = q.value(13).toLongLong();
    s->overdue = q.value(14).toLongLong();
    s->lastChangeMs = q.value(15).toLongLong();
    s->loadDurationMs = q.value(16).toLongLong();
}

// How a device is stored in transitions.device.
QVariant storedDevice(quint64 key, const QString &textId)
{
    return textId.isEmpty() ? QVariant(qint64(key)) : QVariant(textId);
}

QString deviceText(const QVariant &stored)
{
    static const StringPool kNoTextIds;
    if (stored.typeId() == QMetaType::LongLong || stored.typeId() == QMetaType::Int)
        return DeviceId::text(quint64(stored.toLongLong()), kNoTextIds);
    return stored.toString();
}

QVariant optionalTime(qint64 t)
{
    return t == kNoTime ? QVariant() : QVariant(t);
}

qint64 idOrAbsent(const QVariant &v)
{
    return v.isNull() ? TransitionComposer::kAbsent : v.toLongLong();
}

} // namespace

struct HistoryStore::Previous
{
    qint64 snapshotId = 0; // 0: the campaign has no snapshot yet
    qint64 lastChangeMs = 0;
    bool haveTable = false;
    bool wasShort = false; // fewer devices than its report's totalDevice
    QSet<QString> reasonGroupsSeen;
};

HistoryStore::HistoryStore()
    : m_connection(u"fota-history-%1"_s.arg(g_connections.fetchAndAddRelaxed(1)))
{}

HistoryStore::~HistoryStore()
{
    close();
}

void HistoryStore::close()
{
    m_open = false;
    m_error = {};
    m_strings.reset();
    m_cachedCampaign = 0;
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

int HistoryStore::schemaVersion() const
{
    QSqlDatabase db = m_db;
    return HistorySql::scalar(db, u"PRAGMA user_version"_s, {}, nullptr).toInt();
}

bool HistoryStore::fail(HistoryError::Kind kind, const QString &what)
{
    m_error = {kind, QCoreApplication::translate("HistoryStore", "History file %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), what)};
    return false;
}

bool HistoryStore::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(HistoryError::Io,
                    QCoreApplication::translate("HistoryStore", "not a regular file"));
    if (info.exists() && info.size() > 0) {
        // Decided from the bytes alone, before SQLite touches the file.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(HistoryError::Io,
                        QCoreApplication::translate("HistoryStore", "cannot be read: ") +
                            file.errorString());
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
            return fail(HistoryError::NotSqlite,
                        QCoreApplication::translate(
                            "HistoryStore",
                            "not an SQLite database, so not a history file; it was left as it is"));
    } else if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return fail(HistoryError::Io,
                    QCoreApplication::translate("HistoryStore", "cannot create the folder ") +
                        info.absolutePath());
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!m_db.isValid())
        return fail(HistoryError::Io,
                    QCoreApplication::translate(
                        "HistoryStore", "Qt's SQLite driver is missing (libqt6sql6-sqlite)"));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
    if (!m_db.open())
        return fail(HistoryError::Io, m_db.lastError().text().simplified());
    if (!classifyAndPrepare()) {
        m_db.close();
        return false;
    }
    m_strings = std::make_unique<HistoryStrings>(&m_db);
    m_open = true;
    return true;
}

bool HistoryStore::classifyAndPrepare()
{
    // One statement, so one consistent view: another process may be creating the tables right
    // now, and separate reads could see its application id missing but its version set.
    QString error;
    QSqlQuery q(m_db);
    const bool read =
        HistorySql::run(q,
                        u"SELECT (SELECT application_id FROM pragma_application_id()), "
                        "(SELECT user_version FROM pragma_user_version()), "
                        "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                        "name NOT LIKE 'sqlite_%')"_s,
                        {}, &error) &&
        q.next();
    if (!read)
        return fail(HistoryError::Corrupt, QCoreApplication::translate(
                                               "HistoryStore", "damaged (%1); it was left as it is")
                                               .arg(error));
    const QVariant appId = q.value(0);
    const QVariant version = q.value(1);
    const QVariant tables = q.value(2);
    q.finish();
    const bool fresh = appId.toInt() == 0 && version.toInt() == 0 && tables.toInt() == 0;
    if (!fresh && (appId.toInt() != HistorySchema::kApplicationId || version.toInt() < 1))
        return fail(HistoryError::Foreign,
                    QCoreApplication::translate(
                        "HistoryStore",
                        "an SQLite database of another program, not a history file; it was left "
                        "as it is"));
    if (version.toInt() > HistorySchema::kCurrentVersion)
        return fail(
            HistoryError::NewerVersion,
            QCoreApplication::translate(
                "HistoryStore",
                "written by a newer FOTA Campaign Monitor (history schema %1, this one reads "
                "up to %2); it was left as it is")
                .arg(version.toInt())
                .arg(HistorySchema::kCurrentVersion));
    return configure() && createOrMigrate();
}

bool HistoryStore::switchToWal()
{
    // SQLite gives up on this switch at once, without its busy wait, while another process
    // writes the file (it would have to turn a read lock into a write lock, which can
    // deadlock), and that happens whenever two processes create the same new file. So wait
    // for the other writer the way SQLite would: a write transaction begun from no lock does
    // use the busy wait. A third process can take the lock again in between; a few turns
    // suffice, the bound keeps a file that is never free from holding us forever.
    constexpr int kTurns = 8;
    QString error;
    for (int turn = 0;; ++turn) {
        QSqlQuery q(m_db);
        if (HistorySql::run(q, u"PRAGMA journal_mode = WAL"_s, {}, &error) && q.next()) {
            if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0)
                return true;
            break;
        }
        if ((q.lastError().nativeErrorCode().toInt() & 0xff) != kSqliteBusy || turn == kTurns)
            break;
        q.finish();
        if (!HistorySql::exec(m_db, u"BEGIN IMMEDIATE"_s, &error))
            return fail(HistoryError::Io,
                        QCoreApplication::translate("HistoryStore",
                                                    "still locked by another process after %1 ms")
                            .arg(m_busyTimeoutMs));
        HistorySql::exec(m_db, u"ROLLBACK"_s, nullptr);
    }
    return fail(HistoryError::Io,
                QCoreApplication::translate("HistoryStore", "cannot use write-ahead logging: ") +
                    error);
}

bool HistoryStore::configure()
{
    if (!switchToWal())
        return false;
    QString error;
    // NORMAL in WAL mode: a killed process never loses a committed snapshot; only a power cut
    // can lose the last ones, and never the file.
    if (!HistorySql::exec(m_db, u"PRAGMA synchronous = NORMAL"_s, &error) ||
        !HistorySql::exec(m_db, u"PRAGMA journal_size_limit = 67108864"_s, &error))
        return fail(HistoryError::Io, error);
    return true;
}

bool HistoryStore::createOrMigrate()
{
    QString error;
    // IMMEDIATE: another process opening the same new file waits here, then finds it done.
    if (!HistorySql::exec(m_db, u"BEGIN IMMEDIATE"_s, &error))
        return fail(HistoryError::Io,
                    QCoreApplication::translate("HistoryStore", "busy or read-only: ") + error);
    const int version = HistorySql::scalar(m_db, u"PRAGMA user_version"_s, {}, &error).toInt();
    bool ok = true;
    if (version == 0) {
        for (const QString &sql : HistorySchema::ddl(HistorySchema::kCurrentVersion)) {
            if (!(ok = HistorySql::exec(m_db, sql, &error)))
                break;
        }
    } else if (version < HistorySchema::kCurrentVersion) {
        ok = HistorySchema::migrate(m_db, version, &error);
    }
    if (ok) {
        const QVariant present = HistorySql::scalar(
            m_db,
            u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('%1')"_s.arg(
                HistorySchema::tables().join(u"', '"_s)),
            {}, &error);
        if (present.toInt() != HistorySchema::tables().size()) {
            HistorySql::exec(m_db, u"ROLLBACK"_s, nullptr);
            return fail(HistoryError::Corrupt,
                        QCoreApplication::translate("HistoryStore",
                                                    "tables are missing; it was left as it is"));
        }
    }
    if (!ok || !HistorySql::exec(m_db, u"COMMIT"_s, &error)) {
        HistorySql::exec(m_db, u"ROLLBACK"_s, nullptr);
        return fail(HistoryError::Io, QCoreApplication::translate(
                                          "HistoryStore", "cannot create or upgrade the tables: ") +
                                          error);
    }
    return true;
}

std::optional<qint64> HistoryStore::campaignId(const CampaignKey &key, bool create)
{
    QString error;
    const QString select =
        u"SELECT id FROM campaigns WHERE environment = ? AND account = ? AND campaign = ?"_s;
    QVariant id =
        HistorySql::scalar(m_db, select,
                           {HistorySql::text(key.environment), HistorySql::text(key.accountName),
                            HistorySql::text(key.campaignId)},
                           &error);
    if (id.isValid() || !create)
        return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    QSqlQuery insert(m_db);
    if (!HistorySql::run(insert,
                         u"INSERT INTO campaigns(environment, account, campaign) VALUES(?, ?, ?)"_s,
                         {HistorySql::text(key.environment), HistorySql::text(key.accountName),
                          HistorySql::text(key.campaignId)},
                         &error)) {
        fail(HistoryError::Io, error);
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

bool HistoryStore::commitOrRollback(bool ok)
{
    QString error;
    if (ok && HistorySql::exec(m_db, u"COMMIT"_s, &error))
        return true;
    HistorySql::exec(m_db, u"ROLLBACK"_s, nullptr);
    m_strings->rollback();
    if (!error.isEmpty())
        fail(HistoryError::Io, error);
    return false;
}

std::optional<RecordResult> HistoryStore::record(const CampaignKey &key, const DeviceStore &store,
                                                 qint64 timeMs, qint64 loadDurationMs)
{
    return record(key, PackedTable::encodeByDeviceId(store), timeMs, loadDurationMs);
}

namespace {

// The snapshot's counts and the status index of a packed table, in one pass over its rows.
bool summarize(const QByteArray &packedTable, qint64 timeMs, Snapshot *snapshot,
               DeviceStatusIndex *index)
{
    PackedTable::Header header;
    std::optional<SnapshotBuilder> builder;
    std::optional<DeviceStatusIndex> statuses =
        PackedTable::decodeStatuses(packedTable, &header, [&](quint64, const DeviceRow &row) {
            if (!builder)
                builder.emplace(header.statuses, header.reasons, timeMs);
            builder->add(row);
        });
    if (!statuses)
        return false;
    if (!builder)
        builder.emplace(header.statuses, header.reasons, timeMs);
    *snapshot = builder->finish(header.totalDevice);
    *index = std::move(*statuses);
    return true;
}

} // namespace

std::optional<RecordResult> HistoryStore::record(const CampaignKey &key,
                                                 const QByteArray &packedTable, qint64 timeMs,
                                                 qint64 loadDurationMs)
{
    if (!m_open) {
        fail(HistoryError::Io, QCoreApplication::translate("HistoryStore", "not open"));
        return std::nullopt;
    }
    m_error = {};
    // The heavy part before taking the write lock, so another process waits only for inserts.
    RecordResult result;
    result.key = key;
    DeviceStatusIndex index;
    if (!summarize(packedTable, timeMs, &result.snapshot, &index)) {
        fail(HistoryError::Io,
             QCoreApplication::translate("HistoryStore", "the table to record is damaged"));
        return std::nullopt;
    }
    result.snapshot.loadDurationMs = loadDurationMs;

    QString error;
    if (!HistorySql::exec(m_db, u"BEGIN IMMEDIATE"_s, &error)) {
        fail(HistoryError::Io, QCoreApplication::translate("HistoryStore", "busy: ") + error);
        return std::nullopt;
    }
    const std::optional<qint64> campaign = campaignId(key, true);
    Previous previous;
    if (!campaign || !loadPrevious(*campaign, &previous)) {
        commitOrRollback(false);
        return std::nullopt;
    }
    Snapshot &snap = result.snapshot;
    std::vector<DeviceStatusIndex::Change> changes;
    if (previous.haveTable) {
        changes = DeviceStatusIndex::diff(m_cachedIndex, index);
        dropMissing(changes, !snap.countsAgree(), previous.wasShort);
    }
    describeChanges(&result, previous, changes, index);

    const bool ok = writeSnapshot(*campaign, snap) && writeCounts(snap.id, snap) &&
                    writeTransitions(snap.id, packedTable, m_cachedIndex, index, changes) &&
                    writeLatestTable(*campaign, snap.id, packedTable);
    if (!commitOrRollback(ok)) {
        m_cachedCampaign = 0; // the cache may hold the previous table of a failed attempt
        return std::nullopt;
    }
    m_cachedCampaign = *campaign;
    m_cachedSnapshot = snap.id;
    m_cachedIndex = std::move(index);
    m_cachedSeen = std::move(previous.reasonGroupsSeen);
    for (auto it = snap.reasonGroupCounts.cbegin(); it != snap.reasonGroupCounts.cend(); ++it)
        m_cachedSeen.insert(it.key());
    // Read after the commit (they stay what they were whatever another process writes now)
    // and before retention, which could thin an old previous snapshot away.
    if (previous.snapshotId != 0)
        result.previous = readSnapshot(u"id = ?"_s, {previous.snapshotId});
    result.recent = points(key, timeMs - RecordResult::kRecentMs, timeMs);
    thinCampaign(*campaign, (m_clock ? m_clock : &Clock::system())->nowMs());
    return result;
}

void HistoryStore::dropMissing(std::vector<DeviceStatusIndex::Change> &changes, bool nowShort,
                               bool previousShort)
{
    // A short load lacks devices that are still in the campaign (a page the server skipped):
    // they did not leave, and they do not come back new with the next whole load. So they are
    // no transitions either way; the devices both loads have are compared as usual.
    if (!nowShort && !previousShort)
        return;
    std::erase_if(changes, [&](const DeviceStatusIndex::Change &c) {
        return (nowShort && c.to == DeviceStatusIndex::kAbsent) ||
               (previousShort && c.from == DeviceStatusIndex::kAbsent);
    });
}

void HistoryStore::describeChanges(RecordResult *result, const Previous &previous,
                                   const std::vector<DeviceStatusIndex::Change> &changes,
                                   const DeviceStatusIndex &after) const
{
    Snapshot &snap = result->snapshot;
    result->first = previous.snapshotId == 0;
    snap.changed = qint64(changes.size());
    for (const DeviceStatusIndex::Change &c : changes) {
        const QString from =
            c.from == DeviceStatusIndex::kAbsent ? QString() : m_cachedIndex.statuses().at(c.from);
        const QString to =
            c.to == DeviceStatusIndex::kAbsent ? QString() : after.statuses().at(c.to);
        ++result->transitions[TransitionSet::key(from, to)];
        if (!to.isEmpty() && StatusBuckets::fromStatus(to) == StatusBucket::Failed &&
            (from.isEmpty() || StatusBuckets::fromStatus(from) != StatusBucket::Failed))
            ++snap.newFailures;
    }
    snap.lastChangeMs = result->first || snap.changed > 0 ? snap.timeMs : previous.lastChangeMs;
    if (result->first)
        return; // nothing to compare the first snapshot's reason groups with
    for (auto it = snap.reasonGroupCounts.cbegin(); it != snap.reasonGroupCounts.cend(); ++it) {
        if (!previous.reasonGroupsSeen.contains(it.key()))
            snap.newReasonGroups.append(it.key());
    }
}

bool HistoryStore::loadPrevious(qint64 campaign, Previous *previous)
{
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(q,
                         u"SELECT t.snapshot_id, s.last_change_ms, s.total_device, s.loaded "
                         "FROM latest_tables t "
                         "JOIN snapshots s ON s.id = t.snapshot_id WHERE t.campaign_id = ?"_s,
                         {campaign}, &error))
        return fail(HistoryError::Io, error);
    if (!q.next())
        return true; // the campaign's first snapshot
    previous->snapshotId = q.value(0).toLongLong();
    previous->lastChangeMs = q.value(1).toLongLong();
    previous->wasShort = !q.value(2).isNull() && q.value(2).toLongLong() != q.value(3).toLongLong();
    // Unless this connection recorded the latest snapshot itself, someone else (another
    // process, or this one for another campaign) did: read what to compare with from the file.
    if (m_cachedCampaign == campaign && m_cachedSnapshot == previous->snapshotId) {
        previous->haveTable = true;
        previous->reasonGroupsSeen = m_cachedSeen;
        return true;
    }
    m_cachedCampaign = 0;
    QSqlQuery groups(m_db);
    if (!HistorySql::run(groups,
                         u"SELECT DISTINCT g.text FROM snapshots s JOIN snapshot_counts c ON "
                         "c.snapshot_id = s.id AND c.kind = ? JOIN strings g ON g.id = c.string_id "
                         "WHERE s.campaign_id = ?"_s,
                         {int(HistorySchema::ReasonGroupCount), campaign}, &error))
        return fail(HistoryError::Io, error);
    while (groups.next())
        previous->reasonGroupsSeen.insert(groups.value(0).toString());
    const QVariant blob = HistorySql::scalar(
        m_db, u"SELECT data FROM latest_tables WHERE campaign_id = ?"_s, {campaign}, &error);
    std::optional<DeviceStatusIndex> decoded = PackedTable::decodeStatuses(blob.toByteArray());
    // A damaged table only costs this snapshot its transitions; the snapshot still counts.
    if (decoded) {
        m_cachedIndex = std::move(*decoded);
        previous->haveTable = true;
    }
    return true;
}

bool HistoryStore::writeSnapshot(qint64 campaign, Snapshot &s)
{
    QString error;
    QSqlQuery q(m_db);
    const BucketCounts &b = s.buckets;
    const bool ok = HistorySql::run(
        q,
        u"INSERT INTO snapshots(campaign_id, time_ms, total_device, loaded, complete, succeeded, "
        "failed, pending, in_progress, cancelled, other, changed, new_failures, overdue, "
        "latest_pending_next_ms, last_change_ms, load_duration_ms) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {campaign, s.timeMs, s.totalDevice ? QVariant(*s.totalDevice) : QVariant(), s.loaded,
         s.complete ? 1 : 0, b[0], b[1], b[2], b[3], b[4], b[5], s.changed, s.newFailures,
         s.overdue, optionalTime(s.latestPendingNextAttemptMs), s.lastChangeMs, s.loadDurationMs},
        &error);
    if (!ok)
        return fail(HistoryError::Io, error);
    s.id = q.lastInsertId().toLongLong();
    return true;
}

bool HistoryStore::writeCounts(qint64 snapshot, const Snapshot &s)
{
    QString error;
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO snapshot_counts(snapshot_id, kind, string_id, count) "
                   "VALUES(?, ?, ?, ?)"_s))
        return fail(HistoryError::Io, HistorySql::describe(q));
    const auto put = [&](int kind, const QString &text, qint64 count) {
        const qint64 id = m_strings->intern(text, &error);
        return id >= 0 && HistorySql::rerun(q, {snapshot, kind, id, count}, &error);
    };
    for (auto it = s.statusCounts.cbegin(); it != s.statusCounts.cend(); ++it) {
        if (!put(HistorySchema::StatusCount, it.key(), it.value()))
            return fail(HistoryError::Io, error);
    }
    for (auto it = s.reasonGroupCounts.cbegin(); it != s.reasonGroupCounts.cend(); ++it) {
        if (!put(HistorySchema::ReasonGroupCount, it.key(), it.value()))
            return fail(HistoryError::Io, error);
    }
    for (const QString &group : s.newReasonGroups) {
        if (!put(HistorySchema::NewReasonGroup, group, s.reasonGroupCounts.value(group)))
            return fail(HistoryError::Io, error);
    }
    return true;
}

bool HistoryStore::writeTransitions(qint64 snapshot, const QByteArray &packedTable,
                                    const DeviceStatusIndex &before, const DeviceStatusIndex &after,
                                    const std::vector<DeviceStatusIndex::Change> &changes)
{
    if (changes.empty())
        return true;
    QString error;
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO transitions(snapshot_id, device, from_id, to_id, status_time_ms) "
                   "VALUES(?, ?, ?, ?, ?)"_s))
        return fail(HistoryError::Io, HistorySql::describe(q));
    // The status times of the devices still there, read from the table in one pass.
    std::vector<quint32> rows;
    for (const DeviceStatusIndex::Change &c : changes) {
        if (c.to != DeviceStatusIndex::kAbsent)
            rows.push_back(c.row);
    }
    std::sort(rows.begin(), rows.end());
    const std::optional<std::vector<qint64>> times = PackedTable::statusTimes(packedTable, rows);
    if (!times)
        return fail(HistoryError::Io,
                    QCoreApplication::translate("HistoryStore", "the table to record is damaged"));
    // Status string ids, looked up once per distinct status.
    std::vector<qint64> fromIds(size_t(before.statuses().size()), -1);
    std::vector<qint64> toIds(size_t(after.statuses().size()), -1);
    const auto idOf = [&](std::vector<qint64> &ids, const QStringList &texts, quint32 i) {
        if (i == DeviceStatusIndex::kAbsent)
            return QVariant();
        if (ids[i] < 0)
            ids[i] = m_strings->intern(texts.at(i), &error);
        return ids[i] < 0 ? QVariant() : QVariant(ids[i]);
    };
    for (const DeviceStatusIndex::Change &c : changes) {
        const QVariant from = idOf(fromIds, before.statuses(), c.from);
        const QVariant to = idOf(toIds, after.statuses(), c.to);
        if (!error.isEmpty())
            return fail(HistoryError::Io, error);
        QVariant statusTime;
        if (c.to != DeviceStatusIndex::kAbsent) {
            const auto at = std::lower_bound(rows.begin(), rows.end(), c.row) - rows.begin();
            statusTime = optionalTime((*times)[size_t(at)]);
        }
        if (!HistorySql::rerun(q, {snapshot, storedDevice(c.key, c.textId), from, to, statusTime},
                               &error))
            return fail(HistoryError::Io, error);
    }
    return true;
}

bool HistoryStore::writeLatestTable(qint64 campaign, qint64 snapshot, const QByteArray &packed)
{
    QString error;
    QSqlQuery q(m_db);
    // The last column, so that SQLite writes the zeroblob's pages without making it in memory;
    // the row id of latest_tables is its campaign_id.
    const bool ok =
        HistorySql::run(q,
                        u"INSERT OR REPLACE INTO latest_tables(campaign_id, snapshot_id, "
                        "format, data) VALUES(?, ?, ?, zeroblob(?))"_s,
                        {campaign, snapshot, PackedTable::kFormat, packed.size()}, &error) &&
        HistorySql::fillBlob(m_db, "latest_tables", "data", campaign, packed, &error);
    return ok || fail(HistoryError::Io, error);
}

QList<StoredCampaign> HistoryStore::campaigns()
{
    QList<StoredCampaign> list;
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(q,
                         u"SELECT c.environment, c.account, c.campaign, COUNT(s.id), "
                         "MIN(s.time_ms), MAX(s.time_ms) FROM campaigns c LEFT JOIN snapshots s "
                         "ON s.campaign_id = c.id GROUP BY c.id ORDER BY MAX(s.time_ms) DESC"_s,
                         {}, &error)) {
        fail(HistoryError::Io, error);
        return list;
    }
    while (q.next()) {
        list.append({{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()},
                     q.value(3).toLongLong(),
                     q.value(4).toLongLong(),
                     q.value(5).toLongLong()});
    }
    return list;
}

QList<SnapshotPoint> HistoryStore::points(const CampaignKey &key, qint64 fromMs, qint64 toMs)
{
    QList<SnapshotPoint> points;
    const std::optional<qint64> campaign = campaignId(key, false);
    if (!campaign)
        return points;
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(q,
                         u"SELECT %1 FROM snapshots WHERE campaign_id = ? AND time_ms >= ? AND "
                         "time_ms <= ? ORDER BY time_ms, id"_s.arg(kSnapshotColumns),
                         {*campaign, fromMs, toMs}, &error)) {
        fail(HistoryError::Io, error);
        return points;
    }
    while (q.next()) {
        SnapshotPoint p;
        readPoint(q, &p);
        points.append(p);
    }
    return points;
}

QList<Snapshot> HistoryStore::snapshots(const CampaignKey &key, qint64 fromMs, qint64 toMs)
{
    QList<Snapshot> list;
    const std::optional<qint64> campaign = campaignId(key, false);
    if (!campaign)
        return list;
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(q,
                         u"SELECT %1 FROM snapshots WHERE campaign_id = ? AND time_ms >= ? AND "
                         "time_ms <= ? ORDER BY time_ms, id"_s.arg(kSnapshotColumns),
                         {*campaign, fromMs, toMs}, &error)) {
        fail(HistoryError::Io, error);
        return list;
    }
    while (q.next()) {
        Snapshot s;
        readFull(q, &s);
        list.append(s);
    }
    if (!readCounts(list))
        list.clear();
    return list;
}

std::optional<Snapshot> HistoryStore::readSnapshot(const QString &where,
                                                   std::initializer_list<QVariant> values)
{
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(
            q, u"SELECT %1 FROM snapshots WHERE %2 LIMIT 1"_s.arg(kSnapshotColumns, where), values,
            &error)) {
        fail(HistoryError::Io, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QList<Snapshot> one(1);
    readFull(q, &one[0]);
    if (!readCounts(one))
        return std::nullopt;
    return one.first();
}

bool HistoryStore::readCounts(QList<Snapshot> &snapshots)
{
    if (snapshots.isEmpty())
        return true;
    QHash<qint64, qsizetype> byId;
    qint64 lo = snapshots.first().id;
    qint64 hi = lo;
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        byId.insert(snapshots[i].id, i);
        lo = std::min(lo, snapshots[i].id);
        hi = std::max(hi, snapshots[i].id);
    }
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(q,
                         u"SELECT c.snapshot_id, c.kind, g.text, c.count FROM snapshot_counts c "
                         "JOIN strings g ON g.id = c.string_id WHERE c.snapshot_id BETWEEN ? AND ? "
                         "ORDER BY c.snapshot_id, c.kind, g.text"_s,
                         {lo, hi}, &error))
        return fail(HistoryError::Io, error);
    while (q.next()) {
        const auto it = byId.constFind(q.value(0).toLongLong());
        if (it == byId.constEnd())
            continue; // another campaign's snapshot inside the id range
        Snapshot &s = snapshots[it.value()];
        const QString text = q.value(2).toString();
        const qint64 count = q.value(3).toLongLong();
        switch (q.value(1).toInt()) {
        case HistorySchema::StatusCount:
            s.statusCounts.insert(text, count);
            break;
        case HistorySchema::ReasonGroupCount:
            s.reasonGroupCounts.insert(text, count);
            break;
        case HistorySchema::NewReasonGroup:
            s.newReasonGroups.append(text);
            break;
        default:
            break;
        }
    }
    return true;
}

std::optional<Snapshot> HistoryStore::latestSnapshot(const CampaignKey &key)
{
    const std::optional<qint64> campaign = campaignId(key, false);
    if (!campaign)
        return std::nullopt;
    return readSnapshot(u"campaign_id = ? ORDER BY id DESC"_s, {*campaign});
}

std::optional<Snapshot> HistoryStore::snapshotAtOrBefore(const CampaignKey &key, qint64 timeMs)
{
    const std::optional<qint64> campaign = campaignId(key, false);
    if (!campaign)
        return std::nullopt;
    return readSnapshot(u"campaign_id = ? AND time_ms <= ? ORDER BY time_ms DESC, id DESC"_s,
                        {*campaign, timeMs});
}

std::optional<Snapshot> HistoryStore::snapshotAtOrAfter(const CampaignKey &key, qint64 timeMs)
{
    const std::optional<qint64> campaign = campaignId(key, false);
    if (!campaign)
        return std::nullopt;
    return readSnapshot(u"campaign_id = ? AND time_ms >= ? ORDER BY time_ms ASC, id ASC"_s,
                        {*campaign, timeMs});
}

std::optional<TransitionSet> HistoryStore::transitions(const CampaignKey &key,
                                                       qint64 fromSnapshotId, qint64 toSnapshotId)
{
    const std::optional<qint64> campaign = campaignId(key, false);
    if (!campaign)
        return std::nullopt;
    if (fromSnapshotId > toSnapshotId)
        std::swap(fromSnapshotId, toSnapshotId);
    QString error;
    const QVariant found = HistorySql::scalar(
        m_db, u"SELECT COUNT(*) FROM snapshots WHERE campaign_id = ? AND id IN (?, ?)"_s,
        {*campaign, fromSnapshotId, toSnapshotId}, &error);
    if (found.toInt() != (fromSnapshotId == toSnapshotId ? 1 : 2))
        return std::nullopt;
    // Changes are recorded between consecutive snapshots (by id); chaining them gives the
    // change between any two.
    QSqlQuery q(m_db);
    if (!HistorySql::run(q,
                         u"SELECT t.device, t.from_id, t.to_id FROM transitions t "
                         "JOIN snapshots s ON s.id = t.snapshot_id WHERE s.campaign_id = ? "
                         "AND t.snapshot_id > ? AND t.snapshot_id <= ? "
                         "ORDER BY t.snapshot_id, t.rowid"_s,
                         {*campaign, fromSnapshotId, toSnapshotId}, &error)) {
        fail(HistoryError::Io, error);
        return std::nullopt;
    }
    TransitionComposer composer;
    while (q.next())
        composer.add(q.value(0), idOrAbsent(q.value(1)), idOrAbsent(q.value(2)));
    TransitionSet set;
    set.fromSnapshotId = fromSnapshotId;
    set.toSnapshotId = toSnapshotId;
    const auto text = [&](qint64 id) {
        return id == TransitionComposer::kAbsent ? QString() : m_strings->text(id, &error);
    };
    for (const TransitionComposer::Folded &f : composer.changed()) {
        DeviceTransition t{deviceText(f.device), text(f.from), text(f.to)};
        ++set.counts[TransitionSet::key(t.from, t.to)];
        set.devices.push_back(std::move(t));
    }
    return set;
}

QList<DeviceStatusChange> HistoryStore::deviceChanges(const CampaignKey &key,
                                                      const QString &deviceId)
{
    QList<DeviceStatusChange> changes;
    const std::optional<qint64> campaign = campaignId(key, false);
    if (!campaign)
        return changes;
    static const StringPool kNoTextIds;
    quint64 packed = 0;
    const bool numeric = DeviceId::packExisting(deviceId, kNoTextIds, &packed);
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(
            q,
            u"SELECT t.snapshot_id, s.time_ms, t.status_time_ms, t.from_id, t.to_id "
            "FROM transitions t JOIN snapshots s ON s.id = t.snapshot_id "
            "WHERE t.device = ? AND s.campaign_id = ? ORDER BY t.snapshot_id, t.rowid"_s,
            {numeric ? QVariant(qint64(packed)) : QVariant(deviceId), *campaign}, &error)) {
        fail(HistoryError::Io, error);
        return changes;
    }
    while (q.next()) {
        DeviceStatusChange c;
        c.snapshotId = q.value(0).toLongLong();
        c.timeMs = q.value(1).toLongLong();
        c.statusTimeMs = q.value(2).isNull() ? kNoTime : q.value(2).toLongLong();
        c.from = q.value(3).isNull() ? QString() : m_strings->text(q.value(3).toLongLong(), &error);
        c.to = q.value(4).isNull() ? QString() : m_strings->text(q.value(4).toLongLong(), &error);
        changes.append(c);
    }
    return changes;
}

std::optional<StoredTable> HistoryStore::latestTable(const CampaignKey &key)
{
    const std::optional<qint64> campaign = campaignId(key, false);
    if (!campaign)
        return std::nullopt;
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(q,
                         u"SELECT t.snapshot_id, s.time_ms, t.format, t.data FROM latest_tables t "
                         "JOIN snapshots s ON s.id = t.snapshot_id WHERE t.campaign_id = ?"_s,
                         {*campaign}, &error)) {
        fail(HistoryError::Io, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    if (q.value(2).toInt() != PackedTable::kFormat) {
        fail(HistoryError::NewerVersion,
             QCoreApplication::translate("HistoryStore", "the stored table has an unknown format"));
        return std::nullopt;
    }
    std::optional<DeviceStore> store = PackedTable::decode(q.value(3).toByteArray());
    if (!store) {
        fail(HistoryError::Corrupt,
             QCoreApplication::translate("HistoryStore",
                                         "the stored table of this campaign is damaged"));
        return std::nullopt;
    }
    return StoredTable{q.value(0).toLongLong(), q.value(1).toLongLong(), std::move(*store)};
}

int HistoryStore::applyRetention()
{
    const qint64 now = (m_clock ? m_clock : &Clock::system())->nowMs();
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(q, u"SELECT id FROM campaigns"_s, {}, &error)) {
        fail(HistoryError::Io, error);
        return 0;
    }
    QList<qint64> campaigns;
    while (q.next())
        campaigns.append(q.value(0).toLongLong());
    int removed = 0;
    for (qint64 c : campaigns)
        removed += thinCampaign(c, now);
    return removed;
}

int HistoryStore::thinCampaign(qint64 campaign, qint64 nowMs)
{
    QString error;
    QSqlQuery q(m_db);
    // Only what is older than the full-history window can go, plus the first snapshot after it
    // to tell whether the last old one ended its day: a query that stays small (one row a day)
    // however long the campaign has been recorded.
    const qint64 cutoff = m_retention.cutoffMs(nowMs);
    if (!HistorySql::exec(m_db, u"BEGIN IMMEDIATE"_s, &error) ||
        !HistorySql::run(q,
                         u"SELECT id, time_ms FROM snapshots WHERE campaign_id = ? AND "
                         "time_ms < ? UNION ALL SELECT * FROM (SELECT id, time_ms FROM snapshots "
                         "WHERE campaign_id = ? AND time_ms >= ? ORDER BY time_ms, id LIMIT 1) "
                         "ORDER BY 1"_s,
                         {campaign, cutoff, campaign, cutoff}, &error)) {
        commitOrRollback(false);
        return 0;
    }
    std::vector<RetentionPolicy::Entry> entries;
    while (q.next())
        entries.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    if (entries.size() < 2) {
        commitOrRollback(true);
        return 0;
    }
    const std::vector<qint64> expired = m_retention.expired(entries, nowMs);
    if (expired.empty()) {
        commitOrRollback(true);
        return 0;
    }
    const QSet<qint64> gone(expired.begin(), expired.end());
    // A removed snapshot's changes move to the next kept one (by id, the recording order) and
    // are folded there, so "what changed since" stays right across the gap.
    QList<qint64> pending;
    QList<qint64> deleted;
    bool ok = true;
    for (const RetentionPolicy::Entry &e : entries) {
        if (gone.contains(e.id)) {
            pending.append(e.id);
            continue;
        }
        for (qint64 id : std::as_const(pending)) {
            QSqlQuery move(m_db);
            ok = ok && HistorySql::run(
                           move, u"UPDATE transitions SET snapshot_id = ? WHERE snapshot_id = ?"_s,
                           {e.id, id}, &error);
        }
        if (!pending.isEmpty())
            ok = ok && mergeTransitions(e.id);
        deleted += pending;
        pending.clear();
    }
    for (qint64 id : std::as_const(deleted)) {
        QSqlQuery del(m_db);
        ok = ok &&
             HistorySql::run(del, u"DELETE FROM snapshot_counts WHERE snapshot_id = ?"_s, {id},
                             &error) &&
             HistorySql::run(del, u"DELETE FROM snapshots WHERE id = ?"_s, {id}, &error);
    }
    if (!ok && !error.isEmpty())
        fail(HistoryError::Io, error);
    return commitOrRollback(ok) ? int(deleted.size()) : 0;
}

bool HistoryStore::mergeTransitions(qint64 target)
{
    QString error;
    QSqlQuery q(m_db);
    if (!HistorySql::run(q,
                         u"SELECT rowid, device, from_id, to_id, status_time_ms FROM transitions "
                         "WHERE snapshot_id = ? ORDER BY rowid"_s,
                         {target}, &error))
        return fail(HistoryError::Io, error);
    TransitionComposer composer;
    while (q.next())
        composer.add(q.value(1), idOrAbsent(q.value(2)), idOrAbsent(q.value(3)),
                     q.value(0).toLongLong(), q.value(4));
    QSqlQuery del(m_db);
    if (!del.prepare(u"DELETE FROM transitions WHERE rowid = ?"_s))
        return fail(HistoryError::Io, HistorySql::describe(del));
    for (qint64 row : composer.redundantRows()) {
        if (!HistorySql::rerun(del, {row}, &error))
            return fail(HistoryError::Io, error);
    }
    // The surviving row of each device is its latest; it takes the earliest `from`.
    QSqlQuery update(m_db);
    if (!update.prepare(u"UPDATE transitions SET from_id = ? WHERE rowid = ?"_s))
        return fail(HistoryError::Io, HistorySql::describe(update));
    const std::vector<TransitionComposer::Folded> changed = composer.changed();
    for (const TransitionComposer::Folded &f : changed) {
        const QVariant from = f.from == TransitionComposer::kAbsent ? QVariant() : QVariant(f.from);
        if (!HistorySql::rerun(update, {from, f.lastRow}, &error))
            return fail(HistoryError::Io, error);
    }
    QSqlQuery count(m_db);
    if (!HistorySql::run(count, u"UPDATE snapshots SET changed = ? WHERE id = ?"_s,
                         {qint64(changed.size()), target}, &error))
        return fail(HistoryError::Io, error);
    return true;
}

} // namespace fota
