// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/DisplayNumbers.h"

using namespace Qt::StringLiterals;

namespace fota {

QLocale DisplayNumbers::locale(const QLocale &preferred)
{
    if (preferred.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return preferred;
}

QString DisplayNumbers::count(const QLocale &locale, qint64 value)
{
    return locale.toString(value);
}

QString DisplayNumbers::percent(const QLocale &locale, qint64 part, qint64 whole)
{
    if (whole <= 0)
        return u"0%"_s;
    const double p = 100.0 * double(part) / double(whole);
    const int decimals = (p > 0.0 && p < 10.0) || (p > 99.0 && p < 100.0) ? 1 : 0;
    return locale.toString(p, 'f', decimals) + u'%';
}

} // namespace fota
