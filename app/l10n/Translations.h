// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

namespace fota {

// The window's language: the application's messages (embedded as :/i18n/fota-monitor_LANG.qm)
// and Qt's own (qtbase_LANG.qm from Qt's translations directory: the standard dialogs' buttons,
// the line edits' context menus). The command-line commands never install these: their
// standard error and output stay English and locale-independent, because scripts parse them.
class Translations
{
public:
    // The locale that --lang LANG names ("de", "de_DE", "de-AT"), or an error when LANG names
    // no language Qt knows ("xx", "", "C"). `error` is left empty on success.
    static QLocale localeForLanguage(const QString &lang, QString *error);

    // Installs the application's and Qt's translators for `locale` on the running
    // QCoreApplication, replacing those an earlier call installed, and makes `locale` the
    // default QLocale so numbers and dates follow the same language. Returns true when the
    // application has a translation for that language (English, its source language, always
    // counts); Qt's own strings are loaded when Debian's qt6-translations-l10n provides them.
    static bool install(const QLocale &locale);

    // The languages the application is translated into ("de", "en").
    static QStringList available();

    // The directory Qt's own qtbase_*.qm files are read from.
    static QString qtTranslationsDirectory();
};

} // namespace fota
