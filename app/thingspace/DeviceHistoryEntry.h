// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/TimeParser.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace fota {

// One campaign in a device's upgrade history (GET /reports/{acc}/devices/{imei}).
struct DeviceHistoryEntry
{
    QString campaignId;
    QString firmwareName;
    QString firmwareFrom;
    QString firmwareTo;
    QDate startDate;       // invalid when absent or unreadable
    QString startDateText; // as sent, so an unexpected format can still be shown
    QString status;
    QString reason;
    qint64 reportUpdatedTime = kNoTime; // ms since the epoch, UTC
};

} // namespace fota

Q_DECLARE_METATYPE(fota::DeviceHistoryEntry)
