// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The panels that answer "how far along, what fails and why, what changed": the status sidebar,
// the failure reasons, the overdue flag, and refresh (auto or F5) keeping the operator's place
// while highlighting what moved. Driven through the window against the simulated ThingSpace.
#include "UiFixture.h"

#include "campaign/DeviceColumn.h"
#include "campaign/ReasonGroups.h"
#include "simulator/SimulatorFault.h"
#include "ui/BucketSummary.h"
#include "ui/CampaignHeader.h"
#include "ui/DeviceDetailPane.h"
#include "ui/DeviceRowDelegate.h"
#include "ui/FailureReasonsPanel.h"
#include "ui/LoadProgressPanel.h"
#include "ui/MessageBar.h"
#include "ui/RefreshBar.h"
#include "ui/StatusSidebar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItem>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

#include <ctime>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatedDevice;
using fota::sim::SimulatorServer;

class WatchingTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;
    std::unique_ptr<MainWindow> m_window;

    SimulatedCampaign &campaign() { return *m_sim->campaign(kAccount, kCampaign); }
    template <typename T> T *get(const QString &name) { return child<T>(m_window.get(), name); }
    QString cell(int row, DeviceColumn column)
    {
        return m_window->deviceProxy()->index(row, int(column)).data().toString();
    }
    void clickRow(QTreeView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tst-watching"_s);
        m_sim = new SimulatorServer(this);
        QVERIFY(m_sim->start());
    }

    void init()
    {
        // A fresh campaign each test: evolve() in one must not leak into the next.
        m_sim->clearFaults();
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        m_window = openWindow(*m_sim);
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window.reset();
        QTest::qWait(0);
    }

    void sidebarCountsAndFiltering()
    {
        auto *sidebar = get<StatusSidebar>(u"statusSidebar"_s);
        // Counts follow every page: after any page the sidebar adds up to the rows loaded.
        QList<qint64> sums;
        connect(m_window->session(), &CampaignSession::progress, this, [&] {
            qint64 sum = 0;
            for (int b = 0; b < kBucketCount; ++b)
                sum += sidebar->shownCount(StatusBucket(b));
            sums << sum - m_window->deviceModel()->rowCount();
        });
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        QVERIFY(sums.size() >= 3);
        QCOMPARE(sums, QList<qint64>(sums.size(), 0));

        BucketCounts perBucket{};
        QHash<QString, qint64> perStatus;
        for (const SimulatedDevice &d : campaign().devices()) {
            ++perBucket[size_t(StatusBuckets::fromStatus(d.status))];
            ++perStatus[d.status];
        }
        for (int b = 0; b < kBucketCount; ++b)
            QCOMPARE(sidebar->shownCount(StatusBucket(b)), perBucket[size_t(b)]);
        QVERIFY(perStatus.size() > kBucketCount / 2);
        for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it)
            QCOMPARE(sidebar->shownCount(it.key()), std::optional<qint64>(it.value()));

        // A click on a bucket's row (not only its box) filters to it, and the combo and the
        // summary say so.
        DeviceProxyModel *proxy = m_window->deviceProxy();
        QTreeView *tree = sidebar->view();
        clickRow(tree, sidebar->bucketItem(StatusBucket::Failed)->index());
        const qint64 failed = perBucket[size_t(StatusBucket::Failed)];
        QCOMPARE(proxy->rowCount(), int(failed));
        QCOMPARE(get<QComboBox>(u"bucketCombo"_s)->currentData().toInt(),
                 int(StatusBucket::Failed));
        QVERIFY(get<QToolButton>(u"bucketLabel_failed"_s)->isChecked());

        // Several at once: a raw status of another bucket joins the failed devices.
        QString pendingStatus;
        for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it) {
            if (StatusBuckets::fromStatus(it.key()) == StatusBucket::Pending)
                pendingStatus = it.key();
        }
        QVERIFY(!pendingStatus.isEmpty());
        QStandardItem *statusItem = sidebar->statusItem(pendingStatus);
        QVERIFY(statusItem);
        clickRow(tree, statusItem->index());
        QCOMPARE(proxy->rowCount(), int(failed + perStatus.value(pendingStatus)));
        QCOMPARE(get<QComboBox>(u"bucketCombo"_s)->currentData().toInt(), -2); // "several"
        QVERIFY(!get<QToolButton>(u"bucketLabel_failed"_s)->isChecked());
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QString status = cell(r, DeviceColumn::Status);
            QVERIFY(status == pendingStatus ||
                    StatusBuckets::fromStatus(status) == StatusBucket::Failed);
        }

        // Keyboard: Space on the current row unticks it.
        tree->setFocus();
        tree->setCurrentIndex(statusItem->index());
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(proxy->rowCount(), int(failed));

        // The combo and the summary drive the same selection.
        auto *combo = get<QComboBox>(u"bucketCombo"_s);
        combo->setCurrentIndex(combo->findData(int(StatusBucket::Succeeded)));
        QCOMPARE(sidebar->checkedBuckets(), BucketMask(1u << int(StatusBucket::Succeeded)));
        QCOMPARE(proxy->rowCount(), int(perBucket[size_t(StatusBucket::Succeeded)]));
        QTest::mouseClick(get<QToolButton>(u"bucketLabel_pending"_s), Qt::LeftButton);
        QCOMPARE(sidebar->checkedBuckets(), BucketMask(1u << int(StatusBucket::Pending)));

        QTest::mouseClick(get<QToolButton>(u"statusClearButton"_s), Qt::LeftButton);
        QVERIFY(!sidebar->hasSelection());
        QCOMPARE(proxy->rowCount(), kDevices);
        QCOMPARE(combo->currentIndex(), 0);
    }

    void reasonGroupsClickToFilter()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        auto *panel = get<FailureReasonsPanel>(u"failureReasons"_s);
        // Throttled while pages arrive; counted at once when the load ends.
        QVERIFY(!panel->groups().isEmpty());

        QHash<QString, qint64> expected;
        for (const SimulatedDevice &d : campaign().devices()) {
            if (StatusBuckets::fromStatus(d.status) == StatusBucket::Failed)
                ++expected[ReasonGroups::normalize(d.resultReason)];
        }
        const QList<ReasonGroups::Group> groups = panel->groups();
        QCOMPARE(groups.size(), expected.size());
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QCOMPARE(groups.at(i).count, expected.value(groups.at(i).key));
            if (i > 0)
                QVERIFY(groups.at(i - 1).count >= groups.at(i).count); // most frequent first
        }
        // Reasons with embedded counts or times fold: fewer groups than distinct texts.
        QSet<QString> distinct;
        for (const SimulatedDevice &d : campaign().devices()) {
            if (StatusBuckets::fromStatus(d.status) == StatusBucket::Failed)
                distinct.insert(d.resultReason);
        }
        QVERIFY2(groups.size() < distinct.size(),
                 qPrintable(u"%1 groups, %2 reasons"_s.arg(groups.size()).arg(distinct.size())));

        // Clicking the top group narrows the table to exactly its devices.
        const QString key = groups.first().key;
        QTreeView *view = panel->view();
        clickRow(view, view->model()->index(0, 1));
        QCOMPARE(panel->selectedGroup(), key);
        QCOMPARE(m_window->deviceProxy()->filter().reasonGroup, key);
        int inGroup = 0;
        for (const SimulatedDevice &d : campaign().devices())
            inGroup += ReasonGroups::normalize(d.resultReason) == key ? 1 : 0;
        QCOMPARE(m_window->deviceProxy()->rowCount(), inGroup);
        for (int r = 0; r < m_window->deviceProxy()->rowCount(); ++r)
            QCOMPARE(ReasonGroups::normalize(m_window->deviceProxy()
                                                 ->index(r, int(DeviceColumn::ResultReason))
                                                 .data(DeviceTableModel::RawRole)
                                                 .toString()),
                     key);

        // Clicking it again shows everything; so does Show all after another pick.
        clickRow(view, view->model()->index(0, 1));
        QVERIFY(panel->selectedGroup().isEmpty());
        QCOMPARE(m_window->deviceProxy()->rowCount(), kDevices);
        clickRow(view, view->model()->index(1, 0));
        QCOMPARE(panel->selectedGroup(), groups.at(1).key);
        QTest::mouseClick(get<QToolButton>(u"reasonClearButton"_s), Qt::LeftButton);
        QCOMPARE(m_window->deviceProxy()->rowCount(), kDevices);
    }

    void overdueFlagAndFilter()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        const qint64 now = SimulatedCampaign::kStartMs + 3 * 24 * 3600 * 1000LL;
        m_window->deviceModel()->setNow(now);
        QSet<QString> expected;
        for (const SimulatedDevice &d : campaign().devices()) {
            if (StatusBuckets::fromStatus(d.status) == StatusBucket::Pending &&
                d.nextAttemptMs != SimulatedDevice::kNoTime && d.nextAttemptMs < now)
                expected.insert(d.deviceId);
        }
        QVERIFY2(!expected.isEmpty() && expected.size() < kDevices, "needs some overdue devices");

        auto *table = get<QTableView>(u"deviceTable"_s);
        auto *delegate = qobject_cast<DeviceRowDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        DeviceProxyModel *proxy = m_window->deviceProxy();
        int flagged = 0;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex next = proxy->index(r, int(DeviceColumn::NextAttempt));
            const bool overdue = next.data(DeviceTableModel::OverdueRole).toBool();
            QCOMPARE(overdue, expected.contains(cell(r, DeviceColumn::DeviceId)));
            if (!overdue)
                continue;
            ++flagged;
            // Text and an icon, not colour alone.
            QVERIFY2(next.data().toString().contains(u"overdue"_s),
                     qPrintable(next.data().toString()));
            const QStyleOptionViewItem option = delegate->styledOption(next);
            QVERIFY(option.features & QStyleOptionViewItem::HasDecoration);
            QVERIFY(!option.icon.isNull());
        }
        QCOMPARE(flagged, expected.size());

        auto *overdueOnly = get<QCheckBox>(u"overdueCheck"_s);
        overdueOnly->click();
        QCOMPARE(proxy->rowCount(), int(expected.size()));
        QVERIFY(proxy->filter().overdueOnly);
        QCOMPARE(proxy->filter().nowMs, now);
        overdueOnly->click();
        QCOMPARE(proxy->rowCount(), kDevices);
    }

    void refreshKeepsPlaceAndHighlightsChanges()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        auto *table = get<QTableView>(u"deviceTable"_s);
        DeviceProxyModel *proxy = m_window->deviceProxy();
        table->sortByColumn(int(DeviceColumn::DeviceId), Qt::DescendingOrder);

        // The operator's place: a selection of three rows, the current row, a scroll position.
        table->selectionModel()->select(
            QItemSelection(proxy->index(1200, 0), proxy->index(1202, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(proxy->index(1201, 0),
                                                 QItemSelectionModel::NoUpdate);
        table->scrollTo(proxy->index(1190, 0), QAbstractItemView::PositionAtTop);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const QStringList selectedBefore = {cell(1200, DeviceColumn::DeviceId),
                                            cell(1201, DeviceColumn::DeviceId),
                                            cell(1202, DeviceColumn::DeviceId)};

        const int moved = campaign().evolve(150, SimulatedCampaign::kStartMs + 3600'000);
        QVERIFY(moved > 0);
        QSignalSpy refreshed(m_window->session(), &CampaignSession::refreshed);
        QSignalSpy loads(m_window->session(), &CampaignSession::loadStarted);
        QSignalSpy resets(proxy, &QAbstractItemModel::modelReset);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F5); // F5 on the loaded campaign refreshes
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kLoadTimeoutMs);
        QCOMPARE(loads.count(), 0);  // not a reload: the table was never cleared
        QCOMPARE(resets.count(), 0); // and never reset: no flicker
        const auto summary = refreshed.at(0).at(0).value<DeviceTableModel::RefreshSummary>();
        QCOMPARE(summary.changed, qint64(moved));

        // Place kept: selection, current row, scroll, sort.
        QStringList selectedAfter;
        QModelIndexList rows = table->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex &i : rows)
            selectedAfter << i.data().toString();
        QCOMPARE(selectedAfter, selectedBefore);
        QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), selectedBefore.at(1));
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(proxy->sortColumn(), int(DeviceColumn::DeviceId));
        QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(proxy->rowCount(), kDevices);

        // What moved is marked: bold and ● before the IMEI, and a summary line.
        auto *delegate = qobject_cast<DeviceRowDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        int marked = 0;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex id = proxy->index(r, int(DeviceColumn::DeviceId));
            const QStyleOptionViewItem option = delegate->styledOption(id);
            const bool changed = id.data(DeviceTableModel::ChangedRole).toBool();
            QCOMPARE(option.font.bold(), changed);
            QCOMPARE(option.text.startsWith(DeviceRowDelegate::changedMarker()), changed);
            marked += changed ? 1 : 0;
        }
        QCOMPARE(marked, moved);
        const QString line = get<RefreshBar>(u"refreshBar"_s)->summaryText();
        QVERIFY2(line.contains(DeviceTableModel::describe(summary)), qPrintable(line));
        QVERIFY2(line.contains(u"%1 changed"_s.arg(moved)), qPrintable(line));

        // "Changed since last refresh" shows exactly those devices.
        get<QCheckBox>(u"changedCheck"_s)->click();
        QCOMPARE(proxy->rowCount(), moved);
        get<QCheckBox>(u"changedCheck"_s)->click();
        QCOMPARE(proxy->rowCount(), kDevices);
    }

    void refreshKeepsFilter()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        auto *sidebar = get<StatusSidebar>(u"statusSidebar"_s);
        sidebar->selectOnly(StatusBucket::Failed);
        const DeviceFilter before = m_window->deviceProxy()->filter();
        campaign().evolve(200, SimulatedCampaign::kStartMs + 3600'000);
        QSignalSpy refreshed(m_window->session(), &CampaignSession::refreshed);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kLoadTimeoutMs);
        QCOMPARE(m_window->deviceProxy()->filter(), before);
        int failed = 0;
        for (const SimulatedDevice &d : campaign().devices())
            failed += StatusBuckets::fromStatus(d.status) == StatusBucket::Failed ? 1 : 0;
        QCOMPARE(m_window->deviceProxy()->rowCount(), failed);
        QCOMPARE(sidebar->shownCount(StatusBucket::Failed), qint64(failed));
    }

    void autoRefreshIsRememberedAndRefreshes()
    {
        auto *bar = get<RefreshBar>(u"refreshBar"_s);
        auto *combo = get<QComboBox>(u"autoRefreshCombo"_s);
        QCOMPARE(bar->intervalMinutes(), 0);
        combo->setCurrentIndex(combo->findData(5));
        QCOMPARE(bar->intervalMinutes(), 5);
        QCOMPARE(QSettings().value(RefreshBar::settingsKey()).toInt(), 5);
        QVERIFY(get<QAction>(u"autoRefreshAction_5"_s)->isChecked());
        get<QAction>(u"autoRefreshAction_15"_s)->trigger(); // the menu and the combo agree
        QCOMPARE(combo->currentData().toInt(), 15);

        // Remembered across runs.
        m_window = openWindow(*m_sim);
        QVERIFY(m_window);
        QCOMPARE(get<RefreshBar>(u"refreshBar"_s)->intervalMinutes(), 15);

        // When the interval is due, a loaded campaign refreshes (without a load).
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        QSignalSpy refreshed(m_window->session(), &CampaignSession::refreshed);
        QSignalSpy loads(m_window->session(), &CampaignSession::loadStarted);
        emit get<RefreshBar>(u"refreshBar"_s)->refreshDue();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kLoadTimeoutMs);
        QCOMPARE(loads.count(), 0);
        get<QComboBox>(u"autoRefreshCombo"_s)->setCurrentIndex(0);
        QCOMPARE(QSettings().value(RefreshBar::settingsKey()).toInt(), 0);
    }

    void stopEndsARefreshAtOnceAndRetriesShowAsTheyHappen()
    {
        // A stalled server: each attempt of the refresh's first page times out. Short waits
        // through the settings, so the test waits on conditions, not on the clock.
        ApiSettings quick = apiSettings(*m_sim);
        quick.transferTimeoutMs = 150;
        quick.retryBaseDelayMs = 10;
        quick.maxAttempts = 20;
        QCOMPARE(m_window->setConnection(quick, demoLogin()), QString());
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        auto *stopButton = get<QPushButton>(u"stopButton"_s);
        auto *stopAction = get<QAction>(u"stopAction"_s);
        QVERIFY(!stopButton->isEnabled());

        m_sim->injectFault(fota::sim::SimulatorFault::Stall, 100, 0);
        QSignalSpy failed(m_window->session(), &CampaignSession::refreshFailed);
        QSignalSpy refreshed(m_window->session(), &CampaignSession::refreshed);
        m_window->refreshNow();
        // It shows that it runs, and Stop / Esc / Campaign → Stop are there for it.
        QVERIFY(m_window->session()->isRefreshing());
        QVERIFY(stopButton->isEnabled());
        QVERIFY(stopAction->isEnabled());
        auto *bar = get<RefreshBar>(u"refreshBar"_s);
        QVERIFY2(bar->summaryText().startsWith(u"Refreshing…"_s), qPrintable(bar->summaryText()));
        auto *progress = get<LoadProgressPanel>(u"progressPanel"_s);
        QVERIFY2(progress->text().startsWith(u"Refreshing page 1"_s), qPrintable(progress->text()));
        // The timeout and the next attempt are said as they happen.
        QTRY_VERIFY_WITH_TIMEOUT(progress->isRetrying(), 20000);
        QVERIFY2(progress->retryText().contains(u"sent nothing"_s),
                 qPrintable(progress->retryText()));
        QVERIFY2(progress->retryText().contains(u"attempt 2 of 20"_s),
                 qPrintable(progress->retryText()));

        // Esc stops it at once.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        get<QTableView>(u"deviceTable"_s)->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->session()->isBusy());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QCOMPARE(refreshed.count(), 0);
        QVERIFY2(bar->summaryText().startsWith(u"Refresh stopped"_s),
                 qPrintable(bar->summaryText()));
        QVERIFY(!progress->isRetrying());
        QCOMPARE(progress->text(), u"2,689 devices loaded"_s); // the table's state again
        QVERIFY(!stopButton->isEnabled());
        QVERIFY(!get<MessageBar>(u"messageBar"_s)->isVisible()); // stopping is no error
        QCOMPARE(m_window->deviceProxy()->rowCount(), kDevices);

        // The Stop button and Campaign → Stop do the same.
        for (const bool useButton : {true, false}) {
            m_window->refreshNow();
            QVERIFY(m_window->session()->isRefreshing());
            if (useButton)
                QTest::mouseClick(stopButton, Qt::LeftButton);
            else
                stopAction->trigger();
            QVERIFY(!m_window->session()->isBusy());
        }
        QCOMPARE(failed.count(), 3);
        m_sim->clearFaults();
    }

    void changeMarksStayUntilMarkedSeen()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        QSignalSpy refreshed(m_window->session(), &CampaignSession::refreshed);
        // Remember what each device was before anything moved.
        QHash<QString, QString> before;
        for (const SimulatedDevice &d : campaign().devices())
            before.insert(d.deviceId, d.status);
        const int first = campaign().evolve(60, SimulatedCampaign::kStartMs + 3600'000);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kLoadTimeoutMs);
        QSet<QString> changedFirst;
        for (const SimulatedDevice &d : campaign().devices()) {
            if (d.status != before.value(d.deviceId))
                changedFirst.insert(d.deviceId);
        }
        QCOMPARE(changedFirst.size(), first);

        // A second refresh that moves others: the first ones' marks stay.
        const int second = campaign().evolve(40, SimulatedCampaign::kStartMs + 7200'000);
        QVERIFY(second > 0);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, kLoadTimeoutMs);
        QSet<QString> changedSinceSeen;
        for (const SimulatedDevice &d : campaign().devices()) {
            if (d.status != before.value(d.deviceId))
                changedSinceSeen.insert(d.deviceId);
        }
        QVERIFY(changedSinceSeen.size() > second);
        const auto summary = refreshed.at(1).at(0).value<DeviceTableModel::RefreshSummary>();
        QCOMPARE(summary.unseen, qint64(changedSinceSeen.size()));

        DeviceProxyModel *proxy = m_window->deviceProxy();
        int marked = 0;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex status = proxy->index(r, int(DeviceColumn::Status));
            const QString id = proxy->index(r, int(DeviceColumn::DeviceId)).data().toString();
            const bool changed = status.data(DeviceTableModel::ChangedRole).toBool();
            QCOMPARE(changed, changedSinceSeen.contains(id));
            if (!changed)
                continue;
            ++marked;
            // From which status it moved: what it was when last seen.
            QCOMPARE(status.data(DeviceTableModel::PreviousStatusRole).toString(),
                     before.value(id));
            QVERIFY(status.data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"changed from %1"_s.arg(before.value(id))));
        }
        QCOMPARE(marked, changedSinceSeen.size());
        // The summary line covers everything unseen, not only this refresh.
        auto *bar = get<RefreshBar>(u"refreshBar"_s);
        QVERIFY2(bar->summaryText().contains(u"%1 unseen in all"_s.arg(changedSinceSeen.size())),
                 qPrintable(bar->summaryText()));
        // The detail pane says it too.
        auto *table = get<QTableView>(u"deviceTable"_s);
        get<QCheckBox>(u"changedCheck"_s)->click();
        QCOMPARE(proxy->rowCount(), marked);
        table->setCurrentIndex(proxy->index(0, 0));
        auto *pane = m_window->findChild<DeviceDetailPane *>(u"deviceDetail"_s);
        const QString id0 = proxy->index(0, 0).data().toString();
        QVERIFY2(pane->flagsText().contains(u"changed from %1"_s.arg(before.value(id0))),
                 qPrintable(pane->flagsText()));

        // Mark all seen: the marks go, the changed-only view empties, the button is spent.
        auto *markSeen = get<QPushButton>(u"markSeenButton"_s);
        QVERIFY(markSeen->isEnabled());
        QTest::mouseClick(markSeen, Qt::LeftButton);
        QCOMPARE(proxy->rowCount(), 0);
        QCOMPARE(m_window->deviceModel()->store().unseenChanges(), 0);
        QVERIFY(!markSeen->isEnabled());
        QVERIFY(!get<QAction>(u"markSeenAction"_s)->isEnabled());
    }

    void timeZoneSwitchesEverywhereTogether()
    {
        // A zone with an offset, so local and UTC differ.
        qputenv("TZ", "Europe/Paris");
        tzset();
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        QSignalSpy refreshed(m_window->session(), &CampaignSession::refreshed);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kLoadTimeoutMs);
        auto *table = get<QTableView>(u"deviceTable"_s);
        DeviceProxyModel *proxy = m_window->deviceProxy();
        int row = 0;
        while (proxy->index(row, int(DeviceColumn::StatusTime))
                   .data(DeviceTableModel::RawRole)
                   .isNull())
            ++row;
        table->setCurrentIndex(proxy->index(row, 0));
        auto *pane = m_window->findChild<DeviceDetailPane *>(u"deviceDetail"_s);
        auto *bar = get<RefreshBar>(u"refreshBar"_s);
        const int timeColumn = int(DeviceColumn::StatusTime);
        const auto headerText = [&] {
            return table->horizontalHeader()
                ->model()
                ->headerData(timeColumn, Qt::Horizontal)
                .toString();
        };
        // The campaign's time windows (02:00–06:00 UTC in the simulator) name their zone too.
        auto *campaignHeader = get<CampaignHeader>(u"campaignHeader"_s);
        QTRY_VERIFY_WITH_TIMEOUT(campaignHeader->info().id == kCampaign, kLoadTimeoutMs);
        const auto everything = [&] {
            return QStringList{headerText(), pane->fieldText(DeviceColumn::StatusTime),
                               proxy->index(row, timeColumn).data(Qt::ToolTipRole).toString(),
                               bar->summaryText(), campaignHeader->detailText()};
        };
        for (const QString &text : everything())
            QVERIFY2(text.contains(u"UTC"_s) && !text.contains(u"UTC+"_s), qPrintable(text));
        QVERIFY2(campaignHeader->detailText().contains(u"time windows 02:00–06:00 UTC"_s),
                 qPrintable(campaignHeader->detailText()));

        QSignalSpy headerChanged(table->horizontalHeader()->model(),
                                 &QAbstractItemModel::headerDataChanged);
        get<QAction>(u"utcAction"_s)->setChecked(false);
        QVERIFY(headerChanged.count() >= 1); // the view's header hears it
        QVERIFY2(headerText().contains(u"local, Europe/Paris"_s), qPrintable(headerText()));
        for (const QString &text : everything().mid(1))
            QVERIFY2(text.contains(u"UTC+01:00"_s) || text.contains(u"UTC+02:00"_s),
                     qPrintable(text));
        // Paris in November is UTC+01:00: the window moves by that hour.
        QVERIFY2(campaignHeader->detailText().contains(u"time windows 03:00–07:00 UTC+01:00"_s),
                 qPrintable(campaignHeader->detailText()));
        // The cells are plain local times under that header.
        const qint64 raw =
            proxy->index(row, timeColumn).data(DeviceTableModel::RawRole).toLongLong();
        QCOMPARE(proxy->index(row, timeColumn).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(raw).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        get<QAction>(u"utcAction"_s)->setChecked(true);
        for (const QString &text : everything())
            QVERIFY2(!text.contains(u"UTC+"_s), qPrintable(text));
        qunsetenv("TZ");
        tzset();
    }

    void staleMessagesGoWithTheNextSuccess()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        m_sim->injectFault(fota::sim::SimulatorFault::ServerError, 3, 0);
        QSignalSpy failed(m_window->session(), &CampaignSession::refreshFailed);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kLoadTimeoutMs);
        auto *bar = get<RefreshBar>(u"refreshBar"_s);
        auto *messageBar = get<MessageBar>(u"messageBar"_s);
        QVERIFY(bar->isStale());
        QVERIFY(messageBar->isVisible());
        // The error's text is said once, in the message area, not again in the refresh line
        // or the progress panel.
        QVERIFY(messageBar->text().contains(u"HTTP 503"_s));
        QVERIFY2(!bar->summaryText().contains(u"503"_s), qPrintable(bar->summaryText()));
        QVERIFY(!get<LoadProgressPanel>(u"progressPanel"_s)->text().contains(u"503"_s));
        // (The load details show round trips in ms, which may hold the digits 503.)
        QVERIFY(!get<LoadProgressPanel>(u"progressPanel"_s)->detailText().contains(u"HTTP 503"_s));

        // A later good load (not only a refresh) clears both.
        m_sim->clearFaults();
        m_window->openCampaign(kAccount, kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(m_window->session()->isComplete());
        QVERIFY(!bar->isStale());
        QVERIFY2(!bar->summaryText().contains(u"failed"_s), qPrintable(bar->summaryText()));
        QVERIFY(!messageBar->isVisible());
    }

    void failedRefreshKeepsRowsAndRetries()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        m_sim->injectFault(fota::sim::SimulatorFault::ServerError, 3, 0);
        QSignalSpy failed(m_window->session(), &CampaignSession::refreshFailed);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kLoadTimeoutMs);
        auto *messageBar = get<MessageBar>(u"messageBar"_s);
        QVERIFY(messageBar->isVisible());
        QVERIFY2(messageBar->text().contains(u"HTTP 503"_s), qPrintable(messageBar->text()));
        QVERIFY(messageBar->canRetry());
        QCOMPARE(m_window->deviceProxy()->rowCount(), kDevices); // rows stay
        auto *bar = get<RefreshBar>(u"refreshBar"_s);
        QVERIFY(bar->isStale());
        QVERIFY(bar->summaryText().contains(u"stale"_s));

        m_sim->clearFaults();
        QSignalSpy refreshed(m_window->session(), &CampaignSession::refreshed);
        QSignalSpy loads(m_window->session(), &CampaignSession::loadStarted);
        QTest::mouseClick(get<QPushButton>(u"retryButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kLoadTimeoutMs);
        QCOMPARE(loads.count(), 0); // Retry repeats the refresh, not a load
        QVERIFY(!bar->isStale());
        QVERIFY(!messageBar->isVisible());
    }
};

FOTA_UI_TEST_MAIN(WatchingTest, 1920, 1200)
#include "tst_watching.moc"
