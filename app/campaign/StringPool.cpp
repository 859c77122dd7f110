// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/StringPool.h"

namespace fota {

StringPool::StringPool()
{
    m_strings.append(QString());
    m_index.insert(QString(), 0);
}

std::optional<StringPool> StringPool::fromStrings(const QStringList &strings)
{
    if (strings.isEmpty() || !strings.first().isEmpty())
        return std::nullopt;
    StringPool pool;
    pool.m_strings.reserve(strings.size());
    pool.m_index.reserve(strings.size());
    for (qsizetype i = 1; i < strings.size(); ++i) {
        if (pool.intern(strings[i]) != quint32(i))
            return std::nullopt; // a repeat
    }
    return pool;
}

quint32 StringPool::intern(const QString &text)
{
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd())
        return it.value();
    const auto index = quint32(m_strings.size());
    m_strings.append(text);
    m_index.insert(text, index);
    return index;
}

std::optional<quint32> StringPool::find(const QString &text) const
{
    const auto it = m_index.constFind(text);
    if (it == m_index.constEnd())
        return std::nullopt;
    return it.value();
}

qint64 StringPool::memoryBytes() const
{
    qint64 bytes = 0;
    for (const QString &s : m_strings)
        bytes += 2 * (sizeof(QString) + 32) + s.capacity() * 2; // vector entry, hash node, text
    return bytes;
}

} // namespace fota
