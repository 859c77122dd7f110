// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace fota {

// The window's --lang LANG: the language of its menus, dialogs and messages and the form of
// its numbers and dates. Without it the system locale decides (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG). main() and the tests go through apply(), so both take the same path.
class LanguageOption
{
public:
    static QCommandLineOption option();
    // Installs the translators for --lang, or for the system locale when it is not set.
    // Returns the usage error ("--lang "xx" names no known language ...") or an empty string.
    static QString apply(const QCommandLineParser &parser, const QCommandLineOption &option);
};

} // namespace fota
