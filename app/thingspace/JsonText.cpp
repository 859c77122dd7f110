// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/JsonText.h"

namespace fota {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the escape at raw[*pos] (a backslash); false where Qt's scanEscapeSequence fails.
bool readEscape(std::string_view raw, size_t *pos, char16_t *unit)
{
    if (*pos + 1 >= raw.size())
        return false;
    const char c = raw[*pos + 1];
    *pos += 2;
    switch (c) {
    case 'b':
        *unit = 0x8;
        return true;
    case 'f':
        *unit = 0xc;
        return true;
    case 'n':
        *unit = 0xa;
        return true;
    case 'r':
        *unit = 0xd;
        return true;
    case 't':
        *unit = 0x9;
        return true;
    case 'u': {
        if (*pos + 4 > raw.size())
            return false;
        char16_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(raw[*pos + i]);
            if (h < 0)
                return false;
            v = char16_t(v << 4 | h);
        }
        *pos += 4;
        *unit = v;
        return true;
    }
    default:
        // Qt takes any other escaped byte as itself; a non-ASCII one leaves a stray UTF-8
        // continuation byte behind, which Qt then refuses.
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
        *unit = char16_t(c);
        return true;
    }
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool JsonText::unescape(std::string_view raw, QString *out)
{
    const size_t firstEscape = raw.find('\\');
    if (firstEscape == std::string_view::npos) {
        *out = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        return true;
    }
    QString text = QString::fromUtf8(raw.data(), qsizetype(firstEscape));
    size_t pos = firstEscape;
    while (pos < raw.size()) {
        if (raw[pos] == '\\') {
            char16_t unit = 0;
            if (!readEscape(raw, &pos, &unit))
                return false;
            text.append(QChar(unit));
            continue;
        }
        size_t next = raw.find('\\', pos);
        if (next == std::string_view::npos)
            next = raw.size();
        text.append(QString::fromUtf8(raw.data() + pos, qsizetype(next - pos)));
        pos = next;
    }
    *out = std::move(text);
    return true;
}

bool JsonText::validEscapes(std::string_view raw)
{
    size_t pos = raw.find('\\');
    while (pos != std::string_view::npos) {
        char16_t unit = 0;
        if (!readEscape(raw, &pos, &unit))
            return false;
        pos = raw.find('\\', pos);
    }
    return true;
}

bool JsonText::number(std::string_view token, double *value)
{
    // Qt's grammar (qjsonparser.cpp parseNumber): [-] (0 | digits) [. digits] [e [+-] digits],
    // every part allowed to be empty, then QByteArray::toDouble decides.
    size_t pos = 0;
    const auto digits = [&] {
        while (pos < token.size() && isDigit(token[pos]))
            ++pos;
    };
    if (pos < token.size() && token[pos] == '-')
        ++pos;
    if (pos < token.size() && token[pos] == '0')
        ++pos;
    else
        digits();
    if (pos < token.size() && token[pos] == '.') {
        ++pos;
        digits();
    }
    if (pos < token.size() && (token[pos] == 'e' || token[pos] == 'E')) {
        ++pos;
        if (pos < token.size() && (token[pos] == '-' || token[pos] == '+'))
            ++pos;
        digits();
    }
    if (pos != token.size() || pos == 0)
        return false; // anything left is garbage after the number, which Qt refuses too
    bool ok = false;
    const double d = QByteArray::fromRawData(token.data(), qsizetype(token.size())).toDouble(&ok);
    if (!ok)
        return false;
    *value = d;
    return true;
}

std::string_view JsonText::stringContent(std::string_view token)
{
    // simdjson's token runs from the opening quote to the next structural character, so once
    // trailing whitespace is gone it ends at the closing quote. Scanning for that quote instead
    // measured 7% of a page decode.
    if (token.size() >= 2 && token.back() == '"' && token[token.size() - 2] != '\\')
        return token.substr(1, token.size() - 2);
    size_t pos = 1;
    while (pos < token.size() && token[pos] != '"')
        pos += token[pos] == '\\' ? 2 : 1;
    return token.substr(1, std::min(pos, token.size()) - 1);
}

std::string_view JsonText::trimTrailingSpace(std::string_view token)
{
    while (!token.empty() && isJsonSpace(token.back()))
        token.remove_suffix(1);
    return token;
}

QByteArray JsonText::escapeControlsInStrings(QByteArrayView json)
{
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(json.size() + 64);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString && static_cast<unsigned char>(c) < 0x20) {
            out.append("\\u00");
            out.append(kHex[(c >> 4) & 0xF]);
            out.append(kHex[c & 0xF]);
            continue;
        }
        out.append(c);
        if (inString && c == '\\' && i + 1 < json.size()) {
            const char escaped = json[++i];
            if (static_cast<unsigned char>(escaped) < 0x20) {
                // A backslash before a raw control character: Qt takes the character itself.
                out.chop(1);
                out.append("\\u00");
                out.append(kHex[(escaped >> 4) & 0xF]);
                out.append(kHex[escaped & 0xF]);
            } else {
                out.append(escaped);
            }
        } else if (c == '"') {
            inString = !inString;
        }
    }
    return out;
}

} // namespace fota
