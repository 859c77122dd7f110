// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportInput.h"
#include "report/ReportModel.h"

namespace fota {

// Computes a campaign report from its input: a pure function of the store, the campaign
// information, the times and the history, so a test can hold it against the window's panels
// for the same store. The counts are the window's own: the store's running bucket and status
// counts, ReasonGroups over the failed devices, DeviceFilterMatcher::isOverdue at the data's
// "as of" time, ProgressEstimator for the ETA. One pass over the rows plus a sort of the
// device IDs: a few hundred milliseconds at a million devices, so callers run it off the GUI
// thread.
class ReportBuilder
{
public:
    static ReportModel build(const ReportInput &input);

private:
    static void addStatuses(const DeviceStore &store, ReportModel *model);
    static void addReasons(const DeviceStore &store, const std::vector<quint32> &byId,
                           ReportModel *model);
    static void addOverdue(const DeviceStore &store, ReportModel *model);
    static void addHistory(const ReportInput &input, ReportModel *model);
    static void addChanges(const ReportHistory &history, ReportModel *model);
};

} // namespace fota
