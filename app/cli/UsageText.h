// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fota {

// The help and version texts, shared by the window's and the export command's --help.
class UsageText
{
public:
    static QString version();
    static QString overview();
};

} // namespace fota
