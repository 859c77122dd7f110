#pragma once

#include "thingspace/TimeParser.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace fota {

// One device as the report API describes it, already decoded: the parser's output and the
// store's input. Times are ms since the epoch or kNoTime.
struct DeviceRecord
{
    QString deviceId;
    QString status;
    QString resultReason;
    qint64 updatedTime = kNoTime;
    qint64 recentAttemptTime = kNoTime;
    qint64 nextAttemptTime = kNoTime;
};

// One page of GET /reports/{acc}/campaigns/{id}/devices.
struct ReportPage
{
    std::optional<qint64> totalDevice;
    bool hasMoreData = false;
    QString lastSeenDeviceId; // empty when the server sent none or "0"
    int maxPageSize = 0;
    QVector<DeviceRecord> devices;
    // Entries the parser had to skip or repair, for a diagnostic line, never fatal.
    QStringList warnings;
};

} // namespace fota
