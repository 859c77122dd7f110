// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace fota {

// Small helpers over QSqlQuery that turn a failed statement into one error line.
class HistorySql
{
public:
    // Runs a statement without results.
    static bool exec(QSqlDatabase &db, const QString &sql, QString *error);
    // Prepares and runs `sql` with positional values; the query is left on its results.
    static bool run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values,
                    QString *error);
    // Runs an already prepared query again with new values.
    static bool rerun(QSqlQuery &query, std::initializer_list<QVariant> values, QString *error);
    // The first column of the first row, or an invalid QVariant (also on error).
    static QVariant scalar(QSqlDatabase &db, const QString &sql,
                           std::initializer_list<QVariant> values, QString *error);
    static QString describe(const QSqlQuery &query);
    // Fills a blob column already inserted as zeroblob(data.size()) in place, page by page.
    // A row is built whole in memory when it is inserted, so a 14 MB table bound as a value
    // cost as much again while it was written; a zeroblob is written as zeros without one.
    static bool fillBlob(QSqlDatabase &db, const char *table, const char *column, qint64 rowId,
                         const QByteArray &data, QString *error);
    // A null QString binds as SQL NULL; an empty text must stay an empty text.
    static QVariant text(const QString &s);
};

} // namespace fota
