// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "simulator/SimulatedDevice.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QVector>

namespace fota::sim {

// One campaign's data, a plain value: generated deterministically from (deviceCount, seed) so a
// test or a benchmark can regenerate exactly what the server holds and compare.
class SimulatedCampaign
{
public:
    // 2026-11-20T02:00:00Z: all generated times are placed relative to this instant.
    static constexpr qint64 kStartMs = 1795140000000;

    static SimulatedCampaign generate(const QString &accountName, const QString &campaignId,
                                      int deviceCount, quint64 seed);

    QString accountName() const;
    QString campaignId() const;
    // Always sorted ascending by deviceId (string order == numeric order, all 15 digits).
    const QVector<SimulatedDevice> &devices() const;
    // The campaign-information answer (GET /api/fota/v3/campaigns/{acc}/{id}).
    QJsonObject campaignInfoJson() const;
    // Moves up to maxChanges UpgradePending/Accepted devices to UpgradeSuccess or UpgradeFailed,
    // chosen from the seed and a step counter; returns how many changed.
    int evolve(int maxChanges, qint64 nowMs);
    // The deterministic evolving mode: step k (counted from 0 per campaign) is
    // evolve(changes, stepTimeMs(k)), so the state after k steps is a function of the seed alone
    // and a test can compute what the server holds after any number of walks.
    int evolveStep(int changes);
    static qint64 stepTimeMs(quint64 step); // one hour apart, after the generated history
    quint64 evolveSteps() const { return m_evolveStep; }
    // A copy advanced by `steps` evolveStep(changesPerStep): the truth after that many walks.
    SimulatedCampaign afterSteps(int steps, int changesPerStep) const;
    QString campaignStatus() const;

    // Additions beyond the agreed interface.
    void setCampaignStatus(const QString &status); // default "CampaignScheduled"
    quint64 seed() const;
    QString campaignName() const;
    QString firmwareName() const;
    QString firmwareFrom() const;
    QString firmwareTo() const;
    QString make() const;
    QString model() const;
    QString startDate() const; // "2026-11-20"
    QString endDate() const;
    // Index of the first device whose IMEI is numerically greater than cursor ("0" and "" give
    // 0); -1 if the cursor is not a decimal number.
    qsizetype indexAfter(QStringView cursor) const;
    // Index of the device with exactly this id, or -1.
    qsizetype indexOf(QStringView deviceId) const;

private:
    QString m_accountName;
    QString m_campaignId;
    quint64 m_seed = 0;
    quint64 m_evolveStep = 0;
    QString m_status;
    int m_profile = 0;
    int m_nameIndex = 0;
    QVector<SimulatedDevice> m_devices;
};

} // namespace fota::sim
