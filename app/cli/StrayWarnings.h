// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace fota {

// The commands' stderr is read by people and by cron's mail: it carries the command's own lines
// only. Qt warns once when XDG_RUNTIME_DIR is unset (as it is under cron) and then uses a folder
// of its own, which is right for a command; the warning is dropped, every other message passes.
class StrayWarnings
{
public:
    // Before the application object exists, so the warnings of its construction are covered.
    static void silence();
};

} // namespace fota
