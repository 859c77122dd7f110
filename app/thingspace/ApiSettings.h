// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/BaseUrlPolicy.h"

#include <QString>
#include <QUrl>

namespace fota {

// How the client talks to ThingSpace. The defaults suit production; tests shorten the waits.
struct ApiSettings
{
    QUrl baseUrl = BaseUrlPolicy::defaultBaseUrl();
    int transferTimeoutMs = 60'000; // a server silent this long is abandoned and retried
    // Every attempt (page, token, login) must be answered completely within this, however
    // steadily the bytes trickle in: the silence timeout alone lets one byte every half second
    // hold a request forever. A deadline hit is a timeout, retried like one.
    int attemptDeadlineMs = 120'000;
    int maxAttempts = 6;          // per request, counting the first
    int retryBaseDelayMs = 1'000; // first backoff; doubles each attempt, with jitter
    int retryMaxDelayMs =
        60'000; // cap for backoff and for Retry-After (at least 1 s for the latter)
    // Multiplies the wait a server asks for (Retry-After) after the cap, from 0 to 1. Only tests
    // change it, so that a 429 does not cost a real second.
    double retryAfterScale = 1.0;
    qint64 maxBodyBytes =
        64 << 20; // a 1,000-device page is ~300 KB; anything near this is not a page
    // Renew the access token this long before its expires_in runs out, so a page request never
    // races the deadline; never more than half the token's lifetime, or a short-lived token
    // would be "near expiry" the moment it arrives.
    int accessRenewMarginSeconds = 120;
    // ThingSpace ends a session after 20 minutes without use; log in again this long before
    // that instead of losing a request to SessionToken.Expired (at most half the limit).
    int sessionIdleLimitSeconds = 1200;
    int sessionIdleMarginSeconds = 60;
    // Renewals the client decides on by itself (before expiry, before the idle limit) happen at
    // most once in this interval each, so no answer from a token endpoint can make it renew in
    // a loop. A renewal after the server rejected the current token is not delayed: it happens
    // at most once per request.
    int tokenRenewMinIntervalMs = 5'000;
    // A PEM or DER file of CA certificates trusted in addition to the system's, for corporate
    // TLS inspection. Trusted explicitly: certificate errors are still never ignored.
    QString extraCaCertificateFile;
    // Report requests one walk may have out at once (CampaignLoader's lanes), 1 to
    // kMaxConnections; 1 is the plain sequential walk. The command line and the window default
    // to kDefaultConnections; code that builds settings by hand gets the sequential walk.
    static constexpr int kDefaultConnections = 4;
    static constexpr int kMaxConnections = 8;
    int connections = 1;
};

} // namespace fota
