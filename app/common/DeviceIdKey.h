// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace fota {

// The pure packing of a digit-string device ID into the 64-bit key the store sorts and indexes
// by: key = value << 5 | digit count, so leading zeros survive and keys order by value, then by
// length. It lives here, free of the store, so that the report-page decoder (which runs on a
// worker and must not depend on app/campaign) and DeviceId produce the same key by construction.
// DeviceId packs numeric IDs with this same function.
class DeviceIdKey
{
public:
    static constexpr quint64 kTextFlag = quint64(1) << 63;
    static constexpr int kMaxDigits = 17; // 10^17 < 2^57, leaving 5 bits for the length

    // False unless `text` is 1 to kMaxDigits ASCII digits. Char is char, char16_t or QChar.
    template <typename Char>
    static constexpr bool pack(const Char *text, qsizetype size, quint64 *key)
    {
        if (size <= 0 || size > kMaxDigits)
            return false;
        quint64 value = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const auto c = char16_t(text[i]);
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *key = (value << 5) | quint64(size);
        return true;
    }
};

} // namespace fota
