#pragma once

#include "thingspace/BaseUrlPolicy.h"

#include <QUrl>

namespace fota {

// How the client talks to ThingSpace. The defaults suit production; tests shorten the waits.
struct ApiSettings
{
    QUrl baseUrl = BaseUrlPolicy::defaultBaseUrl();
    int transferTimeoutMs = 60'000; // a stalled server is abandoned and retried after this
    int maxAttempts = 6;            // per request, counting the first
    int retryBaseDelayMs = 1'000;   // first backoff; doubles each attempt, with jitter
    int retryMaxDelayMs = 60'000;   // cap for backoff and for Retry-After
    qint64 maxBodyBytes =
        64 << 20; // a 1,000-device page is ~300 KB; anything near this is not a page
};

} // namespace fota
