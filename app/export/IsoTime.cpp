// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/IsoTime.h"

#include "export/DecimalDigits.h"

#include "thingspace/TimeFormat.h"
#include "thingspace/TimeParser.h"

#include <charconv>

namespace fota {

namespace {

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
    if (year >= 0 && year <= 9999) {
        p = DecimalDigits::fixed(p, unsigned(year), 4);
    } else if (year < 0) {
        // "%04d": a negative year keeps its sign inside the width ("-005").
        *p++ = '-';
        p = padded(p, -qint64(year), 3);
    } else {
        p = padded(p, year, 4);
    }
    *p++ = '-';
    p = DecimalDigits::two(p, unsigned(month));
    *p++ = '-';
    p = DecimalDigits::two(p, unsigned(day));
    *p++ = 'T';
    const auto r = unsigned(rest); // below a day's 86,400,000 ms
    p = DecimalDigits::two(p, r / 3'600'000);
    *p++ = ':';
    p = DecimalDigits::two(p, r / 60'000 % 60);
    *p++ = ':';
    p = DecimalDigits::two(p, r / 1000 % 60);
    *p++ = '.';
    p = DecimalDigits::fixed(p, r % 1000, 3);
    *p++ = 'Z';
    return int(p - buf);
}

} // namespace fota
