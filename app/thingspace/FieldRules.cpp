// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/FieldRules.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

bool exactInteger(double value)
{
    return std::isfinite(value) && value == std::floor(value) &&
           std::fabs(value) <= FieldRules::kMaxExactDouble;
}

} // namespace

QString FieldRules::textOfNumber(double value)
{
    // IMEIs sent as numbers stay exact up to 2^53; print them without an exponent.
    if (exactInteger(value) && std::fabs(value) < kMaxExactDouble)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 17);
}

QString FieldRules::textOfBoolean(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

std::optional<qint64> FieldRules::integerOfNumber(double value)
{
    if (exactInteger(value))
        return qint64(value);
    return std::nullopt;
}

std::optional<qint64> FieldRules::integerOfText(QStringView text)
{
    const QStringView t = text.trimmed();
    // QStringView::toLongLong would also take "0x1f" with base 0; base 10 and a check that
    // every character is a sign or an ASCII digit keep it to decimal integers.
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (!(c >= u'0' && c <= u'9') && !(i == 0 && (c == u'+' || c == u'-')))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok, 10);
    if (ok)
        return v;
    return std::nullopt;
}

std::optional<qint64> FieldRules::count(std::optional<qint64> integer)
{
    if (integer && *integer < 0)
        return std::nullopt;
    return integer;
}

std::optional<int> FieldRules::pageSize(std::optional<qint64> integer)
{
    const std::optional<qint64> n = count(integer);
    if (n && *n <= std::numeric_limits<int>::max())
        return int(*n);
    return std::nullopt;
}

std::optional<bool> FieldRules::booleanOfNumber(double value)
{
    if (value == 0.0 || value == 1.0)
        return value != 0.0;
    return std::nullopt;
}

std::optional<bool> FieldRules::booleanOfText(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.compare("true"_L1, Qt::CaseInsensitive) == 0 || s == "1"_L1)
        return true;
    if (s.compare("false"_L1, Qt::CaseInsensitive) == 0 || s == "0"_L1)
        return false;
    return std::nullopt;
}

bool FieldRules::timeOfNumber(double value, qint64 *msSinceEpoch)
{
    // Values this large are milliseconds, smaller ones seconds. Anything past the year 9999
    // (1e300 included) is refused before it reaches a qint64 conversion.
    if (!std::isfinite(value) || value < 0)
        return false;
    const double millis = value > 1e11 ? value : value * 1000.0;
    if (millis > double(kMaxTimeMs))
        return false;
    *msSinceEpoch = qint64(millis);
    return true;
}

} // namespace fota
