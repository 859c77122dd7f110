// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/PageStringTable.h"

namespace fota {

quint32 PageStringTable::internText(const QString &text)
{
    // Two spellings can mean one text ("a" and "\u0061", 5 and 5.0): one entry for both.
    const auto it = m_byText.constFind(text);
    if (it != m_byText.cend())
        return it.value();
    const auto index = quint32(m_texts.size());
    m_texts.append(text);
    m_byText.insert(text, index);
    return index;
}

QStringList PageStringTable::take()
{
    QStringList texts = std::move(m_texts);
    clear();
    return texts;
}

void PageStringTable::clear()
{
    m_byToken.clear();
    m_byText.clear();
    m_texts = QStringList{QString()};
    m_byText.insert(QString(), 0);
    m_lastToken = {};
    m_lastIndex = 0;
}

} // namespace fota
