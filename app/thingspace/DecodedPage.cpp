// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/DecodedPage.h"

#include "common/DeviceIdKey.h"

namespace fota {

QString DecodedPage::deviceId(const DecodedDevice &device) const
{
    if (device.id & DeviceIdKey::kTextFlag)
        return textIds.value(qsizetype(device.id & ~DeviceIdKey::kTextFlag));
    char digits[DeviceIdKey::kMaxDigits];
    const int length = int(device.id & 31);
    quint64 value = device.id >> 5;
    for (int i = length - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    return QString::fromLatin1(digits, length);
}

DeviceRecord DecodedPage::record(const DecodedDevice &device) const
{
    DeviceRecord r;
    r.deviceId = deviceId(device);
    r.status = statuses.value(device.status);
    r.resultReason = reasons.value(device.reason);
    r.updatedTime = device.updatedTime;
    r.recentAttemptTime = device.recentAttemptTime;
    r.nextAttemptTime = device.nextAttemptTime;
    return r;
}

} // namespace fota
