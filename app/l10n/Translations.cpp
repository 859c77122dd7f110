// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "l10n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr auto kResourceDirectory = ":/i18n"_L1;

// Owned by the application object, so they live as long as the strings they translate; kept
// here only to be replaced by the next install().
QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

QTranslator *load(const QLocale &locale, const QString &base, const QString &directory)
{
    auto *t = new QTranslator(QCoreApplication::instance());
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (LANGUAGE, then LC_ALL,
    // LC_MESSAGES, LANG), so "de_AT" finds "de".
    if (t->load(locale, base, u"_"_s, directory))
        return t;
    delete t;
    return nullptr;
}

} // namespace

QLocale Translations::localeForLanguage(const QString &lang, QString *error)
{
    const QString name = lang.trimmed();
    const QLocale locale(name);
    // QLocale falls back to C for a name it does not know, so C is how an unknown language shows.
    if (name.isEmpty() || locale.language() == QLocale::C) {
        if (error)
            *error =
                u"--lang \"%1\" names no known language (for example: de, de_DE, en)"_s.arg(name);
        return QLocale::system();
    }
    if (error)
        error->clear();
    return locale;
}

bool Translations::install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    QTranslator *app = load(locale, u"fota-monitor"_s, kResourceDirectory);
    const bool translated = app != nullptr || locale.language() == QLocale::English;
    // A language without a translation shows the English source text, whose plural forms
    // ("%n devices") come from the English plural-only translation.
    if (!app)
        app = load(QLocale(QLocale::English), u"fota-monitor"_s, kResourceDirectory);
    replace(appTranslator(), app);
    replace(qtTranslator(), load(locale, u"qtbase"_s, qtTranslationsDirectory()));
    return translated;
}

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files =
        QDir(kResourceDirectory).entryList({u"fota-monitor_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(13, file.size() - 13 - 3);
    return languages;
}

QString Translations::qtTranslationsDirectory()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

} // namespace fota
