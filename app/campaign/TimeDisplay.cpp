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

QString TimeDisplay::time(qint64 ms) const
{
    if (ms == kNoTime)
        return {};
    if (m_utc)
        return TimeFormat::displayUtc(ms);
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
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
        return TimeFormat::displayUtc(ms) + u" UTC"_s;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + offsetText(local.offsetFromUtc());
}

QString TimeDisplay::clockWithZone(qint64 ms) const
{
    const QDateTime at =
        m_utc ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime::fromMSecsSinceEpoch(ms);
    return at.toString(u"HH:mm"_s) + u' ' + (m_utc ? u"UTC"_s : offsetText(at.offsetFromUtc()));
}

} // namespace fota
