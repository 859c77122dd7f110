// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/SeenDevices.h"
#include "thingspace/DecodedPage.h"

#include <QPointer>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

namespace fota {

class ApiReply;

// One IMEI range of a report walked over several connections: the devices whose ID value lies
// in (lo, hi]. The lane asks with its own cursor and follows the server's cursors; what a page
// brings below lo belongs to the lane before it, what lies past hi to the lane after it (IDs
// that are not digit strings have no value and stay with whichever lane received them).
// Ranges of neighbouring lanes touch, so their union is the whole ID space.
struct WalkLane
{
    enum class State
    {
        Waiting,  // has a cursor to ask with, no request out
        InFlight, // its request is out
        Done,     // reached hi, or the report's end

    };

    std::optional<quint64> lo;   // exclusive; none: from the start of the report
    std::optional<quint64> hi;   // inclusive; none: to its end
    QString cursor;              // what the next request asks with; empty: the first page
    QString askedCursor;         // what the last request asked with: a Done lane reopens there
    bool inventedCursor = false; // the cursor is a split point, not one the server handed out
    bool confirmed = false;      // the server has answered one of this lane's requests
    bool openEnd = false;        // hi is a probe point (LaneSplitter::probes), not an estimate
    State state = State::Waiting;
    QPointer<ApiReply> reply;
    int channel = 0; // while in flight: which of the walk's connections it uses (ApiClient::send)
    bool answered = false; // reply's answer has arrived whole and is being decoded

    // The request for the page after reply's, sent while reply's page is decoded, with the
    // cursor read from its first bytes (ReportCursorPeek). It becomes the lane's reply once
    // the decoded page names the same cursor, and is dropped otherwise.
    struct Ahead
    {
        QPointer<ApiReply> reply;
        QString cursor;
        int channel = 0;
        bool answered = false;
        bool finished = false; // decoded before reply's page was: taken up when it is adopted
    };
    Ahead ahead;

    SeenDevices seen; // per lane: ranges are disjoint, so the walk's count is the sum
    int pagesWithoutNew = 0;
    double density = 0; // devices per unit of ID value, from the lane's last page
    // The largest ID value the lane has counted: a split never starts below it, even when a
    // lying server moves the cursor backwards.
    quint64 highWater = 0;

    // Pages accepted but not yet handed on: the walk delivers them in range order.
    std::deque<std::shared_ptr<const DecodedPage>> ready;

    bool isRunning() const { return state == State::Waiting || state == State::InFlight; }
    // Whether the lane's reply, or its request ahead, is waiting for the network (a page that
    // arrived and is being decoded holds no connection).
    bool replyOnNetwork() const { return state == State::InFlight && !answered; }
    bool aheadOnNetwork() const { return !ahead.reply.isNull() && !ahead.answered; }
};

} // namespace fota
