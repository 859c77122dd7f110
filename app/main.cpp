// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// fota-monitor: the thin executable. It decides between the command line and the window before
// creating any application object, so `export`, --help and --version work without a display.
// The window's own options are checked before QApplication exists, without Qt's (-platform,
// -style, -reverse, ...), so a usage error needs no display; and again after QApplication has
// taken Qt's, so those work and anything else unknown is a usage error.

#include "campaign/CampaignSession.h"
#include "cli/BaseUrlOption.h"
#include "cli/ExportCommand.h"
#include "cli/QtOwnedOptions.h"
#include "cli/ReportCommand.h"
#include "cli/StrayWarnings.h"
#include "cli/UsageText.h"
#include "cli/WatchCommand.h"
#include "common/AllocatorTuning.h"
#include "drawing/ProgressChartRenderer.h"
#include "identity/AppIdentity.h"
#include "l10n/LanguageOption.h"
#include "l10n/Translations.h"
#include "simulator/SimulatorServer.h"
#include "simulator/SimulatorThread.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/BaseUrlPolicy.h"
#include "thingspace/Credentials.h"
#include "ui/AccountController.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QNetworkProxyFactory>

#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kDemoAccount = "0000123456-00001";
constexpr const char *kDemoCampaign = "5c6e7f80-1a2b-4c3d-9e8f-0a1b2c3d4e5f";
constexpr int kUsageError = 2;

bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *n : names) {
            if (std::strcmp(argv[i], n) == 0)
                return true;
        }
    }
    return false;
}

// The demo has its own settings file (application name), so its account, recent campaign and
// window state never mix with the operator's.
void setIdentity(bool demo)
{
    fota::AppIdentity::apply();
    if (demo)
        QCoreApplication::setApplicationName(fota::AppIdentity::applicationName() + u"-demo"_s);
}

void usageError(const QString &message)
{
    // Qt's parser ends its sentences with a full stop: "Unknown option 'x'." reads as a clause.
    QString clause = message;
    while (clause.endsWith(u'.'))
        clause.chop(1);
    std::fputs(qPrintable(u"fota-monitor: "_s + clause + u"; see fota-monitor --help\n"_s), stderr);
}

struct WindowOptions
{
    QCommandLineOption demo{u"demo"_s, u"Opens the window on the built-in simulated campaign."_s};
    QCommandLineOption baseUrl = fota::BaseUrlOption::option();
    QCommandLineOption account{u"account"_s, u"The account to open (with --campaign)."_s, u"ACC"_s};
    QCommandLineOption campaign{u"campaign"_s, u"The campaign to open (with --account)."_s,
                                u"ID"_s};
    QCommandLineOption history{
        u"history"_s, u"The history file (default: in the user's data folder)."_s, u"FILE"_s};
    QCommandLineOption lang = fota::LanguageOption::option();
};

// Empty, or the usage error.
QString checkWindowOptions(const QCommandLineParser &parser, const WindowOptions &o)
{
    if (!parser.positionalArguments().isEmpty())
        return u"unknown command \"%1\""_s.arg(parser.positionalArguments().first());
    if (parser.isSet(o.account) != parser.isSet(o.campaign))
        return u"--account and --campaign go together"_s;
    if (parser.isSet(o.demo) && (parser.isSet(o.baseUrl) || parser.isSet(o.account) ||
                                 parser.isSet(o.campaign) || parser.isSet(o.history)))
        return u"--demo opens its own simulated campaign and takes no other options"_s;
    if (parser.isSet(o.history) && parser.value(o.history).isEmpty())
        return u"--history needs a file name"_s;
    if (!parser.isSet(o.demo)) {
        const QString problem =
            fota::BaseUrlPolicy::check(fota::BaseUrlOption::resolve(parser, o.baseUrl));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

void addWindowOptions(QCommandLineParser &parser, const WindowOptions &o)
{
    parser.addOptions({o.demo, o.baseUrl, o.account, o.campaign, o.history, o.lang});
}

// Empty, or the usage error in the window's arguments. Checked before QApplication exists, on
// the arguments without Qt's own, so a mistyped option or command is exit 2 even where no
// display could be opened (the platform plugin aborts then).
QString checkBeforeDisplay(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const WindowOptions options;
    QCommandLineParser parser;
    addWindowOptions(parser, options);
    if (!parser.parse(fota::QtOwnedOptions::strip(arguments)))
        return parser.errorText();
    if (QString problem = checkWindowOptions(parser, options); !problem.isEmpty())
        return problem;
    QString unknownLanguage;
    if (parser.isSet(options.lang))
        fota::Translations::localeForLanguage(parser.value(options.lang), &unknownLanguage);
    return unknownLanguage;
}

int runDemo(fota::MainWindow &window)
{
    fota::sim::SimulatorThread::Options options;
    options.accountName = QString::fromLatin1(kDemoAccount);
    options.campaignId = QString::fromLatin1(kDemoCampaign);
    options.deviceCount = 50'000;
    // The demo campaign moves on while it is watched: pending devices finish over minutes.
    options.evolveIntervalMs = 20'000;
    options.changesPerTick = 40;
    // The same base URL every time (when the port is free), so the demo's history knows the
    // campaign from earlier runs and reopens it at once.
    options.preferredPort = 47'321;
    auto simulator = std::make_unique<fota::sim::SimulatorThread>(options);
    if (!simulator->startAndWait()) {
        std::fputs("fota-monitor: could not start the built-in simulator on 127.0.0.1\n", stderr);
        return 1;
    }
    fota::ApiSettings settings;
    settings.baseUrl = simulator->baseUrl();
    fota::Credentials demo;
    demo.clientId = fota::sim::SimulatorServer::demoClientId();
    demo.clientSecret = fota::sim::SimulatorServer::demoClientSecret();
    demo.username = fota::sim::SimulatorServer::demoUsername();
    demo.password = fota::sim::SimulatorServer::demoPassword();
    window.setConnection(settings, demo);
    window.setWindowTitle(
        QCoreApplication::translate("fota::MainWindow", "%1 — demo (simulated ThingSpace)")
            .arg(window.windowTitle()));
    window.show();
    // One line when the first load (or, for a campaign shown from the demo's history, the
    // first refresh) is over, so scripts/screenshot.sh waits for the window instead of
    // guessing how long a load takes.
    auto said = std::make_shared<bool>(false);
    const auto say = [said](bool loaded) {
        if (std::exchange(*said, true))
            return;
        std::fputs(loaded ? "fota-monitor: demo campaign loaded\n"
                          : "fota-monitor: demo campaign not loaded\n",
                   stderr);
    };
    QObject::connect(window.session(), &fota::CampaignSession::loadFinished, &window,
                     [say](const fota::LoadOutcome &outcome) { say(outcome.complete); });
    QObject::connect(window.session(), &fota::CampaignSession::refreshed, &window,
                     [say] { say(true); });
    QObject::connect(window.session(), &fota::CampaignSession::refreshFailed, &window,
                     [say] { say(false); });
    window.openCampaign(options.accountName, options.campaignId);
    return QApplication::exec();
}

int runWindow(fota::MainWindow &window, const QCommandLineParser &parser, const WindowOptions &o)
{
    const QString account = parser.value(o.account).trimmed();
    const QString campaign = parser.value(o.campaign).trimmed();
    // Credentials in the environment (as for the export command) win, on the server named by
    // --base-url or THINGSPACE_BASE_URL; otherwise the remembered profile signs in, or the
    // sign-in dialog opens over the window, and the campaign asked for opens once signed in.
    const fota::Credentials fromEnvironment = fota::Credentials::fromEnvironment();
    window.show();
    if (fromEnvironment.isUsable()) {
        fota::ApiSettings settings;
        settings.baseUrl = fota::BaseUrlOption::resolve(parser, o.baseUrl);
        window.setConnection(settings, fromEnvironment);
        if (!account.isEmpty())
            window.openCampaign(account, campaign);
        return QApplication::exec();
    }
    if (parser.isSet(o.baseUrl))
        std::fputs("fota-monitor: --base-url applies with the THINGSPACE_* credentials; the "
                   "sign-in's environment is used instead\n",
                   stderr);
    fota::AccountController *controller = window.accountController();
    if (!account.isEmpty()) {
        auto opened = std::make_shared<QMetaObject::Connection>();
        *opened = QObject::connect(controller, &fota::AccountController::signInFinished, &window,
                                   [&window, account, campaign, opened](const fota::ApiError &e) {
                                       if (e.isError())
                                           return;
                                       QObject::disconnect(*opened);
                                       window.openCampaign(account, campaign);
                                   });
    }
    controller->start();
    return QApplication::exec();
}

// A report draws text and images, so it needs a QGuiApplication, but never a display: the
// offscreen platform is chosen before the application object exists (fonts still come from
// fontconfig).
int runReport(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    fota::StrayWarnings::silence();
    QGuiApplication app(argc, argv);
    setIdentity(false);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "report"
    // The window's progress chart, with its time axis in the report's zone.
    return fota::ReportCommand::run(arguments, &fota::ProgressChartRenderer::imageIn);
}

} // namespace

int main(int argc, char **argv)
{
    fota::AllocatorTuning::apply();
    const bool exporting = argc > 1 && std::strcmp(argv[1], "export") == 0;
    if (exporting)
        fota::AllocatorTuning::keepFreedMemory();
    if (exporting || (argc > 1 && std::strcmp(argv[1], "watch") == 0)) {
        fota::StrayWarnings::silence();
        QCoreApplication app(argc, argv);
        setIdentity(false);
        // Corporate networks often reach ThingSpace only through the configured proxy.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1); // the command's parser sees its own options only
        return exporting ? fota::ExportCommand::run(arguments) : fota::WatchCommand::run(arguments);
    }
    if (argc > 1 && std::strcmp(argv[1], "report") == 0)
        return runReport(argc, argv);
    if (hasArgument(argc, argv, {"--help", "-h", "-?"})) {
        std::fputs(qPrintable(fota::UsageText::overview()), stdout);
        return 0;
    }
    if (hasArgument(argc, argv, {"--version", "-v"})) {
        std::fputs(qPrintable(fota::UsageText::version() + u'\n'), stdout);
        return 0;
    }

    if (const QString problem = checkBeforeDisplay(argc, argv); !problem.isEmpty()) {
        usageError(problem);
        return kUsageError;
    }

    QApplication app(argc, argv); // takes Qt's own options out of the argument list
    const WindowOptions options;
    QCommandLineParser parser;
    addWindowOptions(parser, options);
    // Again on what Qt really left: an option taken above that this platform does not own.
    if (!parser.parse(QApplication::arguments())) {
        usageError(parser.errorText());
        return kUsageError;
    }
    if (const QString problem = checkWindowOptions(parser, options); !problem.isEmpty()) {
        usageError(problem);
        return kUsageError;
    }
    // Before any widget exists, so every string the window builds is in that language. Usage
    // errors above stay English, like everything the command line prints.
    if (const QString problem = fota::LanguageOption::apply(parser, options.lang);
        !problem.isEmpty()) {
        usageError(problem);
        return kUsageError;
    }
    setIdentity(parser.isSet(options.demo));
    fota::AppIdentity::applyToGui();
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    fota::MainWindow window;
    // The demo's application name differs, so its default history file is its own too.
    window.openHistory(parser.value(options.history));
    if (parser.isSet(options.demo))
        return runDemo(window);
    return runWindow(window, parser, options);
}
