// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/NumberText.h"

#include "common/DisplayNumbers.h"

namespace fota {

QLocale NumberText::locale()
{
    return DisplayNumbers::locale();
}

QString NumberText::count(qint64 value)
{
    return DisplayNumbers::count(locale(), value);
}

QString NumberText::percent(qint64 part, qint64 whole)
{
    return DisplayNumbers::percent(locale(), part, whole);
}

} // namespace fota
