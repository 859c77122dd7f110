// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace fota {

// Text that a server (or any other untrusted party) supplied, made safe to show on one line of a
// terminal, a log or a widget. A hostile errorMessage can carry newlines, carriage returns, ANSI
// escapes or OSC title sequences that forge a line such as "Wrote 999 devices" or retitle the
// terminal; bidirectional overrides can make text read differently from what it is.
class SafeText
{
public:
    // Every control character (C0, DEL, C1), line or paragraph separator and bidirectional
    // control becomes a visible escape ("\n", "\r", "\t", "\x1b", "\u202e"), so the result is one
    // line and still shows what was sent. Longer than maxChars, it is cut and ends with "…".
    static QString oneLine(QStringView text, qsizetype maxChars = kDefaultMaxChars);
    static QString oneLine(const QByteArray &utf8, qsizetype maxChars = kDefaultMaxChars);

    // Whether oneLine() would change anything but the length.
    static bool isClean(QStringView text);

    static constexpr qsizetype kDefaultMaxChars = 400;
};

} // namespace fota
