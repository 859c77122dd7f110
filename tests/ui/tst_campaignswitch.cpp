// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening one campaign after another: no panel keeps the previous campaign's numbers, the
// campaign shown stays until the next one's first page arrives (a typo never wipes it), and the
// campaign's own information is fetched again with every load, refresh and sign-in.
#include "UiFixture.h"

#include "campaign/DeviceColumn.h"
#include "campaign/ReasonGroups.h"
#include "credentials/MemorySecretStore.h"
#include "credentials/ProfileStore.h"
#include "ui/AccountController.h"
#include "ui/BucketSummary.h"
#include "ui/CampaignHeader.h"
#include "ui/FailureReasonsPanel.h"
#include "ui/LoadProgressPanel.h"
#include "ui/MessageBar.h"
#include "ui/StatusSidebar.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItem>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorServer;

namespace {

const QString kSecond = u"6a7b8c9d-0e1f-4a2b-8c3d-4e5f60718293"_s;
constexpr int kSecondDevices = 1700;

// Everything the panels say, in one comparable list.
QStringList panelsOf(MainWindow *window)
{
    QStringList out;
    auto *sidebar = child<StatusSidebar>(window, u"statusSidebar"_s);
    for (int b = 0; b < kBucketCount; ++b) {
        QStandardItem *bucket = sidebar->bucketItem(StatusBucket(b));
        out << u"bucket %1 %2 %3"_s.arg(bucket->text())
                   .arg(sidebar->shownCount(StatusBucket(b)))
                   .arg(int(bucket->checkState()));
        for (int r = 0; r < bucket->rowCount(); ++r) {
            const QStandardItem *status = bucket->child(r, 0);
            const bool hidden = sidebar->view()->isRowHidden(r, bucket->index());
            out << u"  status %1 %2 hidden=%3"_s.arg(status->text(), bucket->child(r, 1)->text())
                       .arg(hidden);
        }
    }
    auto *reasons = child<FailureReasonsPanel>(window, u"failureReasons"_s);
    for (qsizetype i = 0; i < reasons->groups().size(); ++i) {
        const ReasonGroups::Group &g = reasons->groups().at(i);
        out << u"reason %1 %2 %3 | %4 | %5"_s.arg(g.key).arg(g.count).arg(
            g.example, reasons->rowText(int(i)), reasons->rowToolTip(int(i)));
    }
    out << u"reasons: "_s + reasons->summaryText();
    const BucketCounts counts = child<BucketSummary>(window, u"bucketSummary"_s)->counts();
    for (const qint64 n : counts)
        out << u"summary %1"_s.arg(n);
    auto *combo = child<QComboBox>(window, u"bucketCombo"_s);
    for (int i = 0; i < combo->count(); ++i)
        out << u"combo "_s + combo->itemText(i);
    auto *header = child<CampaignHeader>(window, u"campaignHeader"_s);
    out << header->titleText() << header->detailText();
    out << child<LoadProgressPanel>(window, u"progressPanel"_s)->text();
    DeviceProxyModel *proxy = window->deviceProxy();
    for (int r = 0; r < proxy->rowCount(); ++r)
        out << proxy->index(r, 0).data().toString() + u' ' +
                   proxy->index(r, int(DeviceColumn::Status)).data().toString();
    return out;
}

// The campaign's own only: a window of an earlier test can leave its request for another
// campaign in the loopback socket, which the server reads, and counts, once this test began.
int infoRequests(const QStringList &paths, const QString &campaign)
{
    return int(std::count_if(paths.begin(), paths.end(), [&](const QString &p) {
        return p.startsWith(u"/api/fota/v3/campaigns/"_s) && p.endsWith(u'/' + campaign);
    }));
}

} // namespace

class CampaignSwitchTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;
    QStringList m_paths; // every path the simulator answered

    static QStringList rowsOf(MainWindow *window)
    {
        QStringList ids;
        for (int r = 0; r < window->deviceProxy()->rowCount(); ++r)
            ids << window->deviceProxy()->index(r, 0).data().toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tst-campaignswitch"_s);
        m_sim = new SimulatorServer(this);
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kSecond, kSecondDevices, 97));
        connect(m_sim, &SimulatorServer::requestServed, this,
                [this](const QString &path, int) { m_paths << path; });
        QVERIFY(m_sim->start());
    }

    void init()
    {
        QSettings().clear();
        m_paths.clear();
        m_sim->clearFaults();
    }

    void anotherCampaignLeavesNoTraceInAnyPanel()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        // A reason group chosen in the first campaign, and a raw status ticked.
        auto *reasons = child<FailureReasonsPanel>(window.get(), u"failureReasons"_s);
        QVERIFY(reasons->groups().size() > 3);
        reasons->selectGroup(reasons->groups().at(2).key);
        QVERIFY(window->deviceProxy()->rowCount() < kDevices);
        FOTA_LOAD(window.get(), kAccount, kSecond, kSecondDevices);
        QTRY_VERIFY(child<CampaignHeader>(window.get(), u"campaignHeader"_s)->info().id == kSecond);

        auto fresh = openWindow(*m_sim);
        QVERIFY(fresh);
        FOTA_LOAD(fresh.get(), kAccount, kSecond, kSecondDevices);
        QTRY_VERIFY(child<CampaignHeader>(fresh.get(), u"campaignHeader"_s)->info().id == kSecond);

        const QStringList switched = panelsOf(window.get());
        const QStringList expected = panelsOf(fresh.get());
        QCOMPARE(switched.size(), expected.size());
        for (qsizetype i = 0; i < switched.size(); ++i)
            QCOMPARE(switched.at(i), expected.at(i));
        QVERIFY(reasons->selectedGroup().isEmpty()); // the first campaign's choice went

        // Each group filters to the same devices in both windows.
        auto *freshReasons = child<FailureReasonsPanel>(fresh.get(), u"failureReasons"_s);
        for (const ReasonGroups::Group &g : freshReasons->groups()) {
            if (g.key.isEmpty())
                continue;
            reasons->selectGroup(g.key);
            freshReasons->selectGroup(g.key);
            QCOMPARE(window->deviceProxy()->rowCount(), int(g.count));
            QCOMPARE(rowsOf(window.get()), rowsOf(fresh.get()));
        }
    }

    void aMistypedCampaignKeepsTheOneShown()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        const QStringList shown = rowsOf(window.get());
        auto *header = child<CampaignHeader>(window.get(), u"campaignHeader"_s);
        QTRY_VERIFY(header->info().id == kCampaign);
        const QString title = header->titleText();

        // A campaign that does not exist: nothing is wiped, before or after the answer.
        window->openCampaign(kAccount, u"2b0c8f4e-1d2a-4b7c-9e3f-5a6b7c8d9e0X"_s);
        QCOMPARE(rowsOf(window.get()), shown);
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isLoading(), kLoadTimeoutMs);
        QCOMPARE(rowsOf(window.get()), shown);
        QCOMPARE(window->session()->campaignId(), kCampaign);
        QVERIFY(window->session()->isComplete());
        QVERIFY(window->session()->keptPreviousCampaign());
        QCOMPARE(header->titleText(), title);
        QCOMPARE(child<LoadProgressPanel>(window.get(), u"progressPanel"_s)->text(),
                 u"2,689 devices loaded"_s);

        // The message says what happened and offers the recent campaigns, not a Retry.
        auto *bar = child<MessageBar>(window.get(), u"messageBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"could not be loaded"_s) &&
                     bar->text().contains(u"still shows campaign %1"_s.arg(kCampaign)),
                 qPrintable(bar->text()));
        QVERIFY(!bar->canRetry());
        QVERIFY(!window->session()->canRetry());
        auto *recent = child<QPushButton>(window.get(), u"messageRecentButton"_s);
        QVERIFY(recent->isVisible());
        QTest::mouseClick(recent, Qt::LeftButton);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), u"recentMenu"_s);
        QVERIFY(!menu->actions().isEmpty());
        menu->close();
    }

    void theShownCampaignStaysUntilTheNextOnesFirstPage()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        const QStringList shown = rowsOf(window.get());
        QStringList atFirstPage;
        connect(window->deviceModel(), &QAbstractItemModel::modelReset, this,
                [&] { atFirstPage = QStringList{window->session()->campaignId()}; });
        bool sawOldRowsWhileWaiting = false;
        connect(window->session(), &CampaignSession::loadStarted, this,
                [&] { sawOldRowsWhileWaiting = rowsOf(window.get()) == shown; });
        window->openCampaign(kAccount, kSecond);
        QVERIFY(sawOldRowsWhileWaiting);
        QCOMPARE(window->session()->campaignId(), kCampaign); // still the one shown
        QCOMPARE(window->session()->loadingCampaignId(), kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isLoading(), kLoadTimeoutMs);
        QCOMPARE(atFirstPage, QStringList{kSecond});
        QCOMPARE(window->deviceModel()->rowCount(), kSecondDevices);
        QCOMPARE(window->session()->campaignId(), kSecond);
        // Its information too, so no request of this window is left for the next test.
        QTRY_VERIFY(child<CampaignHeader>(window.get(), u"campaignHeader"_s)->info().id == kSecond);
    }

    void campaignInformationIsFetchedWithEveryLoadAndRefresh()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        auto *header = child<CampaignHeader>(window.get(), u"campaignHeader"_s);
        QTRY_VERIFY(header->info().id == kCampaign);
        QVERIFY2(infoRequests(m_paths, kCampaign) == 1, qPrintable(m_paths.join(u' ')));

        // The campaign's own status moves: a refresh shows it.
        m_sim->campaign(kAccount, kCampaign)->setCampaignStatus(u"CampaignEnded"_s);
        QSignalSpy refreshed(window->session(), &CampaignSession::refreshed);
        window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kLoadTimeoutMs);
        QTRY_VERIFY(header->info().status == u"CampaignEnded"_s);
        QVERIFY2(infoRequests(m_paths, kCampaign) == 2, qPrintable(m_paths.join(u' ')));
        QVERIFY(header->titleText().contains(u"CampaignEnded"_s));

        // Loading it again (reopening) fetches again too.
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        QTRY_COMPARE(infoRequests(m_paths, kCampaign), 3);
        m_sim->campaign(kAccount, kCampaign)->setCampaignStatus(u"CampaignScheduled"_s);
    }

    void detailsUnavailableBeforeSigningInAreFetchedAfter()
    {
        QTemporaryDir dir;
        auto window = std::make_unique<MainWindow>();
        AccountController *account = window->accountController();
        account->setProfileStore(std::make_unique<ProfileStore>(dir.filePath(u"p.ini"_s)));
        account->setSecretStore(new MemorySecretStore);
        Credentials wrong = demoLogin();
        wrong.clientSecret = u"not-the-secret"_s;
        QCOMPARE(window->setConnection(apiSettings(*m_sim), wrong), QString());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->openCampaign(kAccount, kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isLoading(), kLoadTimeoutMs);
        auto *header = child<CampaignHeader>(window.get(), u"campaignHeader"_s);
        QTRY_VERIFY(header->detailText().contains(u"unavailable"_s));
        auto *bar = child<MessageBar>(window.get(), u"messageBar"_s);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->actions().testFlag(MessageBar::SignIn));
        QVERIFY(!bar->canRetry()); // only signing in helps

        Profile p;
        p.name = u"simulator"_s;
        p.baseUrl = m_sim->baseUrl();
        p.accountName = kAccount;
        p.clientId = SimulatorServer::demoClientId();
        p.username = SimulatorServer::demoUsername();
        QSignalSpy finished(account, &AccountController::signInFinished);
        account->signIn(p, demoLogin(), false);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.at(0).at(0).value<ApiError>().isError());
        // Signed in: the header is fetched, the failed load runs again, the message goes.
        QTRY_VERIFY(header->info().id == kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->isComplete(), kLoadTimeoutMs);
        QCOMPARE(window->deviceModel()->rowCount(), kDevices);
        QVERIFY(!bar->isShowingError());
    }
};

FOTA_UI_TEST_MAIN(CampaignSwitchTest, 1920, 1200)
#include "tst_campaignswitch.moc"
