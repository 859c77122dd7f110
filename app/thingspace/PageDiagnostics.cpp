// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/PageDiagnostics.h"

#include <QCoreApplication>

#include "common/SafeText.h"

using namespace Qt::StringLiterals;

namespace fota {

QString PageDiagnostics::fieldName(TimeField field)
{
    switch (field) {
    case TimeField::Updated:
        return u"updatedTime"_s;
    case TimeField::RecentAttempt:
        return u"recentAttemptTime"_s;
    case TimeField::NextAttempt:
        return u"nextAttemptTime"_s;
    }
    return {};
}

QString PageDiagnostics::fieldName(PageField field)
{
    switch (field) {
    case PageField::TotalDevice:
        return u"totalDevice"_s;
    case PageField::HasMoreData:
        return u"hasMoreData"_s;
    case PageField::MaxPageSize:
        return u"maxPageSize"_s;
    }
    return {};
}

QString PageDiagnostics::describe(const Issue &issue)
{
    switch (issue.problem) {
    case Problem::NotAnObject:
        return QCoreApplication::translate("ReportParser", "entry %1 is not an object; skipped")
            .arg(issue.entry);
    case Problem::NoDeviceId:
        return QCoreApplication::translate("ReportParser", "entry %1 has no deviceId; skipped")
            .arg(issue.entry);
    case Problem::UnreadableTime:
        return QCoreApplication::translate("ReportParser",
                                           "device %1: unreadable %2 \"%3\"; left blank")
            .arg(SafeText::oneLine(issue.deviceId, 40), fieldName(issue.field),
                 SafeText::oneLine(issue.value, 80));
    case Problem::UnreadableField:
        return QCoreApplication::translate("ReportParser", "unreadable %1 \"%2\"; ignored")
            .arg(fieldName(issue.pageField), SafeText::oneLine(issue.value, 80));
    }
    return {};
}

} // namespace fota
