// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace fota {

// The cursor of the page after this one, read from the first bytes of a report page before the
// worker decodes it: the API puts totalDevice, hasMoreData and lastSeenDeviceId before the
// deviceList, so the next request can go out while this page is still being decoded. Only a
// guess: the loader checks it against the decoded page and drops the request if they differ.
// Anything unusual (escapes, a nested value before the list, a repeated key, a cursor that is
// not a plain digit string, hasMoreData other than the literal true) gives no guess.
class ReportCursorPeek
{
public:
    // How far into the body the page fields are looked for.
    static constexpr qsizetype kMaxScanBytes = 4096;

    static std::optional<QString> nextCursor(QByteArrayView body);
};

} // namespace fota
