// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace fota {

// How the window writes a stored time: in UTC or in the local time zone, and always able to
// say which. The table's cells are plain times under a header that names the zone; anything
// shown without such a header (the detail pane, tooltips, "Refreshed at") names the zone or
// offset itself. One object decides, so every place switches together.
class TimeDisplay
{
public:
    // Times are written in the default QLocale's form (the window's language, --lang or the
    // system locale), read once here.
    explicit TimeDisplay(bool utc = true);

    bool isUtc() const { return m_utc; }
    void setUtc(bool utc) { m_utc = utc; }

    // "2026-11-22 04:07:00" whatever the locale: what a spreadsheet reads as a date (the
    // clipboard's cells); empty for kNoTime.
    QString time(qint64 msSinceEpoch) const;
    // The same time as the locale writes it, seconds and a four-digit year kept: "22.11.2026
    // 04:07:00" in German, "11/22/2026 4:07:00 AM" in US English; the C locale (no locale set)
    // keeps "2026-11-22 04:07:00". For the table's cells; empty for kNoTime.
    QString displayTime(qint64 msSinceEpoch) const;
    // "UTC", or "local, Europe/Paris": for a column header.
    QString zoneName() const;
    // displayTime() with its zone: "2026-11-22 04:07:00 UTC", or "2026-11-22 05:07:00
    // UTC+01:00" (the offset of that very time, so summer and winter times each say theirs).
    QString timeWithZone(qint64 msSinceEpoch) const;
    // "14:05 UTC" or "15:05 UTC+01:00" (the locale's hours and minutes: "3:05 PM" in US English).
    QString clockWithZone(qint64 msSinceEpoch) const;
    // "UTC", "UTC+01:00", "UTC−03:30".
    static QString offsetText(int offsetSeconds);
    // A calendar date as the default locale writes it with a four-digit year ("20.11.2026";
    // "2026-11-20" in the C locale).
    static QString dateText(const QDate &date);
    // The same in `locale`'s form (the report's, which need not be the default).
    static QString dateText(const QDate &date, const QLocale &locale);
    // The QDateTime format displayTime() uses for `locale`; empty for the C locale, which
    // keeps the ISO-like form.
    static QString dateTimeFormat(const QLocale &locale);

private:
    bool m_utc;
    QLocale m_locale;
    QString m_format;
    QString m_clockFormat;
};

} // namespace fota
