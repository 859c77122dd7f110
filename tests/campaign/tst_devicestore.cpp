// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceId.h"
#include "campaign/DeviceOrder.h"
#include "campaign/DeviceStore.h"
#include "campaign/StatusBucket.h"
#include "common/DeviceIdKey.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using namespace fota;

class DeviceStoreTest : public QObject
{
    Q_OBJECT

private:
    // The device-ID order worked out by sorting: DeviceOrder::byDeviceId takes the index's
    // order when it has one, so it cannot be what that order is checked against.
    static std::vector<quint32> sortedById(const DeviceStore &store)
    {
        std::vector<quint32> rows(store.size());
        std::iota(rows.begin(), rows.end(), 0u);
        DeviceOrder(store, DeviceColumn::DeviceId, Qt::AscendingOrder).sort(rows);
        return rows;
    }

    static DeviceRecord device(const QString &id, const QString &status, const QString &reason = {},
                               qint64 updated = kNoTime)
    {
        DeviceRecord d;
        d.deviceId = id;
        d.status = status;
        d.resultReason = reason;
        d.updatedTime = updated;
        return d;
    }

private slots:
    // Keys asked in ascending order, each search starting where the previous ended, find
    // exactly what a lookup of each key alone finds: rows in the ordered list (pages in ID
    // order, shuffled inside), rows in the hash (a page out of order), absent keys between,
    // before and after them, and a key asked again.
    void findingKeysInOrderEqualsFindingEachAlone()
    {
        DeviceStore store;
        std::mt19937 rng(5);
        for (int page = 0; page < 20; ++page) {
            QVector<DeviceRecord> records;
            for (int i = 0; i < 100; ++i)
                records.append({QString::number(350000000000000LL + (page * 100 + i) * 3),
                                u"UpgradeSuccess"_s,
                                {}});
            std::shuffle(records.begin(), records.end(), rng);
            store.upsert(records);
        }
        store.upsert(QVector<DeviceRecord>{{u"350000000000001"_s, u"Out of order"_s, {}},
                                           {u"350000000000004"_s, u"Out of order"_s, {}}});
        std::vector<quint64> keys;
        for (qint64 n = 349999999999990LL; n < 350000000006010LL; n += 1 + qint64(rng() % 4)) {
            const QByteArray digits = QByteArray::number(n);
            quint64 key = 0;
            QVERIFY(DeviceIdKey::pack(digits.constData(), digits.size(), &key));
            keys.push_back(key);
            if (rng() % 50 == 0)
                keys.push_back(key);
        }
        std::sort(keys.begin(), keys.end());
        size_t from = 0;
        int found = 0;
        for (const quint64 key : keys) {
            const std::optional<quint32> alone = store.findKey(key);
            QCOMPARE(store.findKeyFrom(key, &from), alone);
            found += alone ? 1 : 0;
        }
        QVERIFY(found > 500);
    }

    void bucketsFromRawStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("bucket");
        const auto add = [](const char *s, StatusBucket b) {
            QTest::newRow(s) << QString::fromLatin1(s) << int(b);
        };
        add("UpgradeSuccess", StatusBucket::Succeeded);
        add("upgradesuccess", StatusBucket::Succeeded);
        add("Success", StatusBucket::Succeeded);
        add("UpgradeFailed", StatusBucket::Failed);
        add("UpgradedFailed", StatusBucket::Failed);
        add("upgradeFailure", StatusBucket::Failed);
        add("Failure", StatusBucket::Failed);
        add("DeviceRejected", StatusBucket::Failed);
        add("UpgradePending", StatusBucket::Pending);
        add("UPGRADEPENDING", StatusBucket::Pending);
        add("Accepted", StatusBucket::InProgress);
        add("CampaignCancelled", StatusBucket::Cancelled);
        add("CampaignAborted", StatusBucket::Cancelled);
        add("UpgradeVerifying", StatusBucket::Other);
        add("", StatusBucket::Other);
        add("Upgrade_In_Progress", StatusBucket::InProgress);
    }
    void bucketsFromRawStatus()
    {
        QFETCH(QString, status);
        QFETCH(int, bucket);
        QCOMPARE(int(StatusBuckets::fromStatus(status)), bucket);
    }

    void bucketKeysRoundTrip()
    {
        for (int b = 0; b < kBucketCount; ++b) {
            QCOMPARE(StatusBuckets::fromKey(StatusBuckets::key(StatusBucket(b))), StatusBucket(b));
            QVERIFY(!StatusBuckets::displayName(StatusBucket(b)).isEmpty());
        }
        QCOMPARE(StatusBuckets::fromKey(u"nope"), std::nullopt);
    }

    void packsDeviceIdsLosslessly()
    {
        StringPool pool;
        for (const QString &id : {u"012345678901234"_s, u"12345678901234"_s, u"0"_s, u"00"_s,
                                  u"99999999999999999"_s, u"123456789012345678"_s, u"ABC-1"_s}) {
            const quint64 key = DeviceId::pack(id, &pool);
            QCOMPARE(DeviceId::text(key, pool), id);
        }
        // Leading zeros are part of the identity.
        QVERIFY(DeviceId::pack(u"0123", &pool) != DeviceId::pack(u"123", &pool));
        QVERIFY(DeviceId::pack(u"0123", &pool) > DeviceId::pack(u"123", &pool));
        QVERIFY(DeviceId::pack(u"124", &pool) > DeviceId::pack(u"0123", &pool));
    }

    void comparesCursorsNumerically()
    {
        QVERIFY(DeviceId::compare(u"356938035643809", u"0") > 0);
        QVERIFY(DeviceId::compare(u"356938035643809", u"356938035643817") < 0);
        QVERIFY(DeviceId::compare(u"99", u"100") < 0);
        QCOMPARE(DeviceId::compare(u"356938035643809", u"356938035643809"), 0);
        QVERIFY(DeviceId::compare(u"1234567890123456789012", u"999") > 0); // beyond 17 digits
        QVERIFY(DeviceId::compare(u"abc", u"abd") < 0);
    }

    void upsertKeepsOneRowPerDevice()
    {
        DeviceStore store;
        auto first = store.upsert({device(u"356938035643809"_s, u"UpgradePending"_s, u"queued"_s),
                                   device(u"012345678901238"_s, u"UpgradeSuccess"_s)});
        QCOMPARE(first.newRows, 2u);
        QCOMPARE(first.firstNewRow, 0u);
        QVERIFY(first.updatedRows.empty());

        // An overlapping page: one repeat (changed), one repeat (unchanged), one new.
        auto second = store.upsert({device(u"356938035643809"_s, u"UpgradeFailed"_s, u"timeout"_s),
                                    device(u"012345678901238"_s, u"UpgradeSuccess"_s),
                                    device(u"356938035643817"_s, u"Accepted"_s)});
        QCOMPARE(second.newRows, 1u);
        QCOMPARE(second.firstNewRow, 2u);
        QCOMPARE(second.updatedRows, std::vector<quint32>{0});
        QCOMPARE(store.size(), 3u);
        QCOMPARE(store.status(0), u"UpgradeFailed"_s);
        QCOMPARE(store.reason(0), u"timeout"_s);
        QVERIFY(store.statusChanged(0));
        QVERIFY(!store.statusChanged(1));
        QCOMPARE(store.find(u"012345678901238"), std::optional<quint32>(1));
        QCOMPARE(store.find(u"12345678901238"), std::nullopt);

        const BucketCounts &c = store.bucketCounts();
        QCOMPARE(c[int(StatusBucket::Failed)], 1);
        QCOMPARE(c[int(StatusBucket::Succeeded)], 1);
        QCOMPARE(c[int(StatusBucket::InProgress)], 1);
        QCOMPARE(c[int(StatusBucket::Pending)], 0);
    }

    // The ID index keeps rows that arrive in ascending order without a hash and the rest in
    // one; whatever the order, every device is found at its row, once, and nothing else is.
    void findsEveryDeviceHoweverPagesArrive_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("ascending") << u"ascending"_s;
        QTest::newRow("descending") << u"descending"_s;
        QTest::newRow("four lanes interleaved") << u"lanes"_s;
        QTest::newRow("shuffled") << u"shuffled"_s;
        QTest::newRow("ascending pages, shuffled inside") << u"shuffled pages"_s;
        QTest::newRow("ascending, pages overlapping") << u"overlapping"_s;
    }
    void findsEveryDeviceHoweverPagesArrive()
    {
        QFETCH(QString, order);
        constexpr int kDevices = 20'000;
        constexpr int kPage = 500;
        // IMEIs with leading zeros and gaps, and a few text IDs among them.
        QStringList ids;
        for (int i = 0; i < kDevices; ++i)
            ids << (i % 997 == 0 ? u"IMEI-%1"_s.arg(i)
                                 : u"0%1"_s.arg(35693803564000LL + 7LL * i, 14, 10, QChar(u'0')));
        std::vector<int> sequence(kDevices);
        std::iota(sequence.begin(), sequence.end(), 0);
        if (order == "descending"_L1) {
            std::reverse(sequence.begin(), sequence.end());
        } else if (order == "lanes"_L1) {
            std::vector<int> lanes;
            for (int page = 0; page < kDevices / kPage / 4; ++page) {
                for (int lane = 0; lane < 4; ++lane) {
                    const int first = lane * (kDevices / 4) + page * kPage;
                    for (int i = first; i < first + kPage; ++i)
                        lanes.push_back(i);
                }
            }
            sequence = lanes;
        } else if (order == "shuffled"_L1) {
            std::mt19937 rng(7);
            std::shuffle(sequence.begin(), sequence.end(), rng);
        } else if (order == "shuffled pages"_L1) {
            std::mt19937 rng(7);
            for (auto page = sequence.begin(); page != sequence.end(); page += kPage)
                std::shuffle(page, page + kPage, rng);
        }
        QCOMPARE(int(sequence.size()), kDevices);

        DeviceStore store;
        int updates = 0;
        for (size_t first = 0; first < sequence.size(); first += kPage) {
            QVector<DeviceRecord> page;
            // Overlapping pages repeat the previous page's last 7 devices with another status.
            if (order == "overlapping"_L1 && first > 0) {
                for (size_t i = first - 7; i < first; ++i)
                    page.append(device(ids[sequence[i]], u"UpgradeFailed"_s));
            }
            for (size_t i = first; i < first + kPage; ++i)
                page.append(device(ids[sequence[i]], u"UpgradePending"_s));
            const DeviceStore::UpsertResult r = store.upsert(page);
            updates += int(r.updatedRows.size());
        }
        QCOMPARE(store.size(), quint32(kDevices));
        QCOMPARE(updates, order == "overlapping"_L1 ? 7 * (kDevices / kPage - 1) : 0);
        for (int i = 0; i < kDevices; ++i) {
            const std::optional<quint32> row = store.find(ids[i]);
            QVERIFY2(row, qPrintable(ids[i]));
            QCOMPARE(store.deviceId(*row), ids[i]);
        }
        if (const std::vector<quint32> *known = store.idOrder())
            QCOMPARE(*known, sortedById(store));
        for (const QString &absent : {u"0"_s, u"035693803564001"_s, u"35693803564000"_s,
                                      u"99999999999999999"_s, u"IMEI-1"_s})
            QCOMPARE(store.find(absent), std::nullopt);
        // A copy answers the same, and a refresh merged into it updates in place.
        DeviceStore copy = store;
        QVector<DeviceRecord> all;
        for (int i = 0; i < kDevices; ++i)
            all.append(device(ids[i], u"UpgradeSuccess"_s));
        const DeviceStore::UpsertResult refreshed = copy.upsert(all);
        QCOMPARE(refreshed.newRows, 0u);
        QCOMPARE(refreshed.updatedRows.size(), size_t(kDevices));
        QCOMPARE(copy.size(), quint32(kDevices));
        QCOMPARE(copy.status(*copy.find(ids[kDevices / 2])), u"UpgradeSuccess"_s);
        // Rebuilt from its rows (history), the store finds the same rows and refuses a repeat.
        std::optional<DeviceStore> rebuilt =
            DeviceStore::fromRows(store.rows(), store.statuses().strings(),
                                  store.reasons().strings(), store.textIds().strings());
        QVERIFY(rebuilt);
        for (int i = 0; i < kDevices; i += 97)
            QCOMPARE(rebuilt->find(ids[i]), store.find(ids[i]));
        std::vector<DeviceRow> twice = store.rows();
        twice.push_back(twice[size_t(kDevices / 3)]);
        QVERIFY(!DeviceStore::fromRows(twice, store.statuses().strings(), store.reasons().strings(),
                                       store.textIds().strings()));
    }

    // Pages that each come after the ones before, however shuffled inside, need no hash: the
    // index is a list of row numbers, 4 bytes a device. Pages out of that order are hashed.
    void pagesInOrderNeedNoHash()
    {
        QVector<DeviceRecord> devices;
        for (int i = 0; i < 10'000; ++i)
            devices.append(device(QString::number(356938035640000LL + i), u"Accepted"_s));
        const auto indexBytes = [](const DeviceStore &store) {
            return store.memoryBytes() - qint64(store.rows().capacity() * sizeof(DeviceRow)) -
                   store.statuses().memoryBytes() - store.reasons().memoryBytes() -
                   store.textIds().memoryBytes();
        };
        DeviceStore inOrder;
        DeviceStore reversed;
        std::mt19937 rng(3);
        for (int page = 0; page < 10; ++page) {
            QVector<DeviceRecord> shuffled = devices.mid(page * 1000, 1000);
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            inOrder.upsert(shuffled);
            reversed.upsert(devices.mid((9 - page) * 1000, 1000));
        }
        QCOMPARE(inOrder.size(), 10'000u);
        QCOMPARE(reversed.size(), 10'000u);
        QVERIFY2(indexBytes(inOrder) <= 10'000 * 8,
                 qPrintable(QString::number(indexBytes(inOrder))));
        QVERIFY2(indexBytes(reversed) >= 9'000 * 8,
                 qPrintable(QString::number(indexBytes(reversed))));
        // The index's order is the export's order, without sorting.
        QVERIFY(inOrder.idOrder());
        QCOMPARE(*inOrder.idOrder(), sortedById(inOrder));
        QCOMPARE(reversed.idOrder(), nullptr);
        for (const DeviceRecord &d : devices) {
            QCOMPARE(inOrder.deviceId(*inOrder.find(d.deviceId)), d.deviceId);
            QCOMPARE(reversed.deviceId(*reversed.find(d.deviceId)), d.deviceId);
        }
    }

    void generationChangesWithEveryFilling()
    {
        // Pool indexes are reused after a clear: caches must be able to tell the fillings apart.
        DeviceStore store;
        const quint64 first = store.generation();
        store.upsert({device(u"1"_s, u"UpgradeFailed"_s, u"reason A"_s)});
        QCOMPARE(store.generation(), first); // more of the same campaign
        const DeviceStore copy = store;
        QCOMPARE(copy.generation(), first); // a copy has the same indexes
        store.clear();
        QVERIFY(store.generation() != first);
        const quint64 second = store.generation();
        store.upsert({device(u"1"_s, u"UpgradeSuccess"_s, u"reason B"_s)});
        QCOMPARE(store.reasons().find(u"reason B"_s), std::optional<quint32>(1)); // reused index
        QVERIFY(DeviceStore().generation() != second); // another store, another generation
    }

    void changeMarksCostNothingUntilAStatusChanges()
    {
        // The status a device had when last seen is kept beside the rows, not in each: a
        // campaign whose statuses never changed since it was seen pays nothing for it, changes
        // pay four bytes a row however many and wherever they are, and marking seen frees it.
        DeviceStore store;
        QVector<DeviceRecord> devices;
        for (int i = 0; i < 1000; ++i)
            devices.push_back(device(QString::number(350'000'000'000'000 + i), u"Pending"_s));
        devices.back().status = u"UpgradeFailed"_s; // in the pool before any change
        store.upsert(devices);
        const qint64 unmarked = store.memoryBytes();
        store.upsert(devices); // a refresh without changes
        QCOMPARE(store.memoryBytes(), unmarked);

        store.upsert({device(u"350000000000009"_s, u"UpgradeFailed"_s)});
        QVERIFY(store.statusChanged(9));
        const qint64 marks = 1000 * qint64(sizeof(quint32));
        QCOMPARE(store.memoryBytes(), unmarked + marks);
        // Changes spread over the table, as a refresh brings them, in ascending order.
        for (int i = 10; i < 999; i += 7)
            store.upsert({device(QString::number(350'000'000'000'000 + i), u"UpgradeFailed"_s)});
        QCOMPARE(store.unseenChanges(), 1 + (999 - 10 + 6) / 7);
        QCOMPARE(store.memoryBytes(), unmarked + marks);
        QVERIFY(!store.statusChanged(8));
        QVERIFY(!store.statusChanged(999)); // past the marks
        QCOMPARE(store.bucket(9), StatusBucket::Failed);
        QCOMPARE(store.bucket(8), StatusBucket::Pending);

        // A copy (what an export or the recorder works on) keeps the marks.
        const DeviceStore copy = store;
        QVERIFY(copy.statusChanged(9));
        QCOMPARE(copy.previousStatus(9), u"Pending"_s);
        QCOMPARE(copy.unseenChanges(), store.unseenChanges());

        QVERIFY(store.markAllSeen());
        QVERIFY(!store.statusChanged(9));
        QCOMPARE(store.previousStatus(9), u"UpgradeFailed"_s); // what the operator now saw
        QCOMPARE(store.memoryBytes(), unmarked);
    }

    void changeMarksStayUntilSeenAndRememberThePreviousStatus()
    {
        DeviceStore store;
        store.upsert({device(u"1"_s, u"UpgradePending"_s), device(u"2"_s, u"UpgradePending"_s),
                      device(u"3"_s, u"UpgradePending"_s)});
        QCOMPARE(store.unseenChanges(), 0);

        // A refresh: device 1 fails.
        auto r = store.upsert({device(u"1"_s, u"UpgradeFailed"_s)});
        QCOMPARE(r.statusChanges, 1);
        QVERIFY(store.statusChanged(0));
        QCOMPARE(store.previousStatus(0), u"UpgradePending"_s);
        QCOMPARE(store.unseenChanges(), 1);
        QCOMPARE(store.unseenCounts()[int(StatusBucket::Failed)], 1);

        // The next refresh moves device 2 only: device 1's mark stays, with what it was before
        // the operator looked away (not what it was a refresh ago).
        r = store.upsert({device(u"2"_s, u"UpgradeSuccess"_s)});
        QCOMPARE(r.statusChanges, 1);
        QVERIFY(store.statusChanged(0));
        QCOMPARE(store.unseenChanges(), 2);
        store.upsert({device(u"1"_s, u"Accepted"_s)}); // moves on again
        QCOMPARE(store.previousStatus(0), u"UpgradePending"_s);
        QCOMPARE(store.unseenCounts()[int(StatusBucket::InProgress)], 1);
        QCOMPARE(store.unseenCounts()[int(StatusBucket::Failed)], 0);

        // Back where it was when last seen: nothing to look at any more.
        store.upsert({device(u"1"_s, u"UpgradePending"_s)});
        QVERIFY(!store.statusChanged(0));
        QCOMPARE(store.unseenChanges(), 1);

        QVERIFY(store.markAllSeen());
        QCOMPARE(store.unseenChanges(), 0);
        QVERIFY(!store.statusChanged(1));
        QVERIFY(!store.markAllSeen()); // nothing left
        static_assert(sizeof(DeviceRow) <= 40);
    }

    void duplicatesWithinOnePageCollapse()
    {
        DeviceStore store;
        const auto r = store.upsert(
            {device(u"1"_s, u"UpgradePending"_s), device(u"1"_s, u"UpgradeSuccess"_s)});
        QCOMPARE(store.size(), 1u);
        QCOMPARE(r.newRows, 1u);
        QCOMPARE(store.status(0), u"UpgradeSuccess"_s);
        QCOMPARE(store.bucketCounts()[int(StatusBucket::Succeeded)], 1);
        QCOMPARE(store.bucketCounts()[int(StatusBucket::Pending)], 0);
    }

    void storesRepeatedStringsOnce()
    {
        DeviceStore store;
        QVector<DeviceRecord> page;
        for (int i = 0; i < 5000; ++i)
            page.append(device(QString::number(100000000000000LL + i), u"UpgradeSuccess"_s,
                               u"Upgrade completed, try count %1"_s.arg(i % 3)));
        store.upsert(page);
        QCOMPARE(store.statuses().size(), 2); // "" and the one status
        QCOMPARE(store.reasons().size(), 4);  // "" and three reasons
        QVERIFY(store.memoryBytes() < 5000 * 150);
    }

    void ordersByDeviceIdAscending()
    {
        DeviceStore store;
        store.upsert({device(u"356938035643817"_s, u"x"_s), device(u"012345678901238"_s, u"x"_s),
                      device(u"356938035643809"_s, u"x"_s)});
        const std::vector<quint32> rows = DeviceOrder::byDeviceId(store);
        QStringList ids;
        for (const quint32 r : rows)
            ids << store.deviceId(r);
        QCOMPARE(ids,
                 (QStringList{u"012345678901238"_s, u"356938035643809"_s, u"356938035643817"_s}));
    }

    // The ID index orders text IDs by their place in the pool, not by their text: a store
    // with text IDs that came in pool order must still be sorted, or the export, the report
    // and the table's tie-breaks list "dev-b" before "dev-a".
    void textIdsAreSortedByTheirText()
    {
        DeviceStore store;
        store.upsert({device(u"356938035643809"_s, u"x"_s), device(u"dev-b"_s, u"x"_s),
                      device(u"dev-c"_s, u"x"_s)});
        store.upsert({device(u"dev-a"_s, u"x"_s)});
        const std::vector<quint32> rows = DeviceOrder::byDeviceId(store);
        QStringList ids;
        for (const quint32 r : rows)
            ids << store.deviceId(r);
        QCOMPARE(ids, (QStringList{u"356938035643809"_s, u"dev-a"_s, u"dev-b"_s, u"dev-c"_s}));
        QCOMPARE(store.idOrder(), nullptr);
    }

    void sortsTimesWithMissingLastAndTiesById()
    {
        DeviceStore store;
        store.upsert({device(u"5"_s, u"a"_s, {}, kNoTime), device(u"4"_s, u"a"_s, {}, 200),
                      device(u"3"_s, u"a"_s, {}, 100), device(u"2"_s, u"a"_s, {}, 200),
                      device(u"1"_s, u"a"_s, {}, kNoTime)});
        const auto idsIn = [&](Qt::SortOrder order) {
            std::vector<quint32> rows{0, 1, 2, 3, 4};
            DeviceOrder(store, DeviceColumn::StatusTime, order).sort(rows);
            QStringList ids;
            for (const quint32 r : rows)
                ids << store.deviceId(r);
            return ids.join(u',');
        };
        QCOMPARE(idsIn(Qt::AscendingOrder), u"3,2,4,1,5"_s);
        QCOMPARE(idsIn(Qt::DescendingOrder), u"2,4,3,1,5"_s);
    }

    void largeSkewedSortsKeepTiesInIdOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (const DeviceColumn c : {DeviceColumn::StatusTime, DeviceColumn::Status}) {
            for (const Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s %s", c == DeviceColumn::Status ? "status" : "time",
                              o == Qt::AscendingOrder ? "asc" : "desc")
                    << int(c) << int(o);
            }
        }
    }
    void largeSkewedSortsKeepTiesInIdOrder()
    {
        // 60,000 devices stored out of ID order, most without a time and most with one status:
        // buckets of the radix partition far past the few keys a small table puts in each.
        QFETCH(int, column);
        QFETCH(int, order);
        std::mt19937 random(7);
        QVector<DeviceRecord> devices;
        for (int i = 0; i < 60'000; ++i) {
            const bool timed = random() % 10 < 3;
            const qint64 time =
                timed ? 1'700'000'000'000 + qint64(random() % 5000) * 1000 : kNoTime;
            devices.push_back(device(QString::number(350'000'000'000'000 + quint64(random())),
                                     random() % 10 < 8 ? u"Pending"_s : u"S%1"_s.arg(random() % 5),
                                     {}, time));
        }
        DeviceStore store;
        store.upsert(devices);
        std::vector<quint32> rows(store.size());
        std::iota(rows.begin(), rows.end(), 0u);
        const auto c = DeviceColumn(column);
        const auto o = Qt::SortOrder(order);
        DeviceOrder(store, c, o).sort(rows);

        // The reference: by the column's value (missing times last either way), ties by ID.
        std::vector<quint32> expected(store.size());
        std::iota(expected.begin(), expected.end(), 0u);
        const auto idOf = [&store](quint32 r) {
            return store.deviceId(r).toULongLong();
        };
        std::sort(expected.begin(), expected.end(), [&](quint32 a, quint32 b) {
            if (c == DeviceColumn::Status) {
                const int cmp = store.status(a).compare(store.status(b), Qt::CaseInsensitive);
                if (cmp != 0)
                    return o == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
            } else {
                const qint64 ta = store.row(a).updatedTime;
                const qint64 tb = store.row(b).updatedTime;
                if ((ta == kNoTime) != (tb == kNoTime))
                    return tb == kNoTime;
                if (ta != tb)
                    return o == Qt::AscendingOrder ? ta < tb : ta > tb;
            }
            return idOf(a) < idOf(b);
        });
        QVERIFY(rows == expected);
    }

    void sortsStringsCaseInsensitively()
    {
        DeviceStore store;
        store.upsert({device(u"1"_s, u"beta"_s), device(u"2"_s, u"Alpha"_s),
                      device(u"3"_s, u"alpha"_s), device(u"4"_s, u"Gamma"_s)});
        std::vector<quint32> rows{0, 1, 2, 3};
        DeviceOrder(store, DeviceColumn::Status, Qt::AscendingOrder).sort(rows);
        QStringList statuses;
        for (const quint32 r : rows)
            statuses << store.status(r);
        QCOMPARE(statuses.join(u','), u"Alpha,alpha,beta,Gamma"_s);
    }
};

QTEST_GUILESS_MAIN(DeviceStoreTest)
#include "tst_devicestore.moc"
