// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/TransitionComposer.h"

#include <QSet>

namespace fota {

namespace {

// Where a device already is, or `next` after noting it there.
template <typename Key> qsizetype slot(QHash<Key, qsizetype> &index, const Key &key, qsizetype next)
{
    const auto it = index.constFind(key);
    if (it != index.constEnd())
        return it.value();
    index.insert(key, next);
    return next;
}

} // namespace

void TransitionComposer::add(const QVariant &device, qint64 from, qint64 to, qint64 row,
                             const QVariant &statusTimeMs)
{
    m_rows.push_back(row);
    const auto next = qsizetype(m_folded.size());
    const bool numeric =
        device.typeId() == QMetaType::LongLong || device.typeId() == QMetaType::Int;
    const qsizetype index = numeric ? slot(m_numeric, device.toLongLong(), next)
                                    : slot(m_text, device.toString(), next);
    if (index == next) {
        m_folded.push_back({device, from, to, row, statusTimeMs});
        return;
    }
    Folded &f = m_folded[size_t(index)];
    f.to = to;
    f.lastRow = row;
    f.statusTimeMs = statusTimeMs;
}

std::vector<TransitionComposer::Folded> TransitionComposer::changed() const
{
    std::vector<Folded> out;
    for (const Folded &f : m_folded) {
        if (f.from != f.to)
            out.push_back(f);
    }
    return out;
}

std::vector<qint64> TransitionComposer::redundantRows() const
{
    QSet<qint64> keep;
    for (const Folded &f : m_folded) {
        if (f.from != f.to)
            keep.insert(f.lastRow);
    }
    std::vector<qint64> rows;
    for (qint64 r : m_rows) {
        if (!keep.contains(r))
            rows.push_back(r);
    }
    return rows;
}

} // namespace fota
