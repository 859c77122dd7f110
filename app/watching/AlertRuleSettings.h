// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "alerts/AlertRule.h"
#include "history/CampaignKey.h"

#include <QList>

namespace fota {

// The window's alert rules, per campaign (environment, account and campaign ID), in QSettings
// as their canonical text, the syntax of `watch --alert`. Nothing secret: the environment is
// the base URL without credentials.
class AlertRuleSettings
{
public:
    static QList<AlertRule> load(const CampaignKey &key);
    static void save(const CampaignKey &key, const QList<AlertRule> &rules);

private:
    static QString group(const CampaignKey &key);
};

} // namespace fota
