// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <string_view>
#include <unordered_map>

namespace fota {

// Interns one page's statuses or reasons from their raw JSON tokens. A page of a thousand devices
// has a handful of distinct statuses and reasons, so each distinct token is turned into text once
// and every other row costs one hash lookup on bytes that are already in memory. Index 0 is the
// empty string (null, missing, an object or an array).
class PageStringTable
{
public:
    PageStringTable() { clear(); }

    // The raw tokens must stay valid until take() (they point into the page's buffer).
    template <typename MakeText> quint32 intern(std::string_view token, MakeText makeText)
    {
        if (token == m_lastToken)
            return m_lastIndex;
        auto it = m_byToken.find(token);
        if (it == m_byToken.end())
            it = m_byToken.emplace(token, internText(makeText())).first;
        m_lastToken = token;
        m_lastIndex = it->second;
        return it->second;
    }
    quint32 internText(const QString &text);
    // Hands over the table (index 0 first) and starts a new, empty one.
    QStringList take();
    void clear();

private:
    std::unordered_map<std::string_view, quint32> m_byToken;
    QHash<QString, quint32> m_byText;
    QStringList m_texts;
    std::string_view m_lastToken;
    quint32 m_lastIndex = 0;
};

} // namespace fota
