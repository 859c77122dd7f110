// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `fota-monitor report` run as a real process against the simulator, which runs in this test's
// event loop: the HTML and PDF it writes, what a history adds, and export's exit codes and
// no-partial-file rules.
#include "SimulatorFixture.h"
#include "history/HistoryStore.h"
#include "support/ChildDelayScale.h"
#include "support/ProcessWait.h"
#include "support/SimulatedStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorFault;

namespace {

const QString kHistoryCampaign = u"4e4e4e4e-0000-4000-8000-000000000444"_s;
constexpr int kHistoryDevices = 600;
const QString kOneDevice = u"1e1e1e1e-0000-4000-8000-000000000001"_s;
constexpr int kChangesPerStep = 40;
constexpr qint64 kHour = 3'600'000;

mode_t fileType(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & S_IFMT;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// The text of one <section id="..."> of the report page, or a parse error.
QString sectionText(const QByteArray &html, const QString &id, QString *error)
{
    QXmlStreamReader xml(html);
    QString text;
    int depth = 0; // inside the section when > 0
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (depth > 0)
                ++depth;
            else if (xml.name() == "section"_L1 && xml.attributes().value(u"id"_s) == id)
                depth = 1;
        } else if (xml.isEndElement() && depth > 0) {
            --depth;
        } else if (xml.isCharacters() && depth > 0) {
            text += xml.text() + u' ';
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return text.simplified();
}

} // namespace

Q_DECLARE_METATYPE(fota::sim::SimulatorFault)

class ReportCliTest : public QObject
{
    Q_OBJECT

private:
    SimulatorFixture *m_sim = nullptr;
    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static QProcessEnvironment loginEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"THINGSPACE_BEARER_TOKEN", "THINGSPACE_SESSION_TOKEN", "THINGSPACE_CLIENT_ID",
              "THINGSPACE_CLIENT_SECRET", "THINGSPACE_USERNAME", "THINGSPACE_PASSWORD",
              "THINGSPACE_BASE_URL", "LANG", "LANGUAGE", "LC_MESSAGES", "LC_NUMERIC"})
            env.remove(QString::fromLatin1(name));
        // English grouping and Letter-free defaults unless a test asks for a locale.
        env.insert(u"LC_ALL"_s, u"C"_s);
        // Never the operator's own history: an empty home of its own.
        env.insert(u"XDG_DATA_HOME"_s, QDir(QDir::tempPath()).filePath(u"fota-no-history"_s));
        const fota::Credentials c = SimulatorFixture::login();
        env.insert(u"THINGSPACE_CLIENT_ID"_s, c.clientId);
        env.insert(u"THINGSPACE_CLIENT_SECRET"_s, c.clientSecret);
        env.insert(u"THINGSPACE_USERNAME"_s, c.username);
        env.insert(u"THINGSPACE_PASSWORD"_s, c.password);
        return env;
    }

    Result runReport(const QStringList &extra, const QProcessEnvironment &env = loginEnvironment(),
                     const QString &campaign = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        const QStringList args{u"report"_s,
                               u"--account"_s,
                               m_sim->account,
                               u"--campaign"_s,
                               campaign.isEmpty() ? m_sim->campaignId : campaign,
                               u"--base-url"_s,
                               m_sim->server.baseUrl().toString(),
                               u"--timeout"_s,
                               u"1.5"_s};
        process.setProgram(qEnvironmentVariable("FOTA_MONITOR_EXE"));
        process.setArguments(args + extra);
        process.start();
        Result r;
        if (!finishWithEventLoop(process))
            return r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QString existingFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("yesterday's report\n");
        return path;
    }

    static QString pdfInfo(const QString &path)
    {
        QProcess p;
        p.start(u"pdfinfo"_s, {path});
        p.waitForFinished(30'000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("FOTA_MONITOR_EXE")),
                 "FOTA_MONITOR_EXE not set");
        scaleChildDelays(); // retry backoff and Retry-After in milliseconds, not seconds
        m_sim = new SimulatorFixture;
        QVERIFY(m_sim->start());
        m_sim->server.addCampaign(
            SimulatedCampaign::generate(m_sim->account, kHistoryCampaign, kHistoryDevices, 5));
        m_sim->server.addCampaign(SimulatedCampaign::generate(m_sim->account, kOneDevice, 1, 9));
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsEmpty("FOTA_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("report files kept in %s", qPrintable(m_dir.path()));
        }
    }
    void cleanupTestCase() { delete m_sim; }
    void init() { m_sim->server.clearFaults(); }

    void writesAnHtmlReport()
    {
        const QString path = m_dir.filePath(u"campaign.html"_s);
        const Result r = runReport({u"--output"_s, path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QByteArray wrote = "Wrote the HTML report of 2689 devices to " + path.toUtf8();
        QVERIFY2(r.err.trimmed().endsWith(wrote), r.err.constData());
        const QByteArray html = readFile(path);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QString error;
        const QString campaign = sectionText(html, u"campaign"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(campaign.contains(m_sim->campaign().campaignName()));
        QVERIFY(campaign.contains(m_sim->campaignId));
        const QString progress = sectionText(html, u"progress"_s, &error);
        QVERIFY2(progress.contains(u"All devices 2,689 100%"_s), qPrintable(progress));
        // No history was found: the report says so instead of a chart.
        QVERIFY(progress.contains(u"No history file was found"_s));
        for (const QByteArray &secret : {SimulatorFixture::login().clientSecret.toUtf8(),
                                         SimulatorFixture::login().password.toUtf8()}) {
            QVERIFY(!html.contains(secret));
            QVERIFY(!r.err.contains(secret));
        }
    }

    // "1 device in 1 page", never "1 devices in 1 pages".
    void countsReadInTheSingular()
    {
        const QString path = m_dir.filePath(u"one.html"_s);
        const Result r = runReport({u"--output"_s, path}, loginEnvironment(), kOneDevice);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("\nLoaded 1 device in 1 page\n"), r.err.constData());
        const QByteArray wrote = "\nWrote the HTML report of 1 device to " + path.toUtf8() + "\n";
        QVERIFY2(r.err.contains(wrote), r.err.constData());
    }

    void cronsEnvironmentGivesNoStrayQtWarning()
    {
        // cron sets no XDG_RUNTIME_DIR: Qt's fallback is right for a command, its warning is not
        // the command's to print.
        QProcessEnvironment env = loginEnvironment();
        env.remove(u"XDG_RUNTIME_DIR"_s);
        const QString path = m_dir.filePath(u"cron.html"_s);
        const Result r = runReport({u"--output"_s, path}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("XDG_RUNTIME_DIR") && !r.err.contains("QStandardPaths"),
                 r.err.constData());
        QVERIFY2(r.err.trimmed().endsWith(path.toUtf8()), r.err.constData());
    }

    // The command's text is English (it loads no translation): a German locale gives German
    // numbers and date order in English words, never German month or day names among them.
    void aGermanLocaleGivesEnglishWordsAndGermanNumbers()
    {
        QProcessEnvironment env = loginEnvironment();
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        const QString path = m_dir.filePath(u"campaign-de.html"_s);
        const Result r = runReport({u"--output"_s, path}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString html = QString::fromUtf8(readFile(path));
        QString error;
        const QString progress = sectionText(readFile(path), u"progress"_s, &error);
        QVERIFY2(progress.contains(u"All devices 2.689 100"_s), qPrintable(progress));
        static const QRegularExpression german(
            u"\\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|"
            "März|Mai|Juni|Juli|Oktober|Dezember|Uhr)\\b"_s);
        const QRegularExpressionMatch found = german.match(html);
        QVERIFY2(!found.hasMatch(), qPrintable(found.captured()));
    }

    void writesAPdfOnTheLocalesPaper_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("paper");
        QTest::newRow("de_DE") << u"de_DE.UTF-8"_s << u"(A4)"_s;
        // Qt knows no English of France: the report's English still prints on A4.
        QTest::newRow("fr_FR") << u"fr_FR.UTF-8"_s << u"(A4)"_s;
        QTest::newRow("en_US") << u"en_US.UTF-8"_s << u"(letter)"_s;
    }
    void writesAPdfOnTheLocalesPaper()
    {
        QFETCH(QString, locale);
        QFETCH(QString, paper);
        QProcessEnvironment env = loginEnvironment();
        env.insert(u"LC_ALL"_s, locale);
        // No display at all, and a platform that would need one: the command never asks.
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        const QString path = m_dir.filePath(u"campaign-%1.report"_s.arg(locale));
        const Result r = runReport({u"--output"_s, path, u"--format"_s, u"pdf"_s}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readFile(path).startsWith("%PDF-"));
        const QString info = pdfInfo(path);
        QVERIFY2(info.contains(paper), qPrintable(info));
        QVERIFY(info.contains(m_sim->campaign().campaignName()));
    }

    void aHistoryGivesProgressAndChanges()
    {
        // Two snapshots recorded as a watcher would, then the campaign moves on before the
        // report loads it.
        SimulatedCampaign *campaign = m_sim->server.campaign(m_sim->account, kHistoryCampaign);
        QVERIFY(campaign);
        const fota::CampaignKey key =
            fota::CampaignKey::of(m_sim->server.baseUrl(), m_sim->account, kHistoryCampaign);
        const QString path = m_dir.filePath(u"history.sqlite"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const SimulatedCampaign first = *campaign;
        campaign->evolveStep(kChangesPerStep);
        const SimulatedCampaign second = *campaign;
        campaign->evolveStep(kChangesPerStep);
        {
            fota::HistoryStore history;
            QVERIFY(history.open(path));
            QVERIFY(history.record(key, storeOf(first), now - 2 * kHour).has_value());
            QVERIFY(history.record(key, storeOf(second), now - kHour).has_value());
        }
        const auto changed = [&](const SimulatedCampaign &then) {
            int n = 0;
            for (qsizetype i = 0; i < then.devices().size(); ++i)
                n += then.devices()[i].status != campaign->devices()[i].status ? 1 : 0;
            return n;
        };
        QVERIFY(changed(second) > 0 && changed(first) > changed(second));

        const QString report = m_dir.filePath(u"history.html"_s);
        Result r = runReport({u"--output"_s, report, u"--history"_s, path}, loginEnvironment(),
                             kHistoryCampaign);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString error;
        QString changes = sectionText(readFile(report), u"changes"_s, &error);
        QVERIFY2(changes.contains(
                     u"%1 devices changed status since the snapshot"_s.arg(changed(second))),
                 qPrintable(changes));
        const QString progress = sectionText(readFile(report), u"progress"_s, &error);
        QVERIFY2(!progress.contains(u"No history"_s), qPrintable(progress));
        // Pending devices resolved at 40 an hour: an estimate, and what it rests on.
        QVERIFY2(progress.contains(u"Expected to be done around"_s), qPrintable(progress));
        QVERIFY2(progress.contains(u"40 devices resolved an hour"_s), qPrintable(progress));
        // The progress chart is the window's renderer, drawn into the page as a PNG (without a
        // renderer the report lists the snapshots instead).
        const QByteArray html = readFile(report);
        const QByteArray chartMark = "<figure class=\"chart\"><img src=\"data:image/png;base64,";
        const qsizetype chartAt = html.indexOf(chartMark);
        QVERIFY2(chartAt >= 0, "no chart image in the report");
        const qsizetype dataAt = chartAt + chartMark.size();
        const QImage chart = QImage::fromData(
            QByteArray::fromBase64(html.mid(dataAt, html.indexOf('"', dataAt) - dataAt)), "PNG");
        QVERIFY(!chart.isNull());
        QVERIFY(chart.width() > 200 && chart.height() > 100);

        // --since picks the earlier snapshot; the history file is only read.
        const QString since = QDateTime::fromMSecsSinceEpoch(now - 90 * 60'000, QTimeZone::utc())
                                  .toString(Qt::ISODate);
        r = runReport({u"--output"_s, report, u"--history"_s, path, u"--since"_s, since},
                      loginEnvironment(), kHistoryCampaign);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        changes = sectionText(readFile(report), u"changes"_s, &error);
        QVERIFY2(
            changes.contains(u"%1 devices changed status since the snapshot"_s.arg(changed(first))),
            qPrintable(changes));
        // The same in the PDF, as text a reader can search.
        const QString pdf = m_dir.filePath(u"history.pdf"_s);
        r = runReport({u"--output"_s, pdf, u"--history"_s, path, u"--since"_s, since},
                      loginEnvironment(), kHistoryCampaign);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30'000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(
            pdfText.contains(u"%1 devices changed status since the snapshot"_s.arg(changed(first))),
            qPrintable(pdfText));
        fota::HistoryStore reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.points(key, 0, now + kHour).size(), 2); // nothing recorded
    }

    void aFailedLoadWritesNothing()
    {
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1, 1);
        const QString existing = existingFile(u"failed.html"_s);
        Result r = runReport({u"--output"_s, existing, u"--attempts"_s, u"2"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(readFile(existing), QByteArray("yesterday's report\n"));
        QVERIFY(r.err.trimmed().split('\n').last().startsWith("fota-monitor report: error:"));
        QVERIFY(r.err.contains("nothing was written"));
        m_sim->server.clearFaults();
        m_sim->server.injectFault(SimulatorFault::BadRequest, 1, 1);
        const QString fresh = m_dir.filePath(u"never.pdf"_s);
        r = runReport({u"--output"_s, fresh, u"--attempts"_s, u"2"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(QDir(m_dir.path()).entryList({u"never.pdf*"_s}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void anIncompleteCampaignIsExitFour()
    {
        const QString existing = existingFile(u"short.html"_s);
        // On every request: probes of split lanes and requests sent ahead make the walk ask
        // more often than its three pages, and one true total would make it complete.
        m_sim->server.injectFault(SimulatorFault::InflatedTotal, 1000);
        Result r = runReport({u"--output"_s, existing});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(readFile(existing), QByteArray("yesterday's report\n"));
        const QByteArray last = r.err.trimmed().split('\n').last();
        QVERIFY2(last.contains("totalDevice is 50000") && last.contains("2689 distinct devices"),
                 last.constData());

        m_sim->server.clearFaults();
        m_sim->server.injectFault(SimulatorFault::InflatedTotal, 1000);
        r = runReport({u"--output"_s, existing, u"--allow-incomplete"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("warning: incomplete campaign"), r.err.constData());
        QString error;
        const QString campaign = sectionText(readFile(existing), u"campaign"_s, &error);
        QVERIFY2(campaign.contains(u"Incomplete: this report covers the 2,689 devices loaded, "
                                   "but the campaign report announced 50,000"_s),
                 qPrintable(campaign));
    }

    void outputProblemsAreFoundBeforeLoading_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing directory") << u"/no/such/dir/x.html"_s << u"does not exist"_s;
        QTest::newRow("a directory") << m_dir.path() << u"is a directory"_s;
        QTest::newRow("read-only directory")
            << u"/sys/fota-monitor-report.html"_s << u"cannot create a file in /sys"_s;
    }
    void outputProblemsAreFoundBeforeLoading()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const int before = m_sim->server.reportRequests();
        const Result r = runReport({u"--output"_s, path});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(m_sim->server.reportRequests(), before);
    }

    void aFullDeviceIsExitThreeAndStaysADevice()
    {
        const Result r = runReport({u"--output"_s, u"/dev/full"_s, u"--format"_s, u"pdf"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QVERIFY(!r.err.contains("Wrote"));
        QCOMPARE(fileType(u"/dev/full"_s), mode_t(S_IFCHR));
        const Result null = runReport({u"--output"_s, u"/dev/null"_s});
        QVERIFY2(null.exitCode == 0, null.err.constData());
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
    }

    void standardOutputIsWrittenThroughItsDescriptor()
    {
        const Result r = runReport({u"--output"_s, u"/dev/stdout"_s, u"--format"_s, u"html"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(r.out.trimmed().endsWith("</html>"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList() << u"--output is required"_s;
        QTest::newRow("bad format")
            << QStringList{u"--output"_s, u"x.html"_s, u"--format"_s, u"docx"_s}
            << u"--format must be html or pdf"_s;
        QTest::newRow("bad since")
            << QStringList{u"--output"_s, u"x.html"_s, u"--since"_s, u"yesterday"_s}
            << u"--since takes"_s;
        QTest::newRow("missing history")
            << QStringList{u"--output"_s, u"x.html"_s, u"--history"_s, u"/no/such.sqlite"_s}
            << u"does not exist"_s;
        QTest::newRow("bad timeout")
            << QStringList{u"--output"_s, u"x.html"_s, u"--timeout"_s, u"nan"_s}
            << u"--timeout must be"_s;
        QTest::newRow("stray argument")
            << QStringList{u"--output"_s, u"x.html"_s, u"extra"_s} << u"unexpected argument"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const int before = m_sim->server.reportRequests();
        const Result r = runReport(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(m_sim->server.reportRequests(), before);
    }

    void aForeignHistoryIsAUsageErrorAndLeftAlone()
    {
        const QString path = existingFile(u"not-a-history.sqlite"_s);
        const Result r =
            runReport({u"--output"_s, m_dir.filePath(u"x.html"_s), u"--history"_s, path});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(readFile(path), QByteArray("yesterday's report\n"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.html"_s)));
    }

    void credentialsComeFromTheEnvironment()
    {
        QProcessEnvironment env = loginEnvironment();
        env.remove(u"THINGSPACE_PASSWORD"_s);
        const Result r = runReport({u"--output"_s, m_dir.filePath(u"y.html"_s)}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("THINGSPACE_"));
    }

    void helpNamesTheCommand()
    {
        QProcess p;
        p.start(qEnvironmentVariable("FOTA_MONITOR_EXE"), {u"report"_s, u"--help"_s});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(out.startsWith("Usage: fota-monitor report [options]"));
        for (const char *option : {"--output", "--format", "--history", "--since",
                                   "--allow-incomplete", "--timeout", "--attempts"})
            QVERIFY2(out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(ReportCliTest)
#include "tst_reportcli.moc"
