// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/DecodedPage.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace fota {

// Reads a report page from a QJsonDocument into the same DecodedPage as ReportPageDecoder, by
// the same rules (FieldRules, TimeReader, DeviceIdKey): the differential reference the
// decoder is tested against. The loading path uses the decoder; the small endpoints (token,
// login, campaign information and lists, device history, error bodies) use the field readers
// below on their QJsonDocuments.
class ReportParser
{
public:
    // False (with a reason in *error) when the document is not a report page.
    static bool parse(const QJsonDocument &document, DecodedPage *page, QString *error);

    // The lenient field readers (FieldRules applied to a QJsonValue).
    static QString text(const QJsonValue &value);
    static std::optional<qint64> integer(const QJsonValue &value);
    static std::optional<bool> boolean(const QJsonValue &value);
    // kNoTime when absent; false when present but unreadable.
    static bool time(const QJsonValue &value, qint64 *ms);
};

} // namespace fota
