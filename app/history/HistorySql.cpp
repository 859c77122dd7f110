// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/HistorySql.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace fota {

QVariant HistorySql::text(const QString &s)
{
    static const QString empty = QStringLiteral("");
    return s.isNull() ? QVariant(empty) : QVariant(s);
}

bool HistorySql::fillBlob(QSqlDatabase &db, const char *table, const char *column, qint64 rowId,
                          const QByteArray &data, QString *error)
{
    // QtSql has no incremental blob I/O; its SQLite driver hands out the connection for that.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = u"no SQLite connection"_s;
        return false;
    }
    if (data.size() > std::numeric_limits<int>::max()) {
        *error = QString::fromUtf8(sqlite3_errstr(SQLITE_TOOBIG));
        return false;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_blob *blob = nullptr;
    int rc = sqlite3_blob_open(connection, "main", table, column, rowId, 1, &blob);
    if (rc == SQLITE_OK && !data.isEmpty())
        rc = sqlite3_blob_write(blob, data.constData(), int(data.size()), 0);
    const int closed = sqlite3_blob_close(blob); // harmless on null
    if (rc == SQLITE_OK)
        rc = closed;
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errstr(rc));
    return rc == SQLITE_OK;
}

QString HistorySql::describe(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.simplified();
}

bool HistorySql::exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = describe(q);
    return false;
}

bool HistorySql::run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values,
                     QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = describe(query);
        return false;
    }
    return rerun(query, values, error);
}

bool HistorySql::rerun(QSqlQuery &query, std::initializer_list<QVariant> values, QString *error)
{
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, v);
    if (query.exec())
        return true;
    if (error)
        *error = describe(query);
    return false;
}

QVariant HistorySql::scalar(QSqlDatabase &db, const QString &sql,
                            std::initializer_list<QVariant> values, QString *error)
{
    QSqlQuery q(db);
    if (!run(q, sql, values, error))
        return {};
    return q.next() ? q.value(0) : QVariant();
}

} // namespace fota
