// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures what issue "Scale" asks: bytes a device, sort time per column, filter time, and the
// longest stall of the GUI thread while pages arrive (page parse + store + model + proxy merge),
// for our store/model/proxy and for a QStandardItemModel + QSortFilterProxyModel baseline.
//
//   fota-scale-benchmark [--devices N] [--skip-baseline]

#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "simulator/SimulatedCampaign.h"
#include "thingspace/ReportPageDecoder.h"
#include "thingspace/ReportParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <malloc.h>

#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

qint64 heapBytes()
{
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks + m.hblkhd);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QJsonValue jsonTime(qint64 t)
{
    if (t == sim::SimulatedDevice::kNoTime)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Pages as the server sends them, so the page-arrival stall includes JSON decoding.
QList<QByteArray> makePages(const sim::SimulatedCampaign &campaign)
{
    QList<QByteArray> pages;
    const auto &devices = campaign.devices();
    for (qsizetype first = 0; first < devices.size(); first += 1000) {
        QJsonArray list;
        for (qsizetype i = first; i < std::min(first + 1000, devices.size()); ++i) {
            const auto &d = devices[i];
            list.append(QJsonObject{{u"deviceId"_s, d.deviceId},
                                    {u"status"_s, d.status},
                                    {u"resultReason"_s, d.resultReason},
                                    {u"updatedTime"_s, jsonTime(d.updatedTimeMs)},
                                    {u"recentAttemptTime"_s, jsonTime(d.recentAttemptMs)},
                                    {u"nextAttemptTime"_s, jsonTime(d.nextAttemptMs)}});
        }
        const bool more = first + 1000 < devices.size();
        pages.append(QJsonDocument(QJsonObject{{u"totalDevice"_s, QString::number(devices.size())},
                                               {u"hasMoreData"_s, more},
                                               {u"deviceList"_s, list}})
                         .toJson(QJsonDocument::Compact));
    }
    return pages;
}

void line(const char *what, double ours, double baseline, const char *unit)
{
    if (baseline >= 0)
        std::printf("%-34s %12.1f %s   baseline %12.1f %s\n", what, ours, unit, baseline, unit);
    else
        std::printf("%-34s %12.1f %s\n", what, ours, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int devices = 1'000'000;
    bool baseline = true;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == "--devices"_L1 && i + 1 < args.size())
            devices = args[++i].toInt();
        else if (args[i] == "--skip-baseline"_L1)
            baseline = false;
    }
    std::printf("devices: %d\n", devices);

    const sim::SimulatedCampaign campaign =
        sim::SimulatedCampaign::generate(u"0000123456-00001"_s, u"bench"_s, devices, 1);
    const QList<QByteArray> pages = makePages(campaign);

    // --- ours: pages arrive into a model watched by a proxy sorted by next attempt ---
    const qint64 heapBefore = heapBytes();
    auto *model = new DeviceTableModel;
    auto *proxy = new DeviceProxyModel;
    proxy->setSourceModel(model);
    // The sorts and filters below time the work itself, on this thread; the window does it on
    // a worker (fota-window-benchmark).
    proxy->setBackgroundSortRows(std::numeric_limits<int>::max());
    proxy->sort(int(DeviceColumn::NextAttempt), Qt::AscendingOrder);
    double worstPageMs = 0;
    double totalPageMs = 0;
    for (const QByteArray &bytes : pages) {
        QElapsedTimer t;
        t.start();
        // The page decoder runs on a worker thread in the app; measured here anyway, on the
        // same thread, so the figure is an upper bound for the GUI thread's share.
        DecodedPage page;
        QString error;
        ReportPageDecoder::decode(bytes, &page, &error);
        if (model->rowCount() == 0 && page.totalDevice)
            model->reserve(*page.totalDevice);
        model->mergePage(page);
        model->flushPendingPages(); // every page a model change: the worst case
        const double elapsed = ms(t);
        worstPageMs = std::max(worstPageMs, elapsed);
        totalPageMs += elapsed;
    }
    proxy->sort(-1);
    const qint64 storeBytes = heapBytes() - heapBefore;
    std::printf("\nOURS (DeviceStore + DeviceTableModel + DeviceProxyModel)\n");
    line("memory a device (store+model+proxy)", double(storeBytes) / devices, -1, "bytes");
    line("worst page arrival (decode+insert)", worstPageMs, -1, "ms");
    line("mean page arrival", totalPageMs / pages.size(), -1, "ms");
    for (int c = 0; c < kDeviceColumnCount; ++c) {
        QElapsedTimer t;
        t.start();
        proxy->sort(c, Qt::AscendingOrder);
        const double asc = ms(t);
        t.restart();
        proxy->sort(c, Qt::DescendingOrder);
        std::printf("sort by %-26s %12.1f ms asc, %8.1f ms desc\n",
                    qPrintable(DeviceColumns::title(DeviceColumn(c))), asc, ms(t));
    }
    proxy->sort(int(DeviceColumn::StatusTime), Qt::AscendingOrder);
    QElapsedTimer t;
    t.start();
    proxy->setFilter(DeviceFilter::of(kAllBuckets, u"timeout"_s));
    line("filter: text \"timeout\" (sorted view)", ms(t), -1, "ms");
    t.restart();
    proxy->setFilter(DeviceFilter::of(BucketMask(1u << int(StatusBucket::Failed)), QString()));
    line("filter: bucket failed", ms(t), -1, "ms");
    t.restart();
    proxy->setFilter(DeviceFilter::of(kAllBuckets, u"3569"_s));
    line("filter: IMEI part \"3569\"", ms(t), -1, "ms");
    t.restart();
    proxy->setFilter({});
    line("filter: cleared", ms(t), -1, "ms");
    const int oursRows = proxy->rowCount();
    delete proxy;
    delete model;

    if (!baseline)
        return oursRows == devices ? 0 : 1;

    // --- baseline: the typical Qt approach over the same devices ---
    std::printf("\nBASELINE (QStandardItemModel + QSortFilterProxyModel)\n");
    const qint64 baseBefore = heapBytes();
    auto *items = new QStandardItemModel(0, kDeviceColumnCount);
    auto *sfpm = new QSortFilterProxyModel;
    sfpm->setSourceModel(items);
    sfpm->setSortRole(Qt::UserRole);
    sfpm->setFilterKeyColumn(int(DeviceColumn::ResultReason));
    sfpm->setFilterCaseSensitivity(Qt::CaseInsensitive);
    double baseWorstPage = 0;
    for (const QByteArray &bytes : pages) {
        QElapsedTimer pt;
        pt.start();
        DecodedPage decoded;
        QString error;
        ReportParser::parse(QJsonDocument::fromJson(bytes), &decoded, &error);
        for (const DecodedDevice &device : decoded.devices) {
            const DeviceRecord d = decoded.record(device);
            QList<QStandardItem *> row;
            row << new QStandardItem(d.deviceId) << new QStandardItem(d.status)
                << new QStandardItem(d.resultReason);
            for (const qint64 time : {d.updatedTime, d.recentAttemptTime, d.nextAttemptTime}) {
                auto *item = new QStandardItem(
                    time == kNoTime
                        ? QString()
                        : QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODate));
                item->setData(time == kNoTime ? QVariant() : QVariant(time), Qt::UserRole);
                row << item;
            }
            row[0]->setData(d.deviceId, Qt::UserRole);
            row[1]->setData(d.status, Qt::UserRole);
            row[2]->setData(d.resultReason, Qt::UserRole);
            items->appendRow(row);
        }
        baseWorstPage = std::max(baseWorstPage, ms(pt));
    }
    line("memory a device", double(heapBytes() - baseBefore) / devices, -1, "bytes");
    line("worst page arrival", baseWorstPage, -1, "ms");
    for (const DeviceColumn c :
         {DeviceColumn::DeviceId, DeviceColumn::Status, DeviceColumn::NextAttempt}) {
        t.restart();
        sfpm->sort(int(c), Qt::AscendingOrder);
        std::printf("sort by %-26s %12.1f ms\n", qPrintable(DeviceColumns::title(c)), ms(t));
    }
    t.restart();
    sfpm->setFilterFixedString(u"timeout"_s);
    line("filter: text \"timeout\" (sorted view)", ms(t), -1, "ms");
    t.restart();
    sfpm->setFilterFixedString(QString());
    line("filter: cleared", ms(t), -1, "ms");
    return oursRows == devices ? 0 : 1;
}
