// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

namespace fota {

// Counts as the operator reads them ("2,689") in the system's locale. One place, so every panel
// groups digits the same; the rules are DisplayNumbers', which the campaign report shares.
class NumberText
{
public:
    static QString count(qint64 value);
    // "45.9%", or "0%" when the whole is empty.
    static QString percent(qint64 part, qint64 whole);

private:
    static QLocale locale();
};

} // namespace fota
