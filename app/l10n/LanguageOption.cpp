// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "l10n/LanguageOption.h"

#include "l10n/Translations.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace fota {

QCommandLineOption LanguageOption::option()
{
    return QCommandLineOption(
        u"lang"_s,
        u"The window's language and number and date format (de, de_DE, en, ...); default: "
        u"the system locale."_s,
        u"LANG"_s);
}

QString LanguageOption::apply(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QLocale locale = QLocale::system();
    if (parser.isSet(option)) {
        QString error;
        locale = Translations::localeForLanguage(parser.value(option), &error);
        if (!error.isEmpty())
            return error;
    }
    Translations::install(locale);
    return {};
}

} // namespace fota
