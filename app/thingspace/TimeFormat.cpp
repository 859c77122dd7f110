// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/TimeFormat.h"

#include "thingspace/TimeParser.h"

#include <cstdio>

namespace fota {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

struct Parts
{
    int year, month, day, hour, minute, second, millis;
};

Parts split(qint64 ms)
{
    const qint64 days = floorDiv(ms, 86'400'000);
    qint64 rest = ms - days * 86'400'000;
    Parts p{};
    TimeFormat::civilFromDays(days, &p.year, &p.month, &p.day);
    p.hour = int(rest / 3'600'000);
    rest %= 3'600'000;
    p.minute = int(rest / 60'000);
    rest %= 60'000;
    p.second = int(rest / 1000);
    p.millis = int(rest % 1000);
    return p;
}

} // namespace

void TimeFormat::civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

void TimeFormat::appendIsoUtcMillis(QByteArray &out, qint64 ms)
{
    if (ms == kNoTime)
        return;
    const Parts p = split(ms);
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", p.year,
                                p.month, p.day, p.hour, p.minute, p.second, p.millis);
    out.append(buf, n);
}

QString TimeFormat::isoUtcMillis(qint64 ms)
{
    QByteArray out;
    appendIsoUtcMillis(out, ms);
    return QString::fromLatin1(out);
}

QString TimeFormat::displayUtc(qint64 ms)
{
    if (ms == kNoTime)
        return {};
    const Parts p = split(ms);
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", p.year, p.month,
                                p.day, p.hour, p.minute, p.second);
    return QString::fromLatin1(buf, n);
}

} // namespace fota
