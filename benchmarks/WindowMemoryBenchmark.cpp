// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What the window's memory costs the GUI thread at a million devices (the budget is 50 ms for
// anything there), and how fast the progress chart paints 10,000 snapshots:
//   - the copy of the store handed to the recorder after a load or refresh;
//   - showing a stored table: the model's reset and the proxy's rebuild (unsorted, sorted);
//   - "Show just these devices": building the device set and filtering the table with it;
//   - painting the chart: the first paint (decimation included), repaints, resizes.
//
//   fota-window-memory-benchmark [--devices N] [--snapshots N] [--repeat N]

#include "EventLoopWait.h"

#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceSet.h"
#include "campaign/DeviceTableModel.h"
#include "drawing/ProgressChartRenderer.h"
#include "simulator/SimulatedCampaign.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void line(const char *what, double value)
{
    std::printf("%-60s %9.1f ms\n", what, value);
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

// Until a worker's order is worked out and shown.
void waitForOrder(const DeviceProxyModel &proxy)
{
    bench::spin(600'000, [&proxy] { return !proxy.isSortPending(); });
}

// The worst of `repeat` runs of f, which returns the ms it took.
template <typename F> double worst(int repeat, F f)
{
    double w = 0;
    for (int i = 0; i < repeat; ++i)
        w = std::max(w, f());
    return w;
}

void storeSide(int devices, int repeat)
{
    const auto campaign =
        sim::SimulatedCampaign::generate(u"0000123456-00001"_s, u"bench"_s, devices, 42);
    const DeviceStore store = storeOf(campaign);
    std::printf("%d devices\n", devices);
    line("copy of the store for the recorder", worst(repeat, [&] {
             QElapsedTimer t;
             t.start();
             DeviceStore copy = store;
             const double took = ms(t);
             return copy.size() == store.size() ? took : -1.0;
         }));
    DeviceTableModel model;
    DeviceProxyModel proxy;
    proxy.setSourceModel(&model);
    line("show a stored table: model reset + proxy, unsorted", worst(repeat, [&] {
             DeviceStore copy = store;
             QElapsedTimer t;
             t.start();
             model.replaceStore(std::move(copy));
             return ms(t);
         }));
    proxy.sort(int(DeviceColumn::StatusTime), Qt::DescendingOrder);
    // Sorted, the reset shows the rows in store order and the proxy sorts them on a worker;
    // the GUI thread's part is the reset and the swap of the order (one layout change).
    QElapsedTimer swap;
    double swapMs = 0;
    QObject::connect(&proxy, &QAbstractItemModel::layoutAboutToBeChanged, [&] { swap.start(); });
    QObject::connect(&proxy, &QAbstractItemModel::layoutChanged, [&] { swapMs = ms(swap); });
    double readyMs = 0;
    double worstSwapMs = 0;
    line("show a stored table: model reset + proxy, sorted by time", worst(repeat, [&] {
             DeviceStore copy = store;
             QElapsedTimer t;
             t.start();
             model.replaceStore(std::move(copy));
             const double reset = ms(t);
             waitForOrder(proxy);
             readyMs = std::max(readyMs, ms(t));
             worstSwapMs = std::max(worstSwapMs, swapMs);
             return reset;
         }));
    line("  then: the order swapped in (GUI thread)", worstSwapMs);
    line("  then: sorted order shown, from the reset (worker)", readyMs);
    for (const int changed : {10'000, 200'000}) {
        QStringList ids;
        for (int i = 0; i < changed && i < devices; ++i)
            ids << campaign.devices()[qsizetype(i) * devices / changed].deviceId;
        std::shared_ptr<const DeviceSet> set;
        const double build = worst(repeat, [&] {
            QElapsedTimer t;
            t.start();
            set = std::make_shared<const DeviceSet>(ids);
            return ms(t);
        });
        const double resolve = worst(repeat, [&] {
            QElapsedTimer t;
            t.start();
            const std::vector<bool> rows = set->rowsIn(model.store());
            return rows.size() == model.store().size() ? ms(t) : -1.0;
        });
        std::printf("%-60s %9.1f ms\n",
                    qPrintable(u"device set of %1: find its rows in the store"_s.arg(changed)),
                    resolve);
        const double filter = worst(repeat, [&] {
            DeviceFilter f;
            f.devices = std::make_shared<const DeviceSet>(*set);
            proxy.setFilter({});
            waitForOrder(proxy);
            QElapsedTimer t;
            t.start();
            proxy.setFilter(f);
            waitForOrder(proxy); // picked on a worker: done when shown
            return ms(t);
        });
        std::printf("%-60s %9.1f ms\n",
                    qPrintable(u"device set of %1 changed devices: build"_s.arg(changed)), build);

        std::printf("%-60s %9.1f ms\n",
                    qPrintable(u"device set of %1: filter the sorted table"_s.arg(changed)),
                    filter);
    }
}

void chartSide(int snapshots, int repeat)
{
    QList<SnapshotPoint> points;
    const qint64 start = sim::SimulatedCampaign::kStartMs;
    for (int i = 0; i < snapshots; ++i) {
        SnapshotPoint p;
        p.id = i + 1;
        p.timeMs = start + qint64(i) * 300'000;
        const qint64 done = qint64(1'000'000) * i / snapshots;
        p.buckets = {done * 8 / 10, done / 10, 1'000'000 - done, 0, done / 10, 0};
        points << p;
    }
    std::printf("chart, %d snapshots, 1200x300\n", snapshots);
    ProgressChartRenderer renderer;
    renderer.setTimeDisplay(TimeDisplay(true));
    renderer.setPoints(points);
    QImage image(1200, 300, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&](const QRectF &bounds) {
        image.fill(Qt::white);
        QPainter painter(&image);
        QElapsedTimer t;
        t.start();
        renderer.paint(painter, bounds);
        return ms(t);
    };
    line("first paint (decimation included)", paint(QRectF(0, 0, 1200, 300)));
    line("repaint, worst", worst(repeat, [&] { return paint(QRectF(0, 0, 1200, 300)); }));
    int width = 1200;
    line("paint after a resize (decimated again), worst",
         worst(repeat, [&] { return paint(QRectF(0, 0, --width, 300)); }));
    std::printf("%-60s %9lld\n", "vertices drawn", qlonglong(renderer.vertexCount()));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption devices(u"devices"_s, u"Devices (default 1000000)."_s, u"N"_s,
                                     u"1000000"_s);
    const QCommandLineOption snapshots(u"snapshots"_s, u"Chart snapshots (default 10000)."_s,
                                       u"N"_s, u"10000"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Runs of each (default 5)."_s, u"N"_s, u"5"_s);
    parser.addOptions({devices, snapshots, repeat});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(repeat).toInt());
    storeSide(std::max(1, parser.value(devices).toInt()), runs);
    chartSide(std::max(2, parser.value(snapshots).toInt()), runs);
    return 0;
}
