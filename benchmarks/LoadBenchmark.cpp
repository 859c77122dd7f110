// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The load benchmark of issue 9: one campaign on the built-in simulator (its own thread, cached
// pages, optional latency per page), loaded side by side in one invocation by
//   1. curl, the same pages with their cursors known in advance, sequential (raw transfer);
//   2. fota-monitor export --connections 1 (the option is passed only when --help lists it);
//   3. fota-monitor export with its default connections;
//   4. an operator's script as people write it today (operator_export.py: requests + csv).
// Each is a child process, timed by GNU time: wall clock, CPU time and peak RSS.
//
//   fota-load-benchmark [--devices N] [--latency MS] [--runs N] [--monitor PATH]
//                       [--python PATH] [--script PATH]

#include "simulator/SimulatedCampaign.h"
#include "simulator/SimulatorServer.h"
#include "simulator/SimulatorThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

const QString kAccount = u"0000123456-00001"_s;
const QString kCampaign = u"load-benchmark"_s;
constexpr quint64 kSeed = 20261125;

struct Options
{
    int devices = 1'000'000;
    int latencyMs = 0;
    int runs = 1;
    QString monitor;
    QString python = u"/usr/bin/python3"_s;
    QString script;
};

struct Sample
{
    double wallS = 0;
    double cpuS = 0;
    double peakMb = 0;
    int exitCode = -1;
};

struct Contender
{
    QString name;
    QStringList argv;
    QString output; // the file it writes, checked after each run; empty for curl
    std::vector<Sample> samples;

    Sample median() const
    {
        std::vector<Sample> s = samples;
        std::sort(s.begin(), s.end(),
                  [](const Sample &a, const Sample &b) { return a.wallS < b.wallS; });
        return s.empty() ? Sample{} : s[s.size() / 2];
    }
};

// The children's environment: the simulator's demo credentials, no proxy, nothing of the
// caller's own ThingSpace credentials.
std::vector<QByteArray> childEnvironment()
{
    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (entry.startsWith("THINGSPACE_") || entry.toLower().contains("_proxy="))
            continue;
        env.push_back(entry);
    }
    env.push_back("THINGSPACE_CLIENT_ID=" + sim::SimulatorServer::demoClientId().toUtf8());
    env.push_back("THINGSPACE_CLIENT_SECRET=" + sim::SimulatorServer::demoClientSecret().toUtf8());
    env.push_back("THINGSPACE_USERNAME=" + sim::SimulatorServer::demoUsername().toUtf8());
    env.push_back("THINGSPACE_PASSWORD=" + sim::SimulatorServer::demoPassword().toUtf8());
    env.push_back("NO_PROXY=127.0.0.1");
    return env;
}

// Runs one child under GNU time, which forks it from a small process: a child spawned straight
// from this one would report this process's own (large) RSS as its peak, because Linux carries
// the pre-exec high-water mark across exec.
Sample run(const QStringList &argv, const QString &logPath)
{
    const QString timing = logPath + u".time"_s;
    QStringList timed = {u"/usr/bin/time"_s, u"-f"_s, u"%e %U %S %M"_s, u"-o"_s, timing};
    timed += argv;
    std::vector<QByteArray> args;
    for (const QString &a : timed)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argp;
    for (QByteArray &a : args)
        argp.push_back(a.data());
    argp.push_back(nullptr);
    std::vector<QByteArray> env = childEnvironment();
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray log = logPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, log.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    Sample s;
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argp[0], &actions, nullptr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    if (spawned != 0 || waitpid(pid, &status, 0) != pid)
        return s;
    s.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    QFile file(timing);
    file.open(QIODevice::ReadOnly);
    // The last line: GNU time writes "Command exited with non-zero status" before it.
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    const QList<QByteArray> f = lines.last().split(' ');
    if (f.size() == 4) {
        s.wallS = f[0].toDouble();
        s.cpuS = f[1].toDouble() + f[2].toDouble();
        s.peakMb = f[3].toDouble() / 1024.0; // KiB
    }
    return s;
}

QJsonObject postJson(const QStringList &curlArgs)
{
    QProcess curl;
    curl.start(u"curl"_s, curlArgs);
    curl.waitForFinished(60'000);
    return QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
}

// A curl config (kept out of the command line, mode 0600) that fetches every page in order with
// the cursors computed from the same deterministic campaign, over one kept-alive connection.
bool writeCurlConfig(const QString &path, const QUrl &base, int devices)
{
    const QString api = base.toString();
    const QString secret =
        sim::SimulatorServer::demoClientId() + u':' + sim::SimulatorServer::demoClientSecret();
    const QJsonObject token =
        postJson({u"-s"_s, u"-X"_s, u"POST"_s, u"-u"_s, secret, u"-d"_s,
                  u"grant_type=client_credentials"_s, api + u"/api/ts/v1/oauth2/token"_s});
    const QString access = token.value("access_token"_L1).toString();
    QFile body(QFileInfo(path).dir().filePath(u"login.json"_s));
    body.open(QIODevice::WriteOnly);
    body.write(QJsonDocument(QJsonObject{{u"username"_s, sim::SimulatorServer::demoUsername()},
                                         {u"password"_s, sim::SimulatorServer::demoPassword()}})
                   .toJson());
    body.close();
    const QJsonObject login =
        postJson({u"-s"_s, u"-X"_s, u"POST"_s, u"-H"_s, u"Authorization: Bearer "_s + access,
                  u"-H"_s, u"Content-Type: application/json"_s, u"--data-binary"_s,
                  u"@"_s + body.fileName(), api + u"/api/m2m/v1/session/login"_s});
    const QString session = login.value("sessionToken"_L1).toString();
    if (access.isEmpty() || session.isEmpty())
        return false;

    const auto campaign = sim::SimulatedCampaign::generate(kAccount, kCampaign, devices, kSeed);
    QFile config(path);
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray text = "silent\nfail\n";
    text += "header = \"Authorization: Bearer " + access.toUtf8() + "\"\n";
    text += "header = \"VZ-M2M-Token: " + session.toUtf8() + "\"\n";
    text += "header = \"Content-Type: application/json\"\n";
    const QByteArray pageUrl =
        (api + u"/api/fota/v3/reports/%1/campaigns/%2/devices"_s.arg(kAccount, kCampaign)).toUtf8();
    for (qsizetype first = 0; first < campaign.devices().size(); first += 1000) {
        const QByteArray cursor =
            first == 0 ? "0" : campaign.devices().at(first - 1).deviceId.toUtf8();
        text +=
            "url = \"" + pageUrl + "?lastSeenDeviceId=" + cursor + "\"\noutput = \"/dev/null\"\n";
    }
    return config.write(text) == text.size();
}

bool listsOption(const QString &monitor, const QString &option)
{
    QProcess help;
    help.start(monitor, {u"export"_s, u"--help"_s});
    help.waitForFinished(30'000);
    return QString::fromUtf8(help.readAllStandardOutput()).contains(option);
}

qint64 lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        lines += chunk.count('\n');
    }
    return lines;
}

// One untimed curl pass: fills the simulator's page cache and checks that curl really fetches
// every page (a 200 with a body each), so the raw-transfer figure is not a row of errors.
bool warmUp(const QString &config, int pages)
{
    QProcess curl;
    curl.start(u"curl"_s, {u"-K"_s, config, u"-w"_s, u"%{http_code} %{size_download}\\n"_s});
    curl.waitForFinished(600'000);
    int ok = 0;
    qint64 bytes = 0;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts[0] == "200") {
            ++ok;
            bytes += parts[1].toLongLong();
        }
    }
    std::printf("warm-up: curl fetched %d of %d pages, %.1f MB\n", ok, pages, double(bytes) / 1e6);
    std::fflush(stdout);
    return ok == pages;
}

Options parseOptions()
{
    Options o;
    const QString here = QCoreApplication::applicationDirPath();
    o.monitor = QDir(here).filePath(u"../app/fota-monitor"_s);
    o.script = QStringLiteral(FOTA_SOURCE_DIR "/benchmarks/operator_export.py");
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &key = args[i];
        const QString &value = args[i + 1];
        if (key == "--devices"_L1)
            o.devices = std::max(1000, value.toInt());
        else if (key == "--latency"_L1)
            o.latencyMs = std::max(0, value.toInt());
        else if (key == "--runs"_L1)
            o.runs = std::max(1, value.toInt());
        else if (key == "--monitor"_L1)
            o.monitor = value;
        else if (key == "--python"_L1)
            o.python = value;
        else if (key == "--script"_L1)
            o.script = value;
    }
    return o;
}

void printBudgets(const Options &o, const std::vector<Contender> &c, int pages)
{
    const Sample curl = c[0].median(), one = c[1].median(), dflt = c[2].median(),
                 py = c[3].median();
    const auto verdict = [](bool ok) {
        return ok ? "meets" : "MISSES";
    };
    std::printf("\nratios (median wall times)\n");
    std::printf("  export --connections 1 / curl       %6.2fx\n", one.wallS / curl.wallS);
    std::printf("  export (default) / curl             %6.2fx\n", dflt.wallS / curl.wallS);
    std::printf("  python script / export (default)    %6.2fx\n", py.wallS / dflt.wallS);
    std::printf("\nbudgets of issue 9\n");
    if (o.latencyMs == 0) {
        std::printf("  (2) <= 1.5x (1):                    %6.2fx  %s\n", one.wallS / curl.wallS,
                    verdict(one.wallS <= 1.5 * curl.wallS));
        std::printf("  (3) at least 5x faster than (4):    %6.2fx  %s\n", py.wallS / dflt.wallS,
                    verdict(py.wallS >= 5 * dflt.wallS));
        const double peak = std::max(one.peakMb, dflt.peakMb);
        std::printf("  export peak memory <= 150 MB:       %6.0f MB %s\n", peak,
                    verdict(peak <= 150));
    } else {
        const double floorS = pages * o.latencyMs / 1000.0;
        std::printf("  sequential floor (%d pages x %d ms): %.1f s\n", pages, o.latencyMs, floorS);
        std::printf("  (3) <= 0.3x the floor (4 lanes):    %6.2fx  %s\n", dflt.wallS / floorS,
                    verdict(dflt.wallS <= 0.3 * floorS));
        if (c.size() > 4) {
            const Sample eight = c[4].median();
            std::printf("  --connections 8 <= 0.2x the floor:  %6.2fx  %s\n", eight.wallS / floorS,
                        verdict(eight.wallS <= 0.2 * floorS));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions();
    QTemporaryDir dir;
    sim::SimulatorThread::Options so;
    so.accountName = kAccount;
    so.campaignId = kCampaign;
    so.deviceCount = o.devices;
    so.seed = kSeed;
    so.cachePages = true;
    so.pageLatencyMs = o.latencyMs;
    sim::SimulatorThread simulator(so);
    if (!dir.isValid() || !simulator.startAndWait()) {
        std::fprintf(stderr, "fota-load-benchmark: cannot start the simulator\n");
        return 1;
    }
    const QUrl base = simulator.baseUrl();
    const QString config = dir.filePath(u"pages.curl"_s);
    if (!writeCurlConfig(config, base, o.devices)) {
        std::fprintf(stderr, "fota-load-benchmark: cannot sign in to the simulator with curl\n");
        return 1;
    }
    const int pages = (o.devices + 999) / 1000;
    const bool hasConnections = listsOption(o.monitor, u"--connections"_s);
    const QStringList exportArgs = {o.monitor,       u"export"_s, u"--account"_s,  kAccount,
                                    u"--campaign"_s, kCampaign,   u"--base-url"_s, base.toString()};
    std::vector<Contender> contenders = {
        {u"curl, cursors known, sequential"_s, {u"curl"_s, u"-K"_s, config}, {}, {}},
        {hasConnections ? u"export --connections 1"_s : u"export (no --connections yet)"_s,
         exportArgs + QStringList{u"--output"_s, dir.filePath(u"one.csv"_s)} +
             (hasConnections ? QStringList{u"--connections"_s, u"1"_s} : QStringList{}),
         dir.filePath(u"one.csv"_s),
         {}},
        {u"export (default connections)"_s,
         exportArgs + QStringList{u"--output"_s, dir.filePath(u"default.csv"_s)},
         dir.filePath(u"default.csv"_s),
         {}},
        {u"python requests + csv"_s,
         {o.python, o.script, base.toString(), kAccount, kCampaign, dir.filePath(u"py.csv"_s)},
         dir.filePath(u"py.csv"_s),
         {}},
    };
    if (hasConnections) {
        // Issue 9's second latency budget is for eight lanes.
        contenders.push_back({u"export --connections 8"_s,
                              exportArgs + QStringList{u"--output"_s, dir.filePath(u"eight.csv"_s),
                                                       u"--connections"_s, u"8"_s},
                              dir.filePath(u"eight.csv"_s),
                              {}});
    }
    std::printf("fota-load-benchmark: %d devices, %d pages, latency %d ms a page, %d run(s)\n",
                o.devices, pages, o.latencyMs, o.runs);
    std::printf("simulator on %s (own thread), pages cached after a first untimed curl pass\n",
                qPrintable(base.toString()));
    std::fflush(stdout);
    if (!warmUp(config, pages))
        return 1;

    for (int r = 0; r < o.runs; ++r) {
        for (Contender &c : contenders) {
            if (!c.output.isEmpty())
                QFile::remove(c.output);
            const Sample s = run(c.argv, dir.filePath(u"child.log"_s));
            c.samples.push_back(s);
            const qint64 rows = c.output.isEmpty() ? -1 : lineCount(c.output) - 1;
            std::printf("  run %d  %-34s %8.2f s wall %8.2f s cpu %7.1f MB peak  exit %d%s\n",
                        r + 1, qPrintable(c.name), s.wallS, s.cpuS, s.peakMb, s.exitCode,
                        rows >= 0 ? qPrintable(u"  %1 lines"_s.arg(rows)) : "");
            std::fflush(stdout);
        }
    }
    std::printf("\n%-36s %10s %10s %10s\n", "median of the runs", "wall s", "cpu s", "peak MB");
    for (const Contender &c : contenders) {
        const Sample m = c.median();
        std::printf("%-36s %10.2f %10.2f %10.1f\n", qPrintable(c.name), m.wallS, m.cpuS, m.peakMb);
    }
    printBudgets(o, contenders, pages);
    return 0;
}
