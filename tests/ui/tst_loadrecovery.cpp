// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// After a failure the window continues, it does not start over: Retry and loading the same
// campaign again resume from the last good cursor with the rows already loaded, a failed
// refresh resumes too, and a campaign whose devices differ from the report's totalDevice, or
// whose pages the parser had to repair, says so with the campaign.
#include "UiFixture.h"

#include "ui/LoadProgressPanel.h"
#include "ui/MessageBar.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorFault;
using fota::sim::SimulatorServer;

class LoadRecoveryTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;

    // The cursors the window asked with since `from` (an index into reportCursors()).
    QStringList cursorsSince(qsizetype from) const { return m_sim->reportCursors().mid(from); }

    static void clickRetry(MainWindow *window)
    {
        auto *bar = child<MessageBar>(window, u"messageBar"_s);
        QVERIFY2(bar->canRetry(), qPrintable(bar->text()));
        auto *retry = child<QPushButton>(bar, u"retryButton"_s);
        QVERIFY(retry->isVisible());
        retry->click();
    }

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tests-loadrecovery"_s);
        m_sim = new SimulatorServer(this);
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 23));
        QVERIFY(m_sim->start());
    }
    void init() { m_sim->clearFaults(); }

    void retryContinuesFromTheLastGoodCursor()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        // Pages 1 and 2 arrive; page 3 fails on every attempt (the fixture allows 3).
        m_sim->injectFault(SimulatorFault::ServerError, 3, 2);
        const qsizetype before = m_sim->reportCursors().size();
        window->openCampaign(kAccount, kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(!window->session()->isComplete());
        QCOMPARE(window->deviceModel()->rowCount(), 2000);
        const QString failedCursor = cursorsSince(before).last();

        const qsizetype atRetry = m_sim->reportCursors().size();
        clickRetry(window.get());
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(window->session()->isComplete());
        QCOMPARE(window->deviceModel()->rowCount(), kDevices);
        const QStringList resumed = cursorsSince(atRetry);
        QCOMPARE(resumed.first(), failedCursor);
        QVERIFY2(!resumed.contains(u"0"_s), qPrintable(resumed.join(u' ')));
        QCOMPARE(resumed.size(), 1); // the third page was the last
    }

    void loadingAgainAfterStopContinues()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        m_sim->injectFault(SimulatorFault::Stall, 1, 1); // page 2 is never answered
        const qsizetype before = m_sim->reportCursors().size();
        window->openCampaign(kAccount, kCampaign);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->reportCursors().size() - before, 2, kLoadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->deviceModel()->rowCount(), 1000, kLoadTimeoutMs);
        const QString stalledCursor = m_sim->reportCursors().last();
        child<QPushButton>(window.get(), u"stopButton"_s)->click();
        QVERIFY(!window->session()->isBusy());

        const qsizetype atLoad = m_sim->reportCursors().size();
        child<QPushButton>(window.get(), u"loadButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(window->session()->isComplete());
        QCOMPARE(window->deviceModel()->rowCount(), kDevices);
        const QStringList resumed = cursorsSince(atLoad);
        QCOMPARE(resumed.first(), stalledCursor);
        QVERIFY2(!resumed.contains(u"0"_s), qPrintable(resumed.join(u' ')));
    }

    void aFailedRefreshResumes()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        m_sim->injectFault(SimulatorFault::ServerError, 3, 1); // the refresh's page 2 fails
        QSignalSpy failed(window->session(), &CampaignSession::refreshFailed);
        QSignalSpy refreshed(window->session(), &CampaignSession::refreshed);
        const qsizetype before = m_sim->reportCursors().size();
        window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kLoadTimeoutMs);
        const QString failedCursor = m_sim->reportCursors().last();
        QVERIFY(failedCursor != u"0"_s);
        QCOMPARE(cursorsSince(before).first(), u"0"_s);

        const qsizetype atRetry = m_sim->reportCursors().size();
        clickRetry(window.get());
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kLoadTimeoutMs);
        const QStringList resumed = cursorsSince(atRetry);
        QCOMPARE(resumed.first(), failedCursor);
        QVERIFY2(!resumed.contains(u"0"_s), qPrintable(resumed.join(u' ')));
        QCOMPARE(window->deviceModel()->rowCount(), kDevices);
        QVERIFY(window->session()->isComplete());
    }

    void countsThatDisagreeMarkTheCampaignIncomplete()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        // Every page says 50,000 devices; the walk ends after 2,689.
        m_sim->injectFault(SimulatorFault::InflatedTotal, 100);
        window->openCampaign(kAccount, kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isLoading(), kLoadTimeoutMs);
        QCOMPARE(window->deviceModel()->rowCount(), kDevices);
        QVERIFY(window->session()->shownOutcome().complete);
        QVERIFY(!window->session()->isComplete());
        auto *bar = child<MessageBar>(window.get(), u"messageBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"Campaign incomplete"_s), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(u"50,000"_s), qPrintable(bar->text()));
        QVERIFY(!bar->canRetry());
        auto *progress = child<LoadProgressPanel>(window.get(), u"progressPanel"_s);
        QVERIFY2(progress->text().startsWith(u"Incomplete: 2,689 of 50,000"_s),
                 qPrintable(progress->text()));

        // F5 on an incomplete campaign loads it again; a good answer makes it whole and clears
        // the mark.
        m_sim->clearFaults();
        QSignalSpy finished(window->session(), &CampaignSession::loadFinished);
        window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
        QVERIFY(window->session()->isComplete());
        QCOMPARE(window->deviceModel()->rowCount(), kDevices);
        QVERIFY(!bar->isShowingError());
    }

    void loadDetailsSayTheRoundTrips()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        // One round trip per page answered (2,689 devices: 3 pages), median and worst.
        const RoundTripStats &trips = window->session()->shownOutcome().roundTrips;
        QCOMPARE(trips.count(), 3);
        QVERIFY(trips.worstMs() >= trips.medianMs());
        auto *progress = child<LoadProgressPanel>(window.get(), u"progressPanel"_s);
        const QString detail = progress->detailText();
        QVERIFY2(detail.contains(
                     u"round trip per page: median %1 ms, worst %2 ms"_s.arg(trips.medianMs())
                         .arg(trips.worstMs())),
                 qPrintable(detail));
        QVERIFY(trips.describe().startsWith(u"round trip per page: median "_s));
        // The page count is said once: the round trips were one a page.
        QCOMPARE(detail.count(u"3 pages"_s), 1);
    }

    void repairedPagesAreSaidWithTheCampaign()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        m_sim->injectFault(SimulatorFault::HostileEntries, 1, 1);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        const QString summary = window->session()->shownOutcome().diagnostics.summary();
        QVERIFY(!summary.isEmpty());
        auto *progress = child<LoadProgressPanel>(window.get(), u"progressPanel"_s);
        QVERIFY2(progress->detailText().contains(summary), qPrintable(progress->detailText()));
        for (const QChar c : progress->detailText())
            QVERIFY2(c.unicode() >= 0x20, "a control character reached the window");
    }
};

FOTA_UI_TEST_MAIN(LoadRecoveryTest, 1600, 1000)
#include "tst_loadrecovery.moc"
