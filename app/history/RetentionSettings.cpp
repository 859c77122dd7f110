// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/RetentionSettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

QString RetentionSettings::key()
{
    return u"history/keepAllDays"_s;
}

int RetentionSettings::keepAllDays()
{
    bool ok = false;
    const int days = QSettings().value(key(), RetentionPolicy::kDefaultFullDays).toInt(&ok);
    // A hand-edited file may say anything: never thin a history on a value nobody chose.
    return ok ? std::clamp(days, kMinDays, kMaxDays) : RetentionPolicy::kDefaultFullDays;
}

void RetentionSettings::setKeepAllDays(int days)
{
    QSettings().setValue(key(), std::clamp(days, kMinDays, kMaxDays));
}

} // namespace fota
