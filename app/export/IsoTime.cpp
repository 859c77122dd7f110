// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/IsoTime.h"

#include "export/DecimalDigits.h"

#include "thingspace/TimeFormat.h"
#include "thingspace/TimeParser.h"

#include <charconv>
#include <cstring>

namespace fota {

namespace {

// "THH:MM:SS.mmmZ" from the ms within the day (below 86,400,000).
char *finishTime(char *p, unsigned r)
{
    *p++ = 'T';
    p = DecimalDigits::two(p, r / 3'600'000);
    *p++ = ':';
    p = DecimalDigits::two(p, r / 60'000 % 60);
    *p++ = ':';
    p = DecimalDigits::two(p, r / 1000 % 60);
    *p++ = '.';
    p = DecimalDigits::fixed(p, r % 1000, 3);
    *p++ = 'Z';
    return p;
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

// "YYYY-MM-DD" of recently formatted days, by day number: a campaign's times fall on a few
// hundred days, and the calendar arithmetic and the date's digits were more than half of a
// time's cost. One table per thread, so the writers stay callable from any thread at once.
struct DateSlot
{
    qint64 days;
    bool filled;
    char text[10];
};
constexpr size_t kDateSlots = 512;
thread_local DateSlot t_dates[kDateSlots];

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
    char *p = buf;
    DateSlot &slot = t_dates[size_t(days) % kDateSlots];
    int year = 0, month = 0, day = 0;
    if (slot.filled && slot.days == days) {
        std::memcpy(p, slot.text, sizeof slot.text);
        p += sizeof slot.text;
        return int(finishTime(p, unsigned(rest)) - buf);
    }
    TimeFormat::civilFromDays(days, &year, &month, &day);
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
    if (p - buf == qsizetype(sizeof slot.text)) { // the four-digit years
        slot.days = days;
        slot.filled = true;
        std::memcpy(slot.text, buf, sizeof slot.text);
    }
    return int(finishTime(p, unsigned(rest)) - buf);
}

} // namespace fota
