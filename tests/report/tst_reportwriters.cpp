// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The campaign report's files: the HTML page parsed back as XML (well-formed, self-contained,
// every server string escaped), the PDF read back with poppler's tools (pages, paper size by
// locale, extractable text, nothing beyond the page's margins).
#include "campaign/DeviceStore.h"
#include "report/ReportBuilder.h"
#include "report/ReportHtmlWriter.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"
#include "simulator/SimulatedCampaign.h"
#include "support/SimulatedStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;

namespace {

constexpr qint64 kHour = 3'600'000;
const QString kAccount = u"0000123456-00001"_s;
const QString kCampaign = u"7d3f1c2e-0b5a-4e6f-8a9b-112233445566"_s;
const QString kScript = u"<script>alert(1)</script>"_s;
const QString kHostileId = u"<img src=x onerror=alert(2)>"_s;
const QString kHostileName = u"</title><script>alert(3)</script>"_s;
const QString kEscape = u"\x1b]0;owned\x07\nWrote 999 devices"_s;

// What an XHTML page holds, read with QXmlStreamReader.
struct Parsed
{
    QString error;
    QStringList elements;
    QList<QPair<QString, QString>> attributes; // (name, value) of every element
    QString text;                              // every text node, in order
    QString style;                             // the <style> element's text
    QString title;
};

Parsed parse(const QByteArray &html)
{
    Parsed p;
    QXmlStreamReader xml(html);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            current = xml.name().toString();
            p.elements << current;
            for (const QXmlStreamAttribute &a : xml.attributes())
                p.attributes.append({a.name().toString(), a.value().toString()});
        } else if (xml.isCharacters()) {
            p.text += xml.text();
            if (current == "style"_L1)
                p.style += xml.text();
            if (current == "title"_L1 && p.title.isEmpty())
                p.title = xml.text().toString();
        } else if (xml.isEndElement()) {
            current.clear();
        }
    }
    if (xml.hasError())
        p.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return p;
}

DeviceRecord record(const QString &id, const QString &status, const QString &reason,
                    qint64 next = kNoTime)
{
    DeviceRecord r;
    r.deviceId = id;
    r.status = status;
    r.resultReason = reason;
    r.nextAttemptTime = next;
    return r;
}

// A store whose server text is hostile, and with `overdue` pending devices past their next
// attempt (so the PDF runs to several pages).
DeviceStore hostileStore(qint64 asOf, int overdue)
{
    QVector<DeviceRecord> records;
    records << record(u"350000000000001"_s, u"UpgradeFailed"_s, kScript)
            << record(kHostileId, u"UpgradeFailed"_s, kEscape)
            << record(u"350000000000002"_s, u"<b>bold</b>"_s, QString())
            << record(u"350000000000003"_s, u"UpgradeFailed"_s, QString(600, u'W'))
            << record(u"350000000000004"_s, u"UpgradeSuccess"_s, QString());
    for (int i = 0; i < overdue; ++i) {
        records << record(u"3510000%1"_s.arg(i, 8, 10, QChar(u'0')), u"UpgradePending"_s,
                          i % 7 == 0 ? QString(400, u'x') : u"Device did not respond"_s,
                          asOf - kHour - i * 60'000);
    }
    DeviceStore store;
    store.upsert(records);
    store.setTotalDevice(records.size());
    return store;
}

ReportModel modelOf(const DeviceStore &store, qint64 asOf, const QString &name = {})
{
    ReportInput input;
    input.store = &store;
    input.environment = u"https://thingspace.verizon.com"_s;
    input.accountName = kAccount;
    input.campaignId = kCampaign;
    CampaignInfo info;
    info.id = kCampaign;
    info.campaignName = name.isEmpty() ? u"Q4 modem rollout"_s : name;
    info.status = u"CampaignActive"_s;
    info.firmwareFrom = u"1.0"_s;
    info.firmwareTo = u"2.0"_s;
    input.info = info;
    input.asOfMs = asOf;
    input.generatedAtMs = asOf + 60'000;
    input.utc = true;
    return ReportBuilder::build(input);
}

// A stub chart renderer: a known image, so the report's embedding is what is tested.
ReportChart stubChart()
{
    return [](const QList<SnapshotPoint> &, QSize size, qreal dpr) {
        QImage image((QSizeF(size) * dpr).toSize(), QImage::Format_ARGB32);
        image.fill(QColor(0x12, 0x34, 0x56));
        image.setDevicePixelRatio(dpr);
        return image;
    };
}

// A report of `store` as of `asOf`, with a one-snapshot history drawn by stubChart().
ReportInput inputWithChart(const DeviceStore &store, qint64 asOf)
{
    ReportInput input;
    input.store = &store;
    input.environment = u"https://thingspace.verizon.com"_s;
    input.accountName = kAccount;
    input.campaignId = kCampaign;
    input.asOfMs = asOf;
    input.generatedAtMs = asOf;
    input.history = ReportHistory();
    const qint64 devices = qint64(store.size());
    input.history->points.append(SnapshotPoint{1, asOf - kHour, {}, devices, devices, kNoTime});
    input.chart = stubChart();
    return input;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return u"<%1 failed: %2>"_s.arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    // Compatibility forms, so a ligature the font set ("ﬁ") reads as its letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

class ReportWritersTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const qint64 m_asOf = SimulatedCampaign::kStartMs + 40 * 24 * kHour;

    QString writePdf(const ReportModel &model, const QLocale &locale, const QString &name)
    {
        QString error;
        const QByteArray pdf = ReportWriter::render(model, ReportFormat::Pdf, locale, &error);
        if (pdf.isEmpty())
            return {};
        const QString path = m_dir.filePath(name);
        return ReportWriter::writeFile(path, pdf).isEmpty() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsEmpty("FOTA_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("report files kept in %s", qPrintable(m_dir.path()));
        }
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "poppler-utils is missing: run scripts/install-deps.sh");
    }

    void htmlIsWellFormedAndSelfContained()
    {
        const SimulatedCampaign campaign =
            SimulatedCampaign::generate(kAccount, kCampaign, 2689, 7);
        const DeviceStore store = storeOf(campaign);
        const ReportInput input = inputWithChart(store, m_asOf);
        const QByteArray html = ReportHtmlWriter::write(ReportBuilder::build(input), QLocale());
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        const Parsed p = parse(html);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.elements.first(), u"html"_s);
        for (const QString &id : {u"campaign"_s, u"progress"_s, u"statuses"_s, u"reasons"_s,
                                  u"overdue"_s, u"changes"_s})
            QVERIFY2(p.attributes.contains({u"id"_s, id}), qPrintable(id));
        // Nothing is fetched: no script, no stylesheet or frame, only embedded images.
        for (const QString &tag :
             {u"script"_s, u"link"_s, u"iframe"_s, u"object"_s, u"embed"_s, u"base"_s, u"frame"_s})
            QVERIFY2(!p.elements.contains(tag), qPrintable(tag));
        int images = 0;
        for (const auto &[name, value] : p.attributes) {
            if (name == "src"_L1) {
                QVERIFY2(value.startsWith(u"data:image/png;base64,"_s), qPrintable(value.left(80)));
                ++images;
            }
            QVERIFY2(name != "href"_L1 || value.startsWith(u'#'), qPrintable(value));
        }
        QCOMPARE(images, 1);                       // the stub chart
        QVERIFY(p.elements.contains(u"svg"_s));    // the stacked bar
        QVERIFY(p.elements.count(u"rect"_s) >= 3); // one per non-empty bucket
        QVERIFY(!p.style.contains(u"url("_s));
        QVERIFY(!p.style.contains(u"@import"_s));
        QVERIFY(p.style.contains(u"prefers-color-scheme: dark"_s));
        // A link-like string appears only as text a server sent (the simulator has a reason
        // "=HYPERLINK(\"http://x\")"), never in markup of the page's own.
        for (const QString &scheme : {u"http://"_s, u"https://"_s}) {
            QCOMPARE(QString::fromUtf8(html).count(scheme), p.text.count(scheme));
            for (const auto &attribute : p.attributes)
                QVERIFY(!attribute.second.contains(scheme));
        }
        QVERIFY(p.text.contains(u"thingspace.verizon.com"_s));
    }

    void htmlEscapesEveryServerString()
    {
        const DeviceStore store = hostileStore(m_asOf, 3);
        const QByteArray html =
            ReportHtmlWriter::write(modelOf(store, m_asOf, kHostileName), QLocale());
        const Parsed p = parse(html);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(!p.elements.contains(u"script"_s));
        QVERIFY(!p.elements.contains(u"img"_s)); // no chart here, and no injected one
        QCOMPARE(p.title, kHostileName + u" — campaign report"_s);
        // What the server sent reads back as text, control characters made visible.
        QVERIFY(p.text.contains(kScript));
        QVERIFY(p.text.contains(kHostileId));
        QVERIFY(p.text.contains(u"<b>bold</b>"_s));
        QVERIFY(p.text.contains(u"\\x1b]0;owned\\x07\\nWrote 999 devices"_s));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(!html.contains('\x1b'));
        QVERIFY(!html.contains('\x07'));
    }

    void numbersFollowTheLocale()
    {
        const SimulatedCampaign campaign =
            SimulatedCampaign::generate(kAccount, kCampaign, 2689, 7);
        const DeviceStore store = storeOf(campaign);
        const ReportModel model = modelOf(store, m_asOf);
        const Parsed de = parse(ReportHtmlWriter::write(model, QLocale(u"de_DE"_s)));
        const Parsed us = parse(ReportHtmlWriter::write(model, QLocale(u"en_US"_s)));
        const Parsed c = parse(ReportHtmlWriter::write(model, QLocale::c()));
        QVERIFY(de.text.contains(u"2.689"_s));
        QVERIFY(!de.text.contains(u"2,689"_s));
        QVERIFY(us.text.contains(u"2,689"_s));
        QVERIFY(c.text.contains(u"2,689"_s)); // the C locale groups as English does
    }

    void datesHaveTheWindowsFourDigitYears()
    {
        const qint64 ms =
            QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        const QLocale us(u"en_US"_s);
        const QString shortTime = ReportText(us, true).shortTime(ms);
        QVERIFY2(shortTime.startsWith(u"11/20/2026 "_s), qPrintable(shortTime));
        QVERIFY2(ReportText(QLocale(u"de_DE"_s), true).shortTime(ms).startsWith(u"20.11.2026 "_s),
                 qPrintable(ReportText(QLocale(u"de_DE"_s), true).shortTime(ms)));
        // The campaign header's dates, as the window's header writes them.
        const SimulatedCampaign campaign = SimulatedCampaign::generate(kAccount, kCampaign, 120, 7);
        const DeviceStore store = storeOf(campaign);
        ReportModel model = modelOf(store, m_asOf);
        QVERIFY(model.hasInfo);
        model.info.startDate = QDate(2026, 11, 20);
        model.info.endDate = QDate(2026, 12, 4);
        const QString text = parse(ReportHtmlWriter::write(model, us)).text;
        QVERIFY2(text.contains(u"11/20/2026"_s) && text.contains(u"12/4/2026"_s),
                 qPrintable(text.left(600)));
        static const QRegularExpression twoDigitYear(u"\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b"_s);
        static const QRegularExpression fourDigitYear(u"\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b"_s);
        QVERIFY2(!twoDigitYear.match(text).hasMatch(), qPrintable(text.left(600)));
        QVERIFY2(fourDigitYear.match(text).hasMatch(), qPrintable(text.left(600)));
    }

    void timesNameTheirZone()
    {
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", "Europe/Paris");
        ::tzset();
        const qint64 winter =
            QDateTime(QDate(2026, 1, 15), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 summer =
            QDateTime(QDate(2026, 7, 15), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        const ReportText local(QLocale(u"en_GB"_s), false);
        const ReportText utc(QLocale(u"en_GB"_s), true);
        const QString w = local.timeWithZone(winter);
        const QString s = local.timeWithZone(summer);
        const QString u = utc.timeWithZone(winter);
        const QString zone = local.zoneName();
        before.isNull() ? qunsetenv("TZ") : qputenv("TZ", before);
        ::tzset();
        QVERIFY2(w.contains(u"10:30 UTC+01:00 (Europe/Paris)"_s), qPrintable(w));
        QVERIFY2(s.contains(u"11:30 UTC+02:00 (Europe/Paris)"_s), qPrintable(s));
        QVERIFY2(u.endsWith(u"09:30 UTC"_s), qPrintable(u));
        QVERIFY(w.contains(u"15 January 2026"_s));
        QCOMPARE(zone, u"local time, Europe/Paris"_s);
        QCOMPARE(utc.zoneName(), u"UTC"_s);
    }

    void paperComesFromTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("size");
        QTest::newRow("en_US") << u"en_US"_s << int(QPageSize::Letter);
        QTest::newRow("es_US") << u"es_US"_s << int(QPageSize::Letter);
        QTest::newRow("en_GB") << u"en_GB"_s << int(QPageSize::A4);
        QTest::newRow("de_DE") << u"de_DE"_s << int(QPageSize::A4);
        QTest::newRow("ja_JP") << u"ja_JP"_s << int(QPageSize::A4);
        QTest::newRow("C") << u"C"_s << int(QPageSize::A4);
    }
    void paperComesFromTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, size);
        QCOMPARE(int(ReportPdfWriter::pageSizeFor(QLocale(locale)).id()), size);
    }

    void pdfIsPagedOnTheLocalesPaper()
    {
        const DeviceStore store = hostileStore(m_asOf, 1000);
        const ReportModel model = modelOf(store, m_asOf);
        QCOMPARE(model.overdue, 1000);
        const QString a4 = writePdf(model, QLocale(u"de_DE"_s), u"a4.pdf"_s);
        const QString letter = writePdf(model, QLocale(u"en_US"_s), u"letter.pdf"_s);
        QVERIFY(!a4.isEmpty() && !letter.isEmpty());
        const QString a4Info = run(u"pdfinfo"_s, {a4});
        const QString letterInfo = run(u"pdfinfo"_s, {letter});
        QVERIFY2(a4Info.contains(u"(A4)"_s), qPrintable(a4Info));
        QVERIFY2(letterInfo.contains(u"612 x 792 pts (letter)"_s), qPrintable(letterInfo));
        const QRegularExpression pagesLine(u"Pages:\\s+(\\d+)"_s);
        const int pages = pagesLine.match(a4Info).captured(1).toInt();
        QVERIFY2(pages > 1, qPrintable(a4Info));
        QVERIFY(a4Info.contains(u"Q4 modem rollout"_s)); // the title
    }

    // The bar and the chart are flat colours and thin lines: stored losslessly (Flate), never
    // as JPEG, which blurs them (and loads the JPEG plugin, whose thread-local storage made
    // LeakSanitizer's check at exit crash now and then).
    void pdfImagesAreLossless()
    {
        const DeviceStore store = hostileStore(m_asOf, 1000);
        const ReportInput input = inputWithChart(store, m_asOf);
        const QString path =
            writePdf(ReportBuilder::build(input), QLocale(u"en_US"_s), u"images.pdf"_s);
        QVERIFY(!path.isEmpty());
        // pdfimages -list: two header lines, then one line an image or mask; the ninth column
        // is its encoding ("image" for Flate, "jpeg" for DCT).
        const QStringList lines = run(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n');
        QStringList encodings;
        for (const QString &line : lines.mid(2)) {
            const QStringList columns = line.simplified().split(u' ');
            if (columns.size() > 8)
                encodings << columns.at(8);
        }
        QVERIFY2(encodings.size() >= 2, qPrintable(lines.join(u'\n'))); // the bar and the chart
        for (const QString &encoding : encodings)
            QVERIFY2(encoding == u"image"_s, qPrintable(lines.join(u'\n')));
    }

    void pdfTextIsExtractableAndWhole()
    {
        const DeviceStore store = hostileStore(m_asOf, 1000);
        const ReportModel model = modelOf(store, m_asOf);
        const QString path = writePdf(model, QLocale(u"en_GB"_s), u"text.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        const int pages = QString(run(u"pdfinfo"_s, {path}))
                              .section(u"Pages:"_s, 1)
                              .trimmed()
                              .section(u'\n', 0, 0)
                              .toInt();
        QVERIFY(pages > 1);
        QVERIFY(text.contains(u"Q4 modem rollout"_s));
        QVERIFY(text.contains(u"Overdue devices"_s));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(kScript)); // text, never markup
        QVERIFY(text.contains(u"The first 100 of 1,000 overdue devices are listed"_s));
        // Each listed device once, whole: a row is never cut or drawn on two pages.
        for (const ReportModel::Device &d : model.overdueList)
            QCOMPARE(text.count(d.deviceId), 1);
        // A 600-character reason with no space wraps instead of running off the page; its
        // 300 characters shown are all there.
        QString squeezed = text;
        squeezed.remove(QRegularExpression(u"\\s+"_s));
        squeezed.remove(u"350000000000003"_s); // its example device, beside its first line
        QVERIFY(squeezed.contains(QString(299, u'W')));
    }

    void pdfDrawsNothingBeyondTheMargins()
    {
        const DeviceStore store = hostileStore(m_asOf, 1000);
        const QString path = writePdf(modelOf(store, m_asOf), QLocale(u"en_US"_s), u"bbox.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString boxes = run(u"pdftotext"_s, {u"-bbox"_s, path, u"-"_s});
        const QRegularExpression page(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"_s);
        const QRegularExpression word(
            u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"_s);
        const QRegularExpressionMatch size = page.match(boxes);
        QVERIFY2(size.hasMatch(), qPrintable(boxes.left(400)));
        const double width = size.captured(1).toDouble();
        const double height = size.captured(2).toDouble();
        const double margin = 14 / 25.4 * 72 - 1; // the writer's 14 mm, less a point
        int words = 0;
        for (const QRegularExpressionMatch &m : word.globalMatch(boxes)) {
            ++words;
            const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
            const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
            QVERIFY2(x0 >= margin && x1 <= width - margin && y0 >= margin && y1 <= height - margin,
                     qPrintable(u"word at %1,%2–%3,%4"_s.arg(x0).arg(y0).arg(x1).arg(y1)));
        }
        QVERIFY(words > 1000);
    }

    void noHeadingIsLeftAtTheFootOfAPage()
    {
        // More failure reasons push "Overdue devices" down the first page; at some counts it
        // reaches the foot of the page (at 7 with this text), where it must move over with
        // its text.
        for (int reasons = 1; reasons <= 30; ++reasons) {
            QVector<DeviceRecord> records;
            for (int i = 0; i < reasons; ++i)
                records << record(u"35000000%1"_s.arg(i, 7, 10, QChar(u'0')), u"UpgradeFailed"_s,
                                  u"Failure kind %1 of the modem firmware"_s.arg(QChar(u'A' + i)));
            for (int i = 0; i < 30; ++i)
                records << record(u"36000000%1"_s.arg(i, 7, 10, QChar(u'0')), u"UpgradePending"_s,
                                  u"Device did not respond"_s, m_asOf - kHour - i * 60'000);
            DeviceStore store;
            store.upsert(records);
            ReportInput input;
            input.store = &store;
            input.asOfMs = m_asOf;
            input.limits.reasons = reasons;
            const QString path = writePdf(ReportBuilder::build(input), QLocale(u"en_GB"_s),
                                          u"headings-%1.pdf"_s.arg(reasons));
            QVERIFY(!path.isEmpty());
            const QStringList pages = run(u"pdftotext"_s, {path, u"-"_s}).split(u'\f');
            // The heading, its paragraph and the table's head row share a page.
            for (const QString &page : pages) {
                if (page.contains(u"Overdue devices"_s))
                    QVERIFY2(page.contains(u"Overdue by"_s),
                             qPrintable(u"%1 reasons: a heading ends a page"_s.arg(reasons)));
            }
        }
    }

    void writingFollowsTheExportRules()
    {
        const QString existing = m_dir.filePath(u"existing.html"_s);
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("yesterday's report\n");
        }
        QVERIFY(ReportWriter::writeFile(u"/dev/full"_s, QByteArray(4096, 'x'))
                    .contains(u"No space left on device"_s));
        QVERIFY(ReportWriter::writeFile(m_dir.filePath(u"no/such/dir.html"_s), "x")
                    .contains(u"does not exist"_s));
        QVERIFY(ReportWriter::writeFile(existing, "today's report\n").isEmpty());
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("today's report\n"));
    }
};

QTEST_MAIN(ReportWritersTest)
#include "tst_reportwriters.moc"
