// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/CampaignKey.h"

#include <QDBusConnection>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <utility>

class QWidget;

namespace fota {

class ApiClient;
class CampaignMemory;
class CampaignSession;
class Clock;
class DesktopNotifier;
class DeviceDetailPane;
class DeviceTableModel;
class HistoryPanel;
class LoadProgressPanel;
class MessageBar;
class RefreshBar;
class WalkedRows;
struct Alert;
struct StoredTable;

// The window's memory wired to its panels, so MainWindow only places them: every complete
// load and refresh goes to the history; opening a campaign shows its last stored table first
// ("As of 10:42 UTC — refreshing"); the chart, the ETA and "what changed since" follow the
// campaign shown; the detail pane's timeline gets the device's recorded changes; alert rules
// that fire show in the message area and as one desktop notification per campaign, whose
// action brings the window back to that campaign.
class HistoryController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        ApiClient *client = nullptr;
        CampaignSession *session = nullptr;
        DeviceTableModel *model = nullptr;
        HistoryPanel *panel = nullptr;
        DeviceDetailPane *detail = nullptr;
        MessageBar *messages = nullptr;
        RefreshBar *refreshBar = nullptr;
        LoadProgressPanel *progress = nullptr;
        const Clock *clock = nullptr;
    };

    HistoryController(const Parts &parts, QWidget *window);
    ~HistoryController() override;

    // Turns the memory on with this file (empty: the default path).
    void open(const QString &path);
    bool isOn() const { return m_memory != nullptr; }
    CampaignMemory *memory() const { return m_memory.get(); }
    // Where the shown table is packed for the recorder (tests hold it to see the order).
    QThreadPool *packers() { return &m_packers; }
    void setClock(const Clock *clock);
    // Notifications go to this bus (tests use a private one); default the session bus.
    void setNotificationBus(const QDBusConnection &bus);
    DesktopNotifier *notifier();

    // Asks for the campaign's stored table before it is loaded: false when the memory is off
    // (load at once). Otherwise storedShown() or loadWanted() follows.
    bool openCampaign(const QString &accountName, const QString &campaignId);
    // When the rows shown were recorded, if they come from the history; 0 otherwise.
    qint64 storedAsOfMs() const { return m_storedAsOfMs; }
    // What the progress panel says for rows from the history.
    void showStoredProgress();
    // The window's clock moved: the ETA is as of now.
    void tick();
    void editRules();

signals:
    // The campaign has no stored table (or it could not be read): load it.
    void loadWanted(const QString &accountName, const QString &campaignId);
    // Its stored table is shown (complete, marked with its time): refresh it when possible.
    void storedShown();
    // A notification was clicked: show this campaign and come to the front. Both are empty
    // when the campaign is on another server than the window's (only come to the front).
    void activationRequested(const QString &accountName, const QString &campaignId);

private:
    CampaignKey keyOf(const QString &accountName, const QString &campaignId) const;
    void wireMemory();
    void wirePanels();
    void onStoredTable(const CampaignKey &key, std::shared_ptr<const StoredTable> table);
    void record(const CampaignKey &key, const WalkedRows &rows, qint64 loadDurationMs);
    void onCampaignChanged();
    void showHistory();
    void requestChanges();
    void onAlerts(const CampaignKey &key, const QList<Alert> &alerts);
    void onActivated(const QString &tag);
    static QString tagOf(const CampaignKey &key);

    Parts m_parts;
    QWidget *m_window;
    std::unique_ptr<CampaignMemory> m_memory;
    // The file was refused: nothing is recorded, so its reason stays the message shown. Until
    // the answer comes, records queue behind the open on the history's worker.
    bool m_openFailed = false;
    DesktopNotifier *m_notifier = nullptr;
    std::optional<QDBusConnection> m_bus;
    std::optional<std::pair<QString, QString>> m_opening; // waiting for its stored table
    qint64 m_storedAsOfMs = 0;
    qint64 m_walkStartedMs = 0; // steady clock, for the recorded load duration
    // Packs the shown table for the recorder, one at a time so records keep their order.
    QThreadPool m_packers;
};

} // namespace fota
