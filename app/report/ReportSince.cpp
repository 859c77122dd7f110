// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportSince.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// "6h" -> 6 hours in ms; nullopt if not a span. Bounded so no product overflows.
std::optional<qint64> spanMs(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,6})\\s*([mhdw])$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).front();
    const qint64 minute = 60'000;
    const qint64 unitMs = unit == u'm'   ? minute
                          : unit == u'h' ? 60 * minute
                          : unit == u'd' ? 24 * 60 * minute
                                         : 7 * 24 * 60 * minute;
    return n * unitMs;
}

std::optional<qint64> parseTime(const QString &text)
{
    // QDate would also read the date part of a date and time.
    if (const QDate date = QDate::fromString(text, Qt::ISODate);
        date.isValid() && text.size() == 10)
        return date.startOfDay().toMSecsSinceEpoch(); // local midnight
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time.toMSecsSinceEpoch();
    return std::nullopt;
}

} // namespace

std::optional<ReportSince> ReportSince::parse(const QString &text, qint64 nowMs, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == "previous"_L1)
        return previous();
    if (t == "none"_L1)
        return none();
    if (const auto span = spanMs(t))
        return atOrBefore(nowMs - *span);
    // ISO 8601 keeps its T and Z upper case.
    if (const auto at = parseTime(text.trimmed()))
        return atOrBefore(*at);
    if (error)
        *error = tr("--since takes \"previous\", \"none\", a span back from now (90m, 6h, 2d, 1w) "
                    "or an ISO 8601 date or time (2026-11-20, 2026-11-20T08:00Z), not \"%1\"")
                     .arg(text);
    return std::nullopt;
}

} // namespace fota
