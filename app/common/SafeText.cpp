// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/SafeText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0x061c;
}

void appendEscape(QString &out, char16_t c)
{
    switch (c) {
    case u'\n':
        out += "\\n"_L1;
        return;
    case u'\r':
        out += "\\r"_L1;
        return;
    case u'\t':
        out += "\\t"_L1;
        return;
    default:
        break;
    }
    if (c <= 0xff)
        out += "\\x"_L1 + QString::number(c, 16).rightJustified(2, u'0');
    else
        out += "\\u"_L1 + QString::number(c, 16).rightJustified(4, u'0');
}

} // namespace

QString SafeText::oneLine(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars) + 8);
    const qsizetype limit = std::max<qsizetype>(maxChars, 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (out.size() >= limit) {
            out += u'…';
            return out;
        }
        const char16_t c = text[i].unicode();
        // A lone surrogate would turn into U+FFFD on output anyway; say so visibly.
        if (QChar::isSurrogate(c)) {
            const bool pairs = QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                               QChar::isLowSurrogate(text[i + 1].unicode());
            if (pairs) {
                out += text[i];
                out += text[++i];
            } else {
                appendEscape(out, c);
            }
            continue;
        }
        if (needsEscape(c))
            appendEscape(out, c);
        else
            out += QChar(c);
    }
    return out;
}

QString SafeText::oneLine(const QByteArray &utf8, qsizetype maxChars)
{
    return oneLine(QString::fromUtf8(utf8), maxChars);
}

bool SafeText::isClean(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (needsEscape(c) || QChar::isSurrogate(c))
            return false;
    }
    return true;
}

} // namespace fota
