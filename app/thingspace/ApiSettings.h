#pragma once

#include "thingspace/BaseUrlPolicy.h"

#include <QString>
#include <QUrl>

namespace fota {

// How the client talks to ThingSpace. The defaults suit production; tests shorten the waits.
struct ApiSettings
{
    QUrl baseUrl = BaseUrlPolicy::defaultBaseUrl();
    int transferTimeoutMs = 60'000; // a stalled server is abandoned and retried after this
    // An attempt without its complete answer this long after it started is abandoned and
    // retried, however steadily bytes trickle in (the silence timeout above never fires then).
    // `export --timeout` sets both. (Added here for the CLI; the client enforces it.)
    int attemptDeadlineMs = 60'000;
    int maxAttempts = 6;          // per request, counting the first
    int retryBaseDelayMs = 1'000; // first backoff; doubles each attempt, with jitter
    int retryMaxDelayMs = 60'000; // cap for backoff and for Retry-After
    qint64 maxBodyBytes =
        64 << 20; // a 1,000-device page is ~300 KB; anything near this is not a page
    // Renew the access token this long before its expires_in runs out, so a page request never
    // races the deadline.
    int accessRenewMarginSeconds = 120;
    // ThingSpace ends a session after 20 minutes without use; log in again this long before
    // that instead of losing a request to SessionToken.Expired. Tests shorten both.
    int sessionIdleLimitSeconds = 1200;
    int sessionIdleMarginSeconds = 60;
    // A PEM or DER file of CA certificates trusted in addition to the system's, for corporate
    // TLS inspection. Trusted explicitly: certificate errors are still never ignored.
    QString extraCaCertificateFile;
};

} // namespace fota
