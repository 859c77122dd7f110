// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The rewritten CSV and JSON writers against the previous implementation (ReferenceWriters.h):
// byte for byte, on a campaign with every quirk, on a large simulated campaign, and with
// progress and cancel still honoured.

#include "export/ReferenceWriters.h"

#include "campaign/DeviceOrder.h"
#include "export/CsvWriter.h"
#include "export/IsoTime.h"
#include "export/JsonWriter.h"
#include "simulator/SimulatedCampaign.h"
#include "thingspace/TimeFormat.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

DeviceStore quirkyStore()
{
    DeviceStore store;
    const QString lone = QString(QChar(0xD800)) + u"lone surrogate"_s;
    store.upsert({
        {u"356938035643809"_s, u"UpgradeFailed"_s, u"Timeout, retry \"later\"\nsecond line"_s,
         1'664'996'727'129, 1'664'996'701'190, kNoTime},
        {u"012345678901238"_s, u"UpgradeSuccess"_s, u"=HYPERLINK(\"http://x\")"_s,
         1'664'996'727'000, kNoTime, kNoTime},
        {u"356938035643817"_s, u"UpgradePending"_s, u"Échec – 固件下载失败 🚀"_s, kNoTime, kNoTime,
         1'665'081'300'000},
        {u"356938035643825"_s, u"Accepted"_s, u"-5 dBm"_s, -1, 0, 999},
        {u"356938035643833"_s, u"Accepted"_s, u"+CME ERROR: 100"_s, -62'135'596'800'001,
         -62'198'755'200'000, 253'402'300'800'000},
        {u"356938035643841"_s, u"Accepted, \"quoted\""_s, u"@modem"_s, 9'223'372'036'854'775'807,
         -9'223'372'036'854'775'807, 1},
        {u"356938035643858"_s, u"Accepted"_s, u"\tindented"_s, kNoTime, kNoTime, kNoTime},
        {u"356938035643866"_s, u"Accepted"_s, u"\rreturn"_s, kNoTime, kNoTime, kNoTime},
        {u"356938035643874"_s, u"Accepted"_s, u"plain, with comma"_s, kNoTime, kNoTime, kNoTime},
        {u"IMEI-\"7\",x"_s, u"=1+1"_s, u"control \x01\x1f\x7f chars"_s, kNoTime, kNoTime, kNoTime},
        {u"0"_s, QString(), QString(), kNoTime, kNoTime, kNoTime},
        {u"99999999999999999"_s, u"Upgrade\\Pending"_s, lone, 0, kNoTime, kNoTime},
        {u"123456789012345678"_s, u"Text ID longer than 17 digits"_s, u"x"_s, kNoTime, kNoTime,
         kNoTime},
    });
    return store;
}

QByteArray writeCsv(const DeviceStore &store, const std::vector<quint32> &rows,
                    const ExportControl &control = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!CsvWriter::write(&buffer, store, rows, control, &error))
        return "FAILED: " + error.toUtf8();
    return buffer.data();
}

QByteArray writeJson(const DeviceStore &store, const std::vector<quint32> &rows,
                     const ExportMetadata &metadata, const ExportControl &control = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!JsonWriter::write(&buffer, store, rows, metadata, control, &error))
        return "FAILED: " + error.toUtf8();
    return buffer.data();
}

} // namespace

class WriterFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void csvIsByteIdenticalOnEveryQuirk()
    {
        const DeviceStore store = quirkyStore();
        for (const auto &rows : {DeviceOrder::byDeviceId(store), std::vector<quint32>{},
                                 std::vector<quint32>{3, 3, 0}}) {
            const QByteArray expected = reference::csv(store, rows);
            QCOMPARE(writeCsv(store, rows), expected);
        }
    }

    void jsonIsByteIdenticalOnEveryQuirk()
    {
        const DeviceStore store = quirkyStore();
        const ExportMetadata metadata{u"0000123456-00001"_s, u"c0ffee \"x\"\n"_s, 2689,
                                      1'700'000'000'000};
        const ExportMetadata noTotal{QString(), QString(), std::nullopt, -1};
        for (const auto &rows : {DeviceOrder::byDeviceId(store), std::vector<quint32>{}}) {
            QCOMPARE(writeJson(store, rows, metadata), reference::json(store, rows, metadata));
            QCOMPARE(writeJson(store, rows, noTotal), reference::json(store, rows, noTotal));
        }
    }

    void byteIdenticalOnASimulatedCampaign()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"big"_s, 30'000, 11);
        DeviceStore store;
        QVector<DeviceRecord> records;
        for (const auto &d : campaign.devices())
            records.append({d.deviceId, d.status, d.resultReason, d.updatedTimeMs,
                            d.recentAttemptMs, d.nextAttemptMs});
        store.upsert(records);
        const std::vector<quint32> rows = DeviceOrder::byDeviceId(store);
        // More than one 1 MiB flush, so the buffer's reuse is covered too.
        const QByteArray csv = writeCsv(store, rows);
        QVERIFY(csv.size() > 2 * (1 << 20));
        QCOMPARE(csv, reference::csv(store, rows));
        const ExportMetadata metadata{u"acc"_s, u"big"_s, 30'000, 1'700'000'000'000};
        QCOMPARE(writeJson(store, rows, metadata), reference::json(store, rows, metadata));
    }

    // A row longer than the writers' one-megabyte buffer, between ordinary rows: the buffer
    // grows for it and every byte still comes out in order.
    void aRowLongerThanTheBufferIsWrittenWhole()
    {
        DeviceStore store;
        const QString huge = QString(3 << 20, u'x') + u", \"end\""_s;
        store.upsert({{u"356938035643809"_s, u"UpgradeFailed"_s, u"short"_s, 1, 2, 3},
                      {u"356938035643817"_s, huge, huge, kNoTime, kNoTime, kNoTime},
                      {u"356938035643825"_s, u"Accepted"_s, u"after"_s, 4, 5, 6}});
        const std::vector<quint32> rows = DeviceOrder::byDeviceId(store);
        const QByteArray csv = writeCsv(store, rows);
        QVERIFY(csv.size() > 6 << 20);
        QCOMPARE(csv, reference::csv(store, rows));
        const ExportMetadata metadata{u"acc"_s, u"long"_s, 3, 1'700'000'000'000};
        QCOMPARE(writeJson(store, rows, metadata), reference::json(store, rows, metadata));
    }

    void timesMatchPrintfEverywhere()
    {
        QRandomGenerator rng(42);
        const qint64 edges[] = {0,
                                -1,
                                1,
                                999,
                                -86'400'000,
                                -62'135'596'800'000, // 0001-01-01
                                -62'167'219'200'001, // just before year 0
                                253'402'300'799'999, // 9999-12-31T23:59:59.999
                                253'402'300'800'000, // 10000-01-01
                                std::numeric_limits<qint64>::max(),
                                std::numeric_limits<qint64>::min() + 1};
        QList<qint64> values(std::begin(edges), std::end(edges));
        for (int i = 0; i < 20'000; ++i)
            values << qint64(rng.generate64() >> (rng.bounded(40)));
        for (int i = 0; i < 2'000; ++i)
            values << -qint64(rng.generate64() >> (1 + rng.bounded(40)));
        // Times that share days, before and after the epoch and 512 days apart (one slot of the
        // writers' table of formatted dates), so the table is hit and overwritten.
        for (const qint64 base : {qint64(1'664'996'727'129), qint64(-5'000'000'000), qint64(0)}) {
            for (int i = 0; i < 4'000; ++i)
                values << base + qint64(rng.bounded(3 * 86'400'000)) +
                              qint64(rng.bounded(4)) * 512 * 86'400'000 - 86'400'000;
        }
        for (const qint64 ms : values) {
            QByteArray got;
            IsoTime::append(got, ms);
            QByteArray want;
            reference::appendIso(want, ms);
            QCOMPARE(got, want);
            // TimeFormat overflows (undefined) within a day of the ends of qint64.
            if (ms > std::numeric_limits<qint64>::min() / 2 &&
                ms < std::numeric_limits<qint64>::max() / 2)
                QCOMPARE(QString::fromLatin1(got), TimeFormat::isoUtcMillis(ms));
        }
        QByteArray none;
        IsoTime::append(none, kNoTime);
        QVERIFY(none.isEmpty());
    }

    void progressAndCancelStillWork()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"p"_s, 20'000, 2);
        DeviceStore store;
        QVector<DeviceRecord> records;
        for (const auto &d : campaign.devices())
            records.append({d.deviceId, d.status, d.resultReason, d.updatedTimeMs,
                            d.recentAttemptMs, d.nextAttemptMs});
        store.upsert(records);
        const std::vector<quint32> rows = DeviceOrder::byDeviceId(store);

        QList<qint64> seen;
        ExportControl control;
        control.progress = [&seen](qint64 done, qint64 total) {
            QCOMPARE(total, 20'000);
            seen << done;
        };
        QVERIFY(!writeCsv(store, rows, control).startsWith("FAILED"));
        QCOMPARE(seen, QList<qint64>({8192, 16384, 20000}));
        seen.clear();
        QVERIFY(!writeJson(store, rows, {}, control).startsWith("FAILED"));
        QCOMPARE(seen, QList<qint64>({8192, 16384, 20000}));

        std::atomic<bool> cancel{false};
        ExportControl cancelling;
        cancelling.cancel = &cancel;
        cancelling.progress = [&cancel](qint64, qint64) {
            cancel = true;
        };
        QCOMPARE(writeCsv(store, rows, cancelling), QByteArray("FAILED: export cancelled"));
        cancel = false;
        QCOMPARE(writeJson(store, rows, {}, cancelling), QByteArray("FAILED: export cancelled"));
    }
};

QTEST_GUILESS_MAIN(WriterFormatTest)
#include "tst_writerformat.moc"
