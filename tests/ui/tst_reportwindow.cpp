// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The campaign report from the window: its numbers are the window's own for the same data
// (every bucket, raw status, failure reason and the overdue count, as the panels show them;
// the estimate and the changes since the previous load, as the history shows them),
// and File → Campaign report… writes it on a worker with a snapshot of the history to compare.
#include "UiFixture.h"

#include "common/Clock.h"
#include "drawing/BucketColors.h"
#include "history/HistoryStore.h"
#include "report/ReportBuilder.h"
#include "report/ReportHistoryReader.h"
#include "report/ReportHtmlWriter.h"
#include "support/SimulatedStore.h"
#include "ui/BucketSummary.h"
#include "ui/CampaignHeader.h"
#include "ui/FailureReasonsPanel.h"
#include "ui/HistoryController.h"
#include "ui/HistoryPanel.h"
#include "ui/ReportDialog.h"
#include "ui/ReportRunner.h"
#include "ui/StatusSidebar.h"
#include "watching/CampaignMemory.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QToolButton>
#include <QXmlStreamReader>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorServer;

namespace {

constexpr qint64 kHour = 3'600'000;

// The text of one <section id="..."> of the report page.
QString sectionText(const QByteArray &html, const QString &id)
{
    QXmlStreamReader xml(html);
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (depth > 0)
                ++depth;
            else if (xml.name() == "section"_L1 && xml.attributes().value(u"id"_s) == id)
                depth = 1;
        } else if (xml.isEndElement() && depth > 0) {
            --depth;
        } else if (xml.isCharacters() && depth > 0) {
            text += xml.text() + u' ';
        }
    }
    return xml.hasError() ? u"<%1>"_s.arg(xml.errorString()) : text.simplified();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class ReportWindowTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    // Three days into the simulated campaign: some pending devices are past their next attempt.
    ManualClock m_clock{SimulatedCampaign::kStartMs + 3 * 24 * kHour};

    SimulatedCampaign &campaign() { return *m_sim->campaign(kAccount, kCampaign); }
    template <typename T> T *get(const QString &name) { return child<T>(m_window.get(), name); }
    ReportRunner *runner() { return get<ReportRunner>(u"reportRunner"_s); }

    // The report of the window's table, with what a history gave the report (none: no history).
    ReportModel modelOfTheWindow(std::optional<ReportHistory> history = std::nullopt)
    {
        ReportInput input;
        input.history = std::move(history);
        input.store = &m_window->deviceModel()->store();
        input.accountName = kAccount;
        input.campaignId = kCampaign;
        input.asOfMs = m_window->deviceModel()->now();
        input.generatedAtMs = input.asOfMs;
        input.utc = true;
        return ReportBuilder::build(input);
    }

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tst-reportwindow"_s);
        QVERIFY(m_dir.isValid());
        m_sim = new SimulatorServer(this);
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        QVERIFY(m_sim->start());
    }

    void init()
    {
        m_window = openWindow(*m_sim);
        QVERIFY(m_window);
        m_window->setClock(&m_clock);
    }

    void cleanup()
    {
        m_window.reset();
        // What the window left to deleteLater goes now, before the next test's window.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void everyNumberIsTheWindows()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        auto *reasons = get<FailureReasonsPanel>(u"failureReasons"_s);
        reasons->recountNow();
        const ReportModel model = modelOfTheWindow();

        // The stacked bar's summary and the sidebar, bucket by bucket and status by status.
        auto *summary = get<BucketSummary>(u"bucketSummary"_s);
        auto *sidebar = get<StatusSidebar>(u"statusSidebar"_s);
        QCOMPARE(model.total(), summary->total());
        for (int b = 0; b < kBucketCount; ++b) {
            QCOMPARE(model.buckets[size_t(b)], summary->counts()[size_t(b)]);
            QCOMPARE(model.buckets[size_t(b)], sidebar->shownCount(StatusBucket(b)));
        }
        int shownStatuses = 0;
        for (qsizetype i = 0; i < m_window->deviceModel()->store().statuses().size(); ++i) {
            const QString status = m_window->deviceModel()->store().statuses().at(quint32(i));
            shownStatuses += sidebar->shownCount(status).value_or(0) > 0 ? 1 : 0;
        }
        QCOMPARE(model.statuses.size(), shownStatuses);
        for (const ReportModel::StatusLine &line : model.statuses)
            QCOMPARE(sidebar->shownCount(line.status), std::optional<qint64>(line.devices));

        // The failure reasons panel: the same groups, in the same order, with the same counts.
        const QList<ReasonGroups::Group> &groups = reasons->groups();
        QCOMPARE(model.reasonGroups, qint64(groups.size()));
        QVERIFY(!model.reasons.isEmpty());
        for (qsizetype g = 0; g < model.reasons.size(); ++g) {
            QCOMPARE(model.reasons[g].key, groups[g].key);
            QCOMPARE(model.reasons[g].devices, groups[g].count);
            // The report writes "(no reason given)" for the empty group, as the panel does.
            if (!groups[g].key.isEmpty())
                QCOMPARE(model.reasons[g].label, reasons->rowText(int(g)));
        }

        // Overdue: what the "Overdue only" filter shows at the same "now".
        get<QCheckBox>(u"overdueCheck"_s)->click();
        QTRY_VERIFY(m_window->deviceProxy()->filter().overdueOnly);
        QVERIFY(model.overdue > 0 && model.overdue < kDevices);
        QCOMPARE(qint64(m_window->deviceProxy()->rowCount()), model.overdue);
        get<QCheckBox>(u"overdueCheck"_s)->click();

        // And the words: the report writes each bucket's count and share as its label does,
        // and the reasons' summary line as the panel does.
        const QByteArray html = ReportHtmlWriter::write(model, QLocale());
        const QString progress = sectionText(html, u"progress"_s);
        for (int b = 0; b < kBucketCount; ++b) {
            const QString key = StatusBuckets::key(StatusBucket(b));
            const QStringList label =
                get<QToolButton>(u"bucketLabel_"_s + key)->text().split(u'\n');
            const QStringList countAndShare = label.value(1).split(u" · "_s);
            const QString row = label.value(0) + u' ' + countAndShare.join(u' ');
            QVERIFY2(progress.contains(row), qPrintable(row + u" in: "_s + progress));
        }
        QVERIFY2(sectionText(html, u"reasons"_s).contains(reasons->summaryText()),
                 qPrintable(reasons->summaryText()));
    }

    void theMenuWritesAPdfOffTheGuiThread()
    {
        QAction *action = get<QAction>(u"campaignReportAction"_s);
        QVERIFY(!action->isEnabled()); // nothing to report yet
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        QTRY_VERIFY(action->isEnabled());
        runner()->setHistoryPath(m_dir.filePath(u"no-history.sqlite"_s));
        action->trigger();
        ReportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ReportDialog *>(u"reportDialog"_s)));
        QVERIFY2(dialog->asOfText().contains(u"UTC"_s), qPrintable(dialog->asOfText()));
        QVERIFY(!dialog->sinceBox()->isEnabled()); // no history to compare with
        const QString path = m_dir.filePath(u"window.pdf"_s);
        dialog->setFormat(ReportFormat::Pdf);
        dialog->setPath(path);
        QSignalSpy started(runner(), &ReportRunner::started);
        QSignalSpy succeeded(runner(), &ReportRunner::succeeded);
        get<QPushButton>(u"reportWriteButton"_s)->click();
        QCOMPARE(started.size(), 1);
        QVERIFY(!action->isEnabled()); // one report at a time
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 60'000);
        QVERIFY(readFile(path).startsWith("%PDF-"));
        QTRY_VERIFY(action->isEnabled());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no-history.sqlite"_s))); // never created
    }

    void aSnapshotOfTheHistoryIsComparedWith()
    {
        // Two snapshots of this campaign recorded before the load, as the window's history or
        // a watcher would have them: the campaign an hour and two hours "later" in the
        // simulator's evolution, so the devices that differ are known exactly.
        const QString path = m_dir.filePath(u"history.sqlite"_s);
        const CampaignKey key = CampaignKey::of(m_sim->baseUrl(), kAccount, kCampaign);
        const SimulatedCampaign older = campaign().afterSteps(2, 30);
        const SimulatedCampaign newer = campaign().afterSteps(1, 30);
        {
            HistoryStore history;
            QVERIFY(history.open(path));
            QVERIFY(history.record(key, storeOf(older), m_clock.nowMs() - 2 * kHour).has_value());
            QVERIFY(history.record(key, storeOf(newer), m_clock.nowMs() - kHour).has_value());
        }
        const auto differing = [this](const SimulatedCampaign &then) {
            int n = 0;
            for (qsizetype i = 0; i < then.devices().size(); ++i)
                n += then.devices()[i].status != campaign().devices()[i].status ? 1 : 0;
            return n;
        };
        QVERIFY(differing(older) > differing(newer) && differing(newer) > 0);

        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        // The header's details are the report's too, once fetched.
        QTRY_VERIFY(get<CampaignHeader>(u"campaignHeader"_s)
                        ->titleText()
                        .contains(campaign().campaignName()));
        runner()->setHistoryPath(path);
        // A stub chart renderer: the report embeds what it draws, and it is drawn (as all the
        // report's work) on a worker thread, never the GUI thread.
        std::atomic<QThread *> chartThread = nullptr;
        runner()->setChart(
            [&chartThread](const QList<SnapshotPoint> &points, QSize size, qreal dpr) {
                chartThread = QThread::currentThread();
                QImage image((QSizeF(size) * dpr).toSize(), QImage::Format_ARGB32);
                image.fill(points.size() == 3 ? Qt::darkGreen : Qt::red);
                return image;
            });
        get<QAction>(u"campaignReportAction"_s)->trigger();
        ReportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ReportDialog *>(u"reportDialog"_s)));
        // The previous snapshot, both snapshots newest first, and no comparison.
        QTRY_COMPARE(dialog->sinceBox()->count(), 4);
        QVERIFY(dialog->sinceBox()->isEnabled());
        dialog->sinceBox()->setCurrentIndex(2); // the older one
        const QString report = m_dir.filePath(u"window.html"_s);
        dialog->setPath(report);
        QSignalSpy succeeded(runner(), &ReportRunner::succeeded);
        get<QPushButton>(u"reportWriteButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 60'000);
        const QString changes = sectionText(readFile(report), u"changes"_s);
        QVERIFY2(changes.contains(
                     u"%1 devices changed status since the snapshot"_s.arg(differing(older))),
                 qPrintable(changes));
        QVERIFY(sectionText(readFile(report), u"campaign"_s).contains(campaign().campaignName()));
        QVERIFY(chartThread.load() != nullptr);
        QVERIFY(chartThread.load() != QThread::currentThread());
        QVERIFY(readFile(report).contains("<img src=\"data:image/png;base64,"));
        runner()->setChart({});
    }

    void estimateAndChangesAreTheWindows()
    {
        // Two snapshots an hour apart before the load, in the history the window records in:
        // the window's estimate and its "since the previous refresh" come from them and the
        // load; the report, read from the same file for the same table, must say the same.
        const QString path = m_dir.filePath(u"shared.sqlite"_s);
        const CampaignKey key = CampaignKey::of(m_sim->baseUrl(), kAccount, kCampaign);
        {
            HistoryStore history;
            QVERIFY(history.open(path));
            QVERIFY(
                history
                    .record(key, storeOf(campaign().afterSteps(2, 30)), m_clock.nowMs() - 2 * kHour)
                    .has_value());
            QVERIFY(
                history.record(key, storeOf(campaign().afterSteps(1, 30)), m_clock.nowMs() - kHour)
                    .has_value());
        }
        m_window->openHistory(path);
        const qint64 loadStartedMs = m_clock.nowMs();
        // The stored table shows first, then the load runs and is recorded as a third point.
        m_window->openCampaign(kAccount, kCampaign);
        CampaignMemory *memory = m_window->history()->memory();
        QVERIFY(memory);
        QTRY_COMPARE_WITH_TIMEOUT(memory->points().size(), qsizetype(3), kLoadTimeoutMs);
        QTRY_VERIFY(!m_window->session()->isLoading());
        QVERIFY(m_window->session()->isComplete());
        QCOMPARE(m_window->deviceProxy()->rowCount(), kDevices);
        auto *panel = get<HistoryPanel>(u"historyPanel"_s);
        QTRY_VERIFY(panel->changedDevices() && !panel->changedDevices()->isEmpty());

        HistoryStore history;
        QVERIFY(history.open(path));
        HistoryError error;
        std::optional<ReportHistory> recorded =
            ReportHistoryReader::read(history, key, m_window->deviceModel()->store(),
                                      ReportSince::previous(), loadStartedMs, &error);
        QVERIFY2(recorded, qPrintable(error.message));
        const ReportModel model = modelOfTheWindow(std::move(recorded));

        const Eta &shown = memory->eta();
        QVERIFY(shown.state != Eta::State::NotEnoughData); // three loads over two hours
        QCOMPARE(int(model.eta.state), int(shown.state));
        QCOMPARE(int(model.eta.basis), int(shown.basis));
        QCOMPARE(model.eta.etaMs, shown.etaMs);
        QCOMPARE(model.eta.earliestMs, shown.earliestMs);
        QCOMPARE(model.eta.latestMs, shown.latestMs);
        QVERIFY(model.changes);
        QCOMPARE(model.changes->changed, qint64(panel->changedDevices()->size()));
    }

    // The window's report reads the history the window records in (--history's file too),
    // and draws the window's own progress chart.
    void theReportUsesTheWindowsHistoryAndChart()
    {
        const QString path = m_dir.filePath(u"windows-own.sqlite"_s);
        m_window->openHistory(path);
        QCOMPARE(runner()->historyPath(), path);
        m_window->openHistory({});
        QCOMPARE(runner()->historyPath(), HistoryStore::defaultPath());

        const ReportChart chart = runner()->chart();
        QVERIFY(chart);
        QList<SnapshotPoint> points(2);
        for (qsizetype i = 0; i < points.size(); ++i) {
            points[i].timeMs = m_clock.nowMs() - (2 - i) * kHour;
            points[i].loaded = kDevices;
            points[i].buckets[int(StatusBucket::Pending)] = i == 0 ? kDevices : kDevices / 2;
            points[i].buckets[int(StatusBucket::Succeeded)] = i == 0 ? 0 : kDevices - kDevices / 2;
        }
        const QImage image = chart(points, QSize(400, 200), 2.0);
        QCOMPARE(image.size(), QSize(800, 400));
        // Not a blank picture: the bands are painted in the bucket colours.
        bool succeededColour = false;
        for (int x = 0; x < image.width() && !succeededColour; x += 4) {
            for (int y = 0; y < image.height() && !succeededColour; y += 4)
                succeededColour = image.pixelColor(x, y).rgb() ==
                                  BucketColors::color(StatusBucket::Succeeded).rgb();
        }
        QVERIFY(succeededColour);
    }
};

FOTA_UI_TEST_MAIN(ReportWindowTest, 1600, 1000)
#include "tst_reportwindow.moc"
