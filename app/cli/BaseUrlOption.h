// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QUrl>

class QCommandLineParser;

namespace fota {

// --base-url, shared by the window's command line and `export`: an explicit --base-url wins,
// then THINGSPACE_BASE_URL, then production.
class BaseUrlOption
{
public:
    static QCommandLineOption option();
    static QUrl resolve(const QCommandLineParser &parser, const QCommandLineOption &option);
    static constexpr const char *kEnvironmentVariable = "THINGSPACE_BASE_URL";
};

} // namespace fota
