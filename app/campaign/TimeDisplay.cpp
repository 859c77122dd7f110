// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/TimeDisplay.h"

#include "thingspace/TimeFormat.h"
#include "thingspace/TimeParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// The locale's time format without its zone ("t"), which the window names itself.
QString withoutZone(QString format)
{
    format.remove(u't');
    return format.simplified();
}

// A two-digit year reads as a day or month in a column of dates.
QString fourDigitYear(QString format)
{
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace

TimeDisplay::TimeDisplay(bool utc)
    : m_utc(utc)
    , m_format(dateTimeFormat(m_locale))
    , m_clockFormat(m_locale.language() == QLocale::C
                        ? u"HH:mm"_s
                        : withoutZone(m_locale.timeFormat(QLocale::ShortFormat)))
{}

QString TimeDisplay::dateTimeFormat(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return {};
    return fourDigitYear(locale.dateFormat(QLocale::ShortFormat)) + u' ' +
           withoutZone(locale.timeFormat(QLocale::LongFormat));
}

QString TimeDisplay::dateText(const QDate &date)
{
    return dateText(date, QLocale());
}

QString TimeDisplay::dateText(const QDate &date, const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    return locale.toString(date, fourDigitYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString TimeDisplay::time(qint64 ms) const
{
    if (ms == kNoTime)
        return {};
    if (m_utc)
        return TimeFormat::displayUtc(ms);
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString TimeDisplay::displayTime(qint64 ms) const
{
    if (ms == kNoTime)
        return {};
    if (m_format.isEmpty())
        return time(ms);
    const QDateTime at =
        m_utc ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime::fromMSecsSinceEpoch(ms);
    return m_locale.toString(at, m_format);
}

QString TimeDisplay::zoneName() const
{
    if (m_utc)
        return u"UTC"_s;
    const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return id.isEmpty() ? QCoreApplication::translate("TimeDisplay", "local")
                        : QCoreApplication::translate("TimeDisplay", "local, %1").arg(id);
}

QString TimeDisplay::offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return u"UTC"_s;
    const int minutes = std::abs(offsetSeconds) / 60;
    return u"UTC%1%2:%3"_s.arg(offsetSeconds < 0 ? u"\u2212"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString TimeDisplay::timeWithZone(qint64 ms) const
{
    if (ms == kNoTime)
        return {};
    if (m_utc)
        return displayTime(ms) + u" UTC"_s;
    return displayTime(ms) + u' ' + offsetText(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc());
}

QString TimeDisplay::clockWithZone(qint64 ms) const
{
    const QDateTime at =
        m_utc ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime::fromMSecsSinceEpoch(ms);
    return m_locale.toString(at, m_clockFormat) + u' ' +
           (m_utc ? u"UTC"_s : offsetText(at.offsetFromUtc()));
}

} // namespace fota
