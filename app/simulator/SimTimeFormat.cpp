// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/SimTimeFormat.h"

namespace fota::sim {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

struct Civil
{
    qint64 year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
    int millis;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's days-from-civil and its inverse (proleptic Gregorian, exact for any day).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Civil civilFromMs(qint64 ms)
{
    const qint64 days = floorDiv(ms, kMsPerDay);
    qint64 rest = ms - days * kMsPerDay;
    Civil c{};
    c.millis = int(rest % 1000);
    rest /= 1000;
    c.second = int(rest % 60);
    rest /= 60;
    c.minute = int(rest % 60);
    c.hour = int(rest / 60);

    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    c.year = yoe + era * 400 + (c.month <= 2 ? 1 : 0);
    return c;
}

// Writes digits into a caller's buffer; the formatters build one time text on the stack and
// append it once, which matters when a report page formats thousands of them.
char *putDigits(char *p, qint64 value, int width)
{
    char tmp[24];
    int n = 0;
    qint64 v = value < 0 ? -value : value;
    do {
        tmp[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n < width)
        tmp[n++] = '0';
    if (value < 0)
        *p++ = '-';
    while (n > 0)
        *p++ = tmp[--n];
    return p;
}

char *putDateAndClock(char *p, const Civil &c, char separator)
{
    p = putDigits(p, c.year, 4);
    *p++ = '-';
    p = putDigits(p, c.month, 2);
    *p++ = '-';
    p = putDigits(p, c.day, 2);
    *p++ = separator;
    p = putDigits(p, c.hour, 2);
    *p++ = ':';
    p = putDigits(p, c.minute, 2);
    *p++ = ':';
    return putDigits(p, c.second, 2);
}

char *putFraction(char *p, int millis, int digits)
{
    if (digits <= 0)
        return p;
    *p++ = '.';
    for (int i = 3; i > digits; --i)
        millis /= 10;
    return putDigits(p, millis, digits);
}

} // namespace

int SimTimeFormat::minimalFractionDigits(qint64 ms)
{
    const qint64 millis = ms - floorDiv(ms, 1000) * 1000;
    if (millis == 0)
        return 0;
    if (millis % 100 == 0)
        return 1;
    if (millis % 10 == 0)
        return 2;
    return 3;
}

void SimTimeFormat::appendRfc3339(QByteArray &out, qint64 ms, int fractionDigits)
{
    Q_ASSERT(fractionDigits >= minimalFractionDigits(ms) && fractionDigits <= 3);
    const Civil c = civilFromMs(ms);
    char buf[48];
    char *p = putDateAndClock(buf, c, 'T');
    p = putFraction(p, c.millis, fractionDigits);
    *p++ = 'Z';
    out.append(buf, p - buf);
}

QString SimTimeFormat::rfc3339(qint64 ms, int fractionDigits)
{
    QByteArray out;
    appendRfc3339(out, ms, fractionDigits);
    return QString::fromLatin1(out);
}

void SimTimeFormat::appendGoStyle(QByteArray &out, qint64 ms)
{
    const Civil c = civilFromMs(ms);
    char buf[64];
    char *p = putDateAndClock(buf, c, ' ');
    p = putFraction(p, c.millis, minimalFractionDigits(ms));
    out.append(buf, p - buf);
    out.append(" +0000 UTC");
}

QString SimTimeFormat::goStyle(qint64 ms)
{
    QByteArray out;
    appendGoStyle(out, ms);
    return QString::fromLatin1(out);
}

QString SimTimeFormat::plainDate(qint64 ms)
{
    const Civil c = civilFromMs(ms);
    char buf[32];
    char *p = putDigits(buf, c.year, 4);
    *p++ = '-';
    p = putDigits(p, c.month, 2);
    *p++ = '-';
    p = putDigits(p, c.day, 2);
    return QString::fromLatin1(buf, p - buf);
}

qint64 SimTimeFormat::toMs(int year, int month, int day, int hour, int minute, int second)
{
    return daysFromCivil(year, month, day) * kMsPerDay +
           ((qint64(hour) * 60 + minute) * 60 + second) * 1000;
}

} // namespace fota::sim
