// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

namespace fota {

// Counts and shares as people read them, the same in the window and in the campaign report.
class DisplayNumbers
{
public:
    // The locale to write in. The C locale (what a bare LANG gives, e.g. on CI, in containers
    // and under cron) omits group separators, and "1000000 devices" is hard to read at a
    // glance; English grouping stands in for it.
    static QLocale locale(const QLocale &preferred = QLocale());
    // "2,689" (in the locale's own grouping).
    static QString count(const QLocale &locale, qint64 value);
    // "45.9%", or "0%" when the whole is empty. One decimal below 10% (and between 99% and
    // 100%) so a handful of failures in a large fleet does not read as "0%" (or "100%").
    static QString percent(const QLocale &locale, qint64 part, qint64 whole);
};

} // namespace fota
