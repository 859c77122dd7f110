// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/ReportCursorPeek.h"

#include <algorithm>

namespace fota {

namespace {

// Longer than any IMEI or cursor the API hands out; a longer one is not guessed at.
constexpr qsizetype kMaxCursorDigits = 32;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isDigit);
}

// A forward-only reader of the top-level members, which gives up (ok = false) on anything it
// does not need to understand.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (atEnd() || peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void expect(char c)
    {
        if (!take(c))
            m_ok = false;
    }
    // A string without escapes, after its opening quote; one with an escape is not read.
    QByteArrayView plainString()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\' || uchar(peek()) < 0x20) {
                m_ok = false;
                return {};
            }
            ++m_pos;
        }
        if (atEnd()) {
            m_ok = false;
            return {};
        }
        return m_text.sliced(start, m_pos++ - start);
    }
    // A literal or a number: the characters up to the next delimiter.
    QByteArrayView bareValue()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ' ' && peek() != '\n' &&
               peek() != '\r' && peek() != '\t') {
            if (peek() == '{' || peek() == '[' || peek() == '"') {
                m_ok = false;
                return {};
            }
            ++m_pos;
        }
        if (start == m_pos || atEnd())
            m_ok = false;
        return m_text.sliced(start, m_pos - start);
    }
    // The next value: a string's text (quoted set), or a bare value.
    QByteArrayView value(bool *quoted)
    {
        skipSpace();
        *quoted = take('"');
        return *quoted ? plainString() : bareValue();
    }

private:
    char peek() const { return m_text[m_pos]; }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// A body cut short is the usual malformed page, and its decode would only send the call
// round again: no guess from it.
bool endsAnObject(QByteArrayView body)
{
    qsizetype end = body.size();
    while (end > 0 && (body[end - 1] == ' ' || body[end - 1] == '\n' || body[end - 1] == '\r' ||
                       body[end - 1] == '\t'))
        --end;
    return end > 0 && body[end - 1] == '}';
}

} // namespace

std::optional<QString> ReportCursorPeek::nextCursor(QByteArrayView body)
{
    if (!endsAnObject(body))
        return std::nullopt;
    Scanner in(body.first(std::min(body.size(), kMaxScanBytes)));
    in.expect('{');
    bool more = false;
    bool sawMore = false;
    std::optional<QByteArrayView> cursor;
    while (in.ok() && in.take('"')) {
        const QByteArrayView key = in.plainString();
        in.expect(':');
        if (!in.ok() || key == "deviceList")
            break;
        bool quoted = false;
        const QByteArrayView value = in.value(&quoted);
        if (key == "hasMoreData") {
            if (sawMore)
                return std::nullopt;
            sawMore = true;
            more = !quoted && value == "true";
        } else if (key == "lastSeenDeviceId") {
            if (cursor)
                return std::nullopt;
            cursor = value;
        }
        if (!in.take(','))
            break;
    }
    if (!in.ok() || !more || !cursor || !allDigits(*cursor) || cursor->size() > kMaxCursorDigits ||
        *cursor == "0")
        return std::nullopt;
    return QString::fromLatin1(*cursor);
}

} // namespace fota
