// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/IsoTime.h"

#include "thingspace/TimeFormat.h"
#include "thingspace/TimeParser.h"

#include <charconv>

namespace fota {

namespace {

char *two(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
    return p + 2;
}

// printf's "%0*d" for a non-negative value: at least `width` digits, zero-padded.
char *padded(char *p, qint64 v, int width)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    for (auto n = int(end - digits); n < width; ++n)
        *p++ = '0';
    for (const char *d = digits; d < end; ++d)
        *p++ = *d;
    return p;
}

} // namespace

int IsoTime::format(qint64 ms, char *buf)
{
    if (ms == kNoTime)
        return 0;
    constexpr qint64 kDay = 86'400'000;
    // Floor division without forming days * kDay, which overflows near the ends of qint64.
    qint64 rest = ms % kDay;
    const qint64 days = ms / kDay - (rest < 0 ? 1 : 0);
    if (rest < 0)
        rest += kDay;
    int year = 0, month = 0, day = 0;
    TimeFormat::civilFromDays(days, &year, &month, &day);
    char *p = buf;
    // "%04d": a negative year keeps its sign inside the width ("-005").
    if (year < 0) {
        *p++ = '-';
        p = padded(p, -qint64(year), 3);
    } else {
        p = padded(p, year, 4);
    }
    *p++ = '-';
    p = two(p, month);
    *p++ = '-';
    p = two(p, day);
    *p++ = 'T';
    p = two(p, int(rest / 3'600'000));
    rest %= 3'600'000;
    *p++ = ':';
    p = two(p, int(rest / 60'000));
    rest %= 60'000;
    *p++ = ':';
    p = two(p, int(rest / 1000));
    *p++ = '.';
    const int millis = int(rest % 1000);
    *p++ = char('0' + millis / 100);
    p = two(p, millis % 100);
    *p++ = 'Z';
    return int(p - buf);
}

} // namespace fota
