// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/CampaignFetch.h"
#include "history/HistoryStore.h"
#include "report/ReportChart.h"
#include "report/ReportFormat.h"
#include "report/ReportSince.h"
#include "thingspace/ApiClient.h"
#include "thingspace/CampaignInfo.h"
#include "thingspace/CampaignInfoFetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace fota {

// `fota-monitor report`: loads a whole campaign (and its information) and writes a campaign
// report, HTML or PDF, for people who never open the tool. The exit codes and the
// no-partial-file rules are export's: 1 when the load fails, 4 when its devices differ from
// the report's totalDevice (unless --allow-incomplete), 3 when the output cannot be written
// (checked before the load as well), and nothing written unless the whole report was made.
// Credentials come only from the environment. Needs a QGuiApplication (fonts, images, PDF);
// main() makes one on the offscreen platform, so no display is needed.
//
// The load is export's: the same options (LoadOptions) and the same CampaignFetch.
class ReportCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode
    {
        Success = 0,
        LoadFailed = 1,
        UsageError = 2,
        WriteFailed = 3,
        Incomplete = 4
    };

    // Runs in the current QGuiApplication's event loop; returns the exit code. `arguments`
    // starts with the program name, then the command's own arguments. `chartFor` gives the
    // progress chart renderer for the report's time zone (may be empty: the report then lists
    // the recent snapshots).
    static int run(const QStringList &arguments, const ReportChartForZone &chartFor = {});

private:
    explicit ReportCommand(QObject *parent = nullptr);
    int execute(const QStringList &arguments);
    // Empty, or the usage error to report.
    QString readOptions(const QCommandLineParser &parser);
    QString readClientSettings(const QCommandLineParser &parser);
    // Empty, or the usage error to report (an explicit history that cannot be opened).
    QString openHistory(const QCommandLineParser &parser);
    int load();
    void onFetchFinished(const LoadOutcome &outcome);
    void onInfoFetched(const CampaignInfo &info, const ApiError &error);
    void finishWhenReady();
    int judge(const LoadOutcome &outcome);
    int writeReport(bool complete);

    ApiClient m_client;
    CampaignFetch m_fetch{&m_client};
    CampaignInfoFetcher m_infoFetcher{&m_client};
    std::unique_ptr<HistoryStore> m_history; // null: no history
    QString m_historyProblem;

    QString m_account;
    QString m_campaign;
    QString m_output;
    ReportFormat m_format = ReportFormat::Html;
    ReportSince m_since;
    ReportChartForZone m_chartFor;
    bool m_allowIncomplete = false;
    bool m_utc = false;

    std::optional<LoadOutcome> m_outcome;
    std::optional<CampaignInfo> m_info;
    QString m_infoProblem;
    bool m_infoDone = false;
    qint64 m_loadStartedMs = 0;
    qint64 m_asOfMs = 0;
    QElapsedTimer m_sinceProgress;
    int m_exitCode = LoadFailed;
};

} // namespace fota
