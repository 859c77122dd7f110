// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <climits>

namespace fota {

// A message about a number of things, in its plural form. The English source text carries its
// own singular and plural (`one` for 1, `many` for any other number), so what is printed
// untranslated (the command line, which never installs a translator) reads right; a translation
// gets the number and chooses among its own plural forms. Mark both texts with
// QT_TRANSLATE_N_NOOP(context, ...) so lupdate lists them as plural messages.
class PluralText
{
public:
    static QString text(const char *context, const char *one, const char *many, qint64 n)
    {
        return QCoreApplication::translate(context, n == 1 ? one : many, nullptr,
                                           int(std::clamp<qint64>(n, 0, INT_MAX)));
    }

    // "1 device", "2 devices": for the command line's lines, which are English and never
    // translated.
    static QString english(qint64 n, QStringView one, QStringView many)
    {
        return QString::number(n) + u' ' + (n == 1 ? one : many);
    }
};

} // namespace fota
