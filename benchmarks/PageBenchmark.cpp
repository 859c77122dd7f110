// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Micro-benchmarks of the page pipeline's CPU work, one thread, no network:
//   - decoding a 1,000-device report page: QJsonDocument + ReportParser against
//     ReportPageDecoder (simdjson On-Demand), in µs a page;
//   - writing a million devices as CSV and as JSON into a sink that drops the bytes.
//
//   fota-page-benchmark [--pages N] [--devices N]

#include "campaign/DeviceOrder.h"
#include "campaign/DeviceStore.h"
#include "export/CsvWriter.h"
#include "export/JsonWriter.h"
#include "simulator/ReportPageWriter.h"
#include "simulator/SimulatedCampaign.h"
#include "thingspace/ReportPageDecoder.h"
#include "thingspace/ReportParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

// Counts what it is given and keeps none of it, so a writer is timed without the disk.
class NullDevice : public QIODevice
{
public:
    qint64 bytes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        bytes += size;
        return size;
    }
};

QList<QByteArray> makePages(const sim::SimulatedCampaign &campaign, int count, bool wrongTypes)
{
    QList<QByteArray> pages;
    const auto &devices = campaign.devices();
    for (int i = 0; i < count; ++i) {
        sim::ReportPageWriter::Page p;
        p.begin = qsizetype(i) * 1000 % devices.size();
        p.end = std::min<qsizetype>(p.begin + 1000, devices.size());
        p.hasMoreData = true;
        p.lastSeenDeviceId = devices.at(p.end - 1).deviceId;
        p.pageNumber = i; // statusTime, shuffled and plain pages in turn
        p.wrongTypes = wrongTypes;
        pages.append(sim::ReportPageWriter::write(campaign, p));
    }
    return pages;
}

double decodeQt(const QList<QByteArray> &pages, qint64 *devices)
{
    QElapsedTimer t;
    t.start();
    for (const QByteArray &body : pages) {
        DecodedPage page;
        QString error;
        ReportParser::parse(QJsonDocument::fromJson(body), &page, &error);
        *devices += qint64(page.devices.size());
    }
    return double(t.nsecsElapsed()) / 1e3 / double(pages.size());
}

double decodeSimdjson(const QList<QByteArray> &pages, qint64 *devices)
{
    QElapsedTimer t;
    t.start();
    for (const QByteArray &body : pages) {
        DecodedPage page;
        QString error;
        ReportPageDecoder::decode(body, &page, &error);
        *devices += qint64(page.devices.size());
    }
    return double(t.nsecsElapsed()) / 1e3 / double(pages.size());
}

void benchmarkDecoders(const sim::SimulatedCampaign &campaign, int pageCount)
{
    std::printf("decode a 1,000-device page (%d pages, median of 5 rounds)\n", pageCount);
    for (const bool wrongTypes : {false, true}) {
        const QList<QByteArray> pages = makePages(campaign, pageCount, wrongTypes);
        qint64 bytes = 0;
        for (const QByteArray &p : pages)
            bytes += p.size();
        std::vector<double> qt, sj;
        qint64 qtDevices = 0, sjDevices = 0;
        for (int round = 0; round < 5; ++round) {
            qt.push_back(decodeQt(pages, &qtDevices));
            sj.push_back(decodeSimdjson(pages, &sjDevices));
        }
        std::sort(qt.begin(), qt.end());
        std::sort(sj.begin(), sj.end());
        std::printf("  %-22s %7.0f bytes/page  QJsonDocument+ReportParser %8.1f us  "
                    "ReportPageDecoder %8.1f us  (%.1fx)%s\n",
                    wrongTypes ? "wrong-types pages" : "plain pages", double(bytes) / pages.size(),
                    qt[2], sj[2], qt[2] / sj[2],
                    qtDevices == sjDevices ? "" : "  DEVICE COUNTS DIFFER");
    }
}

void benchmarkWriters(const sim::SimulatedCampaign &campaign)
{
    DeviceStore store;
    store.reserve(campaign.devices().size());
    QVector<DeviceRecord> records;
    for (const auto &d : campaign.devices())
        records.append({d.deviceId, d.status, d.resultReason, d.updatedTimeMs, d.recentAttemptMs,
                        d.nextAttemptMs});
    store.upsert(records);
    const std::vector<quint32> rows = DeviceOrder::byDeviceId(store);
    const ExportMetadata metadata{u"0000123456-00001"_s, u"bench"_s, store.size(), 0};
    std::printf("write %u devices (median of 3)\n", store.size());
    for (const bool csv : {true, false}) {
        std::vector<double> times;
        qint64 bytes = 0;
        for (int round = 0; round < 3; ++round) {
            NullDevice sink;
            sink.open(QIODevice::WriteOnly);
            QString error;
            QElapsedTimer t;
            t.start();
            if (csv)
                CsvWriter::write(&sink, store, rows, {}, &error);
            else
                JsonWriter::write(&sink, store, rows, metadata, {}, &error);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            bytes = sink.bytes;
        }
        std::sort(times.begin(), times.end());
        std::printf("  %-5s %8.1f ms  %6.1f MB  %6.0f MB/s\n", csv ? "CSV" : "JSON", times[1],
                    double(bytes) / 1e6, double(bytes) / 1e6 / (times[1] / 1e3));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int pages = 200;
    int devices = 1'000'000;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == "--pages"_L1)
            pages = std::max(1, args[++i].toInt());
        else if (args[i] == "--devices"_L1)
            devices = std::max(1000, args[++i].toInt());
    }
    const auto campaign =
        sim::SimulatedCampaign::generate(u"0000123456-00001"_s, u"bench"_s, devices, 1);
    benchmarkDecoders(campaign, pages);
    benchmarkWriters(campaign);
    return 0;
}
