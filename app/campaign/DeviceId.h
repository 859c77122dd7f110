// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/DeviceIdKey.h"

#include <QString>
#include <QStringView>

namespace fota {

class StringPool;

// A device ID packed into 64 bits (the numeric rule is DeviceIdKey's). IMEIs are digit strings that
// may start with 0, so a numeric ID keeps its digit count as well as its value: key = value << 5 |
// digits. Comparing keys then orders by value, then by length, and no IMEI needs a heap string. IDs
// that are not digit strings of up to 17 digits (never seen, but the API calls deviceId a string)
// are interned in a pool and flagged with the top bit, ordering after every numeric ID.
class DeviceId
{
public:
    static constexpr quint64 kTextFlag = DeviceIdKey::kTextFlag;
    static constexpr int kMaxDigits = DeviceIdKey::kMaxDigits;

    static quint64 pack(QStringView id, StringPool *textIds);
    // Looks up without interning; false if a text ID is not in the pool.
    static bool packExisting(QStringView id, const StringPool &textIds, quint64 *key);
    static QString text(quint64 key, const StringPool &textIds);
    static bool isNumeric(quint64 key) { return !(key & kTextFlag); }
    // Writes the digits of a numeric key (with leading zeros) into buf; returns the length.
    static int digits(quint64 key, char *buf);
    // Orders two ID strings the way the report's cursor does: by numeric value when both are
    // digit strings, else as text. Negative, zero or positive.
    static int compare(QStringView a, QStringView b);

private:
    static bool packNumeric(QStringView id, quint64 *key);
};

} // namespace fota
