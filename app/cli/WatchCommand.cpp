// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/WatchCommand.h"

#include "cli/LoadOptions.h"
#include "cli/UsageText.h"
#include "common/Clock.h"
#include "common/PluralText.h"
#include "common/SafeText.h"
#include "history/HistoryStore.h"
#include "history/PackedTable.h"
#include "history/RetentionSettings.h"
#include "monitoring/WatchLine.h"
#include "progress/ProgressEstimator.h"
#include "thingspace/BaseUrlPolicy.h"
#include "thingspace/Credentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Everything printed on standard error may quote a server: one line, controls made visible.
void printErr(const QString &line)
{
    std::fputs(qPrintable(SafeText::oneLine(line, 4000) + u'\n'), stderr);
    std::fflush(stderr);
}

void note(const QString &message)
{
    printErr(u"fota-monitor watch: "_s + message);
}

void fail(const QString &message)
{
    printErr(u"fota-monitor watch: error: "_s + message);
}

void warn(const QString &message)
{
    printErr(u"fota-monitor watch: warning: "_s + message);
}

// One JSON object, one line, flushed at once: a script reading the pipe sees each load as it
// ends, not when a buffer fills.
void printLine(const QByteArray &json)
{
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString description()
{
    return u"Loads a ThingSpace FOTA campaign every --interval seconds, records each load in the "
           "campaign history and prints one JSON object per load on standard output: time, "
           "accountName, campaignId, totalDevice, loaded, complete, buckets, statuses, changed, "
           "transitions, throughputPerHour, eta, alerts. A load that fails prints {time, "
           "accountName, campaignId, error} and the watcher goes on. Progress and diagnostics "
           "go to standard error.\n\n"
           "Credentials come from the environment, never from arguments:\n"
           "  THINGSPACE_BEARER_TOKEN and THINGSPACE_SESSION_TOKEN, or\n"
           "  THINGSPACE_CLIENT_ID, THINGSPACE_CLIENT_SECRET, THINGSPACE_USERNAME and "
           "THINGSPACE_PASSWORD.\n"
           "THINGSPACE_BASE_URL names the server when --base-url is not given.\n\n"
           "Alert rules: failed>5%, new-failures>100, new-reason, overdue>500, stalled>2h, "
           "complete.\n"
           "SIGINT or SIGTERM stops it between loads, or aborts the load in progress, which is "
           "then not recorded.\n\n"
           "The history keeps every snapshot of the last history/keepAllDays days (the window's "
           "setting, Campaign > History; default 30) and one a day before that.\n\n"
           "Exit status:\n"
           "  0  the last load that finished was complete (the whole campaign: the walk ended "
           "and the devices loaded match the report's totalDevice)\n"
           "  1  it was not (it failed, or the counts differ), or no load finished\n"
           "  2  usage or configuration error (found before loading)\n"_s;
}

struct Options
{
    LoadOptions load;
    QCommandLineOption help{{u"h"_s, u"help"_s}, u"Shows this help."_s};
    QCommandLineOption version{u"version"_s, u"Shows the version."_s};
    QCommandLineOption account{u"account"_s, u"The account name (keep leading zeros)."_s, u"ACC"_s};
    QCommandLineOption campaign{u"campaign"_s, u"The campaign ID."_s, u"ID"_s};
    QCommandLineOption interval{
        u"interval"_s,
        u"Seconds from the start of one load to the start of the next (default %1; at least "
        "%2, or 0 for a loopback server)."_s.arg(WatchCommand::kDefaultIntervalSeconds)
            .arg(WatchCommand::kMinRemoteIntervalSeconds),
        u"SECONDS"_s, QString::number(WatchCommand::kDefaultIntervalSeconds)};
    QCommandLineOption count{u"count"_s, u"Stop after this many loads (default: until stopped)."_s,
                             u"N"_s};
    QCommandLineOption history{
        u"history"_s, u"The history file (default: %1)."_s.arg(HistoryStore::defaultPath()),
        u"FILE"_s};
    QCommandLineOption metricsFile{
        u"metrics-file"_s,
        u"Replace this file atomically after every load, failed ones too, with Prometheus "
        "text-format metrics (for the node exporter's textfile collector)."_s,
        u"PATH"_s};
    QCommandLineOption alert{
        u"alert"_s, u"An alert rule, e.g. failed>5% or stalled>2h (repeatable)."_s, u"RULE"_s};

    QList<QCommandLineOption> all() const
    {
        return {help,    version,     account, campaign,         load.baseUrl, interval,     count,
                history, metricsFile, alert,   load.connections, load.timeout, load.attempts};
    }
};

const Options &options()
{
    static const Options o;
    return o;
}

QString helpText(const QCommandLineParser &parser)
{
    // Qt's first line names only the program; this command is "fota-monitor watch".
    QString text = parser.helpText();
    return u"Usage: fota-monitor watch [options]"_s + text.mid(text.indexOf(u'\n'));
}

} // namespace

WatchCommand::WatchCommand()
{
    m_next.setSingleShot(true);
}

int WatchCommand::run(const QStringList &arguments)
{
    WatchCommand command;
    return command.execute(arguments);
}

int WatchCommand::execute(const QStringList &arguments)
{
    const Options &o = options();
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addOptions(o.all());
    if (!parser.parse(arguments)) {
        fail(parser.errorText() + u" (see fota-monitor watch --help)"_s);
        return UsageError;
    }
    if (parser.isSet(o.help)) {
        std::fputs(qPrintable(helpText(parser)), stdout);
        return Success;
    }
    if (parser.isSet(o.version)) {
        std::fputs(qPrintable(UsageText::version() + u'\n'), stdout);
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(u"unexpected argument \"%1\" (see fota-monitor watch --help)"_s.arg(
            parser.positionalArguments().first()));
        return UsageError;
    }
    const QString accountName = parser.value(o.account).trimmed();
    const QString campaignId = parser.value(o.campaign).trimmed();
    if (accountName.isEmpty() || campaignId.isEmpty()) {
        fail(u"--account and --campaign are required (see fota-monitor watch --help)"_s);
        return UsageError;
    }
    ApiSettings settings;
    QString problem = o.load.apply(parser, &settings);
    if (problem.isEmpty())
        problem = m_client.setSettings(settings);
    if (problem.isEmpty())
        problem = readOptions(parser);
    if (!problem.isEmpty()) {
        fail(problem);
        return UsageError;
    }
    Credentials credentials;
    if (const QString refusal = LoadOptions::readCredentials(m_client.settings(), &credentials);
        !refusal.isEmpty()) {
        fail(refusal);
        return UsageError;
    }
    m_client.setCredentials(credentials);
    m_key = CampaignKey::of(m_client.settings().baseUrl, accountName, campaignId);

    wire();
    // A history file that is not ours, damaged or unwritable is a configuration error, found
    // before the first load.
    connect(
        &m_recorder, &HistoryRecorder::opened, this,
        [this](bool ok, const HistoryError &error) {
            if (ok) {
                startLoad();
                return;
            }
            fail(error.message);
            quit(UsageError);
        },
        Qt::SingleShotConnection);
    // The window's setting: one history file is thinned alike by whichever writes it.
    m_recorder.open({m_historyPath, RetentionSettings::policy(), 5000, nullptr});
    QCoreApplication::exec();
    return m_exitCode;
}

QString WatchCommand::readOptions(const QCommandLineParser &parser)
{
    if (QString problem = readSchedule(parser); !problem.isEmpty())
        return problem;
    return readOutputs(parser);
}

QString WatchCommand::readSchedule(const QCommandLineParser &parser)
{
    const Options &o = options();
    bool ok = false;
    const double seconds = parser.value(o.interval).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > kMaxIntervalSeconds) {
        return u"--interval must be a number of seconds from %1 to %2, not \"%3\""_s.arg(
            QString::number(kMinRemoteIntervalSeconds), QString::number(kMaxIntervalSeconds),
            parser.value(o.interval));
    }
    const QString host = m_client.settings().baseUrl.host();
    if (seconds < kMinRemoteIntervalSeconds && !BaseUrlPolicy::isLoopbackHost(host)) {
        return u"--interval must be at least %1 seconds for %2 (shorter only for a loopback "
               "server), not \"%3\""_s.arg(QString::number(kMinRemoteIntervalSeconds), host,
                                           parser.value(o.interval));
    }
    m_intervalMs = std::llround(seconds * 1000);
    if (parser.isSet(o.count)) {
        constexpr qint64 kMaxCount = 1'000'000'000;
        const qint64 n = parser.value(o.count).trimmed().toLongLong(&ok);
        if (!ok || n < 1 || n > kMaxCount) {
            return u"--count must be a whole number of loads from 1 to %1, not \"%2\""_s.arg(
                QString::number(kMaxCount), parser.value(o.count));
        }
        m_count = n;
    }
    return {};
}

QString WatchCommand::readOutputs(const QCommandLineParser &parser)
{
    const Options &o = options();
    m_historyPath = parser.isSet(o.history) ? parser.value(o.history) : HistoryStore::defaultPath();
    if (m_historyPath.isEmpty())
        return u"--history needs a file name"_s;
    if (parser.isSet(o.metricsFile)) {
        m_metricsPath = parser.value(o.metricsFile);
        const QFileInfo file(m_metricsPath);
        const QFileInfo folder(file.absolutePath());
        if (m_metricsPath.isEmpty())
            return u"--metrics-file needs a file name"_s;
        if (file.isDir())
            return u"--metrics-file %1 is a directory"_s.arg(m_metricsPath);
        if (!folder.isDir())
            return u"--metrics-file: the folder %1 does not exist"_s.arg(folder.filePath());
        if (!folder.isWritable())
            return u"--metrics-file: cannot write in %1"_s.arg(folder.filePath());
    }
    QString error;
    const std::optional<QList<AlertRule>> rules =
        AlertRule::parseList(parser.values(o.alert), &error);
    if (!rules)
        return u"--alert: "_s + error;
    m_alerts.setRules(*rules);
    return {};
}

void WatchCommand::wire()
{
    connect(&m_fetch, &CampaignFetch::progress, this, &WatchCommand::onProgress);
    connect(&m_fetch, &CampaignFetch::retrying, this,
            [](const RetryNotice &notice) { note(notice.oneLine()); });
    connect(&m_fetch, &CampaignFetch::notice, this, [](const QString &text) { note(text); });
    connect(&m_fetch, &CampaignFetch::finished, this, &WatchCommand::onFinished);
    connect(&m_recorder, &HistoryRecorder::recorded, this,
            [this](quint64, const RecordResult &result) { onRecorded(result); });
    connect(&m_recorder, &HistoryRecorder::recordFailed, this,
            [this](quint64, const HistoryError &error) { onRecordFailed(error); });
    connect(&m_signals, &StopSignals::stopRequested, this, &WatchCommand::onStop);
    connect(&m_next, &QTimer::timeout, this, &WatchCommand::startLoad);
    if (!m_signals.isInstalled())
        warn(u"cannot catch SIGINT and SIGTERM; they will end the watcher at once"_s);
}

void WatchCommand::startLoad()
{
    if (m_stopping || m_finished)
        return;
    ++m_loads;
    m_sinceStart.start();
    m_sinceReport.start();
    const QString of = m_count ? u" of %1"_s.arg(*m_count) : QString();
    note(u"load %1%2: campaign %3 of account %4 from %5"_s.arg(
        QString::number(m_loads), of, m_key.campaignId, m_key.accountName, m_key.environment));
    m_fetch.start(m_key.accountName, m_key.campaignId);
}

void WatchCommand::onProgress(const LoadProgress &progress)
{
    // One line a second at most: a million-device campaign has a thousand pages.
    if (m_sinceReport.elapsed() < 1000 && progress.pages > 1)
        return;
    m_sinceReport.restart();
    const QString total = progress.totalDevice ? QString::number(*progress.totalDevice) : u"?"_s;
    note(u"page %1: %2 of %3 devices"_s.arg(progress.pages).arg(progress.devicesLoaded).arg(total));
}

void WatchCommand::onFinished(const LoadOutcome &outcome)
{
    if (m_stopping && outcome.error.kind == ApiError::Kind::Cancelled) {
        note(u"stopped during load %1; nothing of it was recorded"_s.arg(m_loads));
        quit(m_lastWhole ? Success : LastLoadIncomplete);
        return;
    }
    if (const QString diagnostics = outcome.diagnostics.summary(); !diagnostics.isEmpty())
        warn(diagnostics);
    if (!outcome.complete) {
        const QString error = outcome.error.toString();
        fail(u"load %1 failed: %2; nothing was recorded"_s.arg(QString::number(m_loads), error));
        printLine(WatchLine::failure(Clock::system().nowMs(), m_key.accountName, m_key.campaignId,
                                     error));
        writeMetrics(
            PrometheusMetrics::afterFailure(m_lastMetrics, m_key.accountName, m_key.campaignId));
        loadEnded(false);
        return;
    }
    if (!outcome.countsAgree()) {
        warn(u"incomplete campaign: the report's totalDevice is %1, but %2 distinct devices "
             "were loaded; recorded as incomplete"_s.arg(QString::number(*outcome.totalDevice()),
                                                         QString::number(outcome.devicesLoaded())));
    }
    note(u"loaded %1 in %2"_s.arg(
        PluralText::english(qint64(outcome.devicesLoaded()), u"device", u"devices"),
        PluralText::english(outcome.progress.pages, u"page", u"pages")));
    // Only a walk that reached its end is recorded; whether its counts agreed is in the
    // snapshot (totalDevice against loaded).
    m_recording = true;
    m_recorder.record(m_key, PackedTable::encodeByDeviceId(m_fetch.takeStore()),
                      Clock::system().nowMs(), m_fetch.durationMs());
}

void WatchCommand::onRecorded(const RecordResult &result)
{
    m_recording = false;
    const Eta eta = ProgressEstimator::estimate(result.recent, result.snapshot.timeMs);
    const QList<Alert> fired =
        m_alerts.evaluate(result.previous ? &*result.previous : nullptr, result.snapshot);
    printLine(WatchLine::format(WatchLine::reportOf(result, eta, fired)));
    for (const Alert &alert : fired)
        note(u"alert %1: %2"_s.arg(alert.rule, alert.message));
    m_lastMetrics = PrometheusMetrics::metricsOf(result, eta);
    writeMetrics(*m_lastMetrics);
    loadEnded(result.snapshot.countsAgree());
}

void WatchCommand::onRecordFailed(const HistoryError &error)
{
    m_recording = false;
    fail(u"load %1 could not be recorded: %2"_s.arg(QString::number(m_loads), error.message));
    printLine(WatchLine::failure(Clock::system().nowMs(), m_key.accountName, m_key.campaignId,
                                 u"not recorded in the history: "_s + error.message));
    writeMetrics(
        PrometheusMetrics::afterFailure(m_lastMetrics, m_key.accountName, m_key.campaignId));
    loadEnded(false);
}

void WatchCommand::writeMetrics(const CampaignMetrics &metrics)
{
    // After every load, failed ones too: a file that stays as it was cannot tell a watcher
    // that keeps failing from one that is fine.
    QString error;
    if (!m_metricsPath.isEmpty() && !PrometheusMetrics::write(m_metricsPath, metrics, &error))
        warn(error);
}

void WatchCommand::loadEnded(bool whole)
{
    m_lastWhole = whole;
    if (m_count && m_loads >= *m_count) {
        quit(whole ? Success : LastLoadIncomplete);
        return;
    }
    if (m_stopping) {
        note(u"stopped after load %1"_s.arg(m_loads));
        quit(whole ? Success : LastLoadIncomplete);
        return;
    }
    // From the start of one load to the start of the next; a load longer than the interval
    // is followed at once.
    const qint64 wait = std::max<qint64>(0, m_intervalMs - m_sinceStart.elapsed());
    m_next.start(int(wait));
}

void WatchCommand::onStop(int signalNumber)
{
    if (m_stopping || m_finished)
        return;
    m_stopping = true;
    const QString name = StopSignals::name(signalNumber);
    if (m_fetch.isRunning()) {
        note(u"%1: aborting load %2; it will not be recorded"_s.arg(name).arg(m_loads));
        m_fetch.cancel(); // finished() follows, Cancelled
        return;
    }
    if (m_recording) {
        // The load is whole: it is recorded and printed, then the watcher stops.
        note(u"%1: stopping once load %2 is recorded"_s.arg(name).arg(m_loads));
        return;
    }
    m_next.stop();
    note(u"%1: stopped between loads"_s.arg(name));
    quit(m_lastWhole ? Success : LastLoadIncomplete);
}

void WatchCommand::quit(int exitCode)
{
    m_finished = true;
    m_exitCode = exitCode;
    QCoreApplication::exit(exitCode);
}

} // namespace fota
