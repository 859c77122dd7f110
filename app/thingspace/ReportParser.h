#pragma once

#include "thingspace/ReportPage.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace fota {

// Turns a decoded report page into plain values. The API's documents and SDKs disagree on field
// names and types, so every field is read leniently: a string or a number, `updatedTime` or
// `statusTime`, null, empty or missing. Only a body that is not a report at all is an error.
class ReportParser
{
public:
    // False (with a reason in *error) when the document is not a report page.
    static bool parse(const QJsonDocument &document, ReportPage *page, QString *error);

    // The lenient field readers, public because the other endpoints' parsers share them.
    static QString text(const QJsonValue &value);
    static std::optional<qint64> integer(const QJsonValue &value);
    static std::optional<bool> boolean(const QJsonValue &value);
    // kNoTime when absent; false when present but unreadable.
    static bool time(const QJsonValue &value, qint64 *ms);
};

} // namespace fota
