// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "monitoring/JsonText.h"

namespace fota {

namespace {

bool mustEscape(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
           c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

void appendEscape(QByteArray &out, char16_t c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    switch (c) {
    case u'\n':
        out.append("\\n");
        return;
    case u'\r':
        out.append("\\r");
        return;
    case u'\t':
        out.append("\\t");
        return;
    default:
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out.append(kHex[(c >> shift) & 0xF]);
    }
}

} // namespace

void JsonText::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart)
            out.append(text.sliced(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"' || c == u'\\') {
            flush(i);
            out.append('\\').append(char(c));
            runStart = i + 1;
        } else if (mustEscape(c)) {
            flush(i);
            appendEscape(out, c);
            runStart = i + 1;
        }
    }
    flush(text.size());
    out.append('"');
}

} // namespace fota
