// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>

#include <optional>

namespace fota {

// Reads an HTTP-date (RFC 9110, section 5.6.7) as servers send it in Retry-After:
// IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete forms every recipient must still
// accept, RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994".
// Qt's RFC 2822 parser refuses "GMT", so it cannot be used for this.
class HttpDate
{
public:
    // Milliseconds since the epoch (UTC), or nullopt for anything else, including impossible
    // dates and non-ASCII digits. `nowMs` settles RFC 850's two-digit year: one that would lie
    // more than 50 years ahead is taken from the century before.
    static std::optional<qint64> parse(QByteArrayView text, qint64 nowMs);
};

} // namespace fota
