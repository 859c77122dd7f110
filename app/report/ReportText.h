// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"
#include "progress/Eta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace fota {

// The words and numbers of a campaign report in the reader's locale, shared by the HTML and
// the PDF writer so both say exactly the same: counts with the locale's grouping, dates and
// times with the zone they are in, durations, the ETA and its basis. Server text goes through
// safe() (one line, control characters visible, capped) before any markup sees it.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    ReportText(const QLocale &locale, bool utc);

    const QLocale &locale() const { return m_locale; }
    QString count(qint64 n) const;
    QString percent(qint64 part, qint64 whole) const;
    // "Sunday, 22 November 2026, 10:42 UTC+01:00 (Europe/Paris)", "…, 09:42 UTC".
    QString timeWithZone(qint64 ms) const;
    // "22/11/2026 10:42": for table cells under a header that names the zone (zoneName()).
    QString shortTime(qint64 ms) const;
    // "22/11/2026 10:42 UTC+01:00": a short time that names its offset.
    QString shortTimeWithZone(qint64 ms) const;
    // "UTC", or "local time, Europe/Paris".
    QString zoneName() const;
    // "3 d 4 h", "5 h 20 min", "12 min", "less than a minute".
    QString duration(qint64 ms) const;
    // A raw status as a reader sees it: "(no status)" when empty.
    QString status(const QString &raw) const;
    // A transition's side: "(not in the campaign)" when empty.
    QString transitionSide(const QString &raw) const;
    static QString bucket(StatusBucket bucket);

    // "Done", "≈ Thu 26 Nov 2026 14:00 (between … and …)", "Not converging", ...
    QString etaSummary(const Eta &eta) const;
    // What the estimate rests on: the throughput over the recent window, or the latest next
    // attempt of a pending device.
    QString etaBasis(const Eta &eta) const;

    // Untrusted text made safe for any markup: one line, control and bidi characters visible,
    // at most maxChars, no XML-invalid code points. Still needs escaping for the markup.
    static QString safe(const QString &text, qsizetype maxChars = 1000);

private:
    QDateTime at(qint64 ms) const;

    QLocale m_locale;
    bool m_utc;
};

} // namespace fota
