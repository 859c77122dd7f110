// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "alerts/AlertEngine.h"
#include "campaign/CampaignFetch.h"
#include "cli/StopSignals.h"
#include "history/CampaignKey.h"
#include "history/HistoryRecorder.h"
#include "monitoring/PrometheusMetrics.h"
#include "thingspace/ApiClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class QCommandLineParser;

namespace fota {

// `fota-monitor watch`: loads a campaign every --interval seconds, records each whole load in
// the history, and prints one JSON line per load on standard output (WatchLine); with
// --metrics-file it also replaces a Prometheus textfile after every load, and --alert rules
// appear in the line when they fire. Credentials come only from the environment, as for
// `export`. SIGINT and SIGTERM stop it between loads, or abort the load in progress, which is
// then never recorded.
//
// Exit status: 0 when the last load that ended (the --count-th, or the one before a stop) was
// whole (the walk completed and its devices match the report's totalDevice); 1 when it was
// not, or no load ended; 2 for usage and configuration errors (found before any load).
class WatchCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode
    {
        Success = 0,
        LastLoadIncomplete = 1,
        UsageError = 2,
    };

    static constexpr int kDefaultIntervalSeconds = 300;
    // ThingSpace is a shared, rate-limited service: a remote one is never polled more often.
    static constexpr int kMinRemoteIntervalSeconds = 30;
    static constexpr int kMaxIntervalSeconds = 7 * 86'400;

    // Runs the command in the current QCoreApplication's event loop; returns the exit code.
    // `arguments` starts with the program name, followed by the command's own arguments.
    static int run(const QStringList &arguments);

private:
    WatchCommand();
    int execute(const QStringList &arguments);
    // Empty, or the usage error to report.
    QString readOptions(const QCommandLineParser &parser);
    QString readSchedule(const QCommandLineParser &parser);
    QString readOutputs(const QCommandLineParser &parser);
    void wire();
    void startLoad();
    void onProgress(const LoadProgress &progress);
    void onFinished(const LoadOutcome &outcome);
    void onRecorded(const RecordResult &result);
    void onRecordFailed(const HistoryError &error);
    void loadEnded(bool whole);
    void writeMetrics(const CampaignMetrics &metrics);
    void onStop(int signalNumber);
    void quit(int exitCode);

    ApiClient m_client;
    CampaignFetch m_fetch{&m_client};
    HistoryRecorder m_recorder;
    AlertEngine m_alerts;
    StopSignals m_signals;
    QTimer m_next;
    QElapsedTimer m_sinceStart; // of the load in progress, for the interval
    QElapsedTimer m_sinceReport;
    CampaignKey m_key;
    QString m_historyPath;
    QString m_metricsPath;
    std::optional<CampaignMetrics> m_lastMetrics; // of the last recorded load
    qint64 m_intervalMs = qint64(kDefaultIntervalSeconds) * 1000;
    std::optional<qint64> m_count; // loads to make; none: until stopped
    qint64 m_loads = 0;
    bool m_lastWhole = false;
    bool m_recording = false;
    bool m_stopping = false;
    bool m_finished = false;
    int m_exitCode = LastLoadIncomplete;
};

} // namespace fota
