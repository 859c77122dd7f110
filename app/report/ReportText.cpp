// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportText.h"

#include "campaign/TimeDisplay.h"
#include "common/DisplayNumbers.h"
#include "common/SafeText.h"
#include "thingspace/TimeParser.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fota {

ReportText::ReportText(const QLocale &locale, bool utc)
    : m_locale(DisplayNumbers::locale(locale))
    , m_utc(utc)
{}

QString ReportText::count(qint64 n) const
{
    return DisplayNumbers::count(m_locale, n);
}

QString ReportText::percent(qint64 part, qint64 whole) const
{
    return DisplayNumbers::percent(m_locale, part, whole);
}

QDateTime ReportText::at(qint64 ms) const
{
    return m_utc ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                 : QDateTime::fromMSecsSinceEpoch(ms);
}

QString ReportText::timeWithZone(qint64 ms) const
{
    if (ms == kNoTime)
        //: A time that is not known (no time was reported).
        return tr("—");
    const QDateTime t = at(ms);
    const QString zone = m_utc ? u"UTC"_s : TimeDisplay::offsetText(t.offsetFromUtc());
    const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    // "UTC (Etc/UTC)" says nothing twice over; a named zone ("Europe/Paris") says more.
    const bool plain = m_utc || id.isEmpty() || id == "UTC"_L1 || id.startsWith("Etc/"_L1);
    //: %1 the UTC offset ("UTC+01:00"), %2 the time zone's name ("Europe/Paris").
    const QString named = plain ? zone : tr("%1 (%2)", "offset (zone)").arg(zone, id);
    //: %1 the date in words, %2 the time of day, %3 its zone ("UTC" or "UTC+01:00 (Europe/Paris)").
    return tr("%1, %2 %3", "date, time and zone")
        .arg(m_locale.toString(t.date(), QLocale::LongFormat),
             m_locale.toString(t.time(), QLocale::ShortFormat), named);
}

QString ReportText::shortTime(qint64 ms) const
{
    if (ms == kNoTime)
        //: A time that is not known (no time was reported).
        return tr("—");
    const QDateTime t = at(ms);
    // The date as the window writes it (four-digit year), the time as its clock does.
    return TimeDisplay::dateText(t.date(), m_locale) + u' ' +
           m_locale.toString(t.time(), QLocale::ShortFormat);
}

QString ReportText::shortTimeWithZone(qint64 ms) const
{
    if (ms == kNoTime)
        //: A time that is not known (no time was reported).
        return tr("—");
    const QDateTime t = at(ms);
    return shortTime(ms) + u' ' + (m_utc ? u"UTC"_s : TimeDisplay::offsetText(t.offsetFromUtc()));
}

QString ReportText::zoneName() const
{
    if (m_utc)
        return u"UTC"_s;
    const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    // A machine set to UTC ("Etc/UTC") has UTC times: no need to call them local.
    if ((id == "UTC"_L1 || id.startsWith("Etc/"_L1)) &&
        QDateTime::currentDateTime().offsetFromUtc() == 0)
        return u"UTC"_s;
    return id.isEmpty() ? tr("local time") : tr("local time, %1").arg(id);
}

QString ReportText::duration(qint64 ms) const
{
    const qint64 minutes = std::max<qint64>(0, ms) / 60'000;
    if (minutes < 1)
        return tr("less than a minute");
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h", "days and hours").arg(count(days), count(hours))
                         : tr("%1 d", "days").arg(count(days));
    if (minutes >= 60)
        return minutes % 60 > 0
                   ? tr("%1 h %2 min", "hours and minutes").arg(count(hours), count(minutes % 60))
                   : tr("%1 h", "hours").arg(count(hours));
    return tr("%1 min", "minutes").arg(count(minutes));
}

QString ReportText::status(const QString &raw) const
{
    return raw.isEmpty() ? tr("(no status)") : safe(raw, 200);
}

QString ReportText::transitionSide(const QString &raw) const
{
    return raw.isEmpty() ? tr("(not in the campaign)") : safe(raw, 200);
}

QString ReportText::bucket(StatusBucket bucket)
{
    return StatusBuckets::displayName(bucket);
}

QString ReportText::etaSummary(const Eta &eta) const
{
    switch (eta.state) {
    case Eta::State::Done:
        return tr("Done: nothing is pending or in progress (since %1).")
            .arg(timeWithZone(eta.etaMs));
    case Eta::State::Estimated:
        if (shortTime(eta.earliestMs) == shortTime(eta.latestMs))
            return tr("Expected to be done around %1; %2 devices to go.")
                .arg(timeWithZone(eta.etaMs), count(eta.remaining));
        return tr("Expected to be done around %1 (between %2 and %3); %4 devices to go.")
            .arg(timeWithZone(eta.etaMs), shortTime(eta.earliestMs), shortTime(eta.latestMs),
                 count(eta.remaining));
    case Eta::State::NotConverging:
        return tr("Not converging: the number of pending and in-progress devices (%1) is not "
                  "falling.")
            .arg(count(eta.remaining));
    case Eta::State::NotEnoughData:
        break;
    }
    return tr("No estimate yet: the history needs two snapshots at least 15 minutes apart within "
              "the last 6 hours.");
}

QString ReportText::etaBasis(const Eta &eta) const
{
    if (eta.state != Eta::State::Estimated)
        return {};
    const QString rate =
        eta.throughputPerHour ? m_locale.toString(*eta.throughputPerHour, 'f', 0) : tr("unknown");
    if (eta.basis == Eta::Basis::NextAttemptFloor)
        return tr("Bounded by the latest next attempt scheduled for a pending device: no estimate "
                  "can be earlier. At the recent rate (%1 devices an hour) it would be sooner.")
            .arg(rate);
    return tr("From the rate over the last 6 hours: %1 devices resolved an hour (least squares "
              "over the snapshots; the range comes from the older and newer halves of that "
              "window).")
        .arg(rate);
}

QString ReportText::safe(const QString &text, qsizetype maxChars)
{
    QString s = SafeText::oneLine(text, maxChars);
    // XML 1.0 refuses these two even as references; nothing legitimate sends them.
    s.replace(QChar(0xFFFE), QChar(QChar::ReplacementCharacter));
    s.replace(QChar(0xFFFF), QChar(QChar::ReplacementCharacter));
    return s;
}

} // namespace fota
