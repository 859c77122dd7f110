// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/DecodedDevice.h"
#include "thingspace/DeviceRecord.h"
#include "thingspace/PageDiagnostics.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fota {

// One report page as its readers produce it (ReportPageDecoder on the loading path, ReportParser
// as the differential reference): compact rows plus the page's own string tables, built on a
// worker thread so the GUI thread only merges.
struct DecodedPage
{
    // hasMoreData as sent: a missing or unreadable value ("yes") is Unknown, never quietly false.
    enum class MoreData : quint8
    {
        No,
        Yes,
        Unknown
    };

    std::optional<qint64> totalDevice; // absent, unreadable or out of range: nullopt
    MoreData hasMoreData = MoreData::Unknown;
    QString lastSeenDeviceId; // trimmed; empty when the server sent none or "0"
    int maxPageSize = 0;
    std::vector<DecodedDevice> devices; // in page order
    QStringList statuses{QString()};    // page-local tables; index 0 is the empty string
    QStringList reasons{QString()};
    QStringList textIds; // IDs that are not digit strings (DeviceIdKey::kTextFlag | index)
    PageDiagnostics diagnostics;

    QString deviceId(const DecodedDevice &device) const;
    // The device as text, for callers that take DeviceRecords and for tests.
    DeviceRecord record(const DecodedDevice &device) const;
};

} // namespace fota
