// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceId.h"
#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fota;

// The proxy's order and filter are checked against a plain reference written here with
// QVariant raw values, independent of DeviceOrder's integer keys.
// QCOMPARE in a helper only leaves the helper; stop the test too.
#define VERIFY_REFERENCE(model, proxy)                                                             \
    do {                                                                                           \
        verifyAgainstReference(model, proxy);                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// A model and a proxy that sorts and filters on a worker from 500 rows, watched by Qt's model
// tester.
struct WorkerTable
{
    DeviceTableModel model;
    DeviceProxyModel proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;

    WorkerTable()
    {
        proxy.setSourceModel(&model);
        proxy.setBackgroundSortRows(500);
        tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

class DeviceProxyModelTest : public QObject
{
    Q_OBJECT

private:
    static QVector<DeviceRecord> randomPage(QRandomGenerator &rng, int count, qint64 firstId)
    {
        static const QStringList statuses{
            u"UpgradeSuccess"_s, u"UpgradeFailed"_s,     u"upgradeFailure"_s, u"UpgradePending"_s,
            u"Accepted"_s,       u"CampaignCancelled"_s, u"Mystery"_s};
        static const QStringList reasons{u""_s,
                                         u"Upgrade completed"_s,
                                         u"Device did not respond, try count 2"_s,
                                         u"Firmware download failed: checksum mismatch"_s,
                                         u"=cmd|' /C calc'!A0"_s,
                                         u"Échec – batterie faible"_s};
        QVector<DeviceRecord> page;
        for (int i = 0; i < count; ++i) {
            DeviceRecord d;
            d.deviceId =
                u"%1"_s.arg(qlonglong(firstId + rng.bounded(count * 3)), 15, 10, QChar(u'0'));
            d.status = statuses[rng.bounded(int(statuses.size()))];
            d.resultReason = reasons[rng.bounded(int(reasons.size()))];
            const auto maybeTime = [&rng]() -> qint64 {
                return rng.bounded(5) == 0 ? kNoTime
                                           : 1'664'000'000'000 + rng.bounded(1000) * 60'000;
            };
            d.updatedTime = maybeTime();
            d.recentAttemptTime = maybeTime();
            d.nextAttemptTime = maybeTime();
            page.append(d);
        }
        return page;
    }

    static QVariant raw(const DeviceTableModel &model, int row, int column)
    {
        return model.data(model.index(row, column), DeviceTableModel::RawRole);
    }

    // The reference: true if source row a must come before source row b.
    static bool referenceBefore(const DeviceTableModel &m, int a, int b, int column,
                                Qt::SortOrder order)
    {
        const auto idOf = [&](int r) {
            return raw(m, r, int(DeviceColumn::DeviceId)).toString();
        };
        const auto idLess = [&](int x, int y) {
            const QString ix = idOf(x), iy = idOf(y);
            return ix.size() != iy.size() ? ix.size() < iy.size() : ix < iy;
        };
        const QVariant va = raw(m, a, column), vb = raw(m, b, column);
        if (DeviceColumns::isTime(DeviceColumn(column))) {
            if (!va.isValid() || !vb.isValid()) {
                if (va.isValid() != vb.isValid())
                    return va.isValid(); // missing last
                return idLess(a, b);
            }
            const qint64 ta = va.toLongLong(), tb = vb.toLongLong();
            if (ta != tb)
                return order == Qt::AscendingOrder ? ta < tb : ta > tb;
            return idLess(a, b);
        }
        if (column == int(DeviceColumn::DeviceId))
            return order == Qt::AscendingOrder ? idLess(a, b) : idLess(b, a);
        const QString sa = va.toString(), sb = vb.toString();
        int c = sa.compare(sb, Qt::CaseInsensitive);
        if (c == 0)
            c = sa.compare(sb);
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return idLess(a, b);
    }

    static bool referenceAccepts(const DeviceTableModel &m, int row, const DeviceFilter &f)
    {
        const int bucket = m.data(m.index(row, 0), DeviceTableModel::BucketRole).toInt();
        if (!(f.buckets & (1u << bucket)))
            return false;
        const QString text = f.text.trimmed();
        if (text.isEmpty())
            return true;
        return raw(m, row, int(DeviceColumn::DeviceId))
                   .toString()
                   .contains(text, Qt::CaseInsensitive) ||
               raw(m, row, int(DeviceColumn::ResultReason))
                   .toString()
                   .contains(text, Qt::CaseInsensitive);
    }

    static void verifyAgainstReference(const DeviceTableModel &model, const DeviceProxyModel &proxy)
    {
        QVector<int> expected;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (referenceAccepts(model, r, proxy.filter()))
                expected.append(r);
        }
        QCOMPARE(proxy.rowCount(), expected.size());
        QVector<int> actual;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex source = proxy.mapToSource(proxy.index(r, 0));
            actual.append(source.row());
            QCOMPARE(proxy.mapFromSource(source).row(), r);
        }
        if (proxy.sortColumn() >= 0) {
            for (int i = 1; i < actual.size(); ++i)
                QVERIFY2(
                    !referenceBefore(model, actual[i], actual[i - 1], proxy.sortColumn(),
                                     proxy.sortOrder()),
                    qPrintable(u"rows %1 and %2 out of order: %3 / %4 then %5 / %6"_s.arg(i - 1)
                                   .arg(i)
                                   .arg(raw(model, actual[i - 1], proxy.sortColumn()).toString(),
                                        raw(model, actual[i - 1], 0).toString())
                                   .arg(raw(model, actual[i], proxy.sortColumn()).toString(),
                                        raw(model, actual[i], 0).toString())));
        } else {
            QVERIFY(std::is_sorted(actual.begin(), actual.end()));
        }
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
    }

private slots:
    void staysSortedAndFilteredWhilePagesArrive_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("buckets");
        for (int c = -1; c < kDeviceColumnCount; ++c) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("col%d-%s", c, order == Qt::AscendingOrder ? "asc" : "desc")
                    << c << int(order) << QString() << int(kAllBuckets);
                QTest::addRow("col%d-%s-filtered", c, order == Qt::AscendingOrder ? "asc" : "desc")
                    << c << int(order) << u"try"_s
                    << int((1u << int(StatusBucket::Failed)) | (1u << int(StatusBucket::Other)) |
                           (1u << int(StatusBucket::Succeeded)));
            }
        }
    }
    void staysSortedAndFilteredWhilePagesArrive()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, text);
        QFETCH(int, buckets);
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, Qt::SortOrder(order));
        proxy.setFilter(DeviceFilter::of(BucketMask(buckets), text));
        QRandomGenerator rng(column * 7 + order);
        for (int page = 0; page < 6; ++page) {
            // Pages overlap: the ID ranges of consecutive pages share a third.
            model.upsertDevices(randomPage(rng, 150, 356'938'035'000'000 + page * 300));
            VERIFY_REFERENCE(model, proxy);
        }
        // Changing the filter and order after the fact lands on the same reference.
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"0356"_s));
        VERIFY_REFERENCE(model, proxy);
        proxy.setFilter(
            DeviceFilter::of(kAllBuckets, u"03569380350"_s)); // narrower: filtered in place
        VERIFY_REFERENCE(model, proxy);
        proxy.setFilter({});
        VERIFY_REFERENCE(model, proxy);
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void largeSortsMatchTheReference_data()
    {
        QTest::addColumn<bool>("idOrder");
        QTest::newRow("rows in random ID order") << false;
        QTest::newRow("rows stored in ID order") << true;
    }
    void largeSortsMatchTheReference()
    {
        // Past a few thousand rows the proxy sorts by radix on packed keys (DeviceOrder): the
        // same order as the reference, ties by ID, missing times last.
        QFETCH(bool, idOrder);
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(idOrder ? 31 : 32);
        QVector<DeviceRecord> devices = randomPage(rng, 9000, 356'938'035'000'000);
        if (idOrder) {
            std::sort(devices.begin(), devices.end(), [](const auto &a, const auto &b) {
                return DeviceId::compare(a.deviceId, b.deviceId) < 0;
            });
        }
        model.upsertDevices(devices);
        QVERIFY(model.rowCount() > 5000);
        for (int c = 0; c < kDeviceColumnCount; ++c) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(c, order);
                VERIFY_REFERENCE(model, proxy);
            }
        }
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"35"_s));
        VERIFY_REFERENCE(model, proxy);
        proxy.setFilter({});
        VERIFY_REFERENCE(model, proxy);
        // The ID order the proxy keeps grows with the rows: merged when new devices fall
        // between known ones, appended when they all come after.
        for (const qint64 firstId : {356'938'035'000'000LL, 356'938'099'000'000LL}) {
            model.upsertDevices(randomPage(rng, 3000, firstId));
            proxy.sort(int(DeviceColumn::DeviceId), Qt::DescendingOrder);
            VERIFY_REFERENCE(model, proxy);
            proxy.sort(int(DeviceColumn::LastAttempt), Qt::AscendingOrder);
            VERIFY_REFERENCE(model, proxy);
        }
    }

    void aSortAskedForOnALargeTableRunsOnAWorker()
    {
        // Clicking a header of a large table must not hold the window for the sort: the rows
        // stay as they are, in their old order, until a worker has the new one, which comes in
        // with one layout change. A second click meanwhile wins; the first never shows.
        WorkerTable table;
        DeviceTableModel &model = table.model;
        DeviceProxyModel &proxy = table.proxy;
        QRandomGenerator rng(43);
        model.upsertDevices(randomPage(rng, 800, 356'938'035'000'000));
        QPersistentModelIndex kept = proxy.index(17, 0);
        const quint32 keptRow = proxy.storeRow(17);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.sort(int(DeviceColumn::StatusTime), Qt::DescendingOrder);
        QVERIFY(proxy.isSortPending());
        QCOMPARE(proxy.sortColumn(), int(DeviceColumn::StatusTime));
        QCOMPARE(layouts.count(), 0);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.storeRow(r), quint32(r)); // still in store order
        QTRY_VERIFY(!proxy.isSortPending());
        QCOMPARE(layouts.count(), 1);
        VERIFY_REFERENCE(model, proxy);
        QCOMPARE(proxy.storeRow(kept.row()), keptRow);

        proxy.sort(int(DeviceColumn::Status), Qt::AscendingOrder);
        proxy.sort(int(DeviceColumn::NextAttempt), Qt::DescendingOrder);
        QTRY_VERIFY(!proxy.isSortPending());
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(layouts.count(), 2);
        QCOMPARE(proxy.sortColumn(), int(DeviceColumn::NextAttempt));
        VERIFY_REFERENCE(model, proxy);
        QCOMPARE(proxy.storeRow(kept.row()), keptRow);

        // Below the threshold a sort is done when sort() returns.
        proxy.setBackgroundSortRows(DeviceProxyModel::kBackgroundSortRows);
        proxy.sort(int(DeviceColumn::ResultReason), Qt::AscendingOrder);
        QVERIFY(!proxy.isSortPending());
        VERIFY_REFERENCE(model, proxy);
    }

    void aFilterOnALargeTableRunsOnAWorker()
    {
        // The same for a filter: the rows shown stay until a worker has picked the new ones,
        // then one layout change; the count and the filter asked for are known at once.
        WorkerTable table;
        DeviceTableModel &model = table.model;
        DeviceProxyModel &proxy = table.proxy;
        QRandomGenerator rng(47);
        model.upsertDevices(randomPage(rng, 900, 356'938'035'000'000));
        proxy.sort(int(DeviceColumn::LastAttempt), Qt::AscendingOrder);
        QTRY_VERIFY(!proxy.isSortPending());
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        const DeviceFilter wide = DeviceFilter::of(
            BucketMask((1u << int(StatusBucket::Failed)) | (1u << int(StatusBucket::Pending))), {});
        proxy.setFilter(wide);
        QVERIFY(proxy.isSortPending());
        QVERIFY(proxy.filter() == wide);
        const int all = model.rowCount();
        QCOMPARE(proxy.rowCount(), all);
        QCOMPARE(layouts.count(), 0);
        QTRY_VERIFY(!proxy.isSortPending());
        QCOMPARE(layouts.count(), 1);
        VERIFY_REFERENCE(model, proxy);
        QVERIFY(proxy.rowCount() < all);

        // Narrower: picked from the rows shown, in their order.
        const int wider = proxy.rowCount();
        proxy.setFilter(DeviceFilter::of(BucketMask(1u << int(StatusBucket::Failed)), {}));
        QTRY_VERIFY(!proxy.isSortPending());
        QVERIFY(proxy.rowCount() < wider);
        VERIFY_REFERENCE(model, proxy);
        // A filter, then a sort before it is shown: both apply.
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"38"_s));
        proxy.sort(int(DeviceColumn::Status), Qt::DescendingOrder);
        QTRY_VERIFY(!proxy.isSortPending());
        VERIFY_REFERENCE(model, proxy);
        // A sort, then a filter before it is shown: both apply.
        proxy.sort(int(DeviceColumn::NextAttempt), Qt::AscendingOrder);
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"timeout"_s));
        QTRY_VERIFY(!proxy.isSortPending());
        VERIFY_REFERENCE(model, proxy);
        // Rows arriving while a filter is worked out land on the new filter's rows.
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"7"_s));
        QVERIFY(proxy.isSortPending());
        model.upsertDevices(randomPage(rng, 60, 356'938'039'000'000));
        QVERIFY(!proxy.isSortPending());
        VERIFY_REFERENCE(model, proxy);
        proxy.setFilter({});
        QTRY_VERIFY(!proxy.isSortPending());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        VERIFY_REFERENCE(model, proxy);
    }

    void storedTableIsSortedOnAWorker()
    {
        // A whole table shown at once is shown in store order, sorted on a worker and swapped
        // in with one layout change; anything the proxy does meanwhile sees the sorted order.
        WorkerTable table;
        DeviceTableModel &model = table.model;
        DeviceProxyModel &proxy = table.proxy;
        QRandomGenerator rng(41);
        model.upsertDevices(randomPage(rng, 800, 356'938'035'000'000));
        proxy.sort(int(DeviceColumn::StatusTime), Qt::DescendingOrder);
        QTRY_VERIFY(!proxy.isSortPending());
        const auto storedTable = [&rng] {
            DeviceStore store;
            store.upsert(randomPage(rng, 3000, 356'938'036'000'000));
            return store;
        };
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        model.replaceStore(storedTable());
        QVERIFY(proxy.isSortPending());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QTRY_VERIFY(!proxy.isSortPending());
        QCOMPARE(layouts.count(), 1);
        VERIFY_REFERENCE(model, proxy);

        // Rows arriving, a narrower filter, a refresh or another sort while the order is still
        // being worked out: each lands on the sorted order (the table replaced while a sort
        // asked for runs, too).
        for (int step = 0; step < 4; ++step) {
            model.replaceStore(storedTable());
            QVERIFY(proxy.isSortPending());
            switch (step) {
            case 0:
                model.upsertDevices(randomPage(rng, 50, 356'938'037'000'000));
                break;
            case 1:
                proxy.setFilter(DeviceFilter::of(kAllBuckets, u"35"_s));
                proxy.setFilter(DeviceFilter::of(kAllBuckets, u"356"_s));
                QTRY_VERIFY(!proxy.isSortPending());
                break;
            case 2: {
                DeviceStore fresh = model.store();
                QVector<DeviceRecord> changed;
                for (quint32 r = 0; r < 200; ++r) {
                    DeviceRecord d = model.store().record(r * 7);
                    d.updatedTime = kNoTime;
                    changed.append(d);
                }
                fresh.upsert(changed);
                model.applyRefresh(fresh);
                break;
            }
            case 3:
                // Another click: the order being worked out is dropped for the new one.
                proxy.sort(int(DeviceColumn::Status), Qt::AscendingOrder);
                QVERIFY(proxy.isSortPending());
                QTRY_VERIFY(!proxy.isSortPending());
                break;
            }
            QVERIFY(!proxy.isSortPending());
            VERIFY_REFERENCE(model, proxy);
            proxy.setFilter({});
            proxy.sort(int(DeviceColumn::NextAttempt), Qt::AscendingOrder);
            QTRY_VERIFY(!proxy.isSortPending());
        }
        // "Export rows shown" right after the table appeared writes the sorted order.
        model.replaceStore(storedTable());
        QVERIFY(proxy.isSortPending());
        const std::vector<quint32> shownRows = proxy.visibleStoreRows();
        QVERIFY(!proxy.isSortPending());
        VERIFY_REFERENCE(model, proxy);
        QCOMPARE(shownRows.size(), size_t(proxy.rowCount()));
        QCOMPARE(shownRows.front(), proxy.storeRow(0));
        // A second table replacing one still being sorted: only the latest order applies.
        model.replaceStore(storedTable());
        model.replaceStore(storedTable());
        QTRY_VERIFY(!proxy.isSortPending());
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        VERIFY_REFERENCE(model, proxy);
    }

    void filtersDigitsAndReasonText()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        DeviceRecord a{u"012345678901238"_s, u"UpgradeFailed"_s, u"Battery LOW"_s};
        DeviceRecord b{u"356938035643809"_s, u"UpgradeSuccess"_s, u"done 0123"_s};
        DeviceRecord c{u"356938035643817"_s, u"UpgradePending"_s, u""_s};
        model.upsertDevices({a, b, c});
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"0123"_s));
        QCOMPARE(proxy.rowCount(), 2); // a by IMEI, b by reason
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"battery low"_s));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), a.deviceId);
        proxy.setFilter(DeviceFilter::of(BucketMask(1u << int(StatusBucket::Pending)), QString()));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), c.deviceId);
        proxy.setFilter(DeviceFilter::of(BucketMask(0), QString()));
        QCOMPARE(proxy.rowCount(), 0);
    }

    // "The devices that changed since": a set of IDs narrows the table, sorted or not, with
    // leading zeros telling devices apart, text IDs included, and devices that arrive later.
    void deviceSetFilter()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertDevices({{u"0123"_s, u"UpgradeFailed"_s, u"timeout"_s},
                             {u"123"_s, u"UpgradeFailed"_s, u"timeout"_s},
                             {u"356938035643809"_s, u"UpgradeSuccess"_s, {}},
                             {u"sensor-7"_s, u"UpgradePending"_s, {}},
                             {u"356938035643817"_s, u"UpgradePending"_s, {}}});
        const auto set = std::make_shared<const DeviceSet>(
            QStringList{u"0123"_s, u"sensor-7"_s, u"356938035643817"_s, u"999"_s});
        QVERIFY(set->contains(u"0123"));
        QVERIFY(!set->contains(u"123"));
        QCOMPARE(set->size(), 4);
        DeviceFilter f;
        f.devices = set;
        QVERIFY(!f.isEmpty());
        proxy.sort(int(DeviceColumn::DeviceId), Qt::DescendingOrder);
        proxy.setFilter(f);
        QStringList shown;
        for (int r = 0; r < proxy.rowCount(); ++r)
            shown << proxy.index(r, 0).data().toString();
        QCOMPARE(shown, (QStringList{u"sensor-7"_s, u"356938035643817"_s, u"0123"_s}));
        // Narrower with a bucket: in place; wider again without the set: everything.
        DeviceFilter pending = f;
        pending.buckets = BucketMask(1u << int(StatusBucket::Pending));
        QVERIFY(f.contains(pending));
        QVERIFY(!pending.contains(f));
        proxy.setFilter(pending);
        QCOMPARE(proxy.rowCount(), 2);
        // Another set with the same IDs is another filter: identity, not content.
        DeviceFilter other = f;
        other.devices = std::make_shared<const DeviceSet>(QStringList{u"123"_s});
        QVERIFY(!(other == f));
        QVERIFY(!f.contains(other));
        proxy.setFilter(f);
        // A device of the set that arrives later shows up, also with a set made after it
        // arrived out of the walk's ID order.
        model.upsertDevices({{u"999"_s, u"UpgradeSuccess"_s, {}}, {u"998"_s, u"Accepted"_s, {}}});
        QCOMPARE(proxy.rowCount(), 4);
        DeviceFilter late;
        late.devices = std::make_shared<const DeviceSet>(
            QStringList{u"998"_s, u"123"_s, u"356938035643809"_s, u"sensor-7"_s});
        proxy.setFilter(late);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilter(f);
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 7);
    }

    void selectionFollowsItsDeviceThroughSortAndUpdates()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(99);
        model.upsertDevices(randomPage(rng, 400, 100'000'000'000'000));
        proxy.sort(int(DeviceColumn::DeviceId), Qt::AscendingOrder);
        const QPersistentModelIndex held = proxy.index(17, 0);
        const QString id = held.data().toString();
        proxy.sort(int(DeviceColumn::StatusTime), Qt::DescendingOrder);
        QVERIFY(held.isValid());
        QCOMPARE(held.data().toString(), id);

        // The held device changes status: the row moves (sorted by status) but the index follows.
        proxy.sort(int(DeviceColumn::Status), Qt::AscendingOrder);
        DeviceRecord changed = model.store().record(*model.store().find(id));
        changed.status = u"AAA first"_s;
        model.upsertDevices({changed});
        QVERIFY(held.isValid());
        QCOMPARE(held.data().toString(), id);
        QCOMPARE(held.row(), 0);
        VERIFY_REFERENCE(model, proxy);

        // Filtered out: the persistent index becomes invalid rather than pointing elsewhere.
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"no device has this"_s));
        QVERIFY(!held.isValid());
    }

    void displaysTextAndRawValues()
    {
        DeviceTableModel model;
        DeviceRecord d{u"012345678901238"_s,
                       u"UpgradePending"_s,
                       u"line one\nline two"_s,
                       1'665'003'927'129,
                       kNoTime,
                       1'665'081'300'000};
        model.upsertDevices({d});
        QCOMPARE(model.index(0, int(DeviceColumn::DeviceId)).data().toString(), d.deviceId);
        QCOMPARE(model.index(0, int(DeviceColumn::StatusTime)).data().toString(),
                 u"2022-10-05 21:05:27"_s);
        QCOMPARE(model.index(0, int(DeviceColumn::StatusTime))
                     .data(DeviceTableModel::RawRole)
                     .toLongLong(),
                 d.updatedTime);
        QVERIFY(!model.index(0, int(DeviceColumn::LastAttempt))
                     .data(DeviceTableModel::RawRole)
                     .isValid());
        QVERIFY(!model.index(0, int(DeviceColumn::ResultReason)).data().toString().contains(u'\n'));
        QCOMPARE(model.index(0, int(DeviceColumn::ResultReason)).data(Qt::ToolTipRole).toString(),
                 d.resultReason);
        QCOMPARE(model.data(model.index(0, 0), DeviceTableModel::BucketRole).toInt(),
                 int(StatusBucket::Pending));
        QVERIFY(model.headerData(int(DeviceColumn::NextAttempt), Qt::Horizontal)
                    .toString()
                    .startsWith(u"Next attempt"_s));
    }
    void sidebarSelectionCombinesBucketsAndStatuses()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        model.upsertDevices({{u"1"_s, u"UpgradeFailed"_s, {}},
                             {u"2"_s, u"upgradeFailure"_s, {}},
                             {u"3"_s, u"UpgradeSuccess"_s, {}},
                             {u"4"_s, u"Accepted"_s, {}},
                             {u"5"_s, u"UpgradePending"_s, {}}});
        DeviceFilter f;
        f.statuses = {u"upgradeFailure"_s};
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        f.buckets = BucketMask(1u << int(StatusBucket::Succeeded));
        proxy.setFilter(f); // a bucket and a raw status of another bucket: either matches
        QCOMPARE(proxy.rowCount(), 2);
        f.statuses.clear();
        f.buckets |= BucketMask(1u << int(StatusBucket::Failed));
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(model.store().statusCounts()[*model.store().statuses().find(u"UpgradeFailed"_s)],
                 1);
    }

    void overdueAndChangedFilters()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = 1'700'000'000'000;
        model.upsertDevices({{u"1"_s, u"UpgradePending"_s, {}, kNoTime, kNoTime, now - 3'600'000},
                             {u"2"_s, u"UpgradePending"_s, {}, kNoTime, kNoTime, now + 3'600'000},
                             {u"3"_s, u"UpgradeFailed"_s, {}, kNoTime, kNoTime, now - 3'600'000},
                             {u"4"_s, u"UpgradePending"_s, {}, kNoTime, kNoTime, kNoTime}});
        model.setNow(now);
        QVERIFY(model.index(0, 0).data(DeviceTableModel::OverdueRole).toBool());
        QVERIFY(!model.index(1, 0).data(DeviceTableModel::OverdueRole).toBool());
        QVERIFY(!model.index(2, 0).data(DeviceTableModel::OverdueRole).toBool()); // not pending
        QVERIFY(model.index(2, int(DeviceColumn::NextAttempt))
                    .data()
                    .toString()
                    .endsWith(u"(1 h ago)"_s));
        QVERIFY(model.index(0, int(DeviceColumn::NextAttempt))
                    .data()
                    .toString()
                    .endsWith(u"(overdue 1 h)"_s));
        QVERIFY(model.index(1, int(DeviceColumn::NextAttempt))
                    .data()
                    .toString()
                    .endsWith(u"(in 1 h)"_s));
        DeviceFilter f;
        f.overdueOnly = true;
        f.nowMs = now;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"1"_s);

        // Device 2 fails and device 4 succeeds: only those two count as changed.
        proxy.setFilter({});
        DeviceStore fresh;
        fresh.upsert({{u"1"_s, u"UpgradePending"_s, {}, kNoTime, kNoTime, now - 3'600'000},
                      {u"2"_s, u"UpgradeFailed"_s, u"timeout"_s},
                      {u"3"_s, u"UpgradeFailed"_s, {}, kNoTime, kNoTime, now - 3'600'000},
                      {u"4"_s, u"UpgradeSuccess"_s, {}},
                      {u"5"_s, u"UpgradePending"_s, {}}});
        const auto summary = model.applyRefresh(fresh);
        QCOMPARE(summary.changed, 2);
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.changedTo[int(StatusBucket::Failed)], 1);
        QCOMPARE(summary.changedTo[int(StatusBucket::Succeeded)], 1);
        QCOMPARE(DeviceTableModel::describe(summary),
                 u"2 changed: 1 → succeeded, 1 → failed; 1 new devices"_s);
        f = {};
        f.changedOnly = true;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(proxy.index(0, 0).data(DeviceTableModel::ChangedRole).toBool());

        // The next refresh without changes keeps the marks: nobody has looked at them yet.
        const auto quiet = model.applyRefresh(fresh);
        QCOMPARE(quiet.changed, 0);
        QCOMPARE(quiet.unseen, 2);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(DeviceTableModel::describe(quiet),
                 u"No status changed since the last refresh; 2 unseen in all: 1 → succeeded, "
                 "1 → failed"_s);
        // The previous status travels with the mark.
        const QModelIndex two = proxy.index(0, int(DeviceColumn::Status));
        QCOMPARE(two.data(DeviceTableModel::PreviousStatusRole).toString(), u"UpgradePending"_s);
        QVERIFY(two.data(Qt::ToolTipRole).toString().contains(u"changed from UpgradePending"_s));
        // Mark all seen: one signal, and the changed-only view empties.
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        model.markAllSeen();
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(changed.count() <= 1);
        QCOMPARE(model.unseenSummary().unseen, 0);
    }

    void oneDataChangedForAWholeRange()
    {
        // The clock tick, the UTC switch, a refresh and a page updating existing rows each reach
        // the view as one signal over the rows shown, never one per row.
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(21);
        model.upsertDevices(randomPage(rng, 3000, 356'938'035'000'000));
        proxy.sort(int(DeviceColumn::StatusTime), Qt::DescendingOrder);
        proxy.setFilter(DeviceFilter::of(
            BucketMask(~(1u << int(StatusBucket::Succeeded)) & kAllBuckets), QString()));
        const int shown = proxy.rowCount();
        QVERIFY(shown > 100 && shown < model.rowCount());
        QSignalSpy spy(&proxy, &QAbstractItemModel::dataChanged);
        const auto expectOneSpanning = [&](int firstColumn, int lastColumn) {
            QCOMPARE(spy.count(), 1);
            const auto topLeft = spy.at(0).at(0).value<QModelIndex>();
            const auto bottomRight = spy.at(0).at(1).value<QModelIndex>();
            QCOMPARE(topLeft.row(), 0);
            QCOMPARE(bottomRight.row(), shown - 1);
            QCOMPARE(topLeft.column(), firstColumn);
            QCOMPARE(bottomRight.column(), lastColumn);
            spy.clear();
        };

        model.setNow(1'664'500'000'000);
        expectOneSpanning(int(DeviceColumn::NextAttempt), int(DeviceColumn::NextAttempt));
        model.setUseUtc(false);
        expectOneSpanning(int(DeviceColumn::StatusTime), int(DeviceColumn::NextAttempt));
        model.setUseUtc(true);
        spy.clear();

        // A refresh that changes nothing: nothing to repaint, no signal at all.
        DeviceStore same;
        QVector<DeviceRecord> all;
        for (quint32 r = 0; r < model.store().size(); ++r)
            all.append(model.store().record(r));
        same.upsert(all);
        model.applyRefresh(same);
        QCOMPARE(spy.count(), 0);

        // A refresh changing every row's reason (nothing moves): one signal over the rows shown.
        for (DeviceRecord &d : all)
            d.resultReason += u" (refreshed)"_s;
        DeviceStore reasons;
        reasons.upsert(all);
        model.applyRefresh(reasons);
        expectOneSpanning(0, kDeviceColumnCount - 1);

        // The same in the background: one signal once the comparison is applied.
        for (DeviceRecord &d : all)
            d.resultReason += u" again"_s;
        DeviceStore later;
        later.upsert(all);
        QSignalSpy applied(&model, &DeviceTableModel::refreshApplied);
        model.applyRefreshInBackground(later);
        QTRY_COMPARE(applied.count(), 1);
        expectOneSpanning(0, kDeviceColumnCount - 1);

        // A page updating three scattered rows' reasons (nothing moves): one signal, from the
        // first to the last of them as shown.
        QVector<DeviceRecord> page;
        for (const int at : {3, shown / 2, shown - 2}) {
            DeviceRecord d = model.store().record(proxy.storeRow(at));
            d.resultReason += u" (again)"_s;
            page.append(d);
        }
        model.upsertDevices(page);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<QModelIndex>().row() <= 3);
        QVERIFY(spy.at(0).at(1).value<QModelIndex>().row() >= shown - 2);
        VERIFY_REFERENCE(model, proxy);
    }

    void headerChangesReachTheViews()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy spy(&proxy, &QAbstractItemModel::headerDataChanged);
        const int column = int(DeviceColumn::StatusTime);
        QCOMPARE(proxy.headerData(column, Qt::Horizontal).toString(), u"Status time (UTC)"_s);
        model.setUseUtc(false);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!proxy.headerData(column, Qt::Horizontal).toString().contains(u"(UTC)"_s));
        QVERIFY(proxy.headerData(column, Qt::Horizontal).toString().contains(u"local"_s));
    }

    void searchIgnoresCaseAndAccents()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        model.upsertDevices({{u"1"_s, u"UpgradeFailed"_s, u"Échec de la mise à jour"_s},
                             {u"2"_s, u"UpgradeFailed"_s, u"ECHEC DE LA MISE A JOUR"_s},
                             {u"3"_s, u"UpgradeFailed"_s, u"Fehler beim Übertragen"_s},
                             {u"4"_s, u"UpgradeFailed"_s, u"update failed"_s}});
        const auto shownFor = [&](const QString &text) {
            proxy.setFilter(DeviceFilter::of(kAllBuckets, text));
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids << proxy.index(r, 0).data().toString();
            return ids;
        };
        QCOMPARE(shownFor(u"mise a jour"_s), QStringList({u"1"_s, u"2"_s}));
        QCOMPARE(shownFor(u"échec"_s), QStringList({u"1"_s, u"2"_s}));
        QCOMPARE(shownFor(u"MISE À"_s), QStringList({u"1"_s, u"2"_s}));
        QCOMPARE(shownFor(u"uber"_s), QStringList({u"3"_s}));
        QCOMPARE(shownFor(u"UPDATE"_s), QStringList({u"4"_s}));
        // Narrowing by accent-free typing stays a narrowing (filtered in place, same rows).
        QCOMPARE(shownFor(u"mise a jour"_s).size(), 2);
        QCOMPARE(shownFor(u"mise a jour d"_s).size(), 0);
        // Rows arriving later are matched the same way.
        proxy.setFilter(DeviceFilter::of(kAllBuckets, u"reessayer"_s));
        model.upsertDevices({{u"5"_s, u"UpgradeFailed"_s, u"Réessayer plus tard"_s}});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(FoldedPool::fold(u"Ça Marche"), u"ca marche"_s);
    }

    void hugeReasonIsCappedWhereItIsDrawn()
    {
        // A hostile 10 MB reason: the cell and the tooltip get a few hundred characters, the
        // raw value (exports, the detail pane's copy) keeps all of it.
        DeviceTableModel model;
        const QString huge = QString(10 * 1024 * 1024, u'x') + u"\nend"_s;
        model.upsertDevices({{u"1"_s, u"UpgradeFailed"_s, huge}});
        const QModelIndex reason = model.index(0, int(DeviceColumn::ResultReason));
        const QString cell = reason.data().toString();
        QCOMPARE(cell.size(), DeviceTableModel::kCellChars);
        QVERIFY(cell.endsWith(u'…'));
        const QString tip = reason.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.size() <= DeviceTableModel::kToolTipChars + 1);
        QCOMPARE(reason.data(DeviceTableModel::RawRole).toString().size(), huge.size());
        QCOMPARE(reason.data(DeviceTableModel::CopyRole).toString().size(), huge.size());
    }

    void copiedTimesArePlainTimes()
    {
        DeviceTableModel model;
        const qint64 now = 1'700'000'000'000;
        model.upsertDevices(
            {{u"1"_s, u"UpgradePending"_s, {}, kNoTime, kNoTime, now - 9 * 24 * 3'600'000LL}});
        model.setNow(now);
        const QModelIndex next = model.index(0, int(DeviceColumn::NextAttempt));
        QVERIFY(next.data().toString().contains(u"(overdue 9 d)"_s));
        QCOMPARE(next.data(DeviceTableModel::CopyRole).toString(), u"2023-11-05 22:13:20"_s);
        QCOMPARE(next.data(DeviceTableModel::RelativeTimeRole).toString(), u"overdue 9 d"_s);
        QCOMPARE(next.data(Qt::ToolTipRole).toString().left(23), u"2023-11-05 22:13:20 UTC"_s);
    }

    void refreshKeepsSelectionAndOrder()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(5);
        model.upsertDevices(randomPage(rng, 500, 200'000'000'000'000));
        proxy.sort(int(DeviceColumn::DeviceId), Qt::AscendingOrder);
        const QPersistentModelIndex held = proxy.index(42, 1);
        const QString id = proxy.index(42, 0).data().toString();
        DeviceStore fresh;
        QVector<DeviceRecord> all;
        for (quint32 r = 0; r < model.store().size(); ++r) {
            DeviceRecord d = model.store().record(r);
            if (r % 3 == 0)
                d.status = u"UpgradeSuccess"_s;
            all.append(d);
        }
        fresh.upsert(all);
        model.applyRefresh(fresh);
        QVERIFY(held.isValid());
        QCOMPARE(held.row(), 42); // ID order did not move it
        QCOMPARE(proxy.index(held.row(), 0).data().toString(), id);
        VERIFY_REFERENCE(model, proxy);
    }

    void timesInLocalOrUtc()
    {
        DeviceTableModel model;
        model.upsertDevices({{u"1"_s, u"x"_s, {}, 1'665'003'927'129, kNoTime, kNoTime}});
        QVERIFY(model.headerData(int(DeviceColumn::StatusTime), Qt::Horizontal)
                    .toString()
                    .endsWith(u"(UTC)"_s));
        model.setUseUtc(false);
        QVERIFY(model.headerData(int(DeviceColumn::StatusTime), Qt::Horizontal)
                    .toString()
                    .contains(u"(local"_s));
        QCOMPARE(
            model.index(0, int(DeviceColumn::StatusTime)).data().toString(),
            QDateTime::fromMSecsSinceEpoch(1'665'003'927'129).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QCOMPARE(model.index(0, int(DeviceColumn::Bucket)).data().toString(),
                 StatusBuckets::displayName(StatusBucket::Other));
    }
};

QTEST_GUILESS_MAIN(DeviceProxyModelTest)
#include "tst_deviceproxymodel.moc"
