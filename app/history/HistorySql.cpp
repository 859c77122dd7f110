// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/HistorySql.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace fota {

QVariant HistorySql::text(const QString &s)
{
    static const QString empty = QStringLiteral("");
    return s.isNull() ? QVariant(empty) : QVariant(s);
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
