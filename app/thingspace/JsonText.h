// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string_view>

namespace fota {

// The scalar rules of Qt's JSON parser, applied to raw bytes. The report-page decoder reads
// strings and numbers from simdjson's raw tokens with these so that it accepts exactly what the
// QJsonDocument path accepts: Qt takes an unknown escape "\x" as "x", keeps lone surrogates from
// "\ud800", reads ".5" and "1." as numbers and allows raw control characters in strings, where
// simdjson is stricter.
class JsonText
{
public:
    // The content between a string's quotes, unescaped as Qt does. False for an escape Qt
    // refuses (a bad \u, a backslash before a non-ASCII byte or at the end).
    static bool unescape(std::string_view raw, QString *out);
    // The same check without building the string.
    static bool validEscapes(std::string_view raw);
    // A number token as Qt's parser reads it; false where Qt reports an illegal number.
    static bool number(std::string_view token, double *value);
    // A string token's content: the bytes between its opening quote and its closing one.
    static std::string_view stringContent(std::string_view token);
    // The token without the JSON whitespace simdjson leaves after it.
    static std::string_view trimTrailingSpace(std::string_view token);
    // simdjson refuses raw control characters inside strings, Qt takes them: this writes each
    // one as \u00XX, which reads back as the same character. Bytes outside strings are kept.
    static QByteArray escapeControlsInStrings(QByteArrayView json);
};

} // namespace fota
