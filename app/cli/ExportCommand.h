// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/CampaignFetch.h"
#include "export/ExportFormat.h"
#include "thingspace/ApiClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class QCommandLineParser;

namespace fota {

// `fota-monitor export`: loads a whole campaign and writes it as CSV or JSON in ascending
// device ID order. Credentials come only from the environment (never argv, which every user
// of the machine can read in /proc). Output appears only when the whole campaign was loaded:
// a walk that failed is exit 1, and one whose distinct devices differ from the report's last
// totalDevice is exit 4 unless --allow-incomplete.
class ExportCommand : public QObject
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

    // Runs the command in the current QCoreApplication's event loop; returns the exit code.
    // `arguments` starts with the program name, followed by the command's own arguments.
    static int run(const QStringList &arguments);

private:
    explicit ExportCommand(QObject *parent = nullptr);
    int execute(const QStringList &arguments);
    // Walks the campaign in this event loop; returns the exit code.
    int load(const QString &accountName, const QString &campaignId);
    void onProgress(const LoadProgress &progress);
    void onFinished(const LoadOutcome &outcome);
    int judge(const LoadOutcome &outcome);
    int writeOutput();

    ApiClient m_client;
    CampaignFetch m_fetch{&m_client};
    QString m_output;
    ExportFormat m_format = ExportFormat::Csv;
    bool m_allowIncomplete = false;
    bool m_verbose = false;
    QElapsedTimer m_sinceReport;
    int m_exitCode = LoadFailed;
};

} // namespace fota
