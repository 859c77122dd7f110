#pragma once

#include "thingspace/DecodedPage.h"

#include <QByteArrayView>
#include <QString>

namespace fota {

// Decodes the body of one device-report page straight into compact rows with simdjson's
// On-Demand API: no QJsonDocument, no QString per field. It gives exactly the answers of the
// QJsonDocument path (ReportParser) on everything that path accepts, with the rules agreed for
// both: only ASCII digits are digits, out-of-range numbers are rejected rather than converted,
// an unreadable or missing hasMoreData is Unknown, entries that are not objects or have no
// deviceId are skipped and counted, unreadable times are blanked and counted, and
// "deviceList": null is an empty list.
//
// Safe to call from any thread at once: each thread keeps its own parser and padded buffer.
class ReportPageDecoder
{
public:
    // False, with a one-line reason in *error, when the body is not a report page (malformed or
    // truncated JSON, an HTML page, not an object, an error body, a deviceList that is not a
    // list). The page is reset first either way.
    static bool decode(QByteArrayView body, DecodedPage *page, QString *error);
};

} // namespace fota
