// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StringPool.h"

#include <QHash>
#include <QString>
#include <QStringView>

namespace fota {

// The search form of a string pool: case and accents folded away, so "mise a jour" finds
// "Mise à jour". Each distinct string is folded once when it first appears, never per row or
// per keystroke: a filter over a million rows only compares the few distinct reasons.
// Only strings with non-ASCII characters are kept folded; for ASCII text a case-insensitive
// search already is the fold, and most reasons are ASCII.
class FoldedPool
{
public:
    // Case folded, compatibility decomposed, combining marks dropped.
    static QString fold(QStringView text);

    // Folds the entries added since the last call; starts over for another store generation.
    void update(const StringPool &pool, quint64 generation);
    // Whether entry `index` of `pool` contains `foldedNeedle` (a fold() result). The pool must
    // be the one last passed to update().
    bool contains(const StringPool &pool, quint32 index, QStringView foldedNeedle) const;

private:
    quint64 m_generation = 0;
    qsizetype m_seen = 0;
    QHash<quint32, QString> m_folded; // pool index -> folded text, non-ASCII entries only
};

} // namespace fota
