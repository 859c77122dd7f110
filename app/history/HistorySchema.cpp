// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/HistorySchema.h"

#include "campaign/StatusBucket.h"
#include "history/HistorySql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Version 1, exactly as it was first released. Never edit: files in the field have it.
const QStringList &version1()
{
    static const QStringList ddl = {
        u"CREATE TABLE campaigns(id INTEGER PRIMARY KEY, environment TEXT NOT NULL, "
        "account TEXT NOT NULL, campaign TEXT NOT NULL, UNIQUE(environment, account, campaign))"_s,
        u"CREATE TABLE strings(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)"_s,
        u"CREATE TABLE snapshots(id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "campaign_id INTEGER NOT NULL REFERENCES campaigns(id), time_ms INTEGER NOT NULL, "
        "total_device INTEGER, loaded INTEGER NOT NULL, complete INTEGER NOT NULL, "
        "succeeded INTEGER NOT NULL, failed INTEGER NOT NULL, pending INTEGER NOT NULL, "
        "in_progress INTEGER NOT NULL, cancelled INTEGER NOT NULL, other INTEGER NOT NULL, "
        "changed INTEGER NOT NULL)"_s,
        u"CREATE INDEX snapshots_by_time ON snapshots(campaign_id, time_ms)"_s,
        u"CREATE TABLE snapshot_counts(snapshot_id INTEGER NOT NULL, kind INTEGER NOT NULL, "
        "string_id INTEGER NOT NULL, count INTEGER NOT NULL, "
        "PRIMARY KEY(snapshot_id, kind, string_id)) WITHOUT ROWID"_s,
        // device: the packed numeric ID as an INTEGER, or the text of any other ID.
        // from_id / to_id: NULL when the device was absent from that side.
        u"CREATE TABLE transitions(snapshot_id INTEGER NOT NULL, device NOT NULL, "
        "from_id INTEGER, to_id INTEGER)"_s,
        u"CREATE INDEX transitions_by_snapshot ON transitions(snapshot_id)"_s,
        u"CREATE INDEX transitions_by_device ON transitions(device)"_s,
        u"CREATE TABLE latest_tables(campaign_id INTEGER PRIMARY KEY, "
        "snapshot_id INTEGER NOT NULL, format INTEGER NOT NULL, data BLOB NOT NULL)"_s,
        u"PRAGMA application_id = %1"_s.arg(HistorySchema::kApplicationId),
        u"PRAGMA user_version = 1"_s,
    };
    return ddl;
}

// What version 2 adds to version 1, as statements; the backfills are code.
const QStringList &version2Additions()
{
    static const QStringList ddl = {
        u"ALTER TABLE snapshots ADD COLUMN new_failures INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE snapshots ADD COLUMN overdue INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE snapshots ADD COLUMN latest_pending_next_ms INTEGER"_s,
        u"ALTER TABLE snapshots ADD COLUMN last_change_ms INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE snapshots ADD COLUMN load_duration_ms INTEGER NOT NULL DEFAULT -1"_s,
        u"ALTER TABLE transitions ADD COLUMN status_time_ms INTEGER"_s,
    };
    return ddl;
}

bool runAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!HistorySql::exec(db, sql, error))
            return false;
    }
    return true;
}

} // namespace

QStringList HistorySchema::ddl(int version)
{
    if (version == 1)
        return version1();
    if (version == 2) {
        QStringList all = version1();
        all.removeLast(); // user_version = 1
        all += version2Additions();
        all.append(u"PRAGMA user_version = 2"_s);
        return all;
    }
    return {};
}

QStringList HistorySchema::tables()
{
    return {u"campaigns"_s,       u"strings"_s,     u"snapshots"_s,
            u"snapshot_counts"_s, u"transitions"_s, u"latest_tables"_s};
}

bool HistorySchema::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion < 1 || fromVersion > kCurrentVersion) {
        *error = QCoreApplication::translate("HistoryStore", "no migration from schema version %1")
                     .arg(fromVersion);
        return false;
    }
    if (fromVersion == 1 && !migrate1to2(db, error))
        return false;
    return HistorySql::exec(db, u"PRAGMA user_version = %1"_s.arg(kCurrentVersion), error);
}

bool HistorySchema::migrate1to2(QSqlDatabase &db, QString *error)
{
    if (!runAll(db, version2Additions(), error))
        return false;
    // The time of the last change: the latest snapshot at or before this one that changed
    // something, else the campaign's first snapshot.
    const QString lastChange =
        u"UPDATE snapshots SET last_change_ms = COALESCE("
        "(SELECT MAX(p.time_ms) FROM snapshots p WHERE p.campaign_id = snapshots.campaign_id "
        "AND p.id <= snapshots.id AND p.changed > 0), "
        "(SELECT MIN(f.time_ms) FROM snapshots f WHERE f.campaign_id = snapshots.campaign_id))"_s;
    // Overdue devices and the next-attempt floor cannot be recovered from version 1: they stay
    // 0 and NULL (unknown) for old snapshots.
    return HistorySql::exec(db, lastChange, error) && backfillNewFailures(db, error) &&
           backfillNewReasonGroups(db, error);
}

bool HistorySchema::backfillNewFailures(QSqlDatabase &db, QString *error)
{
    // Buckets are decided in code (StatusBuckets), so count in code too.
    QHash<qint64, bool> failed;
    QSqlQuery strings(db);
    if (!HistorySql::run(strings, u"SELECT id, text FROM strings"_s, {}, error))
        return false;
    while (strings.next())
        failed.insert(strings.value(0).toLongLong(),
                      StatusBuckets::fromStatus(strings.value(1).toString()) ==
                          StatusBucket::Failed);
    QSqlQuery groups(db);
    if (!HistorySql::run(groups,
                         u"SELECT snapshot_id, from_id, to_id, COUNT(*) FROM transitions "
                         "GROUP BY snapshot_id, from_id, to_id"_s,
                         {}, error))
        return false;
    QHash<qint64, qint64> perSnapshot;
    while (groups.next()) {
        const bool wasFailed =
            !groups.value(1).isNull() && failed.value(groups.value(1).toLongLong());
        const bool isFailed =
            !groups.value(2).isNull() && failed.value(groups.value(2).toLongLong());
        if (isFailed && !wasFailed)
            perSnapshot[groups.value(0).toLongLong()] += groups.value(3).toLongLong();
    }
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE snapshots SET new_failures = ? WHERE id = ?"_s)) {
        *error = HistorySql::describe(update);
        return false;
    }
    for (auto it = perSnapshot.cbegin(); it != perSnapshot.cend(); ++it) {
        if (!HistorySql::rerun(update, {it.value(), it.key()}, error))
            return false;
    }
    return true;
}

bool HistorySchema::backfillNewReasonGroups(QSqlDatabase &db, QString *error)
{
    // Walk each campaign's snapshots in order and note the groups it had not had before; the
    // first snapshot of a campaign has nothing to compare against and notes none.
    QSqlQuery rows(db);
    if (!HistorySql::run(rows,
                         u"SELECT s.campaign_id, s.id, c.string_id, c.count FROM snapshots s "
                         "JOIN snapshot_counts c ON c.snapshot_id = s.id AND c.kind = %1 "
                         "ORDER BY s.campaign_id, s.id"_s.arg(ReasonGroupCount),
                         {}, error))
        return false;
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO snapshot_counts(snapshot_id, kind, string_id, count) "
                        "VALUES(?, %1, ?, ?)"_s.arg(NewReasonGroup))) {
        *error = HistorySql::describe(insert);
        return false;
    }
    QSqlQuery firsts(db);
    if (!HistorySql::run(firsts,
                         u"SELECT campaign_id, MIN(id) FROM snapshots GROUP BY campaign_id"_s, {},
                         error))
        return false;
    QHash<qint64, qint64> firstSnapshot; // campaign -> its first snapshot
    while (firsts.next())
        firstSnapshot.insert(firsts.value(0).toLongLong(), firsts.value(1).toLongLong());
    QHash<qint64, QSet<qint64>> seen; // campaign -> groups seen so far
    while (rows.next()) {
        const qint64 campaign = rows.value(0).toLongLong();
        const qint64 snapshot = rows.value(1).toLongLong();
        const qint64 group = rows.value(2).toLongLong();
        const qint64 first = firstSnapshot.value(campaign);
        QSet<qint64> &groups = seen[campaign];
        if (groups.contains(group))
            continue;
        groups.insert(group);
        if (snapshot != first &&
            !HistorySql::rerun(insert, {snapshot, group, rows.value(3)}, error))
            return false;
    }
    return true;
}

} // namespace fota
