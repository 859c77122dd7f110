// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace fota {

// The strings table: every status and reason group is stored once and referred to by id.
// Ids never change once committed, so the cache stays valid across other processes' writes;
// after a rollback it is dropped, because ids handed out inside it were never committed.
class HistoryStrings
{
public:
    explicit HistoryStrings(QSqlDatabase *db)
        : m_db(db)
    {}

    // Inside a write transaction: the id of `text`, inserting it if new; -1 on error.
    qint64 intern(const QString &text, QString *error);
    // The text of an id, reading the table once per unknown id; empty if unknown.
    QString text(qint64 id, QString *error);
    void rollback()
    {
        m_ids.clear();
        m_texts.clear();
    }

private:
    QSqlDatabase *m_db;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_texts;
};

} // namespace fota
