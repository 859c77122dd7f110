// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace fota {

// Status changes told the way an operator reads them: "1,204 pending → succeeded, 88 pending →
// failed". The raw FROM→TO counts (TransitionSet::key) are folded into status buckets; a change
// within one bucket ("Success → UpgradeSuccess") keeps its raw statuses, so nothing is hidden.
class TransitionGroups
{
public:
    struct Line
    {
        QString from; // a bucket's name in lower case, a raw status, or "new"
        QString to;   // the same, or "gone"
        qint64 devices = 0;
        friend bool operator==(const Line &, const Line &) = default;
    };

    // Most devices first, then by text.
    static QList<Line> byBucket(const QMap<QString, qint64> &counts);
    // The first maxLines lines, "1,204 pending → succeeded, ..." and "and N more" beyond.
    static QString summary(const QList<Line> &lines, int maxLines);
};

} // namespace fota
