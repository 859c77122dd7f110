// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window benchmark of issue 9: a real MainWindow, offscreen, loads a campaign from the
// simulator (its own thread, pages cached) while a lag probe on the GUI thread records the
// longest time the event loop did not turn, phase by phase: loading, a clock tick, the UTC
// toggle, a refresh, a sort by each column and a few filters. `fota-monitor export` loads the
// same campaign in the same run, for the ratio. Not a test: it prints measurements.
//
//   fota-window-benchmark [--devices N] [--monitor PATH] [--history 1]
//
// The simulator runs in a child process (this program again, with --serve): its page cache
// grows with every cursor a split point asks for, and in this process it would be counted as
// the window's memory.

#include "EventLoopWait.h"

#include "campaign/CampaignSession.h"
#include "campaign/DeviceColumn.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "campaign/LoadProgress.h"
#include "common/AllocatorTuning.h"
#include "common/Clock.h"
#include "simulator/SimulatorServer.h"
#include "simulator/SimulatorThread.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"
#include "ui/HistoryController.h"
#include "ui/MainWindow.h"
#include "watching/CampaignMemory.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::bench::spin;

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kCampaign = u"window-benchmark"_s;

// The longest gap between two turns of the GUI thread's event loop since reset(): a 1 ms
// timer that fires late by as much as the loop was blocked.
class LagProbe
{
public:
    LagProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_worstMs = std::max(m_worstMs, m_sinceTick.nsecsElapsed() / 1e6);
            m_sinceTick.start();
        });
        reset();
        m_timer.start();
    }
    void reset()
    {
        m_worstMs = 0;
        m_sinceTick.start();
    }
    double worstMs() const { return std::max(m_worstMs, m_sinceTick.nsecsElapsed() / 1e6); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_worstMs = 0;
};

// A line of /proc/self/status in MB ("VmRSS", "VmHWM").
double statusMb(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(QByteArray(key) + ':')))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').first().toDouble() /
                   1024.0;
    }
    return 0;
}

double exportSeconds(const QString &monitor, const QUrl &baseUrl, const QString &output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"THINGSPACE_CLIENT_ID"_s, sim::SimulatorServer::demoClientId());
    env.insert(u"THINGSPACE_CLIENT_SECRET"_s, sim::SimulatorServer::demoClientSecret());
    env.insert(u"THINGSPACE_USERNAME"_s, sim::SimulatorServer::demoUsername());
    env.insert(u"THINGSPACE_PASSWORD"_s, sim::SimulatorServer::demoPassword());
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(monitor, {u"export"_s, u"--account"_s, kAccount, u"--campaign"_s, kCampaign,
                      u"--base-url"_s, baseUrl.toString(), u"--output"_s, output});
    if (!p.waitForFinished(600'000) || p.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e9;
}

void line(const char *phase, double ms, double stallMs)
{
    std::printf("%-34s %10.1f ms %12.1f ms\n", phase, ms, stallMs);
}

// Runs `step` from the event loop and reports how long it took and the longest stall around
// it (the repaint it causes included). With `done`, the time runs until it holds (a sort done
// on a worker is done when its order is shown).
void measure(LagProbe &probe, const char *phase, const std::function<void()> &step,
             const std::function<bool()> &done = {})
{
    spin(50);
    probe.reset();
    double ms = 0;
    QElapsedTimer t;
    QTimer::singleShot(0, [&] {
        t.start();
        step();
        ms = t.nsecsElapsed() / 1e6;
    });
    if (done) {
        spin(600'000, [&] { return t.isValid() && done(); });
        ms = t.nsecsElapsed() / 1e6;
    }
    spin(300);
    line(phase, ms, probe.worstMs());
}

// The child: serves the campaign on loopback, says where on one line, and stops when the
// parent closes its standard input (or dies).
int serveSimulator(int devices)
{
    sim::SimulatorThread::Options o;
    o.accountName = kAccount;
    o.campaignId = kCampaign;
    o.deviceCount = devices;
    o.cachePages = true;
    sim::SimulatorThread simulator(o);
    if (!simulator.startAndWait())
        return 1;
    std::printf("%s\n", simulator.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    while (!in.read(4096).isEmpty()) {
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The window lives in this process: it gets what fota-monitor's main() gives it.
    AllocatorTuning::apply();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int devices = 1'000'000;
    bool serve = false;
    bool history = false; // --history 1: record every load and refresh, as the window does
    QString monitor = QCoreApplication::applicationDirPath() + u"/../app/fota-monitor"_s;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--devices"_L1)
            devices = args[i + 1].toInt();
        else if (args[i] == "--monitor"_L1)
            monitor = args[i + 1];
        else if (args[i] == "--serve"_L1)
            serve = true;
        else if (args[i] == "--history"_L1)
            history = args[i + 1] != "0"_L1;
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"fota-window-benchmark"_s);
    QSettings().clear();

    if (serve)
        return serveSimulator(devices);
    QProcess simulator;
    simulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    simulator.start(QCoreApplication::applicationFilePath(),
                    {u"--serve"_s, u"1"_s, u"--devices"_s, QString::number(devices)});
    QByteArray announced;
    while (!announced.endsWith('\n') && simulator.waitForReadyRead(60'000))
        announced += simulator.readAllStandardOutput();
    const QUrl baseUrl(QString::fromUtf8(announced.trimmed()));
    if (!baseUrl.isValid() || baseUrl.isEmpty())
        qFatal("the simulator did not start");
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"export.csv"_s);
    // The first export fills the simulator's page cache; the second is the one compared.
    exportSeconds(monitor, baseUrl, csv);
    const double exportS = exportSeconds(monitor, baseUrl, csv);

    MainWindow window;
    ApiSettings settings;
    settings.baseUrl = baseUrl;
    Credentials login;
    login.clientId = sim::SimulatorServer::demoClientId();
    login.clientSecret = sim::SimulatorServer::demoClientSecret();
    login.username = sim::SimulatorServer::demoUsername();
    login.password = sim::SimulatorServer::demoPassword();
    if (!window.setConnection(settings, login).isEmpty())
        qFatal("settings refused");
    int records = 0; // loads and refreshes recorded in the history so far
    if (history) {
        window.openHistory(dir.filePath(u"history.sqlite"_s));
        QObject::connect(window.history()->memory(), &CampaignMemory::recorded,
                         [&records] { ++records; });
    }
    window.resize(1600, 1000);
    window.show();
    LagProbe probe;
    spin(200);
    // What the peak grows by from here is the window's (the table, the proxy's orders, what a
    // load and a refresh hold on the way): the simulator is another process.
    const double rssBeforeMb = statusMb("VmRSS");

    std::printf("fota-window-benchmark: %d devices, offscreen MainWindow 1600x1000%s\n", devices,
                history ? ", every load and refresh recorded in a history file" : "");
    std::printf("%-34s %13s %15s\n", "phase", "time", "longest stall");
    CampaignSession *session = window.session();
    probe.reset();
    QElapsedTimer load;
    load.start();
    window.openCampaign(kAccount, kCampaign);
    // With a history the load starts once the history said it has no table of the campaign.
    spin(600'000,
         [&] { return !session->isLoading() && window.deviceModel()->rowCount() == devices; });
    const double loadMs = load.nsecsElapsed() / 1e6;
    line("load in the window", loadMs, probe.worstMs());
    if (window.deviceModel()->rowCount() != devices)
        qFatal("the window holds %d devices", window.deviceModel()->rowCount());
    std::printf("%-34s %10.1f ms   (window / export %.2fx)\n", "export of the same campaign",
                exportS * 1000, exportS > 0 ? loadMs / (exportS * 1000) : 0.0);
    // Where the peak comes from: the growth of VmHWM after each phase, a device.
    // And what stays resident then: the peak above it is what the phase held on the way.
    struct Peak
    {
        const char *phase;
        double peak;
        double resident;
    };
    std::vector<Peak> peaks;
    const auto notePeak = [&](const char *phase) {
        const auto perDevice = [&](double mb) {
            return (mb - rssBeforeMb) * 1024 * 1024 / devices;
        };
        peaks.push_back({phase, perDevice(statusMb("VmHWM")), perDevice(statusMb("VmRSS"))});
    };
    notePeak("load");
    // With a history, each load and refresh is recorded after it ends, on workers: waited for
    // here, so that what a record holds is seen on its own and not mixed into the next phase.
    const auto awaitRecord = [&](const char *phase, int count, const char *peakPhase) {
        if (!history)
            return;
        probe.reset();
        QElapsedTimer recording;
        recording.start();
        spin(600'000, [&] { return records >= count; });
        line(phase, recording.nsecsElapsed() / 1e6, probe.worstMs());
        notePeak(peakPhase);
    };
    awaitRecord("history record of the load", 1, "load's record");

    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    measure(probe, "clock tick", [&] {
        clock.advance(MainWindow::kClockIntervalMs);
        window.setClock(&clock);
    });
    auto *utc = window.findChild<QAction *>(u"utcAction"_s);
    if (utc)
        measure(probe, "UTC toggle", [utc] { utc->toggle(); });

    bool refreshed = false;
    QObject::connect(session, &CampaignSession::refreshed, [&] { refreshed = true; });
    QObject::connect(session, &CampaignSession::refreshFailed, [&] { refreshed = true; });
    probe.reset();
    QElapsedTimer refresh;
    refresh.start();
    window.refreshNow();
    spin(600'000, [&] { return refreshed; });
    line("refresh (load and apply)", refresh.nsecsElapsed() / 1e6, probe.worstMs());
    notePeak("refresh");
    awaitRecord("history record of the refresh", 2, "its record");

    DeviceProxyModel *proxy = window.deviceProxy();
    for (int c = 0; c < kDeviceColumnCount; ++c) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name = "sort by " + DeviceColumns::title(DeviceColumn(c)).toUtf8() +
                                    (order == Qt::AscendingOrder ? " asc" : " desc");
            measure(
                probe, name.constData(), [proxy, c, order] { proxy->sort(c, order); },
                [proxy] { return !proxy->isSortPending(); });
        }
    }
    notePeak("sorts");
    const std::pair<const char *, DeviceFilter> filters[] = {
        {"filter: failed", DeviceFilter::of(BucketMask(1u << int(StatusBucket::Failed)), {})},
        {"filter: text \"35\"", DeviceFilter::of(kAllBuckets, u"35"_s)},
        {"filter: text \"timeout\"", DeviceFilter::of(kAllBuckets, u"timeout"_s)},
        {"filter: none", DeviceFilter{}},
    };
    for (const auto &[name, filter] : filters)
        measure(
            probe, name, [proxy, &filter] { proxy->setFilter(filter); },
            [proxy] { return !proxy->isSortPending(); });

    notePeak("filters");
    for (const Peak &p : peaks)
        std::printf("  peak growth after %-14s %10.1f bytes a device (resident then %.1f)\n",
                    p.phase, p.peak, p.resident);
    const double grownMb = statusMb("VmHWM") - rssBeforeMb;
    std::printf("%-34s %10.1f bytes a device (store %.1f; process peak %.0f MB, simulator "
                "not included)\n",
                "memory, peak growth from the load", grownMb * 1024 * 1024 / devices,
                double(window.deviceModel()->store().memoryBytes()) / devices, statusMb("VmHWM"));

    // Last, as it replaces the table: Stop halfway through a new load. What the lanes hold is
    // handed on at once (CampaignLoader::fail), and the rows come in while the window waits.
    bool stopped = false;
    QElapsedTimer stopping;
    QObject::connect(session, &CampaignSession::progress, [&](const LoadProgress &p) {
        if (stopped || p.devicesLoaded < devices / 2)
            return;
        stopped = true;
        probe.reset();
        stopping.start();
        session->stop();
    });
    window.openCampaign(kAccount, kCampaign);
    spin(600'000, [&] { return stopped && !session->isLoading(); });
    const double stopMs = stopping.isValid() ? stopping.nsecsElapsed() / 1e6 : 0;
    spin(300);
    line("Stop halfway through a load", stopMs, probe.worstMs());
    simulator.closeWriteChannel(); // the child stops when its standard input closes
    if (!simulator.waitForFinished(30'000))
        simulator.kill();
    return 0;
}
