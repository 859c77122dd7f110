// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceOrder.h"
#include "export/CsvWriter.h"
#include "export/ExportJob.h"
#include "export/JsonWriter.h"

#include "support/CsvReader.h"
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

class WritersTest : public QObject
{
    Q_OBJECT

private:
    static ExportRequest request(ExportFormat format)
    {
        ExportRequest r;
        r.format = format;
        r.store.upsert({
            {u"356938035643809"_s, u"UpgradeFailed"_s, u"Timeout, retry \"later\"\nsecond line"_s,
             1'664'996'727'129, 1'664'996'701'190, kNoTime},
            {u"012345678901238"_s, u"UpgradeSuccess"_s, u"=HYPERLINK(\"http://x\")"_s,
             1'664'996'727'000, kNoTime, kNoTime},
            {u"356938035643817"_s, u"UpgradePending"_s, u"Échec – 固件下载失败"_s, kNoTime, kNoTime,
             1'665'081'300'000},
            {u"356938035643825"_s, u"Accepted"_s, u"-5 dBm"_s, kNoTime, kNoTime, kNoTime},
            {u"356938035643833"_s, u"Accepted"_s, u"+CME ERROR: 100"_s, kNoTime, kNoTime, kNoTime},
            {u"356938035643841"_s, u"Accepted"_s, u"@modem"_s, kNoTime, kNoTime, kNoTime},
            {u"356938035643858"_s, u"Accepted"_s, u"\tindented"_s, kNoTime, kNoTime, kNoTime},
            {u"356938035643866"_s, u"Accepted"_s, u"\rreturn"_s, kNoTime, kNoTime, kNoTime},
            {u"356938035643874"_s, u"Accepted"_s, u"plain, with comma"_s, kNoTime, kNoTime,
             kNoTime},
        });
        r.rows = DeviceOrder::byDeviceId(r.store);
        r.metadata = {u"0000123456-00001"_s, u"c0ffee00-1111-2222-3333-444455556666"_s, 2689,
                      1'700'000'000'000};
        return r;
    }

    static QByteArray write(const ExportRequest &r)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QString error = ExportJob::writeDevice(&buffer, r);
        if (!error.isEmpty())
            qFatal("write failed: %s", qPrintable(error));
        return buffer.data();
    }

private slots:
    void csvHeaderIsTheContract()
    {
        const QByteArray csv = write(request(ExportFormat::Csv));
        QVERIFY(csv.startsWith(
            "deviceId,status,resultReason,updatedTime,recentAttemptTime,nextAttemptTime\r\n"));
    }

    void csvRoundTripsEveryCell()
    {
        const ExportRequest r = request(ExportFormat::Csv);
        const QList<QStringList> rows = readCsv(write(r));
        QCOMPARE(rows.size(), 1 + 9);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 6);
        // Ascending device ID: the leading-zero IMEI first.
        QCOMPARE(rows[1][0], u"012345678901238"_s);
        QCOMPARE(rows[1][3], u"2022-10-05T19:05:27.000Z"_s);
        QCOMPARE(rows[1][4], QString());
        QCOMPARE(rows[2][2], u"Timeout, retry \"later\"\nsecond line"_s);
        QCOMPARE(rows[2][3], u"2022-10-05T19:05:27.129Z"_s);
        QCOMPARE(rows[2][4], u"2022-10-05T19:05:01.190Z"_s);
        QCOMPARE(rows[3][2], u"Échec – 固件下载失败"_s);
        QCOMPARE(rows[3][5], u"2022-10-06T18:35:00.000Z"_s);
        QCOMPARE(rows[9][2], u"plain, with comma"_s);
    }

    void csvNeutralisesFormulas()
    {
        const QList<QStringList> rows = readCsv(write(request(ExportFormat::Csv)));
        QCOMPARE(rows[1][2], u"'=HYPERLINK(\"http://x\")"_s);
        QCOMPARE(rows[4][2], u"'-5 dBm"_s);
        QCOMPARE(rows[5][2], u"'+CME ERROR: 100"_s);
        QCOMPARE(rows[6][2], u"'@modem"_s);
        QCOMPARE(rows[7][2], u"'\tindented"_s);
        QCOMPARE(rows[8][2], u"'\rreturn"_s);
        // No cell of the file starts with a formula character once unquoted.
        for (const QStringList &row : rows) {
            for (const QString &cell : row)
                QVERIFY2(cell.isEmpty() || !u"=+-@\t\r"_s.contains(cell.front()), qPrintable(cell));
        }
    }

    void csvIsUtf8WithoutBom()
    {
        const QByteArray csv = write(request(ExportFormat::Csv));
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains(u"固件下载失败"_s.toUtf8()));
    }

    void csvForExcelStartsWithBomAndOtherwiseMatches()
    {
        // The option only prepends the byte-order mark: the rest is byte for byte the default.
        const QByteArray plain = write(request(ExportFormat::Csv));
        ExportRequest excel = request(ExportFormat::Csv);
        excel.csv.byteOrderMark = true;
        const QByteArray withBom = write(excel);
        QVERIFY(withBom.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(withBom.mid(3), plain);
        QCOMPARE(CsvWriter::byteOrderMark(), QByteArray("\xEF\xBB\xBF"));
        // The JSON writer ignores it.
        ExportRequest json = request(ExportFormat::Json);
        json.csv.byteOrderMark = true;
        QVERIFY(write(json).startsWith('{'));
    }

    void jsonHasTheContractShape()
    {
        const ExportRequest r = request(ExportFormat::Json);
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(write(r), &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.keys(), (QStringList{u"accountName"_s, u"campaignId"_s, u"devices"_s,
                                        u"exportedAt"_s, u"totalDevice"_s}));
        QCOMPARE(o.value("accountName"_L1).toString(), u"0000123456-00001"_s);
        QCOMPARE(o.value("totalDevice"_L1).toInteger(), 2689);
        QCOMPARE(o.value("exportedAt"_L1).toString(), u"2023-11-14T22:13:20.000Z"_s);
        const QJsonArray devices = o.value("devices"_L1).toArray();
        QCOMPARE(devices.size(), 9);
        const QJsonObject first = devices[0].toObject();
        QCOMPARE(first.keys(),
                 (QStringList{u"deviceId"_s, u"nextAttemptTime"_s, u"recentAttemptTime"_s,
                              u"resultReason"_s, u"status"_s, u"updatedTime"_s}));
        QCOMPARE(first.value("deviceId"_L1).toString(), u"012345678901238"_s);
        QVERIFY(first.value("recentAttemptTime"_L1).isNull());
        QCOMPARE(first.value("resultReason"_L1).toString(),
                 u"=HYPERLINK(\"http://x\")"_s); // JSON keeps text as is
        QCOMPARE(devices[1].toObject().value("resultReason"_L1).toString(),
                 u"Timeout, retry \"later\"\nsecond line"_s);
        QCOMPARE(devices[2].toObject().value("resultReason"_L1).toString(),
                 u"Échec – 固件下载失败"_s);
        QCOMPARE(devices[2].toObject().value("nextAttemptTime"_L1).toString(),
                 u"2022-10-06T18:35:00.000Z"_s);
    }

    void jsonOfNothingIsValid()
    {
        ExportRequest r = request(ExportFormat::Json);
        r.rows.clear();
        r.metadata.totalDevice.reset();
        const QJsonDocument doc = QJsonDocument::fromJson(write(r));
        QVERIFY(doc.isObject());
        QVERIFY(doc.object().value("totalDevice"_L1).isNull());
        QCOMPARE(doc.object().value("devices"_L1).toArray().size(), 0);
    }

    void writesFilesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QCOMPARE(ExportJob::writeFile(path, request(ExportFormat::Csv)), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(readCsv(file.readAll()).size(), 10);
    }

    void cancelledExportLeavesExistingFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keep.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        ExportRequest big = request(ExportFormat::Csv);
        QVector<DeviceRecord> many;
        for (int i = 0; i < 50'000; ++i)
            many.append(
                {QString::number(100'000'000'000'000LL + i), u"UpgradeSuccess"_s, {}, 0, 0, 0});
        big.store.upsert(many);
        big.rows = DeviceOrder::byDeviceId(big.store);
        std::atomic<bool> cancel{false};
        qint64 progressCalls = 0;
        ExportControl control;
        control.cancel = &cancel;
        control.progress = [&](qint64 done, qint64 total) {
            ++progressCalls;
            QCOMPARE(total, qint64(big.rows.size()));
            if (done > 10'000)
                cancel = true;
        };
        QVERIFY(!ExportJob::writeFile(path, big, control).isEmpty());
        QVERIFY(progressCalls > 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{u"keep.csv"_s}); // no temp left
    }

    void unwritableTargetIsAClearError()
    {
        const QString error =
            ExportJob::writeFile(u"/nonexistent-dir/x.csv"_s, request(ExportFormat::Csv));
        QVERIFY(error.contains(u"/nonexistent-dir/x.csv"_s));
    }

    void formatNames()
    {
        QCOMPARE(ExportJob::formatFromName(u"CSV"_s), ExportFormat::Csv);
        QCOMPARE(ExportJob::formatFromName(u"json"_s), ExportFormat::Json);
        QCOMPARE(ExportJob::formatFromName(u"xml"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(WritersTest)
#include "tst_writers.moc"
