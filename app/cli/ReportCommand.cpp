// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ReportCommand.h"

#include "cli/LoadOptions.h"
#include "cli/UsageText.h"
#include "common/PluralText.h"
#include "common/SafeText.h"
#include "export/ExportJob.h"
#include "history/CampaignKey.h"
#include "report/ReportBuilder.h"
#include "report/ReportHistoryReader.h"
#include "report/ReportWriter.h"
#include "thingspace/Credentials.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

void printErr(const QString &line)
{
    std::fputs(qPrintable(SafeText::oneLine(line, 4000) + u'\n'), stderr);
    std::fflush(stderr);
}

void fail(const QString &message)
{
    printErr(u"fota-monitor report: error: "_s + message);
}

void warn(const QString &message)
{
    printErr(u"fota-monitor report: warning: "_s + message);
}

QString description()
{
    return QCoreApplication::translate(
        "ReportCommand",
        "Loads every device of a ThingSpace FOTA campaign and writes a campaign report to send "
        "to people who never open the tool: the campaign, its progress, the devices per status, "
        "the top failure reasons with example devices, the overdue devices and, with a history, "
        "the progress over time, the estimated completion and the changes since an earlier "
        "snapshot. HTML is one self-contained file; PDF is on A4, or Letter where the locale "
        "measures in US units.\n\n"
        "Credentials come from the environment, never from arguments:\n"
        "  THINGSPACE_BEARER_TOKEN and THINGSPACE_SESSION_TOKEN, or\n"
        "  THINGSPACE_CLIENT_ID, THINGSPACE_CLIENT_SECRET, THINGSPACE_USERNAME and "
        "THINGSPACE_PASSWORD.\n"
        "THINGSPACE_BASE_URL names the server when --base-url is not given.\n\n"
        "Exit status:\n"
        "  0  the whole campaign was loaded and the report written\n"
        "  1  loading failed (the last line on standard error says why)\n"
        "  2  usage or configuration error\n"
        "  3  the output could not be written (checked before loading, and when writing)\n"
        "  4  incomplete: the devices loaded differ from the report's last totalDevice; "
        "--allow-incomplete writes the report, marked incomplete, and exits 0\n"
        "Nothing is written unless the whole report was made. A regular output file is "
        "replaced atomically; a FIFO, a character device or /dev/stdout is written in place.");
}

struct Options
{
    QCommandLineOption help{{u"h"_s, u"help"_s}, u"Shows this help."_s};
    QCommandLineOption version{u"version"_s, u"Shows the version."_s};
    QCommandLineOption account{u"account"_s, u"The account name (keep leading zeros)."_s, u"ACC"_s};
    QCommandLineOption campaign{u"campaign"_s, u"The campaign ID."_s, u"ID"_s};
    LoadOptions load; // --base-url, --timeout, --attempts, --connections: export's own
    QCommandLineOption output{{u"o"_s, u"output"_s}, u"The file to write (required)."_s, u"FILE"_s};
    QCommandLineOption format{
        u"format"_s, u"html or pdf (default: the output's suffix, else html)."_s, u"html|pdf"_s};
    QCommandLineOption history{
        u"history"_s,
        u"The history file to take the progress over time and the changes from (default: %1, "
        "when it exists). Nothing is recorded in it."_s.arg(HistoryStore::defaultPath()),
        u"FILE"_s};
    QCommandLineOption since{
        u"since"_s,
        u"The snapshot to compare with: previous (default), none, a span back from now (90m, "
        "6h, 2d, 1w) or an ISO 8601 date or time (2026-11-20, 2026-11-20T08:00Z)."_s,
        u"WHEN"_s, u"previous"_s};
    QCommandLineOption utc{u"utc"_s, u"Times in UTC (default: the local time zone)."_s};
    QCommandLineOption allowIncomplete{
        u"allow-incomplete"_s,
        u"Write the report even when the devices loaded differ from the report's totalDevice "
        "(marked incomplete; exit 0 with a warning instead of 4)."_s};

    QList<QCommandLineOption> all() const
    {
        return {help,         version,       account,          campaign,       load.baseUrl,
                output,       format,        history,          since,          utc,
                load.timeout, load.attempts, load.connections, allowIncomplete};
    }
};

const Options &options()
{
    static const Options o;
    return o;
}

// The command loads no translation, so its report is in English: its numbers and dates follow
// the system's region in English ("Wednesday, 2 December 2026" and "2.689" in Germany), never
// another language's day and month names among English words. Where Qt knows no English of
// that region (France, Japan), the English of Europe, or of the US where the system measures
// as the US does: the paper size goes with it.
QLocale reportLocale()
{
    const QLocale system;
    if (system.language() == QLocale::English || system.language() == QLocale::C)
        return system;
    const QLocale regional(QLocale::English, system.territory());
    if (regional.territory() == system.territory())
        return regional;
    return system.measurementSystem() == QLocale::ImperialUSSystem
               ? QLocale(QLocale::English, QLocale::UnitedStates)
               : QLocale(u"en_150"_s);
}

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    return u"Usage: fota-monitor report [options]"_s + text.mid(firstLineEnd);
}

} // namespace

ReportCommand::ReportCommand(QObject *parent)
    : QObject(parent)
{}

int ReportCommand::run(const QStringList &arguments, const ReportChartForZone &chartFor)
{
    ReportCommand command;
    command.m_chartFor = chartFor;
    return command.execute(arguments);
}

QString ReportCommand::readClientSettings(const QCommandLineParser &parser)
{
    ApiSettings settings;
    if (const QString problem = options().load.apply(parser, &settings); !problem.isEmpty())
        return problem;
    return m_client.setSettings(settings);
}

QString ReportCommand::readOptions(const QCommandLineParser &parser)
{
    const Options &o = options();
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument \"%1\" (see fota-monitor report --help)")
            .arg(parser.positionalArguments().first());
    m_account = parser.value(o.account).trimmed();
    m_campaign = parser.value(o.campaign).trimmed();
    if (m_account.isEmpty() || m_campaign.isEmpty())
        return tr("--account and --campaign are required (see fota-monitor report --help)");
    m_output = parser.value(o.output);
    if (m_output.isEmpty())
        return tr("--output is required: a report is a file to send (see fota-monitor report "
                  "--help)");
    const QString formatName =
        parser.isSet(o.format) ? parser.value(o.format) : QFileInfo(m_output).suffix();
    const auto format = ReportFormats::fromName(formatName);
    if (parser.isSet(o.format) && !format)
        return tr("--format must be html or pdf, not \"%1\"").arg(parser.value(o.format));
    m_format = format.value_or(ReportFormat::Html);
    QString problem;
    const auto since =
        ReportSince::parse(parser.value(o.since), QDateTime::currentMSecsSinceEpoch(), &problem);
    if (!since)
        return problem;
    m_since = *since;
    m_utc = parser.isSet(o.utc);
    m_allowIncomplete = parser.isSet(o.allowIncomplete);
    return readClientSettings(parser);
}

QString ReportCommand::openHistory(const QCommandLineParser &parser)
{
    const Options &o = options();
    const bool named = parser.isSet(o.history);
    const QString path = named ? parser.value(o.history) : HistoryStore::defaultPath();
    // Opening would create a missing file: a report only reads a history that exists.
    if (!QFileInfo::exists(path)) {
        if (named)
            return tr("--history: %1 does not exist").arg(path);
        m_historyProblem = QCoreApplication::translate(
            "ReportCommand", "No history file was found, so there is no progress over time, "
                             "estimate or comparison with an earlier load.");
        return {};
    }
    m_history = std::make_unique<HistoryStore>();
    if (m_history->open(path))
        return {};
    const QString error = m_history->lastError().message;
    m_history.reset();
    if (named)
        return error;
    warn(error + tr("; the report goes on without the history"));
    m_historyProblem =
        QCoreApplication::translate("ReportCommand", "The history could not be read: %1")
            .arg(error);
    return {};
}

int ReportCommand::execute(const QStringList &arguments)
{
    const Options &o = options();
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addOptions(o.all());
    if (!parser.parse(arguments)) {
        fail(parser.errorText() + tr(" (see fota-monitor report --help)"));
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
    if (const QString problem = readOptions(parser); !problem.isEmpty()) {
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
    if (const QString unwritable = ExportJob::checkWritable(m_output); !unwritable.isEmpty()) {
        fail(unwritable);
        return WriteFailed;
    }
    if (const QString problem = openHistory(parser); !problem.isEmpty()) {
        fail(problem);
        return UsageError;
    }
    return load();
}

int ReportCommand::load()
{
    connect(&m_fetch, &CampaignFetch::progress, this, [this](const LoadProgress &progress) {
        // One line a second at most: a million-device campaign has a thousand pages.
        if (m_sinceProgress.elapsed() < 1000 && progress.pages > 1)
            return;
        m_sinceProgress.restart();
        const QString total =
            progress.totalDevice ? QString::number(*progress.totalDevice) : u"?"_s;
        printErr(tr("page %1: %2 of %3 devices")
                     .arg(progress.pages)
                     .arg(m_fetch.store().size())
                     .arg(total));
    });
    connect(&m_fetch, &CampaignFetch::retrying, this,
            [](const RetryNotice &notice) { printErr(notice.oneLine()); });
    connect(&m_fetch, &CampaignFetch::finished, this, &ReportCommand::onFetchFinished);
    connect(&m_infoFetcher, &CampaignInfoFetcher::fetched, this, &ReportCommand::onInfoFetched);

    m_sinceProgress.start();
    printErr(tr("Loading campaign %1 of account %2 from %3")
                 .arg(m_campaign, m_account, m_client.settings().baseUrl.toDisplayString()));
    m_loadStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_infoFetcher.fetch(m_account, m_campaign);
    m_fetch.start(m_account, m_campaign);
    if (!m_outcome || !m_infoDone)
        QCoreApplication::exec();
    return m_exitCode;
}

void ReportCommand::onInfoFetched(const CampaignInfo &info, const ApiError &error)
{
    m_infoDone = true;
    if (error.isError()) {
        // The report stands without the header's details; it says why they are missing.
        m_infoProblem = error.toString();
        warn(tr("the campaign's details are unavailable: ") + m_infoProblem);
    } else {
        m_info = info;
    }
    finishWhenReady();
}

void ReportCommand::onFetchFinished(const LoadOutcome &outcome)
{
    m_asOfMs = QDateTime::currentMSecsSinceEpoch();
    m_outcome = outcome;
    if (const QString diagnostics = outcome.diagnostics.summary(); !diagnostics.isEmpty())
        warn(diagnostics);
    // A failed load needs no details: stop waiting for them.
    if (!outcome.complete && !m_infoDone) {
        m_infoFetcher.cancel();
        m_infoDone = true;
    }
    finishWhenReady();
}

void ReportCommand::finishWhenReady()
{
    if (!m_outcome || !m_infoDone)
        return;
    m_exitCode = judge(*m_outcome);
    QCoreApplication::exit(m_exitCode);
}

int ReportCommand::judge(const LoadOutcome &outcome)
{
    if (!outcome.complete) {
        fail(outcome.error.toString() + tr("; nothing was written"));
        return LoadFailed;
    }
    printErr(tr("Loaded %1 in %2")
                 .arg(PluralText::english(qint64(m_fetch.store().size()), u"device", u"devices"),
                      PluralText::english(outcome.progress.pages, u"page", u"pages")));
    if (!outcome.countsAgree()) {
        const QString shortfall =
            tr("incomplete campaign: the report's totalDevice is %1, but %2 distinct devices were "
               "loaded")
                .arg(QString::number(*outcome.totalDevice()),
                     QString::number(outcome.devicesLoaded()));
        if (!m_allowIncomplete) {
            fail(
                shortfall +
                tr("; nothing was written (--allow-incomplete writes a report marked incomplete)"));
            return Incomplete;
        }
        warn(shortfall + tr("; writing a report marked incomplete (--allow-incomplete)"));
        return writeReport(false);
    }
    return writeReport(true);
}

int ReportCommand::writeReport(bool complete)
{
    ReportInput input;
    input.store = &m_fetch.store();
    input.environment = CampaignKey::environmentOf(m_client.settings().baseUrl);
    input.accountName = m_account;
    input.campaignId = m_campaign;
    input.info = m_info;
    input.infoProblem = m_infoProblem;
    input.generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    input.asOfMs = m_asOfMs;
    input.utc = m_utc;
    input.complete = complete;
    // The chart's time axis in the zone of the report's other times.
    if (m_chartFor)
        input.chart = m_chartFor(TimeDisplay(m_utc));
    input.historyProblem = m_historyProblem;
    if (m_history) {
        HistoryError error;
        const CampaignKey key = CampaignKey::of(m_client.settings().baseUrl, m_account, m_campaign);
        input.history = ReportHistoryReader::read(*m_history, key, m_fetch.store(), m_since,
                                                  m_loadStartedMs, &error);
        if (!input.history) {
            warn(error.message + tr("; the report goes on without the history"));
            input.historyProblem = error.message;
        }
    }
    const ReportModel model = ReportBuilder::build(input);
    QString error;
    const QByteArray bytes = ReportWriter::render(model, m_format, reportLocale(), &error);
    if (bytes.isEmpty()) {
        fail(tr("cannot make the report: ") + error + tr("; nothing was written"));
        return WriteFailed;
    }
    if (const QString problem = ReportWriter::writeFile(m_output, bytes); !problem.isEmpty()) {
        fail(problem);
        return WriteFailed;
    }
    printErr(tr("Wrote the %1 report of %2 to %3")
                 .arg(m_format == ReportFormat::Pdf ? u"PDF"_s : u"HTML"_s,
                      PluralText::english(qint64(m_fetch.store().size()), u"device", u"devices"),
                      m_output));
    return Success;
}

} // namespace fota
