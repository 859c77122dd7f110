// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ExportCommand.h"

#include "campaign/DeviceOrder.h"
#include "cli/LoadOptions.h"
#include "cli/UsageText.h"
#include "common/PluralText.h"
#include "common/SafeText.h"
#include "export/ExportJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Everything printed may quote a server (error messages, cursors, parser warnings): one line,
// control characters made visible.
void printErr(const QString &line)
{
    std::fputs(qPrintable(SafeText::oneLine(line, 4000) + u'\n'), stderr);
    std::fflush(stderr);
}

void fail(const QString &message)
{
    printErr(u"fota-monitor export: error: "_s + message);
}

void warn(const QString &message)
{
    printErr(u"fota-monitor export: warning: "_s + message);
}

QString description()
{
    return u"Loads every device of a ThingSpace FOTA campaign report and writes them, sorted by "
           "device ID, as CSV or JSON.\n\n"
           "Credentials come from the environment, never from arguments:\n"
           "  THINGSPACE_BEARER_TOKEN and THINGSPACE_SESSION_TOKEN, or\n"
           "  THINGSPACE_CLIENT_ID, THINGSPACE_CLIENT_SECRET, THINGSPACE_USERNAME and "
           "THINGSPACE_PASSWORD.\n"
           "THINGSPACE_BASE_URL names the server when --base-url is not given.\n\n"
           "Exit status:\n"
           "  0  the whole campaign was loaded and written\n"
           "  1  loading failed (the last line on standard error says why)\n"
           "  2  usage or configuration error\n"
           "  3  the output could not be written (checked before loading, and when writing)\n"
           "  4  incomplete: the walk ended, but the devices loaded differ from the report's "
           "last totalDevice (both numbers are named); --allow-incomplete writes them and "
           "exits 0\n"
           "Nothing is written unless the whole campaign was loaded. A regular output file is "
           "replaced atomically, so on any failure it is neither created nor changed. A FIFO, a "
           "character device or /dev/stdout is written in place and never replaced; a write "
           "that fails there may have sent part of the export before exit 3."_s;
}

struct Options
{
    LoadOptions load;
    QCommandLineOption help{{u"h"_s, u"help"_s}, u"Shows this help."_s};
    QCommandLineOption version{u"version"_s, u"Shows the version."_s};
    QCommandLineOption account{u"account"_s, u"The account name (keep leading zeros)."_s, u"ACC"_s};
    QCommandLineOption campaign{u"campaign"_s, u"The campaign ID."_s, u"ID"_s};
    QCommandLineOption output{
        {u"o"_s, u"output"_s}, u"The file to write (default: standard output)."_s, u"FILE"_s};
    QCommandLineOption format{u"format"_s, u"csv (default) or json."_s, u"csv|json"_s, u"csv"_s};
    QCommandLineOption allowIncomplete{
        u"allow-incomplete"_s,
        u"Write the devices loaded even when they differ from the report's totalDevice "
        "(exit 0 with a warning instead of 4)."_s};
    QCommandLineOption verbose{{u"v"_s, u"verbose"_s},
                               u"Also says how long the server took per page (median and worst "
                               "round trip) and how the walk was split over connections."_s};

    QList<QCommandLineOption> all() const
    {
        return {help,   version,      account,       campaign,         load.baseUrl,    output,
                format, load.timeout, load.attempts, load.connections, allowIncomplete, verbose};
    }
};

const Options &options()
{
    static const Options o;
    return o;
}

QString helpText(const QCommandLineParser &parser)
{
    // Qt's first line names only the program; this command is "fota-monitor export".
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    return u"Usage: fota-monitor export [options]"_s + text.mid(firstLineEnd);
}

} // namespace

ExportCommand::ExportCommand(QObject *parent)
    : QObject(parent)
{}

int ExportCommand::run(const QStringList &arguments)
{
    ExportCommand command;
    return command.execute(arguments);
}

int ExportCommand::execute(const QStringList &arguments)
{
    const Options &o = options();
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addOptions(o.all());
    if (!parser.parse(arguments)) {
        fail(parser.errorText() + u" (see fota-monitor export --help)"_s);
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
        fail(u"unexpected argument \"%1\" (see fota-monitor export --help)"_s.arg(
            parser.positionalArguments().first()));
        return UsageError;
    }
    const QString accountName = parser.value(o.account).trimmed();
    const QString campaignId = parser.value(o.campaign).trimmed();
    if (accountName.isEmpty() || campaignId.isEmpty()) {
        fail(u"--account and --campaign are required (see fota-monitor export --help)"_s);
        return UsageError;
    }
    const auto chosenFormat = ExportJob::formatFromName(parser.value(o.format));
    if (!chosenFormat) {
        fail(u"--format must be csv or json, not \"%1\""_s.arg(parser.value(o.format)));
        return UsageError;
    }
    m_format = *chosenFormat;
    m_allowIncomplete = parser.isSet(o.allowIncomplete);
    m_verbose = parser.isSet(o.verbose);

    ApiSettings settings;
    QString problem = o.load.apply(parser, &settings);
    if (problem.isEmpty())
        problem = m_client.setSettings(settings);
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

    // An output that cannot be written fails now, not after a long load.
    m_output = parser.value(o.output);
    if (parser.isSet(o.output)) {
        if (const QString unwritable = ExportJob::checkWritable(m_output); !unwritable.isEmpty()) {
            fail(unwritable);
            return WriteFailed;
        }
    }

    return load(accountName, campaignId);
}

int ExportCommand::load(const QString &accountName, const QString &campaignId)
{
    connect(&m_fetch, &CampaignFetch::progress, this, &ExportCommand::onProgress);
    connect(&m_fetch, &CampaignFetch::retrying, this,
            [](const RetryNotice &notice) { printErr(notice.oneLine()); });
    connect(&m_fetch, &CampaignFetch::notice, this, [](const QString &text) { warn(text); });
    connect(&m_fetch, &CampaignFetch::finished, this, &ExportCommand::onFinished);

    m_sinceReport.start();
    printErr(u"Loading campaign %1 of account %2 from %3"_s.arg(
        campaignId, accountName, m_client.settings().baseUrl.toDisplayString()));
    m_fetch.start(accountName, campaignId);
    if (m_fetch.isRunning())
        QCoreApplication::exec();
    return m_exitCode;
}

void ExportCommand::onProgress(const LoadProgress &progress)
{
    // One line a second at most: a million-device campaign has a thousand pages.
    if (m_sinceReport.elapsed() < 1000 && progress.pages > 1)
        return;
    m_sinceReport.restart();
    const QString total = progress.totalDevice ? QString::number(*progress.totalDevice) : u"?"_s;
    printErr(
        u"page %1: %2 of %3 devices"_s.arg(progress.pages).arg(progress.devicesLoaded).arg(total));
}

void ExportCommand::onFinished(const LoadOutcome &outcome)
{
    if (const QString diagnostics = outcome.diagnostics.summary(); !diagnostics.isEmpty())
        warn(diagnostics);
    if (m_verbose && !outcome.roundTrips.isEmpty())
        printErr(outcome.roundTrips.describe());
    if (m_verbose)
        printErr(u"walked as %1 ID ranges, at most %2 requests at once (--connections %3)"_s
                     .arg(outcome.lanes)
                     .arg(outcome.peakConnections)
                     .arg(m_client.settings().connections));
    m_exitCode = judge(outcome);
    QCoreApplication::exit(m_exitCode);
}

int ExportCommand::judge(const LoadOutcome &outcome)
{
    if (!outcome.complete) {
        fail(outcome.error.toString() + u"; nothing was written"_s);
        return LoadFailed;
    }
    printErr(u"Loaded %1 in %2"_s.arg(
        PluralText::english(qint64(m_fetch.store().size()), u"device", u"devices"),
        PluralText::english(outcome.progress.pages, u"page", u"pages")));
    if (!outcome.countsAgree()) {
        const QString shortfall =
            u"incomplete campaign: the report's totalDevice is %1, but %2 distinct devices were "
            "loaded"_s.arg(QString::number(*outcome.totalDevice()),
                           QString::number(outcome.devicesLoaded()));
        if (!m_allowIncomplete) {
            fail(shortfall +
                 u"; nothing was written (--allow-incomplete writes what was loaded)"_s);
            return Incomplete;
        }
        warn(shortfall + u"; writing them anyway (--allow-incomplete)"_s);
    }
    return writeOutput();
}

int ExportCommand::writeOutput()
{
    ExportRequest request;
    request.format = m_format;
    request.rows = DeviceOrder::byDeviceId(m_fetch.store());
    request.metadata.accountName = m_fetch.accountName();
    request.metadata.campaignId = m_fetch.campaignId();
    request.metadata.totalDevice = m_fetch.store().totalDevice();
    request.metadata.exportedAtMs = QDateTime::currentMSecsSinceEpoch();
    request.store = m_fetch.takeStore();

    const QString error = m_output.isEmpty() ? ExportJob::writeStandardOutput(request)
                                             : ExportJob::writeFile(m_output, request);
    if (!error.isEmpty()) {
        fail(error);
        return WriteFailed;
    }
    printErr(u"Wrote %1 to %2"_s.arg(
        PluralText::english(qint64(request.rows.size()), u"device", u"devices"),
        m_output.isEmpty() ? u"standard output"_s : m_output));
    return Success;
}

} // namespace fota
