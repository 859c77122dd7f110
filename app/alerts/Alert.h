// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fota {

// A rule that fired on a snapshot.
struct Alert
{
    QString rule;    // the rule's canonical text, e.g. "failed>5%"
    QString message; // one line for the window, a notification or the watch line

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace fota
