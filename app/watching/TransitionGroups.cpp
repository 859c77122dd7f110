// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watching/TransitionGroups.h"

#include "campaign/StatusBucket.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QString bucketWord(const QString &status)
{
    return StatusBuckets::displayName(StatusBuckets::fromStatus(status)).toLower();
}

QString count(qint64 n)
{
    QLocale l;
    if (l.language() == QLocale::C)
        l = QLocale(QLocale::English, QLocale::UnitedStates);
    return l.toString(n);
}

} // namespace

QList<TransitionGroups::Line> TransitionGroups::byBucket(const QMap<QString, qint64> &counts)
{
    QMap<std::pair<QString, QString>, qint64> folded;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const qsizetype arrow = it.key().indexOf(u'→');
        if (arrow < 0)
            continue;
        const QString from = it.key().left(arrow);
        const QString to = it.key().mid(arrow + 1);
        std::pair<QString, QString> line;
        if (from.isEmpty() || to.isEmpty()) {
            line = {from.isEmpty() ? QCoreApplication::translate("TransitionGroups", "new")
                                   : bucketWord(from),
                    to.isEmpty() ? QCoreApplication::translate("TransitionGroups", "gone")
                                 : bucketWord(to)};
        } else if (StatusBuckets::fromStatus(from) == StatusBuckets::fromStatus(to)) {
            line = {from, to};
        } else {
            line = {bucketWord(from), bucketWord(to)};
        }
        folded[line] += it.value();
    }
    QList<Line> lines;
    for (auto it = folded.cbegin(); it != folded.cend(); ++it)
        lines.append({it.key().first, it.key().second, it.value()});
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.devices > b.devices; });
    return lines;
}

QString TransitionGroups::summary(const QList<Line> &lines, int maxLines)
{
    QStringList parts;
    for (qsizetype i = 0; i < lines.size() && i < maxLines; ++i)
        //: One group of changes: %1 how many devices, %2 the status they had, %3 the status they
        //: have now.
        parts << QCoreApplication::translate("TransitionGroups", "%1 %2 → %3")
                     .arg(count(lines[i].devices), lines[i].from, lines[i].to);
    if (lines.size() > maxLines) {
        qint64 rest = 0;
        for (qsizetype i = maxLines; i < lines.size(); ++i)
            rest += lines[i].devices;
        parts << QCoreApplication::translate("TransitionGroups", "%1 more").arg(count(rest));
    }
    return parts.join(u", "_s);
}

} // namespace fota
