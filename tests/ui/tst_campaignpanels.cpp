// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The campaign panels: Browse campaigns lists the account's campaigns and opens one, the header
// describes the campaign loaded, File → Recent and the account history remember it, and the
// detail pane shows the selected device with its upgrade history and copies its IMEI.
#include "UiFixture.h"

#include "campaign/DeviceColumn.h"
#include "credentials/MemorySecretStore.h"
#include "ui/AccountController.h"
#include "ui/CampaignBrowserDialog.h"
#include "ui/CampaignHeader.h"
#include "ui/DeviceDetailPane.h"
#include "ui/RecentCampaigns.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorServer;

namespace {
const QString kOther = u"7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5"_s;
}

class CampaignPanelsTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;
    std::unique_ptr<MainWindow> m_window;

    SimulatedCampaign &campaign() { return *m_sim->campaign(kAccount, kCampaign); }
    template <typename T> T *get(const QString &name) { return child<T>(m_window.get(), name); }

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tst-campaignpanels"_s);
        m_sim = new SimulatorServer(this);
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        SimulatedCampaign other = SimulatedCampaign::generate(kAccount, kOther, 120, 5);
        other.setCampaignStatus(u"CampaignEnded"_s);
        m_sim->addCampaign(other);
        QVERIFY(m_sim->start());
    }

    void init()
    {
        m_window = openWindow(*m_sim);
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window.reset();
        QTest::qWait(0);
    }

    void browseListsCampaignsAndOpensOne()
    {
        QVERIFY(!m_window->findChild<CampaignBrowserDialog *>());
        get<QAction>(u"browseAction"_s)->trigger(); // no account yet: nothing to list
        QVERIFY(!m_window->findChild<CampaignBrowserDialog *>());

        QTest::keyClicks(get<QLineEdit>(u"accountEdit"_s), kAccount);
        QCOMPARE(get<QAction>(u"browseAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        get<QAction>(u"browseAction"_s)->trigger();
        auto *dialog = m_window->findChild<CampaignBrowserDialog *>(u"campaignBrowser"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isListing(), kLoadTimeoutMs);
        QCOMPARE(dialog->campaignCount(), 2);
        QTableView *view = dialog->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, CampaignBrowserDialog::IdColumn).data() == kCampaign)
                row = r;
        }
        QVERIFY(row >= 0);
        const auto text = [&](int column) {
            return view->model()->index(row, column).data().toString();
        };
        QCOMPARE(text(CampaignBrowserDialog::NameColumn), campaign().campaignName());
        QCOMPARE(text(CampaignBrowserDialog::FirmwareColumn),
                 u"%1 → %2"_s.arg(campaign().firmwareFrom(), campaign().firmwareTo()));
        QCOMPARE(text(CampaignBrowserDialog::StartColumn), campaign().startDate());
        QCOMPARE(text(CampaignBrowserDialog::StatusColumn), campaign().campaignStatus());

        // No column is cut: each is at least as wide as what it holds.
        for (int c = 0; c < CampaignBrowserDialog::IdColumn; ++c)
            QVERIFY2(
                view->columnWidth(c) >=
                    static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c),
                qPrintable(u"column %1: %2 < %3"_s.arg(c)
                               .arg(view->columnWidth(c))
                               .arg(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c))));
        // The filter box narrows the list by any column.
        QTest::keyClicks(dialog->filterEdit(), u"ended"_s);
        QCOMPARE(dialog->shownCount(), 1);
        QCOMPARE(view->model()->index(0, CampaignBrowserDialog::StatusColumn).data().toString(),
                 u"CampaignEnded"_s);
        dialog->filterEdit()->clear();
        QCOMPARE(dialog->shownCount(), 2);
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, CampaignBrowserDialog::IdColumn).data() == kCampaign)
                row = r;
        }

        // Double-click opens it.
        view->scrollTo(view->model()->index(row, 0));
        const QPoint at = view->visualRect(view->model()->index(row, 0)).center();
        QSignalSpy started(m_window->session(), &CampaignSession::loadStarted);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(m_window->session()->campaignId(), kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QCOMPARE(m_window->deviceProxy()->rowCount(), kDevices);

        // The header describes it.
        auto *header = get<CampaignHeader>(u"campaignHeader"_s);
        QTRY_VERIFY(header->info().id == kCampaign);
        QVERIFY2(header->titleText().contains(campaign().campaignName()),
                 qPrintable(header->titleText()));
        const QString detail = header->detailText();
        for (const QString &part :
             {u"%1 → %2"_s.arg(campaign().firmwareFrom(), campaign().firmwareTo()),
              campaign().make(), campaign().model(), campaign().startDate(), campaign().endDate(),
              campaign().campaignStatus()})
            QVERIFY2(detail.contains(part), qPrintable(part + u" in "_s + detail));

        // Remembered: the account in the field's history, the campaign under File → Recent.
        QCOMPARE(get<QComboBox>(u"accountCombo"_s)->itemText(0), kAccount);
        auto *recent = m_window->findChild<RecentCampaigns *>();
        QVERIFY(recent);
        QTRY_VERIFY(!recent->entries().isEmpty() &&
                    recent->entries().first().label == campaign().campaignName());
        QCOMPARE(recent->entries().first().campaignId, kCampaign);
    }

    void recentCampaignReopens()
    {
        // Written by the previous test's window; read by this new one.
        auto *recent = m_window->findChild<RecentCampaigns *>();
        QVERIFY(recent);
        QVERIFY(!recent->entries().isEmpty());
        QMenu *menu = nullptr;
        for (QMenu *m : m_window->menuBar()->findChildren<QMenu *>()) {
            if (m->title().remove(u'&') == u"Recent campaigns"_s)
                menu = m;
        }
        QVERIFY(menu);
        QAction *first = menu->actions().value(0);
        QVERIFY(first && first->text().contains(campaign().campaignName()));
        QSignalSpy started(m_window->session(), &CampaignSession::loadStarted);
        first->trigger();
        QCOMPARE(started.count(), 1);
        QCOMPARE(m_window->session()->campaignId(), kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
    }

    void profilesKeepTheirOwnHistory()
    {
        AccountController *account = m_window->accountController();
        account->setSecretStore(new MemorySecretStore);
        const auto signInAs = [&](const QString &name, const QString &accountName) {
            Profile p;
            p.name = name;
            p.baseUrl = m_sim->baseUrl();
            p.accountName = accountName;
            p.username = SimulatorServer::demoUsername();
            p.clientId = SimulatorServer::demoClientId();
            QSignalSpy finished(account, &AccountController::signInFinished);
            account->signIn(p, demoLogin(), false);
            QTRY_COMPARE(finished.count(), 1);
            QVERIFY(!finished.first().first().value<ApiError>().isError());
        };
        auto *accounts = get<QComboBox>(u"accountCombo"_s);
        auto *recent = m_window->findChild<RecentCampaigns *>();
        QVERIFY(recent);

        signInAs(u"alpha"_s, kAccount);
        QCOMPARE(accounts->count(), 0); // a new profile starts with no history
        FOTA_LOAD(m_window.get(), kAccount, kCampaign, kDevices);
        QCOMPARE(accounts->itemText(0), kAccount);
        QCOMPARE(recent->entries().value(0).campaignId, kCampaign);

        signInAs(u"beta"_s, u"0000999999-00001"_s);
        QCOMPARE(accounts->count(), 0);
        QVERIFY(recent->entries().isEmpty());
        QCOMPARE(get<QLineEdit>(u"accountEdit"_s)->text(), u"0000999999-00001"_s);

        signInAs(u"alpha"_s, kAccount);
        QCOMPARE(accounts->itemText(0), kAccount);
        QCOMPARE(recent->entries().value(0).campaignId, kCampaign);
    }

    void detailPaneShowsDeviceAndHistory()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        auto *pane = get<DeviceDetailPane>(u"deviceDetail"_s);
        QVERIFY(!pane->storeRow());
        auto *table = get<QTableView>(u"deviceTable"_s);
        DeviceProxyModel *proxy = m_window->deviceProxy();
        table->setCurrentIndex(proxy->index(7, 0));
        const QString imei = proxy->index(7, int(DeviceColumn::DeviceId)).data().toString();
        QCOMPARE(pane->deviceId(), imei);
        QCOMPARE(pane->fieldText(DeviceColumn::DeviceId), imei);
        QCOMPARE(pane->fieldText(DeviceColumn::Status),
                 proxy->index(7, int(DeviceColumn::Status)).data().toString());
        QCOMPARE(pane->fieldText(DeviceColumn::Bucket),
                 proxy->index(7, int(DeviceColumn::Bucket)).data().toString());

        // The history arrives on demand, once the selection rests.
        QTRY_VERIFY_WITH_TIMEOUT(
            pane->historyCount() > 0 || pane->historyStatusText().contains(u"No upgrade"_s), 10000);
        QVERIFY2(!pane->historyStatusText().contains(u"unavailable"_s),
                 qPrintable(pane->historyStatusText()));
        QVERIFY(pane->historyCount() > 0);

        QApplication::clipboard()->clear();
        QTest::mouseClick(get<QPushButton>(u"copyImeiButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), imei);

        table->clearSelection();
        table->setCurrentIndex({});
        QVERIFY(!pane->storeRow());
    }
};

FOTA_UI_TEST_MAIN(CampaignPanelsTest, 1920, 1200)
#include "tst_campaignpanels.moc"
