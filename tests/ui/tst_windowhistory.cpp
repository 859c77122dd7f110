// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window remembers: every complete load and refresh is recorded; a campaign reopens on its
// last stored table at once, marked with its time, and stays browsable, filterable and
// exportable with the server gone; the chart, the ETA and "what changed since" follow the
// history; the detail pane's timeline has the recorded changes; an alert rule that fires shows
// in the message area and as one desktop notification per campaign (a fake service on a
// private D-Bus), whose action brings the window back to that campaign.
#include "UiFixture.h"

#include "campaign/TimeDisplay.h"
#include "common/Clock.h"
#include "drawing/ChartAxes.h"
#include "drawing/ProgressChartRenderer.h"
#include "history/HistoryStore.h"
#include "notifications/DesktopNotifier.h"
#include "notifications/FakeNotificationService.h"
#include "support/SimulatedStore.h"
#include "ui/AlertRulesDialog.h"
#include "ui/DeviceDetailPane.h"
#include "ui/ExportRunner.h"
#include "ui/FailureReasonsPanel.h"
#include "ui/HistoryController.h"
#include "ui/HistoryPanel.h"
#include "ui/MessageBar.h"
#include "ui/ProgressChartView.h"
#include "ui/RefreshBar.h"
#include "ui/StatusSidebar.h"
#include "watching/AlertRuleSettings.h"
#include "watching/CampaignMemory.h"

#include <QAction>
#include <QComboBox>
#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QFile>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <limits>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorServer;

namespace {

constexpr int kChangesPerWalk = 120;
constexpr qint64 kMinute = 60'000;

} // namespace

class WindowHistoryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_busAddress;
    int m_buses = 0;

    static std::unique_ptr<SimulatorServer> simulator()
    {
        auto sim = std::make_unique<SimulatorServer>();
        sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        return sim->start() ? std::move(sim) : nullptr;
    }

    static std::unique_ptr<MainWindow>
    windowWithHistory(const SimulatorServer &sim, const QString &path, const Clock *clock = nullptr)
    {
        auto window = std::make_unique<MainWindow>();
        if (clock)
            window->setClock(clock);
        window->openHistory(path);
        if (!window->setConnection(apiSettings(sim), demoLogin()).isEmpty())
            return nullptr;
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    static int snapshotsIn(const QString &path, const SimulatorServer &sim)
    {
        HistoryStore store;
        if (!store.open(path))
            return -1;
        return int(store
                       .points(CampaignKey::of(sim.baseUrl(), kAccount, kCampaign), 0,
                               std::numeric_limits<qint64>::max())
                       .size());
    }

    // Loads, then refreshes `refreshes` times, each recorded.
    static bool loadAndRefresh(MainWindow *window, int refreshes, ManualClock *clock = nullptr)
    {
        QSignalSpy recorded(window->history()->memory(), &CampaignMemory::recorded);
        window->openCampaign(kAccount, kCampaign);
        if (!QTest::qWaitFor([&] { return recorded.size() == 1; }, kLoadTimeoutMs))
            return false;
        for (int i = 0; i < refreshes; ++i) {
            if (clock)
                clock->advance(20 * kMinute);
            window->refreshNow();
            if (!QTest::qWaitFor([&] { return recorded.size() == i + 2; }, kLoadTimeoutMs))
                return false;
        }
        return !window->session()->isBusy() ||
               QTest::qWaitFor([&] { return !window->session()->isBusy(); }, kLoadTimeoutMs);
    }

    // Opens a campaign and waits until it is loaded whole: the window first asks the history
    // for a stored table, so "not loading" alone is no sign of anything.
    static bool openAndWait(MainWindow *window, const QString &campaign)
    {
        window->openCampaign(kAccount, campaign);
        return QTest::qWaitFor(
            [&] {
                return window->session()->campaignId() == campaign &&
                       !window->session()->isBusy() && window->session()->isComplete();
            },
            kLoadTimeoutMs);
    }

    QDBusConnection bus()
    {
        return QDBusConnection::connectToBus(m_busAddress, u"window-bus-%1"_s.arg(++m_buses));
    }

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tst-windowhistory"_s);
        QVERIFY(m_dir.isValid());
        m_daemon.start(QStandardPaths::findExecutable(u"dbus-daemon"_s),
                       {u"--session"_s, u"--print-address=1"_s, u"--nofork"_s, u"--nopidfile"_s});
        QVERIFY2(m_daemon.waitForStarted(10'000), "dbus-daemon (Debian package dbus-daemon)");
        QDeadlineTimer deadline(30'000);
        while (!m_daemon.canReadLine() && !deadline.hasExpired())
            m_daemon.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
        m_busAddress = QString::fromUtf8(m_daemon.readLine().trimmed());
        QVERIFY2(m_busAddress.startsWith(u"unix:"_s), qPrintable(m_busAddress));
    }

    void cleanupTestCase()
    {
        m_daemon.kill();
        m_daemon.waitForFinished(10'000);
    }

    void init() { QSettings().clear(); }

    // The shown table is packed for the recorder on a worker, not on the GUI thread (a copy
    // took 30-50 ms there at a million devices, at the end of every load and refresh), and
    // recorded once packed.
    void theShownTableIsPackedForTheHistoryOnAWorker()
    {
        const QString path = m_dir.filePath(u"packed.sqlite"_s);
        auto sim = simulator();
        QVERIFY(sim);
        auto window = windowWithHistory(*sim, path);
        QVERIFY(window);
        CampaignMemory *memory = window->history()->memory();
        QSignalSpy recorded(memory, &CampaignMemory::recorded);
        QSignalSpy timelines(memory, &CampaignMemory::deviceTimelineLoaded);
        QSemaphore gate;
        window->history()->packers()->start([&gate] { gate.acquire(); });

        window->openCampaign(kAccount, kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->campaignId() == kCampaign &&
                                     !window->session()->isBusy() &&
                                     window->deviceModel()->rowCount() == kDevices,
                                 kLoadTimeoutMs);
        // The history's worker answers in order: a question asked now is answered after a
        // record asked before it. The packing waits behind the gate, so there is none yet.
        memory->requestDeviceTimeline(window->deviceModel()->store().deviceId(0));
        QTRY_COMPARE_WITH_TIMEOUT(timelines.size(), 1, kLoadTimeoutMs);
        QCOMPARE(recorded.size(), 0);

        gate.release();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kLoadTimeoutMs);
        window.reset();
        QCOMPARE(snapshotsIn(path, *sim), 1);
    }

    // Record a campaign, stop the simulator, open it in a fresh window: the rows, the panels
    // and the "as of" mark at once; the refresh fails and the table stays, still filterable
    // and exportable.
    void reopensFromTheHistoryOffline()
    {
        const QString path = m_dir.filePath(u"offline.sqlite"_s);
        auto sim = simulator();
        QVERIFY(sim);
        sim->setEvolvePerWalk(kChangesPerWalk);
        BucketCounts stored{};
        {
            auto window = windowWithHistory(*sim, path);
            QVERIFY(window);
            QVERIFY(loadAndRefresh(window.get(), 1));
            stored = window->deviceModel()->store().bucketCounts();
        }
        QCOMPARE(snapshotsIn(path, *sim), 2);
        const ApiSettings settings = apiSettings(*sim);
        sim.reset(); // the server is gone: nothing answers on its port any more

        auto window = std::make_unique<MainWindow>();
        window->openHistory(path);
        QVERIFY(window->setConnection(settings, demoLogin()).isEmpty());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *bar = child<RefreshBar>(window.get(), u"refreshBar"_s);
        // What the bar says the moment the refresh of the stored rows starts (this runs after
        // the window's own handler of the same signal).
        QString whileRefreshing;
        connect(window->session(), &CampaignSession::refreshStarted, this,
                [&] { whileRefreshing = bar->summaryText(); });
        window->openCampaign(kAccount, kCampaign);
        QTRY_COMPARE_WITH_TIMEOUT(window->deviceProxy()->rowCount(), kDevices, 10'000);
        QVERIFY(window->deviceModel()->store().bucketCounts() == stored);
        QTRY_VERIFY(!whileRefreshing.isEmpty());
        QVERIFY2(whileRefreshing.startsWith(u"As of "_s) &&
                     whileRefreshing.contains(u" — refreshing…"_s),
                 qPrintable(whileRefreshing));
        QVERIFY2(bar->summaryText().startsWith(u"As of "_s), qPrintable(bar->summaryText()));
        QVERIFY(bar->summaryText().contains(u" UTC"_s));
        QVERIFY(bar->isShowingStored());
        // The panels show the stored campaign: statuses, reasons, chart.
        auto *sidebar = child<StatusSidebar>(window.get(), u"statusSidebar"_s);
        QCOMPARE(sidebar->shownCount(StatusBucket::Failed), stored[int(StatusBucket::Failed)]);
        auto *reasons = child<FailureReasonsPanel>(window.get(), u"failureReasons"_s);
        QTRY_VERIFY(!reasons->groups().isEmpty());
        QTRY_COMPARE(window->historyPanel()->chart()->renderer().points().size(), 2);

        // The refresh cannot reach the server: the rows stay, marked with their time.
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isBusy() && bar->isStale(), 30'000);
        QVERIFY2(bar->summaryText().contains(u"from the history: the refresh failed"_s),
                 qPrintable(bar->summaryText()));
        QCOMPARE(window->deviceProxy()->rowCount(), kDevices);
        QVERIFY(child<MessageBar>(window.get(), u"messageBar"_s)->isShowingError());

        // Filterable and exportable as it is.
        sidebar->selectOnly(StatusBucket::Failed);
        QTRY_COMPARE(qint64(window->deviceProxy()->rowCount()), stored[int(StatusBucket::Failed)]);
        auto *runner = window->findChild<ExportRunner *>();
        QSignalSpy exported(runner, &ExportRunner::succeeded);
        const QString csv = m_dir.filePath(u"offline-failed.csv"_s);
        QVERIFY(runner->exportShownRows(csv, ExportFormat::Csv));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30'000);
        QCOMPARE(exported[0].at(1).toLongLong(), stored[int(StatusBucket::Failed)]);
    }

    // Three loads on a manual clock, 20 minutes apart: the chart has them, the ETA is an
    // estimate with its basis, and "since the previous refresh" names the 120 devices the
    // last walk moved, which the table then shows alone.
    void chartsEstimatesAndWhatChanged()
    {
        auto sim = simulator();
        QVERIFY(sim);
        sim->setEvolvePerWalk(kChangesPerWalk);
        ManualClock clock(SimulatedCampaign::kStartMs + 4 * 86'400'000);
        const QString path = m_dir.filePath(u"chart.sqlite"_s);
        auto window = windowWithHistory(*sim, path, &clock);
        QVERIFY(window);
        QVERIFY(loadAndRefresh(window.get(), 2, &clock));
        HistoryPanel *panel = window->historyPanel();
        QTRY_COMPARE(panel->chart()->renderer().points().size(), 3);
        QVERIFY2(panel->etaText().startsWith(u"done ≈ "_s), qPrintable(panel->etaText()));
        QVERIFY2(panel->throughputText().contains(u"360 devices resolved per hour"_s),
                 qPrintable(panel->throughputText()));
        QVERIFY(panel->basisText().startsWith(u"bound by"_s));

        // The legend names every bucket with its latest count and the zone; View → Times in
        // UTC moves the legend and the time axis to the local zone and back.
        const ProgressChartRenderer &renderer = panel->chart()->renderer();
        const BucketCounts latest = window->deviceModel()->store().bucketCounts();
        QCOMPARE(renderer.legendTexts().first(), StatusBuckets::displayName(StatusBucket(0)) +
                                                     u' ' + ChartAxes::countText(latest[0]));
        QCOMPARE(renderer.legendTexts().last(), u"times in UTC"_s);
        QVERIFY(renderer.timeDisplay().isUtc());
        auto *utc = window->findChild<QAction *>(u"utcAction"_s);
        QVERIFY(utc && utc->isChecked());
        utc->trigger();
        QTRY_VERIFY(!panel->chart()->renderer().timeDisplay().isUtc());
        QCOMPARE(renderer.legendTexts().last(), u"times in "_s + TimeDisplay(false).zoneName());
        utc->trigger();
        QTRY_VERIFY(panel->chart()->renderer().timeDisplay().isUtc());
        QCOMPARE(renderer.legendTexts().last(), u"times in UTC"_s);

        // Hover names a snapshot's time and counts.
        ProgressChartView *chart = panel->chart();
        const QRectF plot = chart->renderer().plotRect(QRectF(chart->rect()));
        QMouseEvent move(QEvent::MouseMove, QPointF(plot.right() - 1, plot.center().y()),
                         chart->mapToGlobal(QPointF(plot.right() - 1, plot.center().y())),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(chart, &move);
        QCOMPARE(chart->hoveredIndex(), qsizetype(2));
        QVERIFY2(chart->hoverText().contains(u" UTC\n"_s) &&
                     chart->hoverText().contains(u"Pending: "_s),
                 qPrintable(chart->hoverText()));

        // Since the previous refresh (the default choice).
        QTRY_VERIFY2(panel->changesText().startsWith(u"120 changed since "_s),
                     qPrintable(panel->changesText()));
        QVERIFY(panel->changesText().contains(u"pending → succeeded"_s));
        child<QPushButton>(panel, u"showChangedButton"_s)->click();
        QTRY_COMPARE(window->deviceProxy()->rowCount(), kChangesPerWalk);
        for (int r = 0; r < window->deviceProxy()->rowCount(); ++r)
            QVERIFY(
                window->deviceProxy()->index(r, 0).data(DeviceTableModel::ChangedRole).toBool());
        // "This morning": the day began before every snapshot, so all three walks' changes.
        auto *since = child<QComboBox>(panel, u"sinceCombo"_s);
        since->setCurrentIndex(since->findData(int(SinceChoice::ThisMorning)));
        QTRY_VERIFY2(panel->changesText().startsWith(u"240 changed since the first snapshot"_s),
                     qPrintable(panel->changesText()));

        // The detail pane's timeline has a changed device's recorded change.
        auto *table = child<QTableView>(window.get(), u"deviceTable"_s);
        table->setCurrentIndex(window->deviceProxy()->index(0, 0));
        auto *pane = child<DeviceDetailPane>(window.get(), u"deviceDetail"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pane->recordedCount(), 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->historyCount() > 1, 10'000); // with the endpoint's
        QVERIFY(pane->historyStatusText().contains(u"1 status change(s) recorded"_s));
    }

    // Campaign → History: keep every snapshot for N days. Three snapshots of one day, three
    // days later: with the default 30 days they stay; with 1 day, chosen in the menu, they are
    // thinned to the day's last at once, the chart follows, and the choice is remembered.
    void theRetentionSettingThinsTheHistory()
    {
        auto sim = simulator();
        QVERIFY(sim);
        sim->setEvolvePerWalk(kChangesPerWalk);
        constexpr qint64 kDay = 86'400'000;
        ManualClock clock((SimulatedCampaign::kStartMs / kDay + 4) * kDay + 60 * kMinute);
        const QString path = m_dir.filePath(u"retention.sqlite"_s);
        auto window = windowWithHistory(*sim, path, &clock);
        QVERIFY(window);
        QVERIFY(loadAndRefresh(window.get(), 2, &clock)); // 01:00, 01:20, 01:40 UTC
        QCOMPARE(snapshotsIn(path, *sim), 3);
        clock.advance(3 * kDay);

        auto *menu = window->findChild<QMenu *>(u"retentionMenu"_s);
        QVERIFY(menu);
        QAction *oneDay = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->isChecked())
                QCOMPARE(a->data().toInt(), 30);
            if (a->data().toInt() == 1)
                oneDay = a;
        }
        QVERIFY(oneDay);
        QTRY_COMPARE(window->historyPanel()->chart()->renderer().points().size(), 3);
        oneDay->trigger();
        QCOMPARE(QSettings().value(u"history/keepAllDays"_s).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(snapshotsIn(path, *sim), 1, 10'000);
        QTRY_COMPARE(window->historyPanel()->chart()->renderer().points().size(), 1);

        // Remembered: the next window starts with it checked.
        MainWindow next;
        auto *again = next.findChild<QMenu *>(u"retentionMenu"_s);
        QVERIFY(again);
        for (QAction *a : again->actions())
            QCOMPARE(a->isChecked(), a->data().toInt() == 1);
    }

    // A rule edited in the window, remembered per campaign, fires once per crossing: in the
    // message area and as one notification for the campaign, replaced in place; its action
    // brings the window back to that campaign.
    void alertsNotifyAndBringTheCampaignBack()
    {
        QDBusConnection serviceBus = bus();
        FakeNotificationService service;
        QVERIFY(service.registerOn(serviceBus));
        auto sim = simulator();
        QVERIFY(sim);
        sim->addCampaign(SimulatedCampaign::generate(kAccount, u"other-campaign"_s, 300, 3));
        sim->setEvolvePerWalk(kChangesPerWalk);
        auto window = windowWithHistory(*sim, m_dir.filePath(u"alerts.sqlite"_s));
        QVERIFY(window);
        window->history()->setNotificationBus(bus());
        QVERIFY(openAndWait(window.get(), kCampaign));

        // The rules through the editor: a bad line blocks OK, good ones are remembered.
        child<QPushButton>(window->historyPanel(), u"alertRulesButton"_s)->click();
        AlertRulesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<AlertRulesDialog *>()) != nullptr);
        dialog->setText(u"failed>lots"_s);
        QVERIFY(!dialog->problem().isEmpty());
        dialog->setText(u"new-failures>10\ncomplete"_s);
        QVERIFY(dialog->problem().isEmpty());
        dialog->accept();
        QCOMPARE(AlertRule::toStrings(window->history()->memory()->rules()),
                 (QStringList{u"new-failures>10"_s, u"complete"_s}));

        // The first refresh brings more than 10 new failures: it fires once.
        QSignalSpy fired(window->history()->memory(), &CampaignMemory::alertsFired);
        window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, kLoadTimeoutMs);
        auto *messages = child<MessageBar>(window.get(), u"messageBar"_s);
        QVERIFY2(messages->text().contains(u"Alert for campaign %1"_s.arg(kCampaign)),
                 qPrintable(messages->text()));
        QTRY_COMPARE(service.calls.size(), 1);
        QVERIFY(service.calls[0].summary.contains(kCampaign));
        QVERIFY(service.calls[0].body.contains(u"new failures since the previous load"_s));
        const uint id = service.calls[0].answeredId;

        // It keeps holding: no second alert. Back under the line and over again: the same
        // notification, replaced.
        QSignalSpy recorded(window->history()->memory(), &CampaignMemory::recorded);
        window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kLoadTimeoutMs);
        QCOMPARE(fired.size(), 1);
        sim->setEvolvePerWalk(0);
        QTRY_VERIFY(!window->session()->isBusy());
        window->refreshNow(); // nothing moves: no new failures
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, kLoadTimeoutMs);
        sim->setEvolvePerWalk(kChangesPerWalk);
        QTRY_VERIFY(!window->session()->isBusy());
        window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 2, kLoadTimeoutMs);
        QTRY_COMPARE(service.calls.size(), 2);
        QCOMPARE(service.calls[1].replacesId, id);

        // Another campaign shown; the notification's action brings this one back.
        QTRY_VERIFY(!window->session()->isBusy());
        QVERIFY(openAndWait(window.get(), u"other-campaign"_s));
        emit service.ActionInvoked(id, u"default"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->campaignId(), kCampaign, kLoadTimeoutMs);
        serviceBus.unregisterService(u"org.freedesktop.Notifications"_s);
    }

    // A notification names its server too: clicked after the window moved to another server
    // that has a campaign of the same account and ID, it never opens that one in its place.
    void theNotificationNeverOpensTheCampaignOnAnotherServer()
    {
        QDBusConnection serviceBus = bus();
        FakeNotificationService service;
        QVERIFY(service.registerOn(serviceBus));
        auto first = simulator();
        auto second = simulator();
        QVERIFY(first && second);
        second->addCampaign(SimulatedCampaign::generate(kAccount, u"other-campaign"_s, 300, 3));
        QString error;
        const auto rules = AlertRule::parseList({u"failed>5%"_s}, &error);
        QVERIFY2(rules, qPrintable(error));
        AlertRuleSettings::save(CampaignKey::of(first->baseUrl(), kAccount, kCampaign), *rules);
        auto window = windowWithHistory(*first, m_dir.filePath(u"servers.sqlite"_s));
        QVERIFY(window);
        window->history()->setNotificationBus(bus());
        window->openCampaign(kAccount, kCampaign);
        QTRY_COMPARE_WITH_TIMEOUT(service.calls.size(), 1, kLoadTimeoutMs);
        const uint id = service.calls[0].answeredId;
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isBusy(), kLoadTimeoutMs);

        QVERIFY(window->setConnection(apiSettings(*second), demoLogin()).isEmpty());
        QVERIFY(openAndWait(window.get(), u"other-campaign"_s));
        emit service.ActionInvoked(id, u"default"_s);
        auto *messages = child<MessageBar>(window.get(), u"messageBar"_s);
        QTRY_VERIFY2(messages->text().contains(CampaignKey::environmentOf(first->baseUrl())),
                     qPrintable(messages->text()));
        QCOMPARE(window->session()->campaignId(), u"other-campaign"_s);
        QVERIFY(!window->session()->isBusy());
        serviceBus.unregisterService(u"org.freedesktop.Notifications"_s);
    }

    // With no notification service the window alone says it.
    void withoutANotificationServiceTheWindowSaysIt()
    {
        auto sim = simulator();
        QVERIFY(sim);
        // The campaign's rule is remembered from an earlier session, so the first load's
        // record is the one it fires on (a rule set after that record would see failed>5%
        // already holding at the previous snapshot: no crossing, no alert).
        QString error;
        const auto rules = AlertRule::parseList({u"failed>5%"_s}, &error);
        QVERIFY2(rules, qPrintable(error));
        AlertRuleSettings::save(CampaignKey::of(sim->baseUrl(), kAccount, kCampaign), *rules);
        auto window = windowWithHistory(*sim, m_dir.filePath(u"quiet.sqlite"_s));
        QVERIFY(window);
        window->history()->setNotificationBus(bus()); // a bus nobody serves notifications on
        QSignalSpy unavailable(window->history()->notifier(), &DesktopNotifier::unavailable);
        QSignalSpy fired(window->history()->memory(), &CampaignMemory::alertsFired);
        window->openCampaign(kAccount, kCampaign);
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, kLoadTimeoutMs);
        QVERIFY(child<MessageBar>(window.get(), u"messageBar"_s)->text().contains(u"failed"_s));
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 30'000);
    }
};

FOTA_UI_TEST_MAIN(WindowHistoryTest, 1600, 1000)
#include "tst_windowhistory.moc"
