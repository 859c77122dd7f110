// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/FoldedPool.h"

#include <algorithm>

namespace fota {

namespace {

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString FoldedPool::fold(QStringView text)
{
    if (isAscii(text))
        return text.toString().toCaseFolded();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded();
}

void FoldedPool::update(const StringPool &pool, quint64 generation)
{
    if (generation != m_generation || pool.size() < m_seen) {
        m_generation = generation;
        m_seen = 0;
        m_folded.clear();
    }
    for (; m_seen < pool.size(); ++m_seen) {
        const QString &text = pool.at(quint32(m_seen));
        if (!isAscii(text))
            m_folded.insert(quint32(m_seen), fold(text));
    }
}

bool FoldedPool::contains(const StringPool &pool, quint32 index, QStringView foldedNeedle) const
{
    const auto it = m_folded.constFind(index);
    if (it != m_folded.constEnd())
        return it->contains(foldedNeedle);
    // ASCII: folding is lower-casing, which a case-insensitive search does.
    return pool.at(index).contains(foldedNeedle, Qt::CaseInsensitive);
}

} // namespace fota
