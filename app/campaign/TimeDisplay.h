// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fota {

// How the window writes a stored time: in UTC or in the local time zone, and always able to
// say which. The table's cells are plain times under a header that names the zone; anything
// shown without such a header (the detail pane, tooltips, "Refreshed at") names the zone or
// offset itself. One object decides, so every place switches together.
class TimeDisplay
{
public:
    explicit TimeDisplay(bool utc = true)
        : m_utc(utc)
    {}

    bool isUtc() const { return m_utc; }
    void setUtc(bool utc) { m_utc = utc; }

    // "2026-11-22 04:07:00": what a spreadsheet reads as a date; empty for kNoTime.
    QString time(qint64 msSinceEpoch) const;
    // "UTC", or "local, Europe/Paris": for a column header.
    QString zoneName() const;
    // "2026-11-22 04:07:00 UTC", or "2026-11-22 05:07:00 UTC+01:00" (the offset of that very
    // time, so summer and winter times each say theirs).
    QString timeWithZone(qint64 msSinceEpoch) const;
    // "14:05 UTC" or "15:05 UTC+01:00".
    QString clockWithZone(qint64 msSinceEpoch) const;
    // "UTC", "UTC+01:00", "UTC−03:30".
    static QString offsetText(int offsetSeconds);

private:
    bool m_utc;
};

} // namespace fota
