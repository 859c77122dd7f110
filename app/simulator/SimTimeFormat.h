// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace fota::sim {

// The time texts ThingSpace sends. Formatting is done by hand (not QDateTime) because a report
// page formats thousands of times and the digits must be under exact control: every text emitted
// must denote exactly the stored millisecond value.
class SimTimeFormat
{
public:
    // Fewest fraction digits that still denote ms exactly: 0 for whole seconds ... 3.
    static int minimalFractionDigits(qint64 ms);
    // "2022-10-05T21:05:01.19Z"; fractionDigits (0-3) must be >= minimalFractionDigits(ms).
    static void appendRfc3339(QByteArray &out, qint64 ms, int fractionDigits);
    static QString rfc3339(qint64 ms, int fractionDigits);
    // Go's time.String(): "2022-01-26 03:45:01.608 +0000 UTC", trailing fraction zeros dropped.
    static void appendGoStyle(QByteArray &out, qint64 ms);
    static QString goStyle(qint64 ms);
    // "2026-11-20"
    static QString plainDate(qint64 ms);
    // ms since epoch of a UTC civil time.
    static qint64 toMs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);
};

} // namespace fota::sim
