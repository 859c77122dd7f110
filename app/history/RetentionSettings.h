// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/RetentionPolicy.h"

#include <QString>

namespace fota {

// How many days of a history keep every snapshot (RetentionPolicy), as the application's
// setting `history/keepAllDays`: the window changes it, and the window and `watch` both read
// it, so a watcher thins a shared history file the way the window would.
class RetentionSettings
{
public:
    static constexpr int kMinDays = 1;
    static constexpr int kMaxDays = 3650;

    static QString key();
    // The remembered number of days, within kMinDays..kMaxDays; RetentionPolicy's default
    // when none is remembered or it is not a number.
    static int keepAllDays();
    static void setKeepAllDays(int days);
    static RetentionPolicy policy() { return RetentionPolicy(keepAllDays()); }
};

} // namespace fota
