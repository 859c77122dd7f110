// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watching/CampaignMemory.h"

#include "common/Clock.h"
#include "history/RetentionSettings.h"
#include "progress/ProgressEstimator.h"
#include "watching/AlertRuleSettings.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();

} // namespace

CampaignMemory::CampaignMemory(QObject *parent)
    : QObject(parent)
    , m_clock(&Clock::system())
{
    connectRecorder();
}

CampaignMemory::~CampaignMemory() = default;

void CampaignMemory::connectRecorder()
{
    connect(&m_recorder, &HistoryRecorder::opened, this,
            [this](bool ok, const HistoryError &error) {
                m_open = ok;
                emit opened(ok, error.message);
                if (!ok)
                    emit problem(error.message);
            });
    connect(&m_recorder, &HistoryRecorder::recorded, this,
            [this](quint64, const RecordResult &result) { onRecorded(result); });
    connect(&m_recorder, &HistoryRecorder::recordFailed, this,
            [this](quint64, const HistoryError &error) {
                emit problem(
                    tr("This load was not recorded in the history: %1").arg(error.message));
            });
    connect(&m_recorder, &HistoryRecorder::latestTableLoaded, this,
            [this](quint64 request, const CampaignKey &key,
                   std::shared_ptr<const StoredTable> table, const HistoryError &error) {
                if (request != m_tableRequest)
                    return;
                if (!table && error.isError())
                    emit problem(error.message);
                emit storedTableLoaded(key, std::move(table));
            });
    connect(&m_recorder, &HistoryRecorder::pointsLoaded, this,
            [this](quint64 request, const CampaignKey &key, const QList<SnapshotPoint> &points) {
                if (request != m_pointsRequest || key != m_key)
                    return;
                m_points = points;
                updateEstimate();
                emit pointsChanged();
            });
    connect(&m_recorder, &HistoryRecorder::changesSinceLoaded, this,
            [this](quint64 request, const CampaignKey &key,
                   std::shared_ptr<const ChangesSince> changes) {
                if (request == m_sinceRequest && key == m_key)
                    emit changesSinceLoaded(std::move(changes));
            });
    connect(&m_recorder, &HistoryRecorder::deviceChangesLoaded, this,
            [this](quint64 request, const CampaignKey &key, const QString &deviceId,
                   const QList<DeviceStatusChange> &changes) {
                if (request == m_timelineRequest && key == m_key)
                    emit deviceTimelineLoaded(deviceId, changes);
            });
}

void CampaignMemory::open(const QString &path)
{
    m_recorder.open({path, RetentionSettings::policy(), 5000, m_clock});
}

void CampaignMemory::setRetention(const RetentionPolicy &policy)
{
    m_recorder.setRetention(policy);
    // Answered after the thinning (requests run in order): the chart loses what went.
    if (!m_key.campaignId.isEmpty())
        m_pointsRequest = m_recorder.requestPoints(m_key, 0, kForever);
}

void CampaignMemory::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
    updateEstimate();
}

QString CampaignMemory::idOf(const CampaignKey &key)
{
    return key.environment + u'\n' + key.accountName + u'\n' + key.campaignId;
}

void CampaignMemory::setCampaign(const CampaignKey &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_points.clear();
    m_eta = {};
    // Answers still on their way describe the previous campaign.
    m_sinceRequest = m_timelineRequest = 0;
    m_pointsRequest = key.campaignId.isEmpty() ? 0 : m_recorder.requestPoints(key, 0, kForever);
    emit pointsChanged();
}

void CampaignMemory::requestStoredTable(const CampaignKey &key)
{
    m_tableRequest = m_recorder.requestLatestTable(key);
}

void CampaignMemory::record(const CampaignKey &key, const QByteArray &packedTable,
                            qint64 loadDurationMs)
{
    // Comparing and writing happen on the recorder's worker.
    m_recorder.record(key, packedTable, m_clock->nowMs(), loadDurationMs);
}

void CampaignMemory::onRecorded(const RecordResult &result)
{
    const QList<Alert> fired =
        engineFor(result.key)
            .evaluate(result.previous ? &*result.previous : nullptr, result.snapshot);
    if (result.key == m_key) {
        const SnapshotPoint &point = result.snapshot;
        if (m_points.isEmpty() || m_points.last().id < point.id) {
            m_points.append(point);
        } else {
            // Recorded out of order with another process: read the series again.
            m_pointsRequest = m_recorder.requestPoints(m_key, 0, kForever);
        }
        updateEstimate();
        emit pointsChanged();
    }
    emit recorded(result);
    if (!fired.isEmpty())
        emit alertsFired(result.key, fired);
}

AlertEngine &CampaignMemory::engineFor(const CampaignKey &key)
{
    const QString id = idOf(key);
    auto it = m_engines.find(id);
    if (it == m_engines.end())
        it = m_engines.insert(id, AlertEngine(AlertRuleSettings::load(key)));
    return it.value();
}

void CampaignMemory::updateEstimate()
{
    m_eta = ProgressEstimator::estimate(m_points, m_clock->nowMs());
}

qint64 CampaignMemory::previousSnapshotMs() const
{
    return m_points.size() >= 2 ? m_points[m_points.size() - 2].timeMs : 0;
}

QList<AlertRule> CampaignMemory::rules() const
{
    if (m_key.campaignId.isEmpty())
        return {};
    return AlertRuleSettings::load(m_key);
}

void CampaignMemory::setRules(const QList<AlertRule> &rules)
{
    if (m_key.campaignId.isEmpty())
        return;
    AlertRuleSettings::save(m_key, rules);
    engineFor(m_key).setRules(rules);
}

void CampaignMemory::requestChangesSince(qint64 timeMs)
{
    if (!m_key.campaignId.isEmpty())
        m_sinceRequest = m_recorder.requestChangesSince(m_key, timeMs);
}

void CampaignMemory::requestDeviceTimeline(const QString &deviceId)
{
    if (!m_key.campaignId.isEmpty())
        m_timelineRequest = m_recorder.requestDeviceChanges(m_key, deviceId);
}

} // namespace fota
