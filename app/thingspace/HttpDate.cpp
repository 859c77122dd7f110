// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/HttpDate.h"

#include <QByteArrayList>
#include <QDateTime>

#include <algorithm>
#include <array>

namespace fota {

namespace {

constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu",
                                                    "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> kLongDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};

template <std::size_t N> bool isOneOf(QByteArrayView word, const std::array<const char *, N> &names)
{
    for (const char *name : names) {
        if (word.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Only ASCII digits, exactly `minDigits` to `maxDigits` of them.
std::optional<int> number(QByteArrayView digits, int minDigits, int maxDigits)
{
    if (digits.size() < minDigits || digits.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> month(QByteArrayView name)
{
    for (int i = 0; i < int(kMonths.size()); ++i) {
        if (name.compare(QByteArrayView(kMonths[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

std::optional<QTime> timeOfDay(QByteArrayView text)
{
    const QByteArrayList parts = text.toByteArray().split(':');
    if (parts.size() != 3)
        return std::nullopt;
    const auto h = number(parts[0], 2, 2);
    const auto m = number(parts[1], 2, 2);
    const auto s = number(parts[2], 2, 2);
    if (!h || !m || !s || *h > 23 || *m > 59 || *s > 60)
        return std::nullopt;
    return QTime(*h, *m, std::min(*s, 59)); // a leap second is as good as the second before
}

bool isGmt(QByteArrayView zone)
{
    return zone.compare("GMT", Qt::CaseInsensitive) == 0 ||
           zone.compare("UTC", Qt::CaseInsensitive) == 0;
}

std::optional<qint64> toMs(int year, std::optional<int> mon, std::optional<int> day,
                           std::optional<QTime> time)
{
    if (!mon || !day || !time)
        return std::nullopt;
    const QDate date(year, *mon, *day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

std::optional<qint64> HttpDate::parse(QByteArrayView text, qint64 nowMs)
{
    const QByteArrayList words = text.toByteArray().simplified().split(' ');
    if (words.size() < 4 || words.size() > 6)
        return std::nullopt;
    const QByteArray &first = words[0];
    if (first.endsWith(',')) {
        const QByteArrayView dayName = QByteArrayView(first).chopped(1);
        if (words.size() == 6 && isOneOf(dayName, kShortDays) && isGmt(words[5])) {
            // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
            const auto year = number(words[3], 4, 4);
            if (!year)
                return std::nullopt;
            return toMs(*year, month(words[2]), number(words[1], 2, 2), timeOfDay(words[4]));
        }
        if (words.size() == 4 && isOneOf(dayName, kLongDays) && isGmt(words[3])) {
            // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
            const QByteArrayList dmy = words[1].split('-');
            if (dmy.size() != 3)
                return std::nullopt;
            const auto yy = number(dmy[2], 2, 2);
            if (!yy)
                return std::nullopt;
            const int nowYear = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date().year();
            int year = nowYear / 100 * 100 + *yy;
            if (year > nowYear + 50)
                year -= 100;
            return toMs(year, month(dmy[1]), number(dmy[0], 2, 2), timeOfDay(words[2]));
        }
        return std::nullopt;
    }
    // asctime: Sun Nov  6 08:49:37 1994 (the day is space-padded; simplified() took the pad)
    if (words.size() != 5 || !isOneOf(QByteArrayView(first), kShortDays))
        return std::nullopt;
    const auto year = number(words[4], 4, 4);
    if (!year)
        return std::nullopt;
    return toMs(*year, month(words[1]), number(words[2], 1, 2), timeOfDay(words[3]));
}

} // namespace fota
