// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fota {

// Text for stored times. Hand-written for the same reason as TimeParser: an export of a million
// devices formats three million times, and QDateTime::toString costs microseconds each.
class TimeFormat
{
public:
    // "2022-10-05T21:05:27.129Z"; empty for kNoTime.
    static QString isoUtcMillis(qint64 msSinceEpoch);
    // Appends the same text as UTF-8 without allocating a QString.
    static void appendIsoUtcMillis(QByteArray &out, qint64 msSinceEpoch);
    // "2022-10-05 21:05:27" in UTC, for the table.
    static QString displayUtc(qint64 msSinceEpoch);
    static void civilFromDays(qint64 days, int *year, int *month, int *day);
};

} // namespace fota
