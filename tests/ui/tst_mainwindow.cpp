// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window end to end: real HTTP to the in-process simulated ThingSpace, driven through the
// widgets an operator uses (fields, buttons, header clicks, typing), checked against the
// simulator's own data.
#include "UiFixture.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceColumn.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "simulator/SimulatedCampaign.h"
#include "simulator/SimulatorServer.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"
#include "ui/BucketSummary.h"
#include "ui/ExportDialog.h"
#include "ui/ExportRunner.h"
#include "ui/FilterBar.h"
#include "ui/LoadProgressPanel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"

#include "support/PoolHold.h"
#include "thingspace/ApiClient.h"
#include "ui/ActiveFiltersBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatedDevice;
using fota::sim::SimulatorFault;
using fota::sim::SimulatorServer;

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kSmallCampaign = u"2b0c8f4e-1d2a-4b7c-9e3f-5a6b7c8d9e01"_s;
const QString kLargeCampaign = u"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"_s;
constexpr int kSmallDevices = 2689;
constexpr int kLargeDevices = 30000;
constexpr int kLoadTimeoutMs = 60000;

// Splits CSV text into records the RFC 4180 way: a newline inside quotes (result reasons
// carry them) does not end a record. Returns each record's fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << std::exchange(field, QString());
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            fields << std::exchange(field, QString());
            records << std::exchange(fields, QStringList());
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        records << (fields << field);
    return records;
}

QtMessageHandler g_testLogHandler = nullptr;

// The offscreen platform warns "does not support propagateSizeHints()" whenever a top-level's
// size constraints change, dozens of times a test; drop that one line, pass the rest on.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"propagateSizeHints"_s))
        return;
    g_testLogHandler(type, context, message);
}

} // namespace

#define LOAD_SMALL()                                                                               \
    do {                                                                                           \
        loadSmall();                                                                               \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;
    std::unique_ptr<MainWindow> m_window;

    const SimulatedCampaign &small() { return *m_sim->campaign(kAccount, kSmallCampaign); }

    ApiSettings settings() const
    {
        ApiSettings s;
        s.baseUrl = m_sim->baseUrl();
        s.transferTimeoutMs = 3000;
        s.retryBaseDelayMs = 10;
        s.retryMaxDelayMs = 500;
        s.maxAttempts = 3;
        return s;
    }

    static Credentials demoLogin()
    {
        Credentials c;
        c.clientId = SimulatorServer::demoClientId();
        c.clientSecret = SimulatorServer::demoClientSecret();
        c.username = SimulatorServer::demoUsername();
        c.password = SimulatorServer::demoPassword();
        return c;
    }

    template <typename T> T *child(const QString &name)
    {
        auto *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    QString cell(int row, DeviceColumn column, int role = Qt::DisplayRole)
    {
        DeviceProxyModel *proxy = m_window->deviceProxy();
        return proxy->index(row, int(column)).data(role).toString();
    }

    // Loads the 2,689-device campaign through the window and waits for the end; callers use
    // LOAD_SMALL() so a failure here ends the test.
    void loadSmall()
    {
        m_window->openCampaign(kAccount, kSmallCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QCOMPARE(m_window->deviceProxy()->rowCount(), kSmallDevices);
    }

    // After a load that failed on page 2: the bar shows the error, the rows of page 1 stay and
    // the panel says "incomplete"; Retry (with the fault gone) then loads everything.
    void expectFailureShownThenRetryLoadsAll(const QString &errorText)
    {
        auto *messageBar = child<MessageBar>(u"messageBar"_s);
        QVERIFY(!m_window->session()->isComplete());
        QVERIFY(messageBar->isVisible());
        QVERIFY2(messageBar->text().contains(errorText), qPrintable(messageBar->text()));
        QVERIFY(messageBar->canRetry());
        QCOMPARE(m_window->deviceProxy()->rowCount(), 1000);
        const QString progress = child<LoadProgressPanel>(u"progressPanel"_s)->text();
        QCOMPARE(progress, u"Failed: 1,000 of 2,689 loaded (incomplete)"_s);

        m_sim->clearFaults();
        QTest::mouseClick(child<QPushButton>(u"retryButton"_s), Qt::LeftButton);
        QVERIFY(!messageBar->isVisible());
        QVERIFY(m_window->session()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(m_window->session()->isComplete());
        QCOMPARE(m_window->deviceProxy()->rowCount(), kSmallDevices);
        QVERIFY(!messageBar->isVisible());
        QCOMPARE(child<LoadProgressPanel>(u"progressPanel"_s)->text(), u"2,689 devices loaded"_s);
    }

    void clickHeader(DeviceColumn column)
    {
        auto *table = child<QTableView>(u"deviceTable"_s);
        QHeaderView *header = table->horizontalHeader();
        const int section = int(column);
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

    // After a load that stopped or failed with `loaded` devices of the 30,000: the shares and
    // the export dialog's "all devices" say they are of the loaded part; a whole load then
    // takes the hint away.
    void expectIncompleteLoadSaysSo(const QString &loaded)
    {
        auto *summary = child<BucketSummary>(u"bucketSummary"_s);
        QCOMPARE(summary->coverageText(), u"Shares of the %1 devices loaded; the load did not "
                                          "complete (30,000 in the campaign)"_s.arg(loaded));

        // "All devices" in the export dialog is only what arrived, and says so.
        child<QAction>(u"exportAction"_s)->trigger();
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>(u"exportDialog"_s)));
        const QString all = dialog->allDevicesText();
        QVERIFY2(all.contains(u"All devices loaded"_s), qPrintable(all));
        QVERIFY2(all.contains(u"did not complete"_s) && all.contains(loaded) &&
                     all.contains(u"30,000"_s),
                 qPrintable(all));
        dialog->reject();

        // The whole campaign: no hint left.
        m_window->openCampaign(kAccount, kLargeCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(m_window->session()->isComplete());
        QCOMPARE(summary->coverageText(), QString());
    }

private slots:
    void initTestCase()
    {
        g_testLogHandler = qInstallMessageHandler(dropOffscreenNoise);
        // The window remembers its layout, sort and choices: keep the operator's settings out
        // of the tests and the tests out of them.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"fota-tst-mainwindow"_s);
        QSettings().clear();
        m_sim = new SimulatorServer(this);
        m_sim->addCampaign(
            SimulatedCampaign::generate(kAccount, kSmallCampaign, kSmallDevices, 11));
        m_sim->addCampaign(
            SimulatedCampaign::generate(kAccount, kLargeCampaign, kLargeDevices, 12));
        QVERIFY(m_sim->start());
    }

    void cleanupTestCase() { qInstallMessageHandler(g_testLogHandler); }

    void init()
    {
        m_sim->clearFaults();
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->setConnection(settings(), demoLogin()), QString());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        QTest::qWait(0);
        m_sim->clearFaults();
    }

    void aboutShowsTheIconAndTheLicenceNotice()
    {
        auto *about = m_window->findChild<QAction *>(u"aboutAction"_s);
        QVERIFY(about);
        about->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"aboutBox"_s)) && box->isVisible());
        QVERIFY(!box->iconPixmap().isNull());
        QCOMPARE(box->iconPixmap().size(), QSize(64, 64));
        // GPL-3 section 5(d): the program's Appropriate Legal Notices.
        const QString text = box->informativeText();
        for (const QString &notice : {u"GNU General Public License"_s, u"version 3"_s,
                                      u"ABSOLUTELY NO WARRANTY"_s, u"Copyright"_s})
            QVERIFY2(text.contains(notice), qPrintable(text));
        box->close();
    }

    void opensAndLoadsWholeCampaign()
    {
        QCOMPARE(m_window->windowTitle(), u"FOTA Campaign Monitor"_s);
        auto *messageBar = child<MessageBar>(u"messageBar"_s);
        auto *load = child<QPushButton>(u"loadButton"_s);
        auto *stop = child<QPushButton>(u"stopButton"_s);
        QVERIFY(!messageBar->isVisible());
        QVERIFY(!stop->isEnabled());
        QVERIFY(!load->isEnabled()); // empty fields
        QVERIFY(!child<QAction>(u"exportAction"_s)->isEnabled());

        QAbstractItemModelTester tester(m_window->deviceProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy started(m_window->session(), &CampaignSession::loadStarted);
        m_window->openCampaign(kAccount, kSmallCampaign);
        QCOMPARE(started.count(), 1);
        QCOMPARE(child<QLineEdit>(u"accountEdit"_s)->text(), kAccount);
        QCOMPARE(child<QLineEdit>(u"campaignEdit"_s)->text(), kSmallCampaign);
        QVERIFY(stop->isEnabled());
        QVERIFY(!load->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(m_window->deviceProxy()->rowCount(), kSmallDevices,
                                  kLoadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(m_window->session()->isComplete());
        QCOMPARE(m_window->deviceModel()->rowCount(), kSmallDevices);
        QCOMPARE(child<LoadProgressPanel>(u"progressPanel"_s)->text(), u"2,689 devices loaded"_s);
        QVERIFY(!stop->isEnabled());
        QVERIFY(load->isEnabled());
        QVERIFY(!messageBar->isVisible());
        QVERIFY(child<QAction>(u"exportAction"_s)->isEnabled());

        // The summary's counts are the store's running counts; they must match the data.
        auto *summary = child<BucketSummary>(u"bucketSummary"_s);
        const BucketCounts counts = summary->counts();
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), qint64(0)), qint64(kSmallDevices));
        QCOMPARE(summary->total(), qint64(kSmallDevices));
        BucketCounts expected{};
        for (const SimulatedDevice &d : small().devices())
            ++expected[size_t(StatusBuckets::fromStatus(d.status))];
        QCOMPARE(counts, expected);
        const auto *failedLabel = child<QToolButton>(u"bucketLabel_failed"_s);
        QVERIFY2(failedLabel->text().contains(
                     QLocale(QLocale::English).toString(expected[size_t(StatusBucket::Failed)])),
                 qPrintable(failedLabel->text()));

        // Default order: device ID ascending, which is the simulator's order.
        QCOMPARE(cell(0, DeviceColumn::DeviceId), small().devices().first().deviceId);
        QCOMPARE(cell(kSmallDevices - 1, DeviceColumn::DeviceId),
                 small().devices().last().deviceId);
    }

    void headerClicksSort()
    {
        LOAD_SMALL();
        DeviceProxyModel *proxy = m_window->deviceProxy();
        const int last = proxy->rowCount() - 1;

        clickHeader(DeviceColumn::Status);
        QCOMPARE(proxy->sortColumn(), int(DeviceColumn::Status));
        QCOMPARE(proxy->sortOrder(), Qt::AscendingOrder);
        const QString firstAsc = cell(0, DeviceColumn::Status);
        const QString lastAsc = cell(last, DeviceColumn::Status);
        QVERIFY2(firstAsc.compare(lastAsc, Qt::CaseInsensitive) < 0,
                 qPrintable(firstAsc + u" / "_s + lastAsc));
        for (int r = 1; r <= last; ++r) {
            QVERIFY(cell(r - 1, DeviceColumn::Status)
                        .compare(cell(r, DeviceColumn::Status), Qt::CaseInsensitive) <= 0);
        }

        clickHeader(DeviceColumn::Status);
        QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(cell(0, DeviceColumn::Status).compare(lastAsc, Qt::CaseInsensitive), 0);
        QCOMPARE(cell(last, DeviceColumn::Status).compare(firstAsc, Qt::CaseInsensitive), 0);

        // Status time: chronological, and devices without a time at the end either way.
        const auto noTime = std::count_if(
            small().devices().begin(), small().devices().end(),
            [](const SimulatedDevice &d) { return d.updatedTimeMs == SimulatedDevice::kNoTime; });
        QVERIFY2(noTime > 0, "the data set needs devices without a status time");
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            clickHeader(DeviceColumn::StatusTime);
            QCOMPARE(proxy->sortColumn(), int(DeviceColumn::StatusTime));
            QCOMPARE(proxy->sortOrder(), order);
            const auto raw = [&](int row) {
                return proxy->index(row, int(DeviceColumn::StatusTime))
                    .data(DeviceTableModel::RawRole);
            };
            const int firstEmpty = proxy->rowCount() - int(noTime);
            for (int r = 0; r < proxy->rowCount(); ++r)
                QCOMPARE(raw(r).isValid(), r < firstEmpty);
            for (int r = 1; r < firstEmpty; ++r) {
                const qint64 a = raw(r - 1).toLongLong();
                const qint64 b = raw(r).toLongLong();
                QVERIFY(order == Qt::AscendingOrder ? a <= b : a >= b);
            }
        }
    }

    void searchAndBucketFilter()
    {
        LOAD_SMALL();
        DeviceProxyModel *proxy = m_window->deviceProxy();

        // Six digits from the middle of a real IMEI that appear in no result reason, so the
        // expected rows are exactly the devices whose IMEI contains them.
        QString needle;
        for (qsizetype i = 100; i < small().devices().size() && needle.isEmpty(); i += 97) {
            const QString candidate = small().devices().at(i).deviceId.mid(5, 6);
            const bool inReason = std::any_of(
                small().devices().begin(), small().devices().end(),
                [&](const SimulatedDevice &d) { return d.resultReason.contains(candidate); });
            if (!inReason)
                needle = candidate;
        }
        QVERIFY(!needle.isEmpty());
        QStringList expected;
        for (const SimulatedDevice &d : small().devices()) {
            if (d.deviceId.contains(needle))
                expected << d.deviceId;
        }
        QVERIFY(!expected.isEmpty());

        auto *search = child<QLineEdit>(u"searchEdit"_s);
        QTest::keyClicks(search, needle);
        // Debounced: nothing is filtered while the operator is still typing.
        QCOMPARE(proxy->rowCount(), kSmallDevices);
        QTRY_COMPARE_WITH_TIMEOUT(proxy->rowCount(), int(expected.size()), 5000);
        QStringList shown;
        for (int r = 0; r < proxy->rowCount(); ++r)
            shown << cell(r, DeviceColumn::DeviceId);
        QCOMPARE(shown, expected);

        search->clear();
        QTRY_COMPARE(proxy->rowCount(), kSmallDevices);

        // The combo narrows to one bucket's count.
        auto *combo = child<QComboBox>(u"bucketCombo"_s);
        const BucketCounts counts = m_window->deviceModel()->store().bucketCounts();
        combo->setCurrentIndex(combo->findData(int(StatusBucket::Failed)));
        QCOMPARE(proxy->rowCount(), int(counts[size_t(StatusBucket::Failed)]));
        QVERIFY(combo->currentText().contains(
            QLocale(QLocale::English).toString(counts[size_t(StatusBucket::Failed)])));
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, 0).data(DeviceTableModel::BucketRole).toInt(),
                     int(StatusBucket::Failed));

        // Clicking a bucket in the summary selects it in the filter.
        QTest::mouseClick(child<QToolButton>(u"bucketLabel_pending"_s), Qt::LeftButton);
        QCOMPARE(combo->currentData().toInt(), int(StatusBucket::Pending));
        QCOMPARE(proxy->rowCount(), int(counts[size_t(StatusBucket::Pending)]));
        QVERIFY(child<QToolButton>(u"bucketLabel_pending"_s)->isChecked());
        QVERIFY(!child<QToolButton>(u"bucketLabel_failed"_s)->isChecked());

        combo->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), kSmallDevices);
    }

    void ctrlFFocusesSearch()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        child<QTableView>(u"deviceTable"_s)->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(child<QLineEdit>(u"searchEdit"_s)->hasFocus());
    }

    void keyboardLoadsAndStops()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *load = child<QPushButton>(u"loadButton"_s);
        QTest::keyClicks(child<QLineEdit>(u"accountEdit"_s), kAccount);
        QVERIFY(!load->isEnabled()); // still no campaign
        auto *campaign = child<QLineEdit>(u"campaignEdit"_s);
        QTest::keyClicks(campaign, kLargeCampaign);
        QVERIFY(load->isEnabled());

        QSignalSpy started(m_window->session(), &CampaignSession::loadStarted);
        QTest::keyClick(campaign, Qt::Key_Return); // Enter in a field loads
        QCOMPARE(started.count(), 1);
        QVERIFY(m_window->session()->isLoading());
        QTest::keyClick(m_window.get(), Qt::Key_Escape); // Campaign → Stop
        QVERIFY(!m_window->session()->isLoading());
        QVERIFY(!m_window->session()->isComplete());

        QTest::keyClick(m_window.get(), Qt::Key_F5); // Campaign → Load / Refresh
        QCOMPARE(started.count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(m_window->session()->isComplete());
        QCOMPARE(m_window->deviceProxy()->rowCount(), kLargeDevices);
    }

    void badRequestShowsMessageBarAndRetryLoadsAll()
    {
        // Page 1 is served, page 2 gets a 400 that is not worth retrying.
        m_sim->injectFault(SimulatorFault::BadRequest, 1, 1);
        const int requestsBefore = m_sim->reportRequests();
        m_window->openCampaign(kAccount, kSmallCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        // Two report requests: page 1, and page 2's 400, which is shown rather than retried.
        QCOMPARE(m_sim->reportRequests() - requestsBefore, 2);
        expectFailureShownThenRetryLoadsAll(
            u"Campaign report is not available for this account."_s);
    }

    void persistentServerErrorShowsMessageBarAndRetryLoadsAll()
    {
        // Page 2 keeps failing with 503 until the client gives up (3 attempts).
        m_sim->injectFault(SimulatorFault::ServerError, 3, 1);
        // Each retry is shown as it happens, in the progress panel (not clipped, not only in a
        // status bar that times out).
        QStringList retryTexts;
        auto *progress = child<LoadProgressPanel>(u"progressPanel"_s);
        connect(m_window->session(), &CampaignSession::retrying, this, [&] {
            QVERIFY(progress->isRetrying());
            retryTexts << progress->retryText();
        });
        m_window->openCampaign(kAccount, kSmallCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QCOMPARE(retryTexts.size(), 2);
        // What failed, the countdown and the attempt, then the page and the server's answer.
        QVERIFY2(retryTexts.first().startsWith(u"⚠ Server error — retrying "_s),
                 qPrintable(retryTexts.first()));
        QVERIFY2(retryTexts.first().contains(u"(attempt 2 of 3) · page 2: "_s),
                 qPrintable(retryTexts.first()));
        QVERIFY2(retryTexts.first().contains(u"HTTP 503"_s), qPrintable(retryTexts.first()));
        QVERIFY2(retryTexts.at(1).contains(u"(attempt 3 of 3)"_s), qPrintable(retryTexts.at(1)));
        QVERIFY(!progress->isRetrying()); // the load ended: the line went with it
        expectFailureShownThenRetryLoadsAll(u"HTTP 503"_s);
    }
    void stopKeepsRowsAndMarksIncomplete()
    {
        // One connection, so at most one request is on the network when Stop is pressed: the
        // next page's, asked for while the third is decoded (tst_lanes covers stopping every
        // lane).
        ApiSettings sequential = m_window->session()->client()->settings();
        sequential.connections = 1;
        QCOMPARE(m_window->session()->client()->setSettings(sequential), QString());
        auto *stop = child<QPushButton>(u"stopButton"_s);
        // Press Stop as the third page is reported: deterministic, however fast the machine.
        // Over several connections a page may hold fewer of a lane's own devices (one that
        // reached into the next lane's range), so what was loaded is what progress said.
        bool pressed = false;
        qint64 loaded = 0;
        connect(m_window->session(), &CampaignSession::progress, this, [&](const LoadProgress &p) {
            if (p.pages == 3 && !pressed) {
                pressed = true;
                loaded = p.devicesLoaded;
                QTest::mouseClick(stop, Qt::LeftButton);
            }
        });
        QAbstractItemModelTester tester(m_window->deviceProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->openCampaign(kAccount, kLargeCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(pressed);
        QVERIFY(!m_window->session()->isComplete());
        QVERIFY(loaded > 0 && loaded <= 3000);
        QCOMPARE(m_window->deviceProxy()->rowCount(), int(loaded));
        QCOMPARE(child<LoadProgressPanel>(u"progressPanel"_s)->text(),
                 u"Stopped: %1 of 30,000 loaded (incomplete)"_s.arg(
                     QLocale(QLocale::English).toString(loaded)));
        QVERIFY(!child<MessageBar>(u"messageBar"_s)->isVisible()); // stopping is not an error
        QVERIFY(!stop->isEnabled());
        QVERIFY(child<QPushButton>(u"loadButton"_s)->isEnabled());
        // Nothing arrives after the stop: no request is left on the network. One written just
        // before the stop may still be in the loopback socket, unread by the server on this
        // thread: it arrives (and its answer goes nowhere), then nothing more may come.
        QTRY_COMPARE(m_window->session()->client()->openCalls(), 0);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const int served = m_sim->reportRequests();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(m_sim->reportRequests(), served);
        QCOMPARE(m_window->session()->client()->openCalls(), 0);
        QCOMPARE(m_window->deviceProxy()->rowCount(), int(loaded));
    }

    void searchIgnoresCaseAndAccents()
    {
        LOAD_SMALL();
        const QString reason = u"Échec de la mise à jour – batterie faible"_s;
        int expected = 0;
        for (const SimulatedDevice &d : small().devices())
            expected += d.resultReason == reason ? 1 : 0;
        QVERIFY(expected > 0);
        auto *search = child<QLineEdit>(u"searchEdit"_s);
        QTest::keyClicks(search, u"ECHEC DE LA MISE A JOUR"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->deviceProxy()->rowCount(), expected, 5000);
        for (int r = 0; r < expected; ++r)
            QCOMPARE(cell(r, DeviceColumn::ResultReason, DeviceTableModel::RawRole), reason);
        // The search is in the active filters, removable there.
        auto *chips = child<ActiveFiltersBar>(u"activeFilters"_s);
        QVERIFY(chips->isVisible());
        QVERIFY(chips->buttonFor(u"search"_s));
        QTest::mouseClick(chips->buttonFor(u"search"_s), Qt::LeftButton);
        QCOMPARE(m_window->deviceProxy()->rowCount(), kSmallDevices);
        QVERIFY(search->text().isEmpty());
        QVERIFY(!chips->isVisible());
    }

    void partialLoadSaysWhatTheSharesAreOf()
    {
        // One page after another, so three pages are exactly 3,000 devices.
        ApiSettings sequential = m_window->session()->client()->settings();
        sequential.connections = 1;
        QCOMPARE(m_window->session()->client()->setSettings(sequential), QString());
        auto *summary = child<BucketSummary>(u"bucketSummary"_s);
        QString whileLoading;
        int rowsWhileLoading = 0;
        bool stopped = false;
        connect(m_window->session(), &CampaignSession::progress, this, [&](const LoadProgress &p) {
            if (p.pages == 2) {
                // Pages reach the table coalesced (at most one change in 100 ms): the shares
                // are of the rows the table holds at this moment.
                whileLoading = summary->coverageText();
                rowsWhileLoading = m_window->deviceModel()->rowCount();
            }
            if (p.pages == 3 && !stopped) {
                stopped = true;
                m_window->session()->stop();
            }
        });
        m_window->openCampaign(kAccount, kLargeCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(stopped);
        QVERIFY(rowsWhileLoading == 1000 || rowsWhileLoading == 2000);
        QCOMPARE(whileLoading,
                 u"Shares of the %1 devices loaded so far, of 30,000 in the "
                 "campaign"_s.arg(QLocale(QLocale::English).toString(rowsWhileLoading)));
        expectIncompleteLoadSaysSo(u"3,000"_s);
    }

    void failedLoadSaysWhatTheSharesAreOf()
    {
        ApiSettings sequential = m_window->session()->client()->settings();
        sequential.connections = 1;
        QCOMPARE(m_window->session()->client()->setSettings(sequential), QString());
        // Pages 1 and 2 are served, page 3 gets a 400, which is not retried: the load fails
        // with 2,000 of 30,000 devices in the table.
        m_sim->injectFault(SimulatorFault::BadRequest, 1, 2);
        m_window->openCampaign(kAccount, kLargeCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(!m_window->session()->isComplete());
        QCOMPARE(m_window->deviceModel()->rowCount(), 2000);
        expectIncompleteLoadSaysSo(u"2,000"_s);
    }

    void exportWritesShownRows()
    {
        LOAD_SMALL();
        DeviceProxyModel *proxy = m_window->deviceProxy();
        auto *combo = child<QComboBox>(u"bucketCombo"_s);
        combo->setCurrentIndex(combo->findData(int(StatusBucket::Failed)));
        clickHeader(DeviceColumn::StatusTime);
        clickHeader(DeviceColumn::StatusTime); // newest first: not the store's order
        const int shown = proxy->rowCount();
        QVERIFY(shown > 0 && shown < kSmallDevices);
        QStringList shownIds;
        for (int r = 0; r < shown; ++r)
            shownIds << cell(r, DeviceColumn::DeviceId);

        auto *runner = m_window->findChild<ExportRunner *>();
        QVERIFY(runner);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"failed.csv"_s);
        QSignalSpy succeeded(runner, &ExportRunner::succeeded);
        QSignalSpy failed(runner, &ExportRunner::failed);
        QVERIFY(runner->exportShownRows(path, ExportRunner::formatFor(path, {})));
        QVERIFY(runner->isRunning());
        QVERIFY(!runner->exportShownRows(path, ExportFormat::Csv)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count() + failed.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(succeeded.at(0).at(1).toLongLong(), qint64(shown));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(records.size(), 1 + shown);
        QCOMPARE(records.first().first(), u"deviceId"_s);
        QStringList written;
        for (qsizetype i = 1; i < records.size(); ++i)
            written << records.at(i).first();
        QCOMPARE(written, shownIds);

        // The menu path: File → Export… opens the export dialog, which says what it writes,
        // and the chosen file goes through the same entry point (here as JSON).
        QAction *exportAction = child<QAction>(u"exportAction"_s);
        QVERIFY(exportAction->isEnabled());
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        exportAction->trigger();
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>(u"exportDialog"_s)));
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Shown);
        QVERIFY(dialog->findChild<QRadioButton *>(u"exportShownRadio"_s)
                    ->text()
                    .contains(QLocale(QLocale::English).toString(shown)));
        const QString jsonPath = dir.filePath(u"failed.json"_s);
        dialog->setPath(dir.filePath(u"failed.csv"_s));
        dialog->setFormat(ExportFormat::Json); // the name follows the format
        QCOMPARE(QDir::fromNativeSeparators(dialog->path()), jsonPath);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count() + failed.count(), 2, 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(succeeded.at(1).at(0).toString(), jsonPath);
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray devices =
            QJsonDocument::fromJson(json.readAll()).object().value(u"devices"_s).toArray();
        QCOMPARE(devices.size(), qsizetype(shown));
        QCOMPARE(devices.first().toObject().value(u"deviceId"_s).toString(), shownIds.first());
        QCOMPARE(devices.last().toObject().value(u"deviceId"_s).toString(), shownIds.last());

        QCOMPARE(ExportRunner::formatFor(u"x.json"_s, u"CSV (*.csv)"_s), ExportFormat::Json);
        QCOMPARE(ExportRunner::formatFor(u"x"_s, u"JSON (*.json)"_s), ExportFormat::Json);
        QCOMPARE(ExportRunner::formatFor(u"x.txt"_s, u"CSV (*.csv)"_s), ExportFormat::Csv);
    }

    void exportCanBeCancelled()
    {
        m_window->openCampaign(kAccount, kLargeCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QCOMPARE(m_window->deviceProxy()->rowCount(), kLargeDevices);

        auto *runner = m_window->findChild<ExportRunner *>();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"all.csv"_s);
        QSignalSpy cancelled(runner, &ExportRunner::cancelled);
        QSignalSpy succeeded(runner, &ExportRunner::succeeded);
        // Every thread of the pool is held busy until the export is cancelled, so its writer
        // cannot finish 30,000 rows before the cancel (it did, now and then, on a loaded machine).
        test::PoolHold pool;
        QVERIFY(runner->exportShownRows(path, ExportFormat::Csv));
        auto *progress = m_window->findChild<QProgressDialog *>(u"exportProgress"_s);
        QVERIFY(progress);
        QCOMPARE(progress->windowModality(), Qt::WindowModal);
        // The writer checks the flag every 8,192 rows; cancelled before it starts, it stops at
        // the first.
        runner->cancel();
        pool.release();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count() + succeeded.count(), 1, 30000);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!QFile::exists(path)); // QSaveFile: nothing half-written
        QVERIFY(!runner->isRunning());
        QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(u"exportProgress"_s));
        QVERIFY(!child<MessageBar>(u"messageBar"_s)->isVisible()); // cancelling is not an error
    }

    void closingDuringLoadIsSafe()
    {
        m_window->openCampaign(kAccount, kLargeCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->deviceProxy()->rowCount() > 0, kLoadTimeoutMs);
        QVERIFY(m_window->session()->isLoading());
        QPointer<QNetworkAccessManager> network = m_window->session()->client()->network();
        m_window.reset();
        // The window's network access went with it: nothing can ask for another page.
        QVERIFY(network.isNull());
        // A request written just before the window went may still be in the loopback socket,
        // unread by the server on this thread: let it arrive (and its answer be dropped
        // without a crash), then nothing more may come.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const int served = m_sim->reportRequests();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(m_sim->reportRequests(), served);
    }

    // Campaign > Connections: four by default, the choice reaches the client at once, is
    // remembered for the next window, and a load then walks as several ID ranges whose union
    // is the whole campaign.
    void connectionsAreAChoiceRemembered()
    {
        QSettings().remove(u"network/connections"_s);
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->setConnection(settings(), demoLogin()), QString());
        ApiClient *client = m_window->session()->client();
        QCOMPARE(client->settings().connections, ApiSettings::kDefaultConnections);
        auto *menu = child<QMenu>(u"connectionsMenu"_s);
        QAction *six = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toInt() == 6)
                six = action;
        }
        QVERIFY(six);
        six->trigger();
        QVERIFY(six->isChecked());
        QCOMPARE(client->settings().connections, 6);

        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->setConnection(settings(), demoLogin()), QString());
        QCOMPARE(m_window->session()->client()->settings().connections, 6);
        m_window->show();
        m_window->openCampaign(kAccount, kLargeCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), kLoadTimeoutMs);
        QVERIFY(m_window->session()->isComplete());
        QCOMPARE(m_window->deviceModel()->rowCount(), kLargeDevices);
        QVERIFY2(
            child<LoadProgressPanel>(u"progressPanel"_s)->detailText().contains(u"ID ranges"_s),
            qPrintable(child<LoadProgressPanel>(u"progressPanel"_s)->detailText()));
        QSettings().remove(u"network/connections"_s);
    }

    void refusedSettingsAreReported()
    {
        ApiSettings remote = settings();
        remote.baseUrl = QUrl(u"http://thingspace.example.com"_s);
        const QString error = m_window->setConnection(remote, demoLogin());
        QVERIFY(!error.isEmpty());
        auto *messageBar = child<MessageBar>(u"messageBar"_s);
        QVERIFY(messageBar->isVisible());
        QVERIFY(messageBar->text().contains(error));
        // The previous (loopback) settings stay in force: a load still works.
        LOAD_SMALL();
    }
};

FOTA_UI_TEST_MAIN(MainWindowTest, 1920, 1200)
#include "tst_mainwindow.moc"
