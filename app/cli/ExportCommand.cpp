#include "cli/ExportCommand.h"

#include "campaign/DeviceOrder.h"
#include "cli/UsageText.h"
#include "export/ExportJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

void printErr(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stderr);
    std::fflush(stderr);
}

void fail(const QString &message)
{
    printErr(u"fota-monitor export: error: "_s + message);
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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Loads every device of a ThingSpace FOTA campaign report and writes them, sorted by "
        "device ID, as CSV or JSON.\n\n"
        "Credentials come from the environment, never from arguments:\n"
        "  THINGSPACE_BEARER_TOKEN and THINGSPACE_SESSION_TOKEN, or\n"
        "  THINGSPACE_CLIENT_ID, THINGSPACE_CLIENT_SECRET, THINGSPACE_USERNAME and "
        "THINGSPACE_PASSWORD.\n\n"
        "Exit status: 0 when the whole campaign was loaded and written; 1 when loading failed; "
        "2 for a usage or configuration error; 3 when the output could not be written. On any "
        "failure the output file is neither created nor changed."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Shows this help."_s);
    const QCommandLineOption version(u"version"_s, u"Shows the version."_s);
    const QCommandLineOption account(u"account"_s, u"The account name (keep leading zeros)."_s,
                                     u"ACC"_s);
    const QCommandLineOption campaign(u"campaign"_s, u"The campaign ID."_s, u"ID"_s);
    const QCommandLineOption baseUrl(
        u"base-url"_s,
        u"The ThingSpace base URL (default %1). http:// only for "
        "loopback hosts."_s.arg(BaseUrlPolicy::defaultBaseUrl().toString()),
        u"URL"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    u"The file to write (default: standard output)."_s, u"FILE"_s);
    const QCommandLineOption format(u"format"_s, u"csv (default) or json."_s, u"csv|json"_s,
                                    u"csv"_s);
    const QCommandLineOption timeout(u"timeout"_s,
                                     u"Seconds without a complete answer before a request is "
                                     "retried (default 60)."_s,
                                     u"SECONDS"_s, u"60"_s);
    const QCommandLineOption retries(
        u"attempts"_s, u"Attempts per request before giving up (default 6)."_s, u"N"_s, u"6"_s);
    parser.addOptions(
        {help, version, account, campaign, baseUrl, output, format, timeout, retries});
    if (!parser.parse(arguments)) {
        fail(parser.errorText() + u" (see fota-monitor export --help)"_s);
        return UsageError;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Success;
    }
    if (parser.isSet(version)) {
        std::fputs(qPrintable(UsageText::version() + u'\n'), stdout);
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(u"unexpected argument \"%1\" (see fota-monitor export --help)"_s.arg(
            parser.positionalArguments().first()));
        return UsageError;
    }
    const QString accountName = parser.value(account).trimmed();
    const QString campaignId = parser.value(campaign).trimmed();
    if (accountName.isEmpty() || campaignId.isEmpty()) {
        fail(u"--account and --campaign are required (see fota-monitor export --help)"_s);
        return UsageError;
    }
    const auto chosenFormat = ExportJob::formatFromName(parser.value(format));
    if (!chosenFormat) {
        fail(u"--format must be csv or json, not \"%1\""_s.arg(parser.value(format)));
        return UsageError;
    }
    m_format = *chosenFormat;

    ApiSettings settings;
    if (parser.isSet(baseUrl))
        settings.baseUrl = QUrl(parser.value(baseUrl).trimmed(), QUrl::StrictMode);
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0) {
        fail(u"--timeout must be a positive number of seconds"_s);
        return UsageError;
    }
    settings.transferTimeoutMs = int(seconds * 1000);
    settings.maxAttempts = parser.value(retries).toInt(&ok);
    if (!ok || settings.maxAttempts < 1) {
        fail(u"--attempts must be a whole number of at least 1"_s);
        return UsageError;
    }
    if (const QString problem = m_client.setSettings(settings); !problem.isEmpty()) {
        fail(problem);
        return UsageError;
    }

    const Credentials credentials = Credentials::fromEnvironment();
    if (!credentials.isUsable()) {
        fail(Credentials::environmentHelp());
        return UsageError;
    }
    m_client.setCredentials(credentials);

    m_output = parser.value(output);
    if (!m_output.isEmpty()) {
        // Fail before a long load, not after it.
        const QFileInfo target(m_output);
        if (target.isDir() || !target.absoluteDir().exists()) {
            fail(u"cannot write %1: no such directory, or it is a directory"_s.arg(m_output));
            return UsageError;
        }
    }

    connect(&m_loader, &CampaignLoader::pageLoaded, this, [this](const ReportPage &page) {
        if (page.totalDevice && m_store.isEmpty())
            m_store.reserve(*page.totalDevice);
        m_store.upsert(page.devices);
        if (page.totalDevice)
            m_store.setTotalDevice(page.totalDevice);
    });
    connect(&m_loader, &CampaignLoader::progress, this, &ExportCommand::onProgress);
    connect(&m_loader, &CampaignLoader::retrying, this,
            [](const QString &message) { printErr(u"retrying: "_s + message); });
    connect(&m_loader, &CampaignLoader::finished, this, &ExportCommand::onFinished);

    m_sinceReport.start();
    printErr(u"Loading campaign %1 of account %2 from %3"_s.arg(
        campaignId, accountName, settings.baseUrl.toDisplayString()));
    m_loader.start(accountName, campaignId);
    if (m_loader.isRunning())
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
    printErr(u"page %1: %2 of %3 devices"_s.arg(progress.pages).arg(m_store.size()).arg(total));
}

void ExportCommand::onFinished(const LoadOutcome &outcome)
{
    if (!outcome.complete) {
        fail(outcome.error.toString() + u"; nothing was written"_s);
        m_exitCode = LoadFailed;
    } else {
        printErr(
            u"Loaded %1 devices in %2 pages"_s.arg(m_store.size()).arg(outcome.progress.pages));
        m_exitCode = writeOutput();
    }
    QCoreApplication::exit(m_exitCode);
}

int ExportCommand::writeOutput()
{
    ExportRequest request;
    request.format = m_format;
    request.rows = DeviceOrder::byDeviceId(m_store);
    request.metadata.accountName = m_loader.accountName();
    request.metadata.campaignId = m_loader.campaignId();
    request.metadata.totalDevice = m_store.totalDevice();
    request.metadata.exportedAtMs = QDateTime::currentMSecsSinceEpoch();
    request.store = std::move(m_store);

    QString error;
    if (m_output.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            fail(u"cannot write to standard output"_s);
            return WriteFailed;
        }
        error = ExportJob::writeDevice(&out, request);
        out.flush();
    } else {
        error = ExportJob::writeFile(m_output, request);
    }
    if (!error.isEmpty()) {
        fail(error);
        return WriteFailed;
    }
    printErr(u"Wrote %1 devices to %2"_s.arg(request.rows.size())
                 .arg(m_output.isEmpty() ? u"standard output"_s : m_output));
    return Success;
}

} // namespace fota
