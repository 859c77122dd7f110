// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window in German: started under LANG=de_DE.UTF-8 it installs the German translation
// (menus, plurals, the core's error messages) and Qt's own, writes numbers and dates the German
// way and still fits a 1280x800 screen at 11 pt; --lang overrides the system locale through the
// same code path main() takes. What scripts read (CSV, JSON, the clipboard's cells, the watch
// line's numbers) stays locale-independent.
//
// With FOTA_TEST_GRAB_DIR set, the German window and dialogs are saved there as PNG files.
#include "ui/UiFixture.h"

#include "campaign/DeviceColumn.h"
#include "campaign/TimeDisplay.h"
#include "common/PluralText.h"
#include "export/ExportJob.h"
#include "l10n/LanguageOption.h"
#include "l10n/Translations.h"
#include "monitoring/WatchLine.h"
#include "report/ReportFormat.h"
#include "report/ReportSince.h"
#include "ui/DeviceTableView.h"
#include "ui/ExportDialog.h"
#include "ui/HistoryController.h"
#include "ui/LoadProgressPanel.h"
#include "ui/MessageBar.h"
#include "ui/ReportRunner.h"
#include "ui/SignInDialog.h"
#include "watching/CampaignMemory.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorFault;
using fota::sim::SimulatorServer;

namespace {

void maybeSave(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FOTA_TEST_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

// What main() does with the window's command line.
QString applyCommandLine(const QStringList &arguments)
{
    const QCommandLineOption lang = LanguageOption::option();
    QCommandLineParser parser;
    parser.addOption(lang);
    if (!parser.parse(arguments))
        return parser.errorText();
    return LanguageOption::apply(parser, lang);
}

// Every visible widget of `area` lies inside the window.
QStringList offWindow(QWidget *window, QWidget *area)
{
    QStringList out;
    for (QWidget *w : area->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow())
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!window->rect().contains(r))
            out << u"%1 (%2) at %3,%4 %5x%6"_s
                       .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height());
    }
    return out;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// The Alt+letter keys that more than one control (or menu) of `top` claims.
QStringList mnemonicClashes(QWidget *top, const QStringList &menus = {})
{
    QHash<QChar, QStringList> owners;
    for (const QString &menu : menus)
        owners[mnemonic(menu)] << u"menu "_s + menu;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        owners[mnemonic(text)] << text;
    }
    owners.remove(QChar());
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.value().join(u" / "_s);
    }
    return clashes;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tst-translations"_s);
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 11));
        QCOMPARE(QLocale::system().name(), u"de_DE"_s);
        m_sim = new SimulatorServer(this);
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        QVERIFY(m_sim->start());
    }

    void init()
    {
        QSettings().clear();
        m_sim->clearFaults();
        // The system locale (de_DE) decides, as main() does without --lang.
        QCOMPARE(applyCommandLine({u"fota-monitor"_s}), QString());
    }

    void germanSystemLocaleGivesAGermanWindow()
    {
        QCOMPARE(QLocale().language(), QLocale::German);
        QVERIFY(Translations::available().contains(u"de"_s));
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        QCOMPARE(menuTitles(*window), QStringList({u"&Datei"_s, u"&Ansicht"_s, u"&Kampagne"_s,
                                                   u"K&onto"_s, u"&Hilfe"_s}));
        // Qt's own strings come from qtbase_de.qm (Debian's qt6-translations-l10n).
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
    }

    void germanMnemonicsAreUnique()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        QStringList menus;
        for (QAction *menu : window->menuBar()->actions())
            menus << menu->text();
        QStringList clashes = mnemonicClashes(window.get(), menus);
        SignInDialog signIn;
        clashes << mnemonicClashes(&signIn);
        ExportDialog exportDialog(120, 2689, u"Q4"_s);
        clashes << mnemonicClashes(&exportDialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }

    void pluralsAndNumbersAreGerman()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        // "2,689 devices loaded": the German plural with the German thousands separator.
        QCOMPARE(child<LoadProgressPanel>(window.get(), u"progressPanel"_s)->text(),
                 u"2.689 Geräte geladen"_s);
        // The singular of the same message, and a %n plural of the window.
        QCOMPARE(
            PluralText::text("fota::LoadProgressPanel", "%1 device loaded", "%1 devices loaded", 1)
                .arg(1),
            u"1 Gerät geladen"_s);
        QCOMPARE(QCoreApplication::translate("fota::DeviceDetailPane",
                                             "%n campaign(s) in this device's history.", nullptr,
                                             1),
                 u"1 Kampagne im Verlauf dieses Geräts."_s);
        QCOMPARE(QCoreApplication::translate("fota::DeviceDetailPane",
                                             "%n campaign(s) in this device's history.", nullptr,
                                             3),
                 u"3 Kampagnen im Verlauf dieses Geräts."_s);
        QCOMPARE(QCoreApplication::translate("fota::RefreshBar", "Every %n min", nullptr, 5),
                 u"Alle 5 Min."_s);
        // Texts marked with QT_TRANSLATE_NOOP are looked up in the context they were marked in.
        QCOMPARE(ReportRunner::stageText(1), u"Zählen …"_s);
    }

    void aCoreErrorReachesTheMessageAreaInGerman()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        // Page 2 fails with 503 until the client gives up (the fixture allows 3 attempts): the
        // core's "gave up after 3 attempts: ..." is shown in the message area.
        m_sim->injectFault(SimulatorFault::ServerError, 3, 1);
        window->openCampaign(kAccount, kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isLoading(), kLoadTimeoutMs);
        auto *bar = child<MessageBar>(window.get(), u"messageBar"_s);
        QTRY_VERIFY(bar->isVisible());
        const QString text = bar->text();
        QVERIFY2(text.contains(u"nach 3 Versuchen aufgegeben"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"gave up"_s), qPrintable(text));
        maybeSave(window.get(), u"de-window-error"_s);
    }

    void aForeignHistoryKeepsItsGermanOpenError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"foreign.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(db.exec(u"CREATE TABLE notes(body TEXT)"_s).lastError().type() ==
                    QSqlError::NoError);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        auto window = std::make_unique<MainWindow>();
        window->openHistory(path);
        QVERIFY(window->setConnection(apiSettings(*m_sim), demoLogin()).isEmpty());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        CampaignMemory *memory = window->history()->memory();
        auto *bar = child<MessageBar>(window.get(), u"messageBar"_s);
        QTRY_VERIFY(bar->text().contains(u"anderen Programms"_s));
        // With a history the campaign opens after the worker's answer (no stored table).
        window->openCampaign(kAccount, kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->isComplete(), kLoadTimeoutMs);
        QCOMPARE(window->deviceProxy()->rowCount(), kDevices);
        // The worker answers in order: once this answer is back, a record of the load would
        // have reported its failure too.
        QSignalSpy timeline(memory, &CampaignMemory::deviceTimelineLoaded);
        memory->requestDeviceTimeline(u"none"_s);
        QTRY_COMPARE(timeline.size(), 1);
        QCoreApplication::processEvents();
        const QString text = bar->text();
        QVERIFY2(text.startsWith(u"Verlauf: "_s), qPrintable(text));
        QVERIFY2(text.contains(u"eine SQLite-Datenbank eines anderen Programms"_s),
                 qPrintable(text));
        QVERIFY2(!text.contains(u"History"_s) && !text.contains(u"not open"_s), qPrintable(text));
    }

    void timesAndDurationsFollowTheLocaleInTheWindowOnly()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        DeviceProxyModel *proxy = window->deviceProxy();
        int row = -1;
        for (int r = 0; r < proxy->rowCount() && row < 0; ++r) {
            if (proxy->index(r, int(DeviceColumn::NextAttempt))
                    .data(DeviceTableModel::RawRole)
                    .isValid())
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex status = proxy->index(row, int(DeviceColumn::StatusTime));
        static const QRegularExpression germanTime(
            u"^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d$"_s);
        static const QRegularExpression isoTime(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s);
        const QString shown = status.data(Qt::DisplayRole).toString();
        QVERIFY2(germanTime.match(shown).hasMatch(), qPrintable(shown));
        // The clipboard's cell stays what a spreadsheet reads as a date in any locale.
        const QString copied = status.data(DeviceTableModel::CopyRole).toString();
        QVERIFY2(isoTime.match(copied).hasMatch(), qPrintable(copied));
        QVERIFY2(status.data(Qt::ToolTipRole).toString().endsWith(u" UTC"_s),
                 qPrintable(status.data(Qt::ToolTipRole).toString()));
        // The campaign header's dates, and the clock of "Refreshed at".
        QCOMPARE(TimeDisplay::dateText(QDate(2026, 11, 20)), u"20.11.2026"_s);
        QCOMPARE(TimeDisplay(true).clockWithZone(
                     QDateTime(QDate(2026, 11, 22), QTime(4, 7), Qt::UTC).toMSecsSinceEpoch()),
                 u"04:07 UTC"_s);
        QStringList headerTexts;
        for (const QLabel *l :
             child<QWidget>(window.get(), u"campaignHeader"_s)->findChildren<QLabel *>())
            headerTexts << l->text();
        static const QRegularExpression germanSpan(
            u"\\d\\d\\.\\d\\d\\.\\d{4} bis \\d\\d\\.\\d\\d\\.\\d{4}"_s);
        QVERIFY2(germanSpan.match(headerTexts.join(u'\n')).hasMatch(),
                 qPrintable(headerTexts.join(u'\n')));
        // "in 3 h" / "overdue 2 h" in German: "in 3 Std." / "seit 2 Std. überfällig".
        QCOMPARE(DeviceTableModel::relativeText(3 * 3'600'000, false), u"in 3 Std."_s);
        QCOMPARE(DeviceTableModel::relativeText(-2 * 3'600'000, true), u"seit 2 Std. überfällig"_s);
        QCOMPARE(DeviceTableModel::relativeText(-3 * 86'400'000LL, false), u"vor 3 T."_s);

        // CSV and JSON are the same in every locale: ISO 8601 UTC times, plain digits.
        ExportRequest request;
        request.store = window->deviceModel()->store();
        for (quint32 i = 0; i < quint32(request.store.size()); ++i)
            request.rows.push_back(i);
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
            request.format = format;
            QBuffer out;
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(ExportJob::writeDevice(&out, request), QString());
            const QString text = QString::fromUtf8(out.data());
            static const QRegularExpression isoUtc(
                u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"_s);
            QVERIFY(isoUtc.match(text).hasMatch());
            QVERIFY2(!germanTime.match(text).hasMatch(), qPrintable(text.left(300)));
            QVERIFY(!text.contains(u"2.689"_s));
            static const QRegularExpression germanDate(u"\\d\\d\\.\\d\\d\\.\\d{4}"_s);
            QVERIFY(!germanDate.match(text).hasMatch());
        }
        // The watch line's numbers keep a decimal point.
        QCOMPARE(WatchLine::number(1234.5), QByteArray("1234.5"));

        // The rows copied with Ctrl+C: plain ISO times, whatever the locale.
        auto *table = child<DeviceTableView>(window.get(), u"deviceTable"_s);
        table->selectionModel()->select(proxy->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QString clip = QApplication::clipboard()->text();
        QVERIFY2(clip.contains(copied), qPrintable(clip));
        QVERIFY2(!clip.contains(shown), qPrintable(clip));
    }

    void theWindowsReportIsGerman()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        auto *runner = child<ReportRunner>(window.get(), u"reportRunner"_s);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        runner->setHistoryPath(dir.filePath(u"no-history.sqlite"_s));
        QSignalSpy succeeded(runner, &ReportRunner::succeeded);
        const QString path = dir.filePath(u"report.html"_s);
        QVERIFY(runner->writeReport(path, ReportFormat::Html, ReportSince::none()));
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 60'000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        for (const QString &german : {u"Kampagnenbericht"_s, u"Fehlergründe"_s, u"2.689"_s})
            QVERIFY2(html.contains(german), qPrintable(german));
        QVERIFY(!html.contains(u"Failure reasons"_s));
    }

    void langOptionOverridesTheSystemLocale()
    {
        QCOMPARE(applyCommandLine({u"fota-monitor"_s, u"--lang"_s, u"en"_s}), QString());
        QCOMPARE(QLocale().language(), QLocale::English);
        {
            auto window = openWindow(*m_sim);
            QVERIFY(window);
            QCOMPARE(menuTitles(*window).first(), u"&File"_s);
            // English plurals come from the plural-only English translation.
            QCOMPARE(QCoreApplication::translate("fota::DeviceDetailPane",
                                                 "%n campaign(s) in this device's history.",
                                                 nullptr, 1),
                     u"1 campaign in this device's history."_s);
        }
        QCOMPARE(applyCommandLine({u"fota-monitor"_s, u"--lang"_s, u"de"_s}), QString());
        {
            auto window = openWindow(*m_sim);
            QVERIFY(window);
            QCOMPARE(menuTitles(*window).first(), u"&Datei"_s);
        }
        // A language Qt does not know is a usage error, and nothing changes.
        const QString error = applyCommandLine({u"fota-monitor"_s, u"--lang"_s, u"xx"_s});
        QVERIFY2(error.contains(u"--lang \"xx\""_s), qPrintable(error));
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    void theExecutableTakesLangAndRefusesAnUnknownOne()
    {
        const QString exe = qEnvironmentVariable("FOTA_MONITOR_EXE");
        QVERIFY(QFileInfo::exists(exe));
        QProcess help;
        help.start(exe, {u"--help"_s});
        QVERIFY(help.waitForFinished(30'000));
        QCOMPARE(help.exitCode(), 0);
        QVERIFY(help.readAllStandardOutput().contains("--lang LANG"));
        // Refused before any window opens (exit 2), in English like every usage error.
        QProcess bad;
        bad.start(exe, {u"-platform"_s, u"offscreen"_s, u"--lang"_s, u"xx"_s});
        QVERIFY(bad.waitForFinished(30'000));
        QCOMPARE(bad.exitStatus(), QProcess::NormalExit);
        QCOMPARE(bad.exitCode(), 2);
        const QByteArray err = bad.readAllStandardError();
        QVERIFY2(err.contains("--lang \"xx\" names no known language"), err.constData());
    }

    void theGermanWindowFitsALaptopScreen()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1280, 800));
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        const QRect available = window->screen()->availableGeometry();
        QTRY_VERIFY(available.contains(window->frameGeometry()));
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        QCoreApplication::processEvents();
        maybeSave(window.get(), u"de-window-1280x800-11pt"_s);
        QStringList off;
        for (const char *area : {"campaignBar", "filterBar", "refreshBar", "bucketSummary",
                                 "progressPanel", "campaignHeader", "historyDock"})
            off << offWindow(window.get(), child<QWidget>(window.get(), QString::fromLatin1(area)));
        QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));
        const int minimum = window->minimumSizeHint().width();
        QVERIFY2(minimum <= 1280, qPrintable(u"minimum width %1 px"_s.arg(minimum)));

        SignInDialog signIn;
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        QVERIFY(available.size().boundedTo(signIn.size()) == signIn.size());
        maybeSave(&signIn, u"de-signin-11pt"_s);
        ExportDialog exportDialog(120, 2689, u"Q4 modem firmware rollout 2026-11-20"_s);
        exportDialog.setIncomplete(1000, 2689);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        QVERIFY(exportDialog.width() <= available.width());
        maybeSave(&exportDialog, u"de-export-11pt"_s);
    }
};

// A German desktop: the locale comes from the environment before the application exists, as
// for an operator's session.
int main(int argc, char *argv[])
{
    qputenv("LANG", "de_DE.UTF-8");
    for (const char *name :
         {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_CTYPE", "LANGUAGE"})
        qunsetenv(name);
    const auto screenConfig = fota::test::useOffscreenScreen(1280, 800);
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TranslationsTest tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_translations.moc"
