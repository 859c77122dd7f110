// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace fota {

// The options QGuiApplication, QApplication and the xcb platform plugin take out of the
// argument list (-platform offscreen, -style Fusion, -reverse, ...). The window's arguments
// are checked without them before the application object exists, because constructing it
// loads the platform plugin, which aborts without a display: a usage error must not depend on
// one. Qt also accepts every one of them with two dashes (--platform).
class QtOwnedOptions
{
public:
    // `arguments` (program name first) without Qt's options and their values.
    static QStringList strip(const QStringList &arguments);
};

} // namespace fota
