// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/Credentials.h"

#include <QString>
#include <QUrl>

namespace fota {

// The built-in simulator's fixed credentials, which `--demo` signs in with. They are public
// (they ship in every copy), so they must never reach anything but the simulator on this
// machine: a real server must not see them (a password guessed at a real account counts
// towards its lockout), and nobody may set up a server that accepts them. The client keeps its
// own copy because the simulator shares no code with the client.
class DemoCredentials
{
public:
    static Credentials credentials();
    // True when the client key and secret, or the username and password, are the demo pair.
    static bool isDemo(const Credentials &credentials);
    // Empty when these credentials may be sent to `baseUrl`; otherwise why not. The demo
    // credentials go to loopback hosts only.
    static QString refusal(const Credentials &credentials, const QUrl &baseUrl);
};

} // namespace fota
