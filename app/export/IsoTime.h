// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace fota {

// "2022-10-05T21:05:27.129Z" from ms since the epoch, written digit by digit: the writers format
// three million of these for a million devices, and snprintf measured most of an export's time.
// The text is exactly TimeFormat::isoUtcMillis's, years outside 0-9999 included ("%04d").
class IsoTime
{
public:
    static constexpr int kMaxLength = 32;
    // Writes into buf (at least kMaxLength bytes) and returns the length; 0 for kNoTime.
    static int format(qint64 msSinceEpoch, char *buf);
    static void append(QByteArray &out, qint64 msSinceEpoch)
    {
        char buf[kMaxLength];
        out.append(buf, format(msSinceEpoch, buf));
    }
};

} // namespace fota
