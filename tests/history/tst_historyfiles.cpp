// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The history file itself: a file of the first schema migrated to the current one, and
// files that are not ours (not SQLite, another program's, newer, damaged) refused with a clear
// error and left byte for byte as they were.
#include "history/HistorySchema.h"
#include "history/HistoryStore.h"
#include "history/PackedTable.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

const CampaignKey kKey{u"https://thingspace.verizon.com"_s, u"0000123456-00001"_s,
                       u"7d3f1c2e-0b5a-4e6f-8a9b-112233445566"_s};

DeviceRecord device(const QString &id, const QString &status, const QString &reason = {})
{
    DeviceRecord r;
    r.deviceId = id;
    r.status = status;
    r.resultReason = reason;
    return r;
}

// Runs statements on a plain SQLite connection, as another program (or an old release) would.
void writeRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList columns(const QString &path, const QString &table)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"columns"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA table_info(%1)"_s.arg(table));
            while (q.next())
                names.append(q.value(1).toString() + u' ' + q.value(2).toString() + u' ' +
                             q.value(3).toString() + u' ' + q.value(4).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"columns"_s);
    return names;
}

} // namespace

class TestHistoryFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_files)); }

    // Opening must fail with `kind`, and leave the file (and its folder) exactly as it was.
    void expectRefused(const QString &path, HistoryError::Kind kind)
    {
        const QByteArray before = digest(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        HistoryStore history;
        QVERIFY(!history.open(path));
        QCOMPARE(int(history.lastError().kind), int(kind));
        QVERIFY(history.lastError().message.contains(QFileInfo(path).fileName()));
        QVERIFY(history.lastError().message.contains(u"left as it is"_s));
        QVERIFY(!history.record(kKey, DeviceStore(), 1));
        QCOMPARE(digest(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal, -shm
    }

private slots:
    void migratesTheFirstSchema()
    {
        const QString path = newPath();
        DeviceStore table;
        table.upsert({device(u"11"_s, u"UpgradeFailed"_s, u"Battery low"_s),
                      device(u"12"_s, u"UpgradeSuccess"_s), device(u"13"_s, u"UpgradePending"_s)});
        const QString blob = QString::fromLatin1(PackedTable::encode(table).toHex());
        // Three snapshots as version 1 wrote them: the second changed two devices.
        QStringList v1 = HistorySchema::ddl(1);
        v1 += {
            u"INSERT INTO campaigns VALUES(1, 'https://thingspace.verizon.com', "
            "'0000123456-00001', '7d3f1c2e-0b5a-4e6f-8a9b-112233445566')"_s,
            u"INSERT INTO strings VALUES(1, 'UpgradePending'), (2, 'UpgradeFailed'), "
            "(3, 'UpgradeSuccess'), (4, 'Timeout'), (5, 'Battery low')"_s,
            u"INSERT INTO snapshots VALUES(1, 1, 1000, 3, 3, 0, 0, 0, 3, 0, 0, 0, 0)"_s,
            u"INSERT INTO snapshots VALUES(2, 1, 2000, 3, 3, 0, 1, 1, 1, 0, 0, 0, 2)"_s,
            u"INSERT INTO snapshots VALUES(3, 1, 3000, 3, 3, 0, 1, 1, 1, 0, 0, 0, 0)"_s,
            u"INSERT INTO snapshot_counts VALUES(1, 0, 1, 3), (2, 0, 1, 1), (2, 0, 2, 1), "
            "(2, 0, 3, 1), (2, 1, 5, 1), (3, 0, 1, 1), (3, 0, 2, 1), (3, 0, 3, 1), (3, 1, 5, 1)"_s,
            u"INSERT INTO transitions VALUES(2, %1, 1, 2), (2, %2, 1, 3)"_s
                .arg((quint64(11) << 5) | 2)
                .arg((quint64(12) << 5) | 2),
            u"INSERT INTO latest_tables VALUES(1, 3, 1, X'%1')"_s.arg(blob),
        };
        writeRaw(path, v1);

        HistoryStore history;
        QVERIFY2(history.open(path), qPrintable(history.lastError().message));
        QCOMPARE(history.schemaVersion(), HistorySchema::kCurrentVersion);
        const QList<Snapshot> all = history.snapshots(kKey, 0, 10'000);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].lastChangeMs, 1000);
        QCOMPARE(all[1].lastChangeMs, 2000);
        QCOMPARE(all[2].lastChangeMs, 2000);
        QCOMPARE(all[1].newFailures, 1);
        QCOMPARE(all[2].newFailures, 0);
        QCOMPARE(all[1].newReasonGroups, QStringList{u"Battery low"_s});
        QVERIFY(all[2].newReasonGroups.isEmpty());
        QCOMPARE(all[1].statusCounts.value(u"UpgradeFailed"_s), 1);
        QCOMPARE(all[1].latestPendingNextAttemptMs, kNoTime); // unknown in version 1
        const auto since = history.transitions(kKey, 1, 3);
        QVERIFY(since);
        const QMap<QString, qint64> expected{{u"UpgradePending→UpgradeFailed"_s, 1},
                                             {u"UpgradePending→UpgradeSuccess"_s, 1}};
        QCOMPARE(since->counts, expected);
        QCOMPARE(history.deviceChanges(kKey, u"11"_s).size(), 1);
        const auto latest = history.latestTable(kKey);
        QVERIFY(latest && latest->store.size() == 3);

        // A migrated file goes on like a new one: the next load compares with the old table.
        DeviceStore next = table;
        next.upsert({device(u"13"_s, u"UpgradeSuccess"_s)});
        const auto r = history.record(kKey, next, 4000);
        QVERIFY2(r, qPrintable(history.lastError().message));
        QCOMPARE(r->transitions, (QMap<QString, qint64>{{u"UpgradePending→UpgradeSuccess"_s, 1}}));

        // And it has exactly the tables and columns a new file gets.
        const QString fresh = newPath();
        {
            HistoryStore created;
            QVERIFY(created.open(fresh));
        }
        for (const QString &t : HistorySchema::tables())
            QCOMPARE(columns(path, t), columns(fresh, t));
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString path = newPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("campaign notes, not a database\n");
        f.close();
        expectRefused(path, HistoryError::NotSqlite);
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString path = newPath();
        writeRaw(path, {u"CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"_s,
                        u"INSERT INTO notes(body) VALUES('keep me')"_s});
        expectRefused(path, HistoryError::Foreign);
        // Even one that happens to use the same table names.
        const QString lookalike = newPath();
        QStringList ddl = HistorySchema::ddl(HistorySchema::kCurrentVersion);
        ddl.removeIf([](const QString &s) { return s.startsWith(u"PRAGMA application_id"_s); });
        writeRaw(lookalike, ddl);
        expectRefused(lookalike, HistoryError::Foreign);
    }

    void refusesANewerSchema()
    {
        const QString path = newPath();
        QStringList ddl = HistorySchema::ddl(HistorySchema::kCurrentVersion);
        ddl.append(u"PRAGMA user_version = %1"_s.arg(HistorySchema::kCurrentVersion + 1));
        writeRaw(path, ddl);
        expectRefused(path, HistoryError::NewerVersion);
    }

    void refusesADamagedFile()
    {
        const QString path = newPath();
        {
            HistoryStore history;
            QVERIFY(history.open(path));
            QVERIFY(history.record(kKey, DeviceStore(), 1000));
        } // closing checkpoints the WAL into the file and removes it
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // past the header: the schema page itself
        f.write(QByteArray(2000, '\xA5'));
        f.close();
        expectRefused(path, HistoryError::Corrupt);
    }

    void createsTheFolderAndAcceptsAnEmptyFile()
    {
        const QString nested = m_dir.filePath(u"a/b/history.sqlite"_s);
        HistoryStore created;
        QVERIFY(created.open(nested));
        QVERIFY(QFile::exists(nested));
        const QString empty = newPath();
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        HistoryStore fromEmpty;
        QVERIFY(fromEmpty.open(empty));
        QCOMPARE(fromEmpty.schemaVersion(), HistorySchema::kCurrentVersion);
        HistoryStore onAFolder;
        QVERIFY(!onAFolder.open(m_dir.path()));
        QCOMPARE(int(onAFolder.lastError().kind), int(HistoryError::Io));
    }

    void waitsForAnotherWriterOfANewFile()
    {
        // Another process that is creating the same new file holds its write lock. SQLite
        // gives up on the switch to write-ahead logging at once, without its busy wait, so
        // the store must wait for the lock itself, and name the lock if it outlasts the wait.
        const QString path = newPath();
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery begin(other);
            QVERIFY(begin.exec(u"BEGIN IMMEDIATE"_s));
            HistoryStore meanwhile;
            meanwhile.setBusyTimeoutMs(50);
            QVERIFY(!meanwhile.open(path));
            QCOMPARE(int(meanwhile.lastError().kind), int(HistoryError::Io));
            QVERIFY2(meanwhile.lastError().message.contains(u"locked by another process"_s),
                     qPrintable(meanwhile.lastError().message));
            QVERIFY(begin.exec(u"COMMIT"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        HistoryStore after;
        after.setBusyTimeoutMs(50);
        QVERIFY2(after.open(path), qPrintable(after.lastError().message));
        QCOMPARE(after.schemaVersion(), HistorySchema::kCurrentVersion);
    }

    void defaultPathIsInTheDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(HistoryStore::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(HistoryStore::defaultPath().endsWith(u"/history.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(TestHistoryFiles)
#include "tst_historyfiles.moc"
