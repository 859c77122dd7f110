// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace fota {

// Each distinct string once, addressed by a 32-bit index. Statuses and reasons repeat across
// hundreds of thousands of devices; a million QStrings of ~70 characters would cost ~180 MB.
// Index 0 is always the empty string.
class StringPool
{
public:
    StringPool();
    // A pool holding exactly these strings at these indexes; nullopt unless the first is empty
    // and none repeats (what a pool's own strings() always are).
    static std::optional<StringPool> fromStrings(const QStringList &strings);

    quint32 intern(const QString &text);
    const QString &at(quint32 index) const { return m_strings.at(index); }
    qsizetype size() const { return m_strings.size(); }
    std::optional<quint32> find(const QString &text) const;
    qint64 memoryBytes() const;
    const QVector<QString> &strings() const { return m_strings; }

private:
    QVector<QString> m_strings;
    QHash<QString, quint32> m_index;
};

} // namespace fota
