// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/TimeReader.h"

#include "thingspace/FieldRules.h"

#include <algorithm>

namespace fota {

namespace {

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Zone names are ASCII abbreviations ("UTC", "EET"); "\u00dcTC" is not one.
bool isLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Walks one time text; Char is char (ASCII bytes) or char16_t (UTF-16).
template <typename Char> class Cursor
{
public:
    Cursor(const Char *begin, const Char *end)
        : m_p(begin)
        , m_end(end)
    {}

    bool atEnd() const { return m_p == m_end; }
    char16_t peek() const { return atEnd() ? u'\0' : char16_t(*m_p); }
    void skip() { ++m_p; }
    bool take(char16_t c)
    {
        if (peek() != c || atEnd())
            return false;
        ++m_p;
        return true;
    }
    bool digits(int count, int *value)
    {
        if (m_end - m_p < count)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = char16_t(m_p[i]);
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        m_p += count;
        *value = v;
        return true;
    }
    bool letter() const { return !atEnd() && isLetter(*m_p); }

private:
    const Char *m_p;
    const Char *m_end;
};

template <typename Char> bool readOffset(Cursor<Char> &c, int *minutes)
{
    const char16_t sign = c.peek();
    if (c.atEnd() || (sign != u'+' && sign != u'-'))
        return false;
    c.skip();
    int hh = 0;
    int mm = 0;
    if (!c.digits(2, &hh))
        return false;
    c.take(u':');
    if (!c.digits(2, &mm) || hh > 23 || mm > 59)
        return false;
    *minutes = (sign == u'-' ? -1 : 1) * (hh * 60 + mm);
    return true;
}

template <typename Char> bool readFraction(Cursor<Char> &c, int *millis)
{
    if (!c.take(u'.'))
        return true;
    int digits = 0;
    int value = 0;
    while (!c.atEnd() && c.peek() >= u'0' && c.peek() <= u'9') {
        // Precision beyond milliseconds is dropped: every consumer works in ms.
        if (digits < 3)
            value = value * 10 + (c.peek() - u'0');
        ++digits;
        c.skip();
    }
    if (digits == 0)
        return false;
    for (int d = digits; d < 3; ++d)
        value *= 10;
    *millis = value;
    return true;
}

template <typename Char> bool readZone(Cursor<Char> &c, int *offsetMinutes)
{
    if (c.take(u'Z') || c.take(u'z'))
        return c.atEnd();
    if (c.take(u' ')) {
        // Go style: " +0000 UTC" (the zone name is informational; the offset is authoritative).
        if (!readOffset(c, offsetMinutes))
            return false;
        if (c.atEnd())
            return true;
        if (!c.take(u' '))
            return false;
        while (c.letter())
            c.skip();
        return c.atEnd();
    }
    // No zone at all: the API documents UTC, so read it as UTC rather than reject it.
    if (c.atEnd())
        return true;
    return readOffset(c, offsetMinutes) && c.atEnd();
}

bool validDate(int year, int month, int day, int hour, int minute, int second)
{
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDaysInMonth[month - 1])
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

template <typename Char> TimeParser::Result parse(const Char *begin, const Char *end, qint64 *ms)
{
    if (begin == end)
        return TimeParser::Result::Absent;
    Cursor<Char> c(begin, end);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
    if (!c.digits(4, &year) || !c.take(u'-') || !c.digits(2, &month) || !c.take(u'-') ||
        !c.digits(2, &day))
        return TimeParser::Result::Invalid;
    if (!c.take(u'T') && !c.take(u't') && !c.take(u' '))
        return TimeParser::Result::Invalid;
    if (!c.digits(2, &hour) || !c.take(u':') || !c.digits(2, &minute) || !c.take(u':') ||
        !c.digits(2, &second) || !readFraction(c, &millis))
        return TimeParser::Result::Invalid;
    int offsetMinutes = 0;
    if (!readZone(c, &offsetMinutes) || !validDate(year, month, day, hour, minute, second))
        return TimeParser::Result::Invalid;
    const qint64 days = TimeParser::daysFromCivil(year, month, day);
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + std::min(second, 59) -
                        qint64(offsetMinutes) * 60;
    *ms = secs * 1000 + millis;
    return TimeParser::Result::Parsed;
}

// The form nearly every device time takes, "2022-10-05T21:05:27.129Z", read by position. The
// general walk (Cursor) measured about 220 instructions a time; a page has three thousand.
// Anything else, or anything this does not fully recognise, goes the general way.
bool commonForm(const char *s, size_t n, qint64 *ms)
{
    // Every byte is checked, so a match is plain ASCII by construction.
    if (n < 20 || n > 30 || (s[n - 1] != 'Z' && s[n - 1] != 'z') || s[4] != '-' || s[7] != '-' ||
        (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
        return false;
    const auto d = [s](size_t i) {
        return unsigned(s[i] - '0');
    };
    for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (d(i) > 9)
            return false;
    }
    int millis = 0;
    if (n > 20) {
        if (s[19] != '.' || n == 21)
            return false;
        for (size_t i = 20; i < n - 1; ++i) {
            if (d(i) > 9)
                return false;
            if (i < 23)
                millis = millis * 10 + int(d(i));
        }
        for (size_t i = n - 1; i < 23; ++i)
            millis *= 10;
    }
    const int year = int(d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3));
    const int month = int(d(5) * 10 + d(6));
    const int day = int(d(8) * 10 + d(9));
    const int hour = int(d(11) * 10 + d(12));
    const int minute = int(d(14) * 10 + d(15));
    const int second = int(d(17) * 10 + d(18));
    if (!validDate(year, month, day, hour, minute, second))
        return false; // the general walk gives the same verdict
    const qint64 days = TimeParser::daysFromCivil(year, month, day);
    *ms = (days * 86400 + hour * 3600 + minute * 60 + std::min(second, 59)) * 1000 + millis;
    return true;
}

} // namespace

TimeParser::Result TimeReader::read(std::string_view ascii, qint64 *msSinceEpoch)
{
    const char *begin = ascii.data();
    const char *end = begin + ascii.size();
    while (begin < end && isAsciiSpace(char16_t(*begin)))
        ++begin;
    while (end > begin && isAsciiSpace(char16_t(end[-1])))
        --end;
    if (commonForm(begin, size_t(end - begin), msSinceEpoch))
        return TimeParser::Result::Parsed;
    return parse(begin, end, msSinceEpoch);
}

bool TimeReader::readCommonForm(std::string_view bytes, qint64 *msSinceEpoch)
{
    return commonForm(bytes.data(), bytes.size(), msSinceEpoch);
}

TimeParser::Result TimeReader::read(QStringView text, qint64 *msSinceEpoch)
{
    const QStringView s = text.trimmed();
    const auto *begin = reinterpret_cast<const char16_t *>(s.data());
    return parse(begin, begin + s.size(), msSinceEpoch);
}

bool TimeReader::fromEpochNumber(double value, qint64 *msSinceEpoch)
{
    return FieldRules::timeOfNumber(value, msSinceEpoch);
}

} // namespace fota
