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
    // hasMoreData as sent. Unknown when it is missing, null or unreadable ("yes"): that is not
    // "false", and the loader decides from the cursor and totalDevice instead.
    enum class MoreData
    {
        No,
        Yes,
        Unknown
    };

    std::optional<qint64> totalDevice; // absent when missing or unreadable (negative, 1e300)
    MoreData moreData = MoreData::Unknown;
    QString lastSeenDeviceId; // empty when the server sent none or "0"
    int maxPageSize = 0;      // 0 when missing or unreadable
    QVector<DeviceRecord> devices;

    // What the parser could not use, counted for the load's diagnostic line; never fatal.
    int skippedNotObject = 0;  // deviceList entries that are not objects
    int skippedNoDeviceId = 0; // entries without a deviceId
    int blankedTimes = 0;      // times present but unreadable, kept as absent
    int unreadableFields = 0;  // totalDevice, hasMoreData or maxPageSize present but unreadable
    // The first few of those as examples. Raw server text: sanitise before showing it.
    QStringList warnings;
    static constexpr int kMaxWarnings = 5;
};

} // namespace fota
