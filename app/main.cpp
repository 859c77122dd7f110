// fota-monitor: the thin executable. It decides between the command line and the window before
// creating any application object, so `export`, --help and --version work without a display.

#include "campaign/CampaignSession.h"
#include "cli/ExportCommand.h"
#include "cli/UsageText.h"
#include "simulator/SimulatorServer.h"
#include "simulator/SimulatorThread.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"
#include "ui/AccountController.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QNetworkProxyFactory>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kDemoAccount = "0000123456-00001";
constexpr const char *kDemoCampaign = "5c6e7f80-1a2b-4c3d-9e8f-0a1b2c3d4e5f";

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

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"FOTA Campaign Monitor"_s);
    QCoreApplication::setApplicationName(u"fota-monitor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FOTA_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        // Corporate networks often reach ThingSpace only through the configured proxy.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1); // "export": the command's parser sees its own options only
        return fota::ExportCommand::run(arguments);
    }
    if (hasArgument(argc, argv, {"--help", "-h", "-?"})) {
        std::fputs(qPrintable(fota::UsageText::overview()), stdout);
        return 0;
    }
    if (hasArgument(argc, argv, {"--version", "-v"})) {
        std::fputs(qPrintable(fota::UsageText::version() + u'\n'), stdout);
        return 0;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--demo") != 0 && argv[i][0] != '-') {
            std::fprintf(stderr, "fota-monitor: unknown command \"%s\"; see fota-monitor --help\n",
                         argv[i]);
            return 2;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(u"fota-monitor"_s);
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    fota::MainWindow window;
    std::unique_ptr<fota::sim::SimulatorThread> simulator;
    if (hasArgument(argc, argv, {"--demo"})) {
        fota::sim::SimulatorThread::Options options;
        options.accountName = QString::fromLatin1(kDemoAccount);
        options.campaignId = QString::fromLatin1(kDemoCampaign);
        options.deviceCount = 50'000;
        // The demo campaign moves on while it is watched: pending devices finish over minutes.
        options.evolveIntervalMs = 20'000;
        options.changesPerTick = 40;
        simulator = std::make_unique<fota::sim::SimulatorThread>(options);
        if (!simulator->startAndWait()) {
            std::fputs("fota-monitor: could not start the built-in simulator on 127.0.0.1\n",
                       stderr);
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
        window.setWindowTitle(window.windowTitle() + u" — demo (simulated ThingSpace)"_s);
        window.show();
        // One line when the first load is over, so scripts/screenshot.sh waits for the window
        // instead of guessing how long a load takes.
        QObject::connect(
            window.session(), &fota::CampaignSession::loadFinished, &window,
            [](const fota::LoadOutcome &outcome) {
                std::fputs(outcome.complete ? "fota-monitor: demo campaign loaded\n"
                                            : "fota-monitor: demo campaign not loaded\n",
                           stderr);
            },
            Qt::SingleShotConnection);
        window.openCampaign(options.accountName, options.campaignId);
    } else {
        // Credentials in the environment (as for the export command) win; otherwise the
        // remembered profile signs in, or the sign-in dialog opens over the window.
        const fota::Credentials fromEnvironment = fota::Credentials::fromEnvironment();
        window.show();
        if (fromEnvironment.isUsable())
            window.setConnection(fota::ApiSettings(), fromEnvironment);
        else
            window.accountController()->start();
    }
    return QApplication::exec();
}
