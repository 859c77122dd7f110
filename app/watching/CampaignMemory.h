// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "alerts/AlertEngine.h"
#include "history/CampaignKey.h"
#include "history/ChangesSince.h"
#include "history/HistoryRecorder.h"
#include "progress/Eta.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace fota {

class Clock;

// The window's memory of campaigns: it records every complete load and refresh in the
// history (on the recorder's worker, given the table packed),
// and for the campaign shown it keeps the chart's points and the ETA, answers "what changed
// since" and a device's timeline, and evaluates the campaign's alert rules (remembered per
// campaign in the settings) after every record. Answers about a campaign that is no longer
// shown are dropped; alerts are reported for whichever campaign was recorded.
class CampaignMemory : public QObject
{
    Q_OBJECT
public:
    explicit CampaignMemory(QObject *parent = nullptr);
    ~CampaignMemory() override;

    // Opens the history file (empty: HistoryStore::defaultPath()); opened() answers.
    void open(const QString &path);
    bool isOpen() const { return m_open; }
    // Thins the history with this policy from now on (and at once); the chart's points are
    // read again. open() starts with RetentionSettings::policy().
    void setRetention(const RetentionPolicy &policy);
    // "Now" for the ETA and retention; not owned. Default: the system clock.
    void setClock(const Clock *clock);

    // The campaign shown (an empty key: none). Asks for its points at once.
    void setCampaign(const CampaignKey &key);
    const CampaignKey &campaign() const { return m_key; }
    // The campaign's last stored table; storedTableLoaded() answers (null if there is none).
    void requestStoredTable(const CampaignKey &key);
    // Records a whole load (a walk that reached its last page) of any campaign, its table
    // packed by PackedTable::encode.
    void record(const CampaignKey &key, const QByteArray &packedTable, qint64 loadDurationMs);

    // The shown campaign's snapshots, oldest first, and the ETA from them as of now.
    const QList<SnapshotPoint> &points() const { return m_points; }
    const Eta &eta() const { return m_eta; }
    // Recomputes the ETA for the clock's "now" (the window calls it as time passes).
    void updateEstimate();
    // When the snapshot before the latest was taken ("since the previous refresh"); 0: none.
    qint64 previousSnapshotMs() const;

    QList<AlertRule> rules() const;
    // Remembers the shown campaign's rules in the settings; rules that stay keep their state.
    void setRules(const QList<AlertRule> &rules);

    void requestChangesSince(qint64 timeMs);
    void requestDeviceTimeline(const QString &deviceId);

signals:
    void opened(bool ok, const QString &error);
    void storedTableLoaded(const fota::CampaignKey &key,
                           std::shared_ptr<const fota::StoredTable> table);
    // The shown campaign's points (and so the ETA) changed.
    void pointsChanged();
    void recorded(const fota::RecordResult &result);
    // Rules that became true at this snapshot of `key`.
    void alertsFired(const fota::CampaignKey &key, const QList<fota::Alert> &alerts);
    void changesSinceLoaded(std::shared_ptr<const fota::ChangesSince> changes);
    void deviceTimelineLoaded(const QString &deviceId,
                              const QList<fota::DeviceStatusChange> &changes);
    // The history could not be read or written: one line for the message area.
    void problem(const QString &message);

private:
    void connectRecorder();
    void onRecorded(const RecordResult &result);
    AlertEngine &engineFor(const CampaignKey &key);
    static QString idOf(const CampaignKey &key);

    HistoryRecorder m_recorder;
    const Clock *m_clock;
    bool m_open = false;
    CampaignKey m_key;
    QList<SnapshotPoint> m_points;
    Eta m_eta;
    QHash<QString, AlertEngine> m_engines; // per campaign recorded or shown
    quint64 m_pointsRequest = 0;
    quint64 m_tableRequest = 0;
    quint64 m_sinceRequest = 0;
    quint64 m_timelineRequest = 0;
};

} // namespace fota
