// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/CampaignKey.h"
#include "history/HistoryError.h"
#include "report/ReportHistory.h"
#include "report/ReportSince.h"

#include <QCoreApplication>

#include <optional>

namespace fota {

class DeviceStore;
class HistoryStore;

// Reads what a report needs from the campaign's history: the snapshots recorded before the data
// in hand was loaded (the data itself may or may not have been recorded since: a snapshot taken
// at or after loadStartedMs is never "before" it), and the devices whose status differs between
// the chosen snapshot and the data in hand. Read-only: the report records nothing.
//
// The history keeps per-device changes between consecutive snapshots and the latest table, so
// a device's status at an earlier snapshot is its status in the latest table, or the `from` of
// its change since then; compared with the data in hand, that is "what changed since".
class ReportHistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(ReportHistoryReader)

public:
    // nullopt with *error set when the history could not be read (a damaged file); a campaign
    // the history does not know gives an empty ReportHistory with a sinceProblem.
    static std::optional<ReportHistory> read(HistoryStore &history, const CampaignKey &key,
                                             const DeviceStore &current, const ReportSince &since,
                                             qint64 loadStartedMs, HistoryError *error);

private:
    // The devices whose status at snapshot `sinceId` differs from `current`.
    static std::optional<std::vector<DeviceTransition>>
    changedSince(HistoryStore &history, const CampaignKey &key, qint64 sinceId,
                 const DeviceStore &current, QString *problem);
};

} // namespace fota
