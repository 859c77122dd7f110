// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/HistoryStrings.h"

#include "history/HistorySql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fota {

qint64 HistoryStrings::intern(const QString &text, QString *error)
{
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return it.value();
    QSqlQuery q(*m_db);
    if (!HistorySql::run(q, u"INSERT INTO strings(text) VALUES(?) ON CONFLICT(text) DO NOTHING"_s,
                         {HistorySql::text(text)}, error))
        return -1;
    const QVariant id = HistorySql::scalar(*m_db, u"SELECT id FROM strings WHERE text = ?"_s,
                                           {HistorySql::text(text)}, error);
    if (!id.isValid())
        return -1;
    m_ids.insert(text, id.toLongLong());
    m_texts.insert(id.toLongLong(), text);
    return id.toLongLong();
}

QString HistoryStrings::text(qint64 id, QString *error)
{
    const auto it = m_texts.constFind(id);
    if (it != m_texts.constEnd())
        return it.value();
    const QVariant text =
        HistorySql::scalar(*m_db, u"SELECT text FROM strings WHERE id = ?"_s, {id}, error);
    if (!text.isValid())
        return {};
    m_texts.insert(id, text.toString());
    m_ids.insert(text.toString(), id);
    return text.toString();
}

} // namespace fota
