// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceColumn.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fota {

QString DeviceColumns::title(DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::DeviceId:
        return QCoreApplication::translate("DeviceColumn", "Device ID (IMEI)");
    case DeviceColumn::Status:
        return QCoreApplication::translate("DeviceColumn", "Status");
    case DeviceColumn::ResultReason:
        return QCoreApplication::translate("DeviceColumn", "Result reason");
    case DeviceColumn::StatusTime:
        return QCoreApplication::translate("DeviceColumn", "Status time");
    case DeviceColumn::LastAttempt:
        return QCoreApplication::translate("DeviceColumn", "Last attempt");
    case DeviceColumn::NextAttempt:
        return QCoreApplication::translate("DeviceColumn", "Next attempt");
    case DeviceColumn::Bucket:
        //: Column title: the status bucket (Succeeded, Failed, Pending, ...) a device is in.
        return QCoreApplication::translate("DeviceColumn", "Bucket");
    case DeviceColumn::Count:
        break;
    }
    return {};
}

QString DeviceColumns::apiField(DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::DeviceId:
        return u"deviceId"_s;
    case DeviceColumn::Status:
        return u"status"_s;
    case DeviceColumn::ResultReason:
        return u"resultReason"_s;
    case DeviceColumn::StatusTime:
        return u"updatedTime"_s;
    case DeviceColumn::LastAttempt:
        return u"recentAttemptTime"_s;
    case DeviceColumn::NextAttempt:
        return u"nextAttemptTime"_s;
    case DeviceColumn::Bucket:
        return u"bucket"_s;
    case DeviceColumn::Count:
        break;
    }
    return {};
}

bool DeviceColumns::isTime(DeviceColumn column)
{
    return column == DeviceColumn::StatusTime || column == DeviceColumn::LastAttempt ||
           column == DeviceColumn::NextAttempt;
}

} // namespace fota
