// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures what issue 10 budgets for the history: a 1,000,000-device campaign with 20
// refreshes of 1 % changes each stays under 100 MB on disk, and recording one refresh takes
// under 1 s (on the recorder's worker; the window only packs its table, on a worker, while
// its model holds the rows). Also how long the window waits for what it reads back: the
// latest table, 10,000 chart points, the changes since the first snapshot and one device's
// timeline.
//
//   fota-history-benchmark [--devices N] [--refreshes N] [--chart-snapshots N] [--dir DIR]

#include "history/HistoryStore.h"
#include "history/PackedTable.h"
#include "simulator/SimulatedCampaign.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

DeviceStore storeOf(const sim::SimulatedCampaign &campaign)
{
    QVector<DeviceRecord> records;
    records.reserve(campaign.devices().size());
    for (const sim::SimulatedDevice &d : campaign.devices())
        records.append({d.deviceId, d.status, d.resultReason, d.updatedTimeMs, d.recentAttemptMs,
                        d.nextAttemptMs});
    DeviceStore store;
    store.reserve(records.size());
    store.upsert(records);
    store.setTotalDevice(records.size());
    return store;
}

double megabytes(const QString &path)
{
    return double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

double fileMegabytes(const QString &path)
{
    return megabytes(path) + megabytes(path + u"-wal"_s) + megabytes(path + u"-shm"_s);
}

void line(const char *what, double value, const char *unit)
{
    std::printf("%-46s %10.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

void measureBudget(const QString &path, int devices, int refreshes)
{
    const CampaignKey key{u"https://thingspace.verizon.com"_s, u"0000123456-00001"_s, u"bench"_s};
    sim::SimulatedCampaign campaign =
        sim::SimulatedCampaign::generate(key.accountName, key.campaignId, devices, 1);
    HistoryStore history;
    if (!history.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(history.lastError().message));
        return;
    }
    DeviceStore store = storeOf(campaign);
    QElapsedTimer t;
    t.start();
    // What the window does on a worker while its model holds the rows (a change of the table
    // waits that long for it on the GUI thread).
    const std::vector<quint32> *byId = store.idOrder();
    const QByteArray packed = byId ? PackedTable::encode(store, *byId) : PackedTable::encode(store);
    line("pack the table (the window's hold)", ms(t), "ms");
    t.start();
    const auto first = history.record(key, packed, sim::SimulatedCampaign::kStartMs);
    line("record the first load", ms(t), "ms");

    const int changes = std::max(devices / 100, 1);
    double worst = 0, total = 0;
    qint64 time = sim::SimulatedCampaign::kStartMs;
    for (int i = 0; i < refreshes; ++i) {
        campaign.evolveStep(changes);
        store = storeOf(campaign);
        time += 15 * 60'000;
        t.start();
        const auto r = history.record(key, store, time);
        const double elapsed = ms(t);
        if (!r || r->snapshot.changed != changes)
            std::fprintf(stderr, "refresh %d: %s\n", i, qPrintable(history.lastError().message));
        worst = std::max(worst, elapsed);
        total += elapsed;
    }
    std::printf("%d refreshes of %d changes each\n", refreshes, changes);
    line("record a refresh, mean", total / std::max(refreshes, 1), "ms");
    line("record a refresh, worst", worst, "ms");
    line("file size (db + wal + shm)", fileMegabytes(path), "MB");
    line("  of which the write-ahead log", megabytes(path + u"-wal"_s), "MB");

    t.start();
    const auto table = history.latestTable(key);
    line("reopen: decode the latest table", ms(t), "ms");
    t.start();
    const auto latest = history.latestSnapshot(key);
    const auto since =
        history.transitions(key, first ? first->snapshot.id : 0, latest ? latest->id : 0);
    line("changes since the first snapshot", ms(t), "ms");
    if (since)
        std::printf("  (%zu devices changed)\n", since->devices.size());
    t.start();
    const auto timeline = history.deviceChanges(key, campaign.devices().front().deviceId);
    line("one device's timeline", ms(t), "ms");
    if (!table || table->store.size() != store.size())
        std::fprintf(stderr, "latest table does not match\n");
    Q_UNUSED(timeline);
    history.close(); // the last connection checkpoints the log into the file and removes it
    line("file size after closing", fileMegabytes(path), "MB");
}

void measureChart(const QString &path, int snapshots)
{
    const CampaignKey key{u"https://thingspace.verizon.com"_s, u"0000123456-00001"_s, u"chart"_s};
    sim::SimulatedCampaign campaign =
        sim::SimulatedCampaign::generate(key.accountName, key.campaignId, 1000, 2);
    HistoryStore history;
    history.setRetention(RetentionPolicy(1'000'000));
    if (!history.open(path))
        return;
    const DeviceStore store = storeOf(campaign);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < snapshots; ++i)
        history.record(key, store, sim::SimulatedCampaign::kStartMs + qint64(i) * 60'000);
    std::printf("%d snapshots of a 1,000-device campaign\n", snapshots);
    line("record them all", ms(t), "ms");
    t.start();
    const QList<SnapshotPoint> points = history.points(key, 0, kForever);
    line("read every chart point", ms(t), "ms");
    t.start();
    const QList<Snapshot> full = history.snapshots(key, 0, kForever);
    line("read every snapshot with all counts", ms(t), "ms");
    if (points.size() != snapshots || full.size() != snapshots)
        std::fprintf(stderr, "expected %d snapshots, read %lld\n", snapshots,
                     qint64(points.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int devices = 1'000'000;
    int refreshes = 20;
    int chartSnapshots = 10'000;
    QString dir;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == "--devices"_L1)
            devices = args[++i].toInt();
        else if (args[i] == "--refreshes"_L1)
            refreshes = args[++i].toInt();
        else if (args[i] == "--chart-snapshots"_L1)
            chartSnapshots = args[++i].toInt();
        else if (args[i] == "--dir"_L1)
            dir = args[++i];
    }
    QTemporaryDir temp(dir.isEmpty() ? QDir::tempPath() + u"/fota-history-bench-XXXXXX"_s
                                     : dir + u"/fota-history-bench-XXXXXX"_s);
    std::printf("devices: %d\n", devices);
    measureBudget(temp.filePath(u"budget.sqlite"_s), devices, refreshes);
    if (chartSnapshots > 0)
        measureChart(temp.filePath(u"chart.sqlite"_s), chartSnapshots);
    return 0;
}
