// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace fota::sim {

// Misbehaviours the simulator can inject into report-page requests, each one something a real
// gateway, proxy or backend has been seen (or documented) to do.
enum class SimulatorFault
{
    RateLimited,     // 429 + header "Retry-After: 1" + JSON error body
    ServerError,     // 503 with a small HTML body (what a proxy sends)
    SessionExpired,  // invalidates every session token issued so far, then 400 SessionToken.Expired
    BearerExpired,   // invalidates every access token issued so far, then 401 gateway fault
    TruncatedJson,   // 200 whose body is the real page cut roughly in half (valid HTTP, bad JSON)
    ConnectionReset, // headers with the FULL Content-Length, half the body, then abort()
    Stall,           // reads the request and never answers it (socket kept open)
    StuckCursor,     // hasMoreData true and lastSeenDeviceId equal to the request's cursor
    OverlappingPages, // the page starts 7 devices before the cursor, cursor still advances
    WrongFieldTypes,  // same data with other JSON types (numbers as strings, null for empty, ...)
    BadRequest,       // 400 FOTA.REPORT.InvalidRequest (not retryable)
    HtmlErrorPage,    // 200 with Content-Type text/html and an HTML body (captive portal / proxy)
    // Pages that lie about how much is left: each must end in the whole campaign or an error.
    EmptyPage,          // deviceList [], hasMoreData true, a cursor that advances but skips nothing
    NullDeviceList,     // deviceList null, hasMoreData true, totalDevice "5000", cursor "0"
    MoreDataMissing,    // the real page without its hasMoreData key
    MoreDataUnreadable, // the real page with hasMoreData "yes"
    InflatedTotal,      // the real page with totalDevice "50000"
    CreepingCursor,     // the real page, hasMoreData true, lastSeenDeviceId = the cursor + "9"
    EndlessPages, // totalDevice "10" and hasMoreData true on every page; past the last device,
                  // empty pages whose cursor creeps as in CreepingCursor
    // The real page, then entries a parser must drop or repair: the 3 devices before the page
    // again with another status (ReportPageWriter::statusAgain), the first of them with nothing
    // but a month-13 updatedTime that carries control characters (kHostileTime), a number,
    // and an object without deviceId.
    HostileEntries,
};

} // namespace fota::sim
