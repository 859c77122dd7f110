// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiCall.h"
#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"

#include <QSignalSpy>

namespace fota::test {

// Sends one more request through `client` and waits for its answer. The loopback simulator
// answers requests in the order it reads them, so once this one is answered every answer to a
// request sent before it has reached the client too: a test can then assert that a superseded
// or cancelled request left no trace, instead of sleeping for a guessed time.
inline bool roundTrip(ApiClient &client, const ApiCall &call, int timeoutMs = 20000)
{
    ApiReply *reply = client.send(call);
    QSignalSpy finished(reply, &ApiReply::finished);
    const bool answered = finished.count() > 0 || finished.wait(timeoutMs);
    reply->deleteLater();
    return answered;
}

} // namespace fota::test
