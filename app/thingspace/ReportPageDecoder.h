// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/DecodedPage.h"

#include <QByteArrayView>
#include <QString>

namespace fota {

// Decodes the body of one device-report page straight into compact rows with simdjson's
// On-Demand API: no QJsonDocument, no QString per field. It gives exactly the answers of the
// QJsonDocument path (ReportParser) on everything Qt's JSON parser accepts, because both apply
// the same rules (FieldRules, TimeReader, DeviceIdKey): entries that are not objects or have no
// deviceId are skipped and counted, unreadable times are blanked and counted, unreadable page
// fields are ignored and counted, an unreadable or missing hasMoreData is Unknown, and
// "deviceList": null is an empty list.
//
// Safe to call from any thread at once: each thread keeps its own parser and padded buffer.
class ReportPageDecoder
{
public:
    enum class Result
    {
        Page,      // a report page
        Malformed, // not JSON at all (truncated, an HTML page): a transport fault, worth a retry
        NotReport  // valid JSON that is not a report page (an error body, a wrong shape)
    };

    // Page, or why not with a one-line reason in *error: malformed or truncated JSON, an HTML
    // page, not an object, an error body, a deviceList that is not a list. The page is reset
    // first either way.
    static Result read(QByteArrayView body, DecodedPage *page, QString *error);
    // read() == Result::Page.
    static bool decode(QByteArrayView body, DecodedPage *page, QString *error)
    {
        return read(body, page, error) == Result::Page;
    }
};

} // namespace fota
