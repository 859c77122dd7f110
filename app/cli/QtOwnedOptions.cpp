// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/QtOwnedOptions.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// From Qt 6.4's QGuiApplicationPrivate (createPlatformIntegration, init), QApplicationPrivate
// (process_cmdline) and the xcb integration. Lenient on purpose: an option taken here that
// this platform does not know is still rejected by the parse after QApplication exists.
constexpr std::array kWithValue{
    "platform"_L1,
    "platformpluginpath"_L1,
    "platformtheme"_L1,
    "plugin"_L1,
    "qwindowgeometry"_L1,
    "geometry"_L1,
    "qwindowtitle"_L1,
    "title"_L1,
    "qwindowicon"_L1,
    "icon"_L1,
    "style"_L1,
    "stylesheet"_L1,
    "session"_L1,
    "display"_L1,
    "name"_L1,
    "visual"_L1,
    "ncols"_L1,
    "cmap"_L1,
    "qmljsdebugger"_L1,
};
constexpr std::array kFlags{
    "reverse"_L1, "testability"_L1, "widgetcount"_L1, "nograb"_L1, "dograb"_L1, "sync"_L1,
};

bool isIn(QLatin1StringView name, const auto &names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

QStringList QtOwnedOptions::strip(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(u'-') || argument == "--"_L1) {
            kept << argument;
            continue;
        }
        QString name = argument.mid(argument.startsWith("--"_L1) ? 2 : 1);
        const qsizetype equals = name.indexOf(u'=');
        const bool inlineValue = equals >= 0;
        if (inlineValue)
            name.truncate(equals);
        const QByteArray latin1 = name.toLatin1();
        const QLatin1StringView key(latin1);
        if (isIn(key, kWithValue)) {
            if (!inlineValue)
                ++i; // Qt takes the next argument as the value, whatever it looks like
            continue;
        }
        if (!inlineValue && isIn(key, kFlags))
            continue;
        kept << argument;
    }
    return kept;
}

} // namespace fota
