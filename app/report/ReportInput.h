// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportChart.h"
#include "report/ReportHistory.h"
#include "report/ReportModel.h"
#include "thingspace/CampaignInfo.h"

#include <QString>

#include <optional>

namespace fota {

class DeviceStore;

// Everything a campaign report is computed from (ReportBuilder::build).
struct ReportInput
{
    const DeviceStore *store = nullptr; // the data in hand; must outlive build()
    QString environment;                // the base URL without credentials
    QString accountName;
    QString campaignId;
    std::optional<CampaignInfo> info;
    QString infoProblem; // why there is no info (one line; made safe to show by the builder)

    qint64 generatedAtMs = 0;
    qint64 asOfMs = 0; // when the data in hand was current; overdue is judged at this time
    bool utc = false;
    // False when the load ended early or its devices differ from the report's totalDevice.
    bool complete = true;

    std::optional<ReportHistory> history;
    QString historyProblem; // why there is no history although one was asked for
    ReportChart chart;      // may be empty: no chart renderer
    ReportModel::Limits limits;
};

} // namespace fota
