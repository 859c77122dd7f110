#include "thingspace/TimeParser.h"

namespace fota {

namespace {

// QChar::isDigit() also accepts Arabic-Indic, fullwidth and other digits, whose unicode() minus
// '0' is not their value: "27.\u0661\u0662\u0663" would read about three minutes off.
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

// Reads exactly `count` digits at `pos`; false if any is not a digit.
bool readDigits(QStringView s, qsizetype &pos, int count, int *value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (!isAsciiDigit(s[pos + i]))
            return false;
        v = v * 10 + (s[pos + i].unicode() - u'0');
    }
    pos += count;
    *value = v;
    return true;
}

bool expect(QStringView s, qsizetype &pos, char16_t c)
{
    if (pos >= s.size() || s[pos].unicode() != c)
        return false;
    ++pos;
    return true;
}

// "+hh:mm", "+hhmm", "-hh:mm" ...; returns the offset in minutes.
bool readOffset(QStringView s, qsizetype &pos, int *minutes)
{
    if (pos >= s.size())
        return false;
    const char16_t sign = s[pos].unicode();
    if (sign != u'+' && sign != u'-')
        return false;
    ++pos;
    int hh = 0;
    int mm = 0;
    if (!readDigits(s, pos, 2, &hh))
        return false;
    if (pos < s.size() && s[pos] == u':')
        ++pos;
    if (!readDigits(s, pos, 2, &mm))
        return false;
    if (hh > 23 || mm > 59)
        return false;
    *minutes = (sign == u'-' ? -1 : 1) * (hh * 60 + mm);
    return true;
}

} // namespace

qint64 TimeParser::daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

TimeParser::Result TimeParser::parse(QStringView text, qint64 *msSinceEpoch)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return Result::Absent;

    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(s, pos, 4, &year) || !expect(s, pos, u'-') || !readDigits(s, pos, 2, &month) ||
        !expect(s, pos, u'-') || !readDigits(s, pos, 2, &day))
        return Result::Invalid;
    if (pos >= s.size())
        return Result::Invalid;
    const char16_t sep = s[pos].unicode();
    if (sep != u'T' && sep != u't' && sep != u' ')
        return Result::Invalid;
    ++pos;
    if (!readDigits(s, pos, 2, &hour) || !expect(s, pos, u':') || !readDigits(s, pos, 2, &minute) ||
        !expect(s, pos, u':') || !readDigits(s, pos, 2, &second))
        return Result::Invalid;

    int millis = 0;
    if (pos < s.size() && s[pos] == u'.') {
        ++pos;
        int digits = 0;
        while (pos < s.size() && isAsciiDigit(s[pos])) {
            // Precision beyond milliseconds is dropped: every consumer works in ms.
            if (digits < 3)
                millis = millis * 10 + (s[pos].unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return Result::Invalid;
        for (int d = digits; d < 3; ++d)
            millis *= 10;
    }

    int offsetMinutes = 0;
    if (pos < s.size() && (s[pos] == u'Z' || s[pos] == u'z')) {
        ++pos;
    } else if (pos < s.size() && s[pos] == u' ') {
        // Go style: " +0000 UTC" (the zone name is informational; the offset is authoritative).
        ++pos;
        if (!readOffset(s, pos, &offsetMinutes))
            return Result::Invalid;
        if (pos < s.size()) {
            if (!expect(s, pos, u' '))
                return Result::Invalid;
            while (pos < s.size() && isAsciiLetter(s[pos]))
                ++pos;
        }
    } else if (pos < s.size()) {
        if (!readOffset(s, pos, &offsetMinutes))
            return Result::Invalid;
    } else {
        // No zone at all: the API documents UTC, so read it as UTC rather than reject it.
    }
    if (pos != s.size())
        return Result::Invalid;

    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return Result::Invalid;
    static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDaysInMonth[month - 1])
        return Result::Invalid;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && day == 29 && !leap)
        return Result::Invalid;

    const qint64 days = daysFromCivil(year, month, day);
    const qint64 secs =
        days * 86400 + hour * 3600 + minute * 60 + qMin(second, 59) - qint64(offsetMinutes) * 60;
    *msSinceEpoch = secs * 1000 + millis;
    return Result::Parsed;
}

} // namespace fota
