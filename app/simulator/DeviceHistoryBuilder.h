// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace fota::sim {

class SimulatedCampaign;

// Builds the answer of GET /api/fota/v3/reports/{acc}/devices/{imei}: 1-4 upgrade-history
// entries, newest first. Entries for campaigns the server holds mirror the device's row there
// (so the history agrees with the report); older entries are invented, deterministically from
// the IMEI, so repeated calls give the same answer.
class DeviceHistoryBuilder
{
public:
    // `containing`: the account's campaigns that list this device (at least one).
    static QJsonArray build(const QString &imei,
                            const QList<const SimulatedCampaign *> &containing);
};

} // namespace fota::sim
