// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <optional>

namespace fota {

// How far a campaign walk has come.
struct LoadProgress
{
    int pages = 0;
    qint64 devicesReceived = 0;        // rows in all pages, repeats included
    qint64 devicesLoaded = 0;          // distinct devices among them
    std::optional<qint64> totalDevice; // as the server last reported it
};

} // namespace fota
