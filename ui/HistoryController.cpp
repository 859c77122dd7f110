// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/HistoryController.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceTableModel.h"
#include "campaign/WalkedRows.h"
#include "common/Clock.h"
#include "history/PackedTable.h"
#include "notifications/DesktopNotifier.h"
#include "thingspace/ApiClient.h"
#include "ui/AlertRulesDialog.h"
#include "ui/DeviceDetailPane.h"
#include "ui/HistoryPanel.h"
#include "ui/LoadProgressPanel.h"
#include "ui/MessageBar.h"
#include "ui/RefreshBar.h"
#include "watching/CampaignMemory.h"
#include "watching/SinceChoice.h"

#include <QFutureWatcher>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace fota {

HistoryController::HistoryController(const Parts &parts, QWidget *window)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
{
    if (!m_parts.clock)
        m_parts.clock = &Clock::system();
    m_packers.setMaxThreadCount(1);
    m_parts.panel->setUnavailable(tr("The history is off: this window was started without one."));
    m_parts.panel->setEnabled(false);
    wirePanels();
}

HistoryController::~HistoryController() = default;

CampaignKey HistoryController::keyOf(const QString &accountName, const QString &campaignId) const
{
    return CampaignKey::of(m_parts.client->settings().baseUrl, accountName.trimmed(),
                           campaignId.trimmed());
}

void HistoryController::open(const QString &path)
{
    m_memory = std::make_unique<CampaignMemory>();
    m_openFailed = false;
    m_memory->setClock(m_parts.clock);
    wireMemory();
    m_parts.panel->setEnabled(true);
    showHistory();
    m_memory->open(path);
    if (!m_parts.session->campaignId().isEmpty())
        onCampaignChanged();
}

void HistoryController::setClock(const Clock *clock)
{
    m_parts.clock = clock ? clock : &Clock::system();
    if (m_memory)
        m_memory->setClock(m_parts.clock);
}

void HistoryController::setNotificationBus(const QDBusConnection &bus)
{
    delete m_notifier;
    m_notifier = nullptr;
    m_bus = bus;
}

DesktopNotifier *HistoryController::notifier()
{
    if (m_notifier)
        return m_notifier;
    m_notifier = m_bus ? new DesktopNotifier(*m_bus, this) : new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::activated, this, &HistoryController::onActivated);
    return m_notifier;
}

void HistoryController::onActivated(const QString &tag)
{
    const QStringList parts = tag.split(u'\n');
    if (parts.size() != 3)
        return;
    const CampaignKey key{parts[0], parts[1], parts[2]};
    if (key.environment == CampaignKey::environmentOf(m_parts.client->settings().baseUrl)) {
        emit activationRequested(key.accountName, key.campaignId);
        return;
    }
    // The same account and campaign ID on another server is another campaign: opening it
    // there would show the operator the wrong devices under the alert's name.
    m_parts.messages->showNotice(
        tr("The alert was for campaign %1 on %2; this window is connected to another server.")
            .arg(key.campaignId, key.environment));
    emit activationRequested(QString(), QString());
}

QString HistoryController::tagOf(const CampaignKey &key)
{
    return key.environment + u'\n' + key.accountName + u'\n' + key.campaignId;
}

void HistoryController::wirePanels()
{
    CampaignSession *session = m_parts.session;
    connect(session, &CampaignSession::campaignChanged, this,
            &HistoryController::onCampaignChanged);
    for (const auto started : {&CampaignSession::loadStarted, &CampaignSession::refreshStarted})
        connect(session, started, this, [this] { m_walkStartedMs = m_parts.clock->steadyMs(); });
    connect(session, &CampaignSession::walkCompleted, this, [this](const WalkedRows &rows) {
        m_storedAsOfMs = 0; // the rows are current now
        if (m_memory && !m_openFailed)
            record(keyOf(m_parts.session->accountName(), m_parts.session->campaignId()), rows,
                   m_parts.clock->steadyMs() - m_walkStartedMs);
    });
    connect(m_parts.model, &DeviceTableModel::timeZoneChanged, this, [this] {
        m_parts.panel->setTimeDisplay(m_parts.model->timeDisplay());
        requestChanges();
    });
    m_parts.panel->setTimeDisplay(m_parts.model->timeDisplay());
    connect(m_parts.panel, &HistoryPanel::sinceChanged, this, &HistoryController::requestChanges);
    connect(m_parts.panel, &HistoryPanel::editRulesRequested, this, &HistoryController::editRules);
    connect(m_parts.detail, &DeviceDetailPane::recordedChangesWanted, this,
            [this](const QString &deviceId) {
                if (m_memory)
                    m_memory->requestDeviceTimeline(deviceId);
            });
}

void HistoryController::record(const CampaignKey &key, const WalkedRows &rows,
                               qint64 loadDurationMs)
{
    // The recorder gets the table packed (14 bytes a device), made on a worker while the model
    // holds its rows unchanged (addStoreReader): a copy of the store held 44 bytes a device
    // beside the window's own until the record was written, and on the GUI thread took
    // 30-50 ms. By device ID where the table knows that order, so the recorder builds its
    // status list compact as it reads it.
    auto packed = std::make_shared<QByteArray>();
    const QFuture<void> packing = QtConcurrent::run(&m_packers, [rows, packed] {
        std::vector<quint32> scratch;
        *packed = PackedTable::encode(rows.table(), rows.rowsByIdIfKnown(&scratch));
    });
    m_parts.model->addStoreReader(packing);
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, key, loadDurationMs, packed, memory = m_memory.get()] {
                watcher->deleteLater();
                // Not into a history opened since, nor one that refused its file meanwhile.
                if (m_memory.get() == memory && !m_openFailed)
                    m_memory->record(key, *packed, loadDurationMs);
            });
    watcher->setFuture(packing);
}

void HistoryController::wireMemory()
{
    CampaignMemory *memory = m_memory.get();
    connect(memory, &CampaignMemory::opened, this, [this](bool ok) {
        m_openFailed = !ok;
        if (ok)
            showHistory();
    });
    connect(memory, &CampaignMemory::storedTableLoaded, this, &HistoryController::onStoredTable);
    connect(memory, &CampaignMemory::pointsChanged, this, [this] {
        showHistory();
        requestChanges();
    });
    connect(memory, &CampaignMemory::changesSinceLoaded, m_parts.panel, &HistoryPanel::showChanges);
    connect(memory, &CampaignMemory::deviceTimelineLoaded, m_parts.detail,
            &DeviceDetailPane::showRecordedChanges);
    connect(memory, &CampaignMemory::alertsFired, this, &HistoryController::onAlerts);
    connect(memory, &CampaignMemory::problem, this, [this](const QString &message) {
        m_parts.messages->showNotice(tr("History: %1").arg(message));
        if (!m_memory->isOpen())
            m_parts.panel->setUnavailable(
                tr("No history: %1. The window works without one.").arg(message));
    });
}

bool HistoryController::openCampaign(const QString &accountName, const QString &campaignId)
{
    if (!m_memory)
        return false;
    m_opening = std::make_pair(accountName.trimmed(), campaignId.trimmed());
    m_memory->requestStoredTable(keyOf(accountName, campaignId));
    return true;
}

void HistoryController::onStoredTable(const CampaignKey &key,
                                      std::shared_ptr<const StoredTable> table)
{
    if (!m_opening || keyOf(m_opening->first, m_opening->second) != key)
        return;
    const auto [account, campaign] = *std::exchange(m_opening, std::nullopt);
    if (!table) {
        emit loadWanted(account, campaign);
        return;
    }
    // The copy is the GUI thread's cost of showing it (the blob was decoded on the worker).
    m_parts.session->showStored(account, campaign, table->store);
    m_storedAsOfMs = table->timeMs;
    m_parts.refreshBar->showStored(table->timeMs, m_parts.clock->nowMs());
    showStoredProgress();
    emit storedShown();
}

void HistoryController::showStoredProgress()
{
    if (m_storedAsOfMs > 0)
        m_parts.progress->showStored(m_parts.model->rowCount(),
                                     m_parts.model->timeDisplay().timeWithZone(m_storedAsOfMs));
}

void HistoryController::onCampaignChanged()
{
    m_storedAsOfMs = 0;
    if (!m_memory)
        return;
    const CampaignKey key =
        m_parts.session->campaignId().isEmpty()
            ? CampaignKey()
            : keyOf(m_parts.session->accountName(), m_parts.session->campaignId());
    m_memory->setCampaign(key);
    m_parts.panel->setRules(m_memory->rules());
}

void HistoryController::showHistory()
{
    if (!m_memory || !m_memory->isOpen())
        return;
    m_parts.panel->showHistory(m_memory->points(), m_memory->eta(), m_parts.clock->nowMs());
}

void HistoryController::tick()
{
    if (!m_memory)
        return;
    m_memory->updateEstimate();
    showHistory();
}

void HistoryController::requestChanges()
{
    if (!m_memory || m_memory->campaign().campaignId.isEmpty() || m_memory->points().isEmpty())
        return;
    const qint64 at = SinceChoice::timeFor(m_parts.panel->sinceKind(), m_parts.clock->nowMs(),
                                           m_parts.model->useUtc(), m_memory->previousSnapshotMs(),
                                           m_parts.panel->chosenTimeMs());
    m_memory->requestChangesSince(at);
}

void HistoryController::editRules()
{
    if (!m_memory || m_memory->campaign().campaignId.isEmpty()) {
        m_parts.messages->showNotice(tr("Open a campaign first: alert rules are per campaign."));
        return;
    }
    auto *dialog =
        new AlertRulesDialog(m_memory->campaign().campaignId, m_memory->rules(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const CampaignKey key = m_memory->campaign();
    connect(dialog, &QDialog::accepted, this, [this, dialog, key] {
        if (!m_memory || m_memory->campaign() != key)
            return; // another campaign is shown now: these rules were not for it
        m_memory->setRules(dialog->rules());
        m_parts.panel->setRules(m_memory->rules());
    });
    dialog->open();
}

void HistoryController::onAlerts(const CampaignKey &key, const QList<Alert> &alerts)
{
    QStringList messages;
    for (const Alert &a : alerts)
        messages << a.message;
    // The one message area says it in the window; the notification says it outside, one per
    // campaign, replaced by the next.
    m_parts.messages->showNotice(
        tr("Alert for campaign %1: %2").arg(key.campaignId, messages.join(u"; "_s)));
    notifier()->notify(
        tagOf(key),
        tr("FOTA campaign %1: %n alert(s)", nullptr, int(alerts.size())).arg(key.campaignId),
        messages.join(u'\n'));
}

} // namespace fota
