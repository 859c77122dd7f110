// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// How decoded pages reach the store and the table: the page upsert gives exactly what the
// record upsert gives, the store's bulk path rebuilds a table exactly, and the model changes at
// most once per coalescing interval however many pages land, under QAbstractItemModelTester.

#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceStore.h"
#include "campaign/DeviceTableModel.h"
#include "common/Clock.h"
#include "simulator/ReportPageWriter.h"
#include "simulator/SimulatedCampaign.h"
#include "thingspace/ReportPageDecoder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

std::vector<DecodedPage> pagesOf(const sim::SimulatedCampaign &campaign, int pageSize)
{
    std::vector<DecodedPage> pages;
    const qsizetype n = campaign.devices().size();
    for (qsizetype begin = 0; begin < n; begin += pageSize) {
        sim::ReportPageWriter::Page p;
        p.begin = begin;
        p.end = std::min<qsizetype>(n, begin + pageSize);
        p.hasMoreData = p.end < n;
        p.pageNumber = int(begin / pageSize); // statusTime, shuffled and plain pages in turn
        DecodedPage page;
        QString error;
        if (!ReportPageDecoder::decode(sim::ReportPageWriter::write(campaign, p), &page, &error))
            qFatal("decode failed: %s", qPrintable(error));
        pages.push_back(std::move(page));
    }
    return pages;
}

QVector<DeviceRecord> recordsOf(const DecodedPage &page)
{
    QVector<DeviceRecord> records;
    for (const DecodedDevice &d : page.devices)
        records.append(page.record(d));
    return records;
}

void compareStores(const DeviceStore &a, const DeviceStore &b)
{
    QCOMPARE(a.size(), b.size());
    for (quint32 r = 0; r < a.size(); ++r) {
        QCOMPARE(a.record(r), b.record(r));
        QCOMPARE(a.bucket(r), b.bucket(r));
        QCOMPARE(a.statusChanged(r), b.statusChanged(r));
    }
    QCOMPARE(a.bucketCounts(), b.bucketCounts());
    QCOMPARE(a.unseenCounts(), b.unseenCounts());
}

// A page listing the given campaign devices again, with another status.
DecodedPage changedAgain(const sim::SimulatedCampaign &campaign, qsizetype from, qsizetype count)
{
    QByteArray json = R"({"hasMoreData":true,"deviceList":[)";
    for (qsizetype i = from; i < from + count; ++i)
        json += (i > from ? "," : "") + QByteArray(R"({"deviceId":")") +
                campaign.devices()[i].deviceId.toLatin1() + R"(","status":"UpgradeFailed"})";
    json += "]}";
    DecodedPage page;
    QString error;
    if (!ReportPageDecoder::decode(json, &page, &error))
        qFatal("decode failed: %s", qPrintable(error));
    return page;
}

} // namespace

class PageMergeTest : public QObject
{
    Q_OBJECT

private slots:
    void pageUpsertEqualsRecordUpsert()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"merge"_s, 5000, 11);
        DeviceStore byPage;
        DeviceStore byRecord;
        for (const DecodedPage &page : pagesOf(campaign, 700)) {
            const DeviceStore::UpsertResult a = byPage.upsert(page);
            const DeviceStore::UpsertResult b = byRecord.upsert(recordsOf(page));
            QCOMPARE(a.newRows, b.newRows);
            QCOMPARE(a.updatedRows, b.updatedRows);
        }
        // Repeats with another status: updates, marks and counts as the record path makes them.
        const DecodedPage again = changedAgain(campaign, 100, 40);
        const DeviceStore::UpsertResult a = byPage.upsert(again);
        const DeviceStore::UpsertResult b = byRecord.upsert(recordsOf(again));
        QCOMPARE(a.updatedRows, b.updatedRows);
        QCOMPARE(a.statusChanges, b.statusChanges);
        QVERIFY(a.statusChanges > 0);
        compareStores(byPage, byRecord);
        QCOMPARE(byPage.statuses().strings(), byRecord.statuses().strings());
    }

    void storeUpsertEqualsRecordUpsert()
    {
        // A refresh merges its fresh store into the shown one: the same rows, marks, counts and
        // summary as going through text records, with new devices, changed ones and text IDs.
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"refresh"_s, 4000, 8);
        const std::vector<DecodedPage> pages = pagesOf(campaign, 1000);
        DeviceStore byStore;
        DeviceStore byRecord;
        for (size_t i = 0; i + 1 < pages.size(); ++i) { // the last page is new at the refresh
            byStore.upsert(pages[i]);
            byRecord.upsert(pages[i]);
        }
        byStore.upsert(QVector<DeviceRecord>{{u"IMEI-A"_s, u"Odd"_s, u"r1"_s}});
        byRecord.upsert(QVector<DeviceRecord>{{u"IMEI-A"_s, u"Odd"_s, u"r1"_s}});
        DeviceStore fresh;
        for (const DecodedPage &page : pages)
            fresh.upsert(page);
        fresh.upsert(changedAgain(campaign, 200, 50));
        fresh.upsert(QVector<DeviceRecord>{{u"IMEI-B"_s, u"Stranger"_s, u"r2"_s},
                                           {u"IMEI-A"_s, u"UpgradeFailed"_s, u"r1"_s}});
        QVector<DeviceRecord> records;
        for (quint32 r = 0; r < fresh.size(); ++r)
            records.append(fresh.record(r));

        const DeviceStore::UpsertResult a = byStore.upsert(fresh);
        const DeviceStore::UpsertResult b = byRecord.upsert(records);
        QCOMPARE(a.newRows, b.newRows);
        QCOMPARE(a.newRows, 1000u + 1u);
        QCOMPARE(a.updatedRows, b.updatedRows);
        QCOMPARE(a.statusChanges, b.statusChanges);
        QVERIFY(a.statusChanges > 1); // some of the 50, and IMEI-A
        QCOMPARE(a.changedTo, b.changedTo);
        compareStores(byStore, byRecord);
        QCOMPARE(byStore.statuses().strings(), byRecord.statuses().strings());
        QCOMPARE(byStore.reasons().strings(), byRecord.reasons().strings());
        QCOMPARE(byStore.textIds().strings(), byRecord.textIds().strings());
    }

    void textIdsFromPagesReachTheStorePool()
    {
        DecodedPage page;
        QString error;
        QVERIFY(ReportPageDecoder::decode(
            R"({"hasMoreData":false,"deviceList":[{"deviceId":"IMEI-2"},{"deviceId":"7"},{"deviceId":"IMEI-1"}]})",
            &page, &error));
        DeviceStore store;
        store.upsert(QVector<DeviceRecord>{{u"IMEI-1"_s, u"A"_s, {}}});
        const DeviceStore::UpsertResult r = store.upsert(page);
        QCOMPARE(r.newRows, 2u);
        QCOMPARE(store.size(), 3u);
        QCOMPARE(store.deviceId(1), u"IMEI-2"_s);
        QCOMPARE(store.deviceId(2), u"7"_s);
        QVERIFY(store.find(u"IMEI-1"_s));
        QCOMPARE(store.record(*store.find(u"IMEI-1"_s)).status, QString()); // the page's listing
    }

    void bulkRowsRebuildTheStore()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"bulk"_s, 3000, 5);
        DeviceStore original;
        for (const DecodedPage &page : pagesOf(campaign, 1000))
            original.upsert(page);
        original.upsert(QVector<DeviceRecord>{{u"IMEI-X"_s, u"Odd"_s, u"r"_s}});
        const std::optional<DeviceStore> rebuilt =
            DeviceStore::fromRows(original.rows(), original.statuses().strings(),
                                  original.reasons().strings(), original.textIds().strings());
        QVERIFY(rebuilt);
        compareStores(*rebuilt, original);
        QCOMPARE(rebuilt->statusCounts(), original.statusCounts());
        QVERIFY(rebuilt->find(u"IMEI-X"_s));

        // A device twice, an index past its pool, a pool that repeats: refused, never partial.
        std::vector<DeviceRow> twice = original.rows();
        twice.push_back(twice.front());
        QVERIFY(!DeviceStore::fromRows(twice, original.statuses().strings(),
                                       original.reasons().strings(), original.textIds().strings()));
        std::vector<DeviceRow> badIndex = original.rows();
        badIndex.back().reason = quint32(original.reasons().size());
        QVERIFY(!DeviceStore::fromRows(badIndex, original.statuses().strings(),
                                       original.reasons().strings(), original.textIds().strings()));
        QStringList repeated = original.statuses().strings();
        repeated.append(repeated.at(1));
        QVERIFY(!DeviceStore::fromRows(original.rows(), repeated, original.reasons().strings(),
                                       original.textIds().strings()));
    }

    void coalescesManyPagesIntoOneChange()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"burst"_s, 12000, 3);
        const std::vector<DecodedPage> pages = pagesOf(campaign, 250); // 48 pages
        ManualClock clock;
        DeviceTableModel model;
        model.setClock(clock);
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(DeviceColumn::NextAttempt), Qt::DescendingOrder);
        QAbstractItemModelTester modelTester(&model);
        QAbstractItemModelTester proxyTester(&proxy);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy proxyLayouts(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy proxyInserted(&proxy, &QAbstractItemModel::rowsInserted);

        // The first page shows at once.
        model.mergePage(pages[0]);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 250);
        // The clock stands still: every other page lands within the interval and waits.
        for (size_t i = 1; i < pages.size(); ++i)
            model.mergePage(pages[i]);
        model.mergePage(changedAgain(campaign, 10, 30)); // updates rows already shown
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(model.hasPendingPages());
        // One change for all of them, when the interval is over.
        QTRY_VERIFY(!model.hasPendingPages());
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 250);
        QCOMPARE(inserted.at(1).at(2).toInt(), 12000 - 1);
        QCOMPARE(changed.count(), 1); // the re-listed rows: one range
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 10);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 39);
        QCOMPARE(model.rowCount(), 12000);
        QCOMPARE(proxy.rowCount(), 12000);
        QVERIFY(proxyLayouts.count() + proxyInserted.count() <= 3); // per change, not per page

        // After a quiet interval a page shows at once again.
        clock.advance(model.coalesceInterval());
        model.mergePage(changedAgain(campaign, 500, 2));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!model.hasPendingPages());
    }

    // Pages that waited for the lane before them arrive all at once: the model takes them in
    // bounded steps (never more than maxRowsPerChange() rows in one change), not in one change
    // that grows with the burst, and still not one change per page.
    void burstIsMergedInBoundedSteps()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"lanes"_s, 40000, 7);
        const std::vector<DecodedPage> pages = pagesOf(campaign, 500); // 80 pages
        ManualClock clock;
        DeviceTableModel model;
        model.setClock(clock);
        model.setMaxRowsPerChange(4000);
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(DeviceColumn::Status), Qt::AscendingOrder);
        QAbstractItemModelTester modelTester(&model);
        QAbstractItemModelTester proxyTester(&proxy);
        std::vector<int> rowsPerChange;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    rowsPerChange.push_back(last - first + 1);
                });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.mergePage(pages[0]);
        QCOMPARE(rowsPerChange, std::vector<int>{500});
        // The clock stands still and no event loop runs: one burst of 79 pages, then a page
        // re-listing rows already shown.
        for (size_t i = 1; i < pages.size(); ++i)
            model.mergePage(pages[i]);
        model.mergePage(changedAgain(campaign, 100, 20));
        // Applied as it came, a step whenever a step's worth waited; less than a step waits.
        QCOMPARE(rowsPerChange.size(), size_t(1 + 39500 / 4000));
        for (size_t c = 1; c < rowsPerChange.size(); ++c)
            QCOMPARE(rowsPerChange[c], 4000);
        QVERIFY(model.hasPendingPages());
        QCOMPARE(model.rowCount(), 500 + 9 * 4000);
        QCOMPARE(changed.count(), 0);
        // The rest when the interval is over, as one more change.
        QTRY_VERIFY(!model.hasPendingPages());
        QCOMPARE(changed.count(), 1); // the re-listed rows: one range
        QCOMPARE(rowsPerChange.size(), size_t(11));
        QCOMPARE(rowsPerChange.back(), 3500);
        QCOMPARE(model.rowCount(), 40000);
        QCOMPARE(proxy.rowCount(), 40000);
        DeviceStore direct;
        for (const DecodedPage &page : pages)
            direct.upsert(page);
        direct.upsert(changedAgain(campaign, 100, 20));
        compareStores(model.store(), direct);
        // Still sorted as a proxy sorting the whole table at once sorts it.
        DeviceProxyModel whole;
        whole.setSourceModel(&model);
        whole.sort(int(DeviceColumn::Status), Qt::AscendingOrder);
        QCOMPARE(proxy.visibleStoreRows(), whole.visibleStoreRows());

        // A page larger than a step is still merged whole, in one change.
        DeviceTableModel small;
        small.setClock(clock);
        small.setMaxRowsPerChange(100);
        QSignalSpy smallInserted(&small, &QAbstractItemModel::rowsInserted);
        small.mergePage(pages[0]);
        small.mergePage(pages[1]);
        QCOMPARE(smallInserted.count(), 2);
        QCOMPARE(small.rowCount(), 1000);
        QVERIFY(!small.hasPendingPages());
    }

    void flushingAppliesWhatWaitsInOrder()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"flush"_s, 2000, 4);
        const std::vector<DecodedPage> pages = pagesOf(campaign, 500);
        ManualClock clock;
        DeviceTableModel model;
        model.setClock(clock);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (const DecodedPage &page : pages)
            model.mergePage(page);
        model.mergePage(changedAgain(campaign, 1500, 5)); // a row of a page still waiting
        QCOMPARE(model.rowCount(), 500);
        model.flushPendingPages();
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2000);
        // The later listing wins, and a device new to the views is not reported as changed.
        QCOMPARE(model.store().status(1500), u"UpgradeFailed"_s);
        DeviceStore direct;
        for (const DecodedPage &page : pages)
            direct.upsert(page);
        direct.upsert(changedAgain(campaign, 1500, 5));
        compareStores(model.store(), direct);

        // A clear drops what waits: nothing of the old campaign arrives later.
        model.mergePage(changedAgain(campaign, 0, 3));
        clock.advance(1000);
        model.clear();
        QVERIFY(!model.hasPendingPages());
        QCOMPARE(model.rowCount(), 0);
    }

    // A stored table shown in place of a walk (the history reopening a campaign) drops the
    // walk's pages still waiting: none of them may land in it later.
    void replacingTheStoreDropsWaitingPages()
    {
        const auto campaign = sim::SimulatedCampaign::generate(u"acc"_s, u"walk"_s, 1500, 5);
        const std::vector<DecodedPage> pages = pagesOf(campaign, 500);
        ManualClock clock;
        DeviceTableModel model;
        model.setClock(clock);
        for (const DecodedPage &page : pages)
            model.mergePage(page);
        QVERIFY(model.hasPendingPages());

        const auto other = sim::SimulatedCampaign::generate(u"acc"_s, u"stored"_s, 300, 6);
        DeviceStore stored;
        for (const DecodedPage &page : pagesOf(other, 300))
            stored.upsert(page);
        model.replaceStore(stored);
        QVERIFY(!model.hasPendingPages());
        model.flushPendingPages();
        QCOMPARE(model.rowCount(), 300);
        compareStores(model.store(), stored);
    }
};

QTEST_GUILESS_MAIN(PageMergeTest)
#include "tst_pagemerge.moc"
