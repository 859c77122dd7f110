// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace fota {

// Tokens travel in headers, so plain http is allowed only where nothing leaves the machine.
class BaseUrlPolicy
{
public:
    static QUrl defaultBaseUrl();
    static bool isLoopbackHost(const QString &host);
    // An empty string when the URL is acceptable, else the reason it is not.
    static QString check(const QUrl &url);
};

} // namespace fota
