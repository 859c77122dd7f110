// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared set-up for the window tests: a simulated ThingSpace on loopback, a window connected to
// it, and QSettings kept apart from the operator's own (test mode and a test organisation).
#include "campaign/CampaignSession.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "simulator/SimulatedCampaign.h"
#include "simulator/SimulatorServer.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

namespace fota::test {

using namespace Qt::StringLiterals;

inline const QString kAccount = u"0000123456-00001"_s;
inline const QString kCampaign = u"2b0c8f4e-1d2a-4b7c-9e3f-5a6b7c8d9e01"_s;
inline constexpr int kDevices = 2689;
inline constexpr int kLoadTimeoutMs = 60000;

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

// The offscreen platform warns "does not support propagateSizeHints()" whenever a top-level's
// size constraints change; drop that one line, pass the rest on.
inline void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
{
    if (message.contains(u"propagateSizeHints"_s))
        return;
    previousHandler()(type, context, message);
}

// Call from initTestCase(); settings live in the test-mode folder under their own organisation.
inline void isolateSettings(const QString &organisation)
{
    previousHandler() = qInstallMessageHandler(dropOffscreenNoise);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(u"fota-monitor-tests"_s);
    QSettings().clear();
}

inline ApiSettings apiSettings(const fota::sim::SimulatorServer &sim)
{
    ApiSettings s;
    s.baseUrl = sim.baseUrl();
    s.transferTimeoutMs = 3000;
    s.retryBaseDelayMs = 10;
    s.retryMaxDelayMs = 500;
    s.maxAttempts = 3;
    s.retryAfterScale = 0.01; // the simulator's 429 asks for a second: honoured, but scaled
    return s;
}

inline Credentials demoLogin()
{
    Credentials c;
    c.clientId = fota::sim::SimulatorServer::demoClientId();
    c.clientSecret = fota::sim::SimulatorServer::demoClientSecret();
    c.username = fota::sim::SimulatorServer::demoUsername();
    c.password = fota::sim::SimulatorServer::demoPassword();
    return c;
}

inline std::unique_ptr<MainWindow> openWindow(const fota::sim::SimulatorServer &sim)
{
    auto window = std::make_unique<MainWindow>();
    if (!window->setConnection(apiSettings(sim), demoLogin()).isEmpty())
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// The offscreen platform's screen is 800x600 unless told otherwise; the window is laid out for
// real screens, so tests give it one. Call before the QApplication exists; keep the file.
inline std::unique_ptr<QTemporaryFile> useOffscreenScreen(int width, int height)
{
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open())
        qFatal("cannot write the offscreen screen configuration");
    QJsonObject screen{{u"name"_s, u"OffscreenScreen"_s},
                       {u"x"_s, 0},
                       {u"y"_s, 0},
                       {u"width"_s, width},
                       {u"height"_s, height},
                       {u"logicalDpi"_s, 96},
                       {u"logicalBaseDpi"_s, 96},
                       {u"dpr"_s, 1}};
    const QJsonObject config{{u"synchronousWindowSystemEvents"_s, false},
                             {u"windowFrameMargins"_s, false},
                             {u"screens"_s, QJsonArray{screen}}};
    file->write(QJsonDocument(config).toJson());
    file->flush();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(file->fileName()));
    return file;
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

} // namespace fota::test

// QTEST_MAIN with a desktop-sized offscreen screen (see useOffscreenScreen()).
#define FOTA_UI_TEST_MAIN(TestObject, screenWidth, screenHeight)                                   \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        const auto screenConfig = fota::test::useOffscreenScreen(screenWidth, screenHeight);       \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

// Loads the small campaign and waits; ends the calling test on failure.
#define FOTA_LOAD(window, account, campaign, devices)                                              \
    do {                                                                                           \
        (window)->openCampaign(account, campaign);                                                 \
        QTRY_VERIFY_WITH_TIMEOUT(!(window)->session()->isLoading(), fota::test::kLoadTimeoutMs);   \
        QVERIFY((window)->session()->isComplete());                                                \
        QCOMPARE((window)->deviceProxy()->rowCount(), devices);                                    \
    } while (false)
