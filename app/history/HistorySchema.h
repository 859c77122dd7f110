// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fota {

// The history file's tables, by version. Every version's DDL stays here, so a test can build a
// file exactly as an older release wrote it and check that migrate() brings it up to date.
// Version 1: campaigns, strings, snapshots (bucket counts), per-status and per-reason counts,
// transitions and the latest packed table. Version 2: overdue, new failures, the ETA floor,
// the time of the last change and the load duration per snapshot, first-seen reason groups,
// and each transition's status time.
class HistorySchema
{
public:
    static constexpr int kCurrentVersion = 2;
    // PRAGMA application_id: tells our files from other SQLite databases ("FOTA").
    static constexpr int kApplicationId = 0x464F5441;

    // Kinds of rows in snapshot_counts.
    enum CountKind
    {
        StatusCount = 0,
        ReasonGroupCount = 1,
        NewReasonGroup = 2, // since version 2
    };

    // The statements that create version `version` in an empty database, ending with the
    // pragmas that stamp it. Empty for an unknown version.
    static QStringList ddl(int version);
    // Upgrades the open database from `fromVersion` to kCurrentVersion inside the caller's
    // transaction; false with *error set if a step failed.
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
    // The tables a file of the current version must have.
    static QStringList tables();

private:
    static bool migrate1to2(QSqlDatabase &db, QString *error);
    static bool backfillNewFailures(QSqlDatabase &db, QString *error);
    static bool backfillNewReasonGroups(QSqlDatabase &db, QString *error);
};

} // namespace fota
