// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watching/SinceChoice.h"

#include <QDateTime>
#include <QTimeZone>

namespace fota {

qint64 SinceChoice::startOfDay(qint64 nowMs, int daysBack, bool utc)
{
    const QDateTime now = utc ? QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc())
                              : QDateTime::fromMSecsSinceEpoch(nowMs);
    const QDate day = now.date().addDays(-daysBack);
    const QDateTime start =
        utc ? QDateTime(day, QTime(0, 0), QTimeZone::utc()) : QDateTime(day, QTime(0, 0));
    return start.toMSecsSinceEpoch();
}

qint64 SinceChoice::timeFor(Kind kind, qint64 nowMs, bool utc, qint64 previousSnapshotMs,
                            qint64 chosenMs)
{
    switch (kind) {
    case PreviousRefresh:
        return previousSnapshotMs;
    case ThisMorning:
        return startOfDay(nowMs, 0, utc);
    case Yesterday:
        return startOfDay(nowMs, 1, utc);
    case Chosen:
        break;
    }
    return chosenMs;
}

} // namespace fota
