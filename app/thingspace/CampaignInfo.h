// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fota {

// One campaign as the campaign-information and campaigns-by-status answers describe it.
struct CampaignInfo
{
    // A daily window in which devices are upgraded, in hours of the day; -1 when the server sent
    // nothing readable, so a window of "0 to 0" stays distinguishable from a missing one.
    struct TimeWindow
    {
        int startHour = -1;
        int endHour = -1;
        friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
    };

    QString id;
    QString accountName;
    QString campaignName;
    QString firmwareName;
    QString firmwareFrom;
    QString firmwareTo;
    QString protocol;
    QString make;
    QString model;
    // Invalid when absent or unreadable; the text is kept so an unexpected format can still be
    // shown to the operator instead of an empty cell.
    QDate startDate;
    QDate endDate;
    QString startDateText;
    QString endDateText;
    QList<TimeWindow> timeWindows;
    QString status;
    // Fields the parser had to skip or could not read, for a diagnostic line, never fatal.
    QStringList warnings;
};

} // namespace fota

Q_DECLARE_METATYPE(fota::CampaignInfo)
