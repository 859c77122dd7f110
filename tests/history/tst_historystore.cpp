// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The history store on real SQLite files: what a snapshot holds, the changes between any two
// snapshots, a device's timeline, the packed latest table, and retention under a manual clock.
#include "campaign/DeviceOrder.h"
#include "campaign/ReasonGroups.h"
#include "common/Clock.h"
#include "history/HistoryStore.h"
#include "history/PackedTable.h"
#include "history/RetentionPolicy.h"
#include "simulator/SimulatedCampaign.h"
#include "support/SimulatedStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatedDevice;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;
const QString kAccount = u"0000123456-00001"_s;
const QString kCampaign = u"7d3f1c2e-0b5a-4e6f-8a9b-112233445566"_s;

CampaignKey key(const QString &env = u"https://thingspace.verizon.com"_s)
{
    return {env, kAccount, kCampaign};
}

// The transitions between two states of a simulated campaign, computed independently.
QMap<QString, qint64> expectedTransitions(const SimulatedCampaign &a, const SimulatedCampaign &b)
{
    QMap<QString, qint64> counts;
    for (qsizetype i = 0; i < a.devices().size(); ++i) {
        const QString &from = a.devices()[i].status;
        const QString &to = b.devices()[i].status;
        if (from != to)
            ++counts[from + u'→' + to];
    }
    return counts;
}

void compareStores(const DeviceStore &actual, const DeviceStore &expected)
{
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual.totalDevice(), expected.totalDevice());
    QVERIFY(actual.bucketCounts() == expected.bucketCounts());
    for (quint32 i = 0; i < expected.size(); ++i) {
        const DeviceRecord a = actual.record(i);
        const DeviceRecord e = expected.record(i);
        QCOMPARE(a.deviceId, e.deviceId);
        QCOMPARE(a.status, e.status);
        QCOMPARE(a.resultReason, e.resultReason);
        QCOMPARE(a.updatedTime, e.updatedTime);
        QCOMPARE(a.recentAttemptTime, e.recentAttemptTime);
        QCOMPARE(a.nextAttemptTime, e.nextAttemptTime);
    }
}

DeviceRecord device(const QString &id, const QString &status, const QString &reason = {})
{
    DeviceRecord r;
    r.deviceId = id;
    r.status = status;
    r.resultReason = reason;
    return r;
}

DeviceStore storeWith(const QVector<DeviceRecord> &records)
{
    DeviceStore s;
    s.upsert(records);
    s.setTotalDevice(records.size());
    return s;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    ManualClock m_clock{SimulatedCampaign::kStartMs + 5 * kDay};

    QString newPath() { return m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_files)); }
    bool open(HistoryStore &history, const QString &path = {})
    {
        // Retention runs after every record; only its own tests want it to remove anything.
        history.setClock(&m_clock);
        history.setRetention(RetentionPolicy(1'000'000));
        const bool ok = history.open(path.isEmpty() ? newPath() : path);
        if (!ok)
            qWarning("%s", qPrintable(history.lastError().message));
        return ok;
    }

private slots:
    void packedTableRoundTrip()
    {
        DeviceStore store = storeOf(SimulatedCampaign::generate(kAccount, kCampaign, 3000, 5));
        // IDs the packing must keep exactly: leading zeros, text, and an update that leaves an
        // unused string in the pool.
        store.upsert({device(u"000000000000012"_s, u"UpgradePending"_s, u"x"_s),
                      device(u"dev-α-1"_s, u"Accepted"_s, u"naïve, \"quoted\"\nreason"_s),
                      device(u"12"_s, u""_s)});
        store.upsert({device(u"12"_s, u"UpgradeFailed"_s, u"Timeout"_s)});
        store.setTotalDevice(3100);
        const QByteArray blob = PackedTable::encode(store);
        const std::optional<DeviceStore> back = PackedTable::decode(blob);
        QVERIFY(back);
        compareStores(*back, store);
        QVERIFY(back->find(u"dev-α-1") && back->find(u"000000000000012") && back->find(u"12"));
        QVERIFY(!back->find(u"0000000000000012"));

        const std::optional<DeviceStatusIndex> statuses = PackedTable::decodeStatuses(blob);
        QVERIFY(statuses);
        QCOMPARE(statuses->size(), qsizetype(store.size()));
        QVERIFY(DeviceStatusIndex::diff(*statuses, DeviceStatusIndex::fromStore(store)).empty());

        const std::optional<DeviceStore> empty = PackedTable::decode(PackedTable::encode({}));
        QVERIFY(empty && empty->isEmpty() && !empty->totalDevice());
    }

    // The history packs a table by device ID, or only the rows a refresh listed: the rows
    // given, in that order, and their status times read back without a store.
    void packedTableOfChosenRows()
    {
        const DeviceStore store = storeOf(SimulatedCampaign::generate(kAccount, kCampaign, 400, 9));
        const std::vector<quint32> rows = {7, 3, 250, 399, 0};
        const std::optional<DeviceStore> back =
            PackedTable::decode(PackedTable::encode(store, rows));
        QVERIFY(back);
        QCOMPARE(back->size(), quint32(rows.size()));
        for (quint32 i = 0; i < back->size(); ++i) {
            QCOMPARE(back->deviceId(i), store.deviceId(rows[i]));
            QCOMPARE(back->status(i), store.status(rows[i]));
            QCOMPARE(back->row(i).nextAttemptTime, store.row(rows[i]).nextAttemptTime);
        }
        const QByteArray whole = PackedTable::encode(store);
        const auto times = PackedTable::statusTimes(whole, {0, 3, 3, 399});
        QVERIFY(times);
        QCOMPARE(*times,
                 (std::vector<qint64>{store.row(0).updatedTime, store.row(3).updatedTime,
                                      store.row(3).updatedTime, store.row(399).updatedTime}));
        QVERIFY(!PackedTable::statusTimes(whole, {400}));
        QVERIFY(!PackedTable::statusTimes(whole, {5, 2}));
    }

    // The recorder holds the last table's status index between records and a new one while it
    // compares: at a million devices 16-byte entries were 32 MB of the window's memory. In
    // device-ID order an index takes a few bytes a device, and one built from rows in any
    // order compares exactly the same.
    void aStatusIndexIsCompactAndOrderBlind()
    {
        const SimulatedCampaign s0 = SimulatedCampaign::generate(kAccount, kCampaign, 20'000, 4);
        const DeviceStore before = storeOf(s0);
        const auto index = PackedTable::decodeStatuses(PackedTable::encodeByDeviceId(before));
        QVERIFY(index);
        QCOMPARE(index->size(), qsizetype(before.size()));
        // Key delta, status, and no row delta for rows in order: 4.0 bytes here (5.0 with one).
        QVERIFY2(double(index->numericBytes()) <= 4.5 * before.size(),
                 qPrintable(QString::number(index->numericBytes())));

        DeviceStore after = storeOf(s0.afterSteps(1, 300));
        after.upsert({device(u"999999999999999"_s, u"UpgradePending"_s)});
        std::vector<quint32> shuffled(after.size());
        std::iota(shuffled.begin(), shuffled.end(), 0u);
        std::reverse(shuffled.begin(), shuffled.end());
        std::swap(shuffled[10], shuffled[5000]);
        const auto inOrder = PackedTable::decodeStatuses(PackedTable::encodeByDeviceId(after));
        const auto outOfOrder = PackedTable::decodeStatuses(PackedTable::encode(after, shuffled));
        QVERIFY(inOrder && outOfOrder);
        const auto a = DeviceStatusIndex::diff(*index, *inOrder);
        const auto b = DeviceStatusIndex::diff(*index, *outOfOrder);
        QCOMPARE(qsizetype(a.size()), qsizetype(301)); // 300 resolved, one new
        QCOMPARE(b.size(), a.size());
        const std::vector<quint32> byId = DeviceOrder::byDeviceId(after);
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].key, a[i].key);
            QCOMPARE(b[i].from, a[i].from);
            QCOMPARE(b[i].to, a[i].to);
            // Each names the device's row in the blob it was read from.
            QCOMPARE(after.row(byId[a[i].row]).id, a[i].key);
            QCOMPARE(after.row(shuffled[b[i].row]).id, b[i].key);
        }
    }

    // A table recorded packed by device ID gives the same snapshot and transitions, status
    // times included, as the same table in its own row order.
    void aPackedTableRecordsLikeItsStore()
    {
        const SimulatedCampaign s0 = SimulatedCampaign::generate(kAccount, kCampaign, 3000, 12);
        const SimulatedCampaign s1 = s0.afterSteps(1, 150);
        HistoryStore byId;
        HistoryStore byRow;
        QVERIFY(byId.open(m_dir.filePath(u"by-id.sqlite"_s)));
        QVERIFY(byRow.open(m_dir.filePath(u"by-row.sqlite"_s)));
        std::optional<RecordResult> results[2];
        for (const SimulatedCampaign *s : {&s0, &s1}) {
            // Rows out of ID order, as a walk over several lanes leaves them.
            const DeviceStore ordered = storeOf(*s);
            std::vector<quint32> reversed(ordered.size());
            std::iota(reversed.rbegin(), reversed.rend(), 0u);
            const std::optional<DeviceStore> store =
                PackedTable::decode(PackedTable::encode(ordered, reversed));
            QVERIFY(store);
            const qint64 t = s == &s0 ? 1000 : 2000;
            results[0] = byId.record(key(), PackedTable::encodeByDeviceId(*store), t);
            results[1] = byRow.record(key(), PackedTable::encode(*store), t);
            QVERIFY(results[0] && results[1]);
            QCOMPARE(results[0]->snapshot.statusCounts, results[1]->snapshot.statusCounts);
            QCOMPARE(results[0]->snapshot.reasonGroupCounts,
                     results[1]->snapshot.reasonGroupCounts);
            QCOMPARE(results[0]->snapshot.overdue, results[1]->snapshot.overdue);
            QCOMPARE(results[0]->transitions, results[1]->transitions);
        }
        QCOMPARE(results[0]->snapshot.changed, 150);
        QVERIFY(results[0]->snapshot.buckets == storeOf(s1).bucketCounts());
        for (const SimulatedDevice &d : s1.devices()) {
            const qsizetype i = s0.indexOf(d.deviceId);
            if (s0.devices()[i].status == d.status)
                continue;
            const QList<DeviceStatusChange> a = byId.deviceChanges(key(), d.deviceId);
            const QList<DeviceStatusChange> b = byRow.deviceChanges(key(), d.deviceId);
            QCOMPARE(a.size(), 1); // the first snapshot has nothing to compare with
            QCOMPARE(a.last().statusTimeMs, d.updatedTimeMs);
            QCOMPARE(b.last().statusTimeMs, d.updatedTimeMs);
            QCOMPARE(a.last().to, d.status);
        }
    }

    // SQLite builds a row in memory when it is inserted: the latest table bound as a value
    // cost its size again inside SQLite (14 MB at a million devices) while it was written.
    // Written in place into a zeroblob, SQLite never holds more than its page cache of it.
    void theLatestTableIsWrittenInPlace()
    {
        const SimulatedCampaign s0 = SimulatedCampaign::generate(kAccount, kCampaign, 200'000, 3);
        const DeviceStore store = storeOf(s0.afterSteps(1, 500));
        const QByteArray packed = PackedTable::encodeByDeviceId(store);
        HistoryStore history;
        QVERIFY(history.open(newPath()));
        QVERIFY(history.record(key(), storeOf(s0), 1000));
        const sqlite3_int64 before = sqlite3_memory_used();
        sqlite3_memory_highwater(1);
        QVERIFY(history.record(key(), packed, 2000));
        const sqlite3_int64 held = sqlite3_memory_highwater(0) - before;
        QVERIFY2(
            held < packed.size() / 4,
            qPrintable(u"SQLite held %1 bytes for a %2-byte table"_s.arg(held).arg(packed.size())));
        const std::optional<StoredTable> back = history.latestTable(key());
        QVERIFY(back);
        QCOMPARE(back->store.size(), store.size());
        QCOMPARE(PackedTable::encode(back->store), packed);
    }

    void packedTableRejectsDamage()
    {
        const DeviceStore store = storeOf(SimulatedCampaign::generate(kAccount, kCampaign, 500, 6));
        const QByteArray blob = PackedTable::encode(store);
        QVERIFY(!PackedTable::decode(blob.first(blob.size() / 2)));
        QVERIFY(!PackedTable::decode(QByteArray()));
        QByteArray flipped = blob;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x40);
        QVERIFY(!PackedTable::decode(flipped));
        QVERIFY(!PackedTable::decodeStatuses(flipped));
        QByteArray wrongMagic = blob;
        wrongMagic[0] = 'X';
        QVERIFY(!PackedTable::decode(wrongMagic));
        // A length field claiming 4 GB must be refused before anything is allocated.
        QByteArray huge = blob.first(5) + QByteArray("\xff\xff\xff\xff", 4) + blob.mid(9);
        QVERIFY(!PackedTable::decode(huge));
    }

    void recordsEveryLoad()
    {
        HistoryStore history;
        QVERIFY(open(history));
        QCOMPARE(history.schemaVersion(), 2);
        const SimulatedCampaign s0 = SimulatedCampaign::generate(kAccount, kCampaign, 3000, 9);
        const SimulatedCampaign s1 = s0.afterSteps(1, 120);
        const SimulatedCampaign s2 = s0.afterSteps(2, 120);
        const qint64 t0 = SimulatedCampaign::kStartMs + 3 * kDay;

        const auto r0 = history.record(key(), storeOf(s0), t0, 1234);
        QVERIFY2(r0, qPrintable(history.lastError().message));
        QVERIFY(r0->first);
        QCOMPARE(r0->snapshot.changed, 0);
        QVERIFY(r0->transitions.isEmpty());
        const DeviceStore store0 = storeOf(s0);
        QVERIFY(r0->snapshot.buckets == store0.bucketCounts());
        QCOMPARE(r0->snapshot.loaded, 3000);
        QCOMPARE(r0->snapshot.totalDevice, std::optional<qint64>(3000));
        QCOMPARE(r0->snapshot.loadDurationMs, 1234);
        QVERIFY(r0->snapshot.newReasonGroups.isEmpty()); // nothing to compare the first with

        const auto r1 = history.record(key(), storeOf(s1), t0 + kHour);
        const auto r2 = history.record(key(), storeOf(s2), t0 + 2 * kHour);
        QVERIFY(r1 && r2);
        QVERIFY(!r1->first);
        QCOMPARE(r1->snapshot.changed, 120);
        QCOMPARE(r1->transitions, expectedTransitions(s0, s1));
        QCOMPARE(r2->transitions, expectedTransitions(s1, s2));
        QCOMPARE(r1->snapshot.newFailures,
                 r1->transitions.value(u"UpgradePending→UpgradeFailed"_s) +
                     r1->transitions.value(u"Accepted→UpgradeFailed"_s));
        QVERIFY(r1->snapshot.newFailures > 0);
        QVERIFY(r1->snapshot.id > r0->snapshot.id && r2->snapshot.id > r1->snapshot.id);
        // What a watcher needs next comes with the record: the snapshot compared with, and
        // the recent series for the ETA.
        QVERIFY(!r0->previous);
        QCOMPARE(r0->recent.size(), 1);
        QCOMPARE(r2->previous->id, r1->snapshot.id);
        QCOMPARE(r2->previous->changed, 120);
        QCOMPARE(r2->recent.size(), 3);
        QCOMPARE(r2->recent.last().id, r2->snapshot.id);
        QCOMPARE(r2->recent.first().id, r0->snapshot.id);

        readBack(history, s0, s1, s2, *r0, *r1, *r2);
    }

private:
    // Read back: the same snapshots, in time order, with every count, and the changes between
    // any two of them.
    void readBack(HistoryStore &history, const SimulatedCampaign &s0, const SimulatedCampaign &s1,
                  const SimulatedCampaign &s2, const RecordResult &r0, const RecordResult &r1,
                  const RecordResult &r2)
    {
        Q_UNUSED(s1);
        const qint64 t0 = r0.snapshot.timeMs;
        const QList<Snapshot> all = history.snapshots(key(), 0, t0 + 2 * kHour);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[1].id, r1.snapshot.id);
        QCOMPARE(all[1].timeMs, t0 + kHour);
        QVERIFY(all[1].buckets == r1.snapshot.buckets);
        QCOMPARE(all[1].statusCounts, r1.snapshot.statusCounts);
        QCOMPARE(all[1].reasonGroupCounts, r1.snapshot.reasonGroupCounts);
        QCOMPARE(all[1].changed, 120);
        QCOMPARE(all[1].newFailures, r1.snapshot.newFailures);
        QCOMPARE(all[1].overdue, r1.snapshot.overdue);
        QCOMPARE(all[1].latestPendingNextAttemptMs, r1.snapshot.latestPendingNextAttemptMs);
        QCOMPARE(all[0].loadDurationMs, 1234);
        QCOMPARE(history.points(key(), t0 + 1, t0 + 2 * kHour).size(), 2);
        QCOMPARE(history.latestSnapshot(key())->id, r2.snapshot.id);
        QCOMPARE(history.snapshotAtOrBefore(key(), t0 + kHour + 5)->id, r1.snapshot.id);
        QVERIFY(!history.snapshotAtOrBefore(key(), t0 - 1));

        // Between non-adjacent snapshots the changes chain: pending→success, then nothing.
        const auto since = history.transitions(key(), r0.snapshot.id, r2.snapshot.id);
        QVERIFY(since);
        QCOMPARE(since->counts, expectedTransitions(s0, s2));
        QCOMPARE(qsizetype(since->devices.size()), qsizetype(240));
        for (const DeviceTransition &t : since->devices) {
            const qsizetype i = s0.indexOf(t.deviceId);
            QVERIFY(i >= 0);
            QCOMPARE(t.from, s0.devices()[i].status);
            QCOMPARE(t.to, s2.devices()[i].status);
        }
        QCOMPARE(history.transitions(key(), r2.snapshot.id, r0.snapshot.id)->counts, since->counts);
        QVERIFY(history.transitions(key(), r1.snapshot.id, r1.snapshot.id)->devices.empty());
        QVERIFY(!history.transitions(key(u"https://other"_s), r0.snapshot.id, r1.snapshot.id));
    }

private slots:
    void deviceTimeline()
    {
        HistoryStore history;
        QVERIFY(open(history));
        const QString id = u"356938035643809"_s;
        QVector<DeviceRecord> v{device(id, u"UpgradePending"_s), device(u"1"_s, u"Accepted"_s)};
        QVERIFY(history.record(key(), storeWith(v), 1000));
        v[0].status = u"Accepted"_s;
        v[0].updatedTime = 1500;
        QVERIFY(history.record(key(), storeWith(v), 2000));
        QVERIFY(history.record(key(), storeWith(v), 3000));
        v[0].status = u"UpgradeSuccess"_s;
        v[0].updatedTime = 3500;
        QVERIFY(history.record(key(), storeWith(v), 4000));
        const QList<DeviceStatusChange> changes = history.deviceChanges(key(), id);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].from, u"UpgradePending"_s);
        QCOMPARE(changes[0].to, u"Accepted"_s);
        QCOMPARE(changes[0].timeMs, 2000);
        QCOMPARE(changes[0].statusTimeMs, 1500);
        QCOMPARE(changes[1].to, u"UpgradeSuccess"_s);
        QCOMPARE(changes[1].timeMs, 4000);
        QVERIFY(history.deviceChanges(key(), u"1"_s).isEmpty());
        QVERIFY(history.deviceChanges(key(), u"not-a-device"_s).isEmpty());
        // The third load changed nothing: the last change stays at the second.
        const QList<Snapshot> all = history.snapshots(key(), 0, 5000);
        QCOMPARE(all[2].changed, 0);
        QCOMPARE(all[2].lastChangeMs, 2000);
        QCOMPARE(all[3].lastChangeMs, 4000);
    }

    void newAndVanishedDevices()
    {
        HistoryStore history;
        QVERIFY(open(history));
        const auto first = history.record(
            key(),
            storeWith({device(u"1"_s, u"UpgradePending"_s), device(u"dev-a"_s, u"Accepted"_s),
                       device(u"3"_s, u"Accepted"_s)}),
            1000);
        const auto second = history.record(
            key(),
            storeWith({device(u"dev-a"_s, u"Accepted"_s), device(u"3"_s, u"UpgradeSuccess"_s),
                       device(u"dev-b"_s, u"UpgradeFailed"_s)}),
            2000);
        QVERIFY(first && second);
        const QMap<QString, qint64> expected{
            {u"UpgradePending→"_s, 1}, {u"Accepted→UpgradeSuccess"_s, 1}, {u"→UpgradeFailed"_s, 1}};
        QCOMPARE(second->transitions, expected);
        QCOMPARE(second->snapshot.changed, 3);
        QCOMPARE(second->snapshot.newFailures, 1); // a device new to the campaign, failed
        const QList<DeviceStatusChange> b = history.deviceChanges(key(), u"dev-b"_s);
        QCOMPARE(b.size(), 1);
        QVERIFY(b[0].from.isEmpty());
        QCOMPARE(history.transitions(key(), first->snapshot.id, second->snapshot.id)->counts,
                 expected);
    }

    // "complete" is whole and finished: nothing pending or in progress among the devices
    // loaded is not enough when the load is short of the report's totalDevice. Read back as
    // recorded.
    void completeNeedsAWholeLoad()
    {
        HistoryStore history;
        QVERIFY(open(history));
        const QVector<DeviceRecord> done{device(u"1"_s, u"UpgradeSuccess"_s),
                                         device(u"2"_s, u"UpgradeFailed"_s)};
        DeviceStore shortLoad = storeWith(done);
        shortLoad.setTotalDevice(3); // a third device exists, not loaded: maybe still pending
        const auto a = history.record(key(), shortLoad, 1000);
        const auto b = history.record(key(), storeWith(done), 2000);
        QVector<DeviceRecord> pending = done;
        pending.append(device(u"3"_s, u"UpgradePending"_s));
        const auto c = history.record(key(), storeWith(pending), 3000);
        QVERIFY(a && b && c);
        QVERIFY(!a->snapshot.complete);
        QVERIFY(b->snapshot.complete);
        QVERIFY(!c->snapshot.complete);
        const QList<Snapshot> all = history.snapshots(key(), 0, 3000);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].complete, false);
        QCOMPARE(all[1].complete, true);
        QCOMPARE(all[2].complete, false);
        QCOMPARE(history.latestSnapshot(key())->complete, false);
        QCOMPARE(history.snapshotAtOrBefore(key(), 2500)->complete, true);
    }

    // A short load (fewer devices than totalDevice) lacks devices that are still in the
    // campaign: they are not reported as gone, nor as new when the next whole load has them
    // again. Status changes among the devices both loads have still count.
    void aShortLoadMakesNoFalseTransitions()
    {
        HistoryStore history;
        QVERIFY(open(history));
        QVector<DeviceRecord> v{device(u"1"_s, u"UpgradePending"_s),
                                device(u"2"_s, u"UpgradePending"_s),
                                device(u"dev-c"_s, u"Accepted"_s), device(u"4"_s, u"Accepted"_s)};
        const auto whole = history.record(key(), storeWith(v), 1000);
        DeviceStore shortStore =
            storeWith({device(u"1"_s, u"UpgradeSuccess"_s), device(u"2"_s, u"UpgradePending"_s)});
        shortStore.setTotalDevice(4);
        const auto shortLoad = history.record(key(), shortStore, 2000);
        v[0].status = u"UpgradeSuccess"_s;
        v[1].status = u"UpgradeFailed"_s;
        const auto again = history.record(key(), storeWith(v), 3000);
        QVERIFY(whole && shortLoad && again);
        QVERIFY(!shortLoad->snapshot.countsAgree());
        const QMap<QString, qint64> first{{u"UpgradePending→UpgradeSuccess"_s, 1}};
        QCOMPARE(shortLoad->transitions, first);
        QCOMPARE(shortLoad->snapshot.changed, 1);
        const QMap<QString, qint64> second{{u"UpgradePending→UpgradeFailed"_s, 1}};
        QCOMPARE(again->transitions, second);
        QCOMPARE(again->snapshot.changed, 1);
        QCOMPARE(again->snapshot.newFailures, 1);
        QVERIFY(history.deviceChanges(key(), u"dev-c"_s).isEmpty());
        QVERIFY(history.deviceChanges(key(), u"4"_s).isEmpty());
        const auto since = history.transitions(key(), whole->snapshot.id, again->snapshot.id);
        QVERIFY(since);
        const QMap<QString, qint64> both{{u"UpgradePending→UpgradeSuccess"_s, 1},
                                         {u"UpgradePending→UpgradeFailed"_s, 1}};
        QCOMPARE(since->counts, both);

        // The same when the comparison is read from the file (another process recorded).
        HistoryStore other;
        QVERIFY(open(other, history.path()));
        QVERIFY(history.record(key(), shortStore, 4000));
        const auto fromFile = other.record(key(), storeWith(v), 5000);
        QVERIFY(fromFile);
        QVERIFY2(!fromFile->transitions.contains(u"→Accepted"_s),
                 qPrintable(QStringList(fromFile->transitions.keys()).join(u", "_s)));
        QCOMPARE(fromFile->transitions.value(u"UpgradePending→UpgradeFailed"_s), 1);
        QCOMPARE(fromFile->snapshot.changed, 1);
    }

    void newReasonGroupsAreThoseNeverSeenBefore()
    {
        HistoryStore history;
        QVERIFY(open(history));
        QVector<DeviceRecord> v{device(u"1"_s, u"UpgradeFailed"_s, u"Timeout, try count 1"_s),
                                device(u"2"_s, u"UpgradePending"_s)};
        QVERIFY(history.record(key(), storeWith(v), 1000));
        v[1] = device(u"2"_s, u"UpgradeFailed"_s, u"Battery low"_s);
        v[0].resultReason = u"Timeout, try count 2"_s; // the same group as before
        const auto second = history.record(key(), storeWith(v), 2000);
        QVERIFY(second);
        QCOMPARE(second->snapshot.newReasonGroups,
                 QStringList{ReasonGroups::normalize(u"Battery low"_s)});
        QCOMPARE(second->snapshot.reasonGroupCounts.size(), 2);
        v.removeLast();
        QVERIFY(history.record(key(), storeWith(v), 3000)->snapshot.newReasonGroups.isEmpty());
        v.append(device(u"2"_s, u"UpgradeFailed"_s, u"Battery low"_s));
        // Seen two snapshots ago: not new.
        QVERIFY(history.record(key(), storeWith(v), 4000)->snapshot.newReasonGroups.isEmpty());
        QCOMPARE(history.snapshots(key(), 2000, 2000).first().newReasonGroups,
                 second->snapshot.newReasonGroups);
    }

    void latestTableReopensTheCampaign()
    {
        const QString path = newPath();
        const DeviceStore store =
            storeOf(SimulatedCampaign::generate(kAccount, kCampaign, 4000, 17).afterSteps(2, 50));
        {
            HistoryStore history;
            QVERIFY(open(history, path));
            QVERIFY(history.record(
                key(), storeOf(SimulatedCampaign::generate(kAccount, kCampaign, 4000, 17)), 1000));
            QVERIFY(history.record(key(), store, 2000));
        }
        HistoryStore reopened;
        QVERIFY(open(reopened, path));
        const std::optional<StoredTable> table = reopened.latestTable(key());
        QVERIFY(table);
        QCOMPARE(table->timeMs, 2000);
        QCOMPARE(table->snapshotId, reopened.latestSnapshot(key())->id);
        compareStores(table->store, store);
        QVERIFY(!reopened.latestTable(key(u"https://staging"_s)));
    }

    void campaignsAreKeptApartByEnvironment()
    {
        HistoryStore history;
        QVERIFY(open(history));
        const CampaignKey prod =
            CampaignKey::of(QUrl(u"https://thingspace.verizon.com/"_s), kAccount, kCampaign);
        const CampaignKey mock =
            CampaignKey::of(QUrl(u"https://mock.thingspace.verizon.com"_s), kAccount, kCampaign);
        QCOMPARE(prod.environment, u"https://thingspace.verizon.com"_s);
        QVERIFY(history.record(prod, storeWith({device(u"1"_s, u"Accepted"_s)}), 1000));
        QVERIFY(history.record(prod, storeWith({device(u"1"_s, u"UpgradeSuccess"_s)}), 2000));
        const auto m = history.record(mock, storeWith({device(u"1"_s, u"UpgradeFailed"_s)}), 3000);
        QVERIFY(m && m->first);
        const QList<StoredCampaign> list = history.campaigns();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].key, mock); // most recent first
        QCOMPARE(list[1].key, prod);
        QCOMPARE(list[1].snapshots, 2);
        QCOMPARE(list[1].firstMs, 1000);
        QCOMPARE(list[1].lastMs, 2000);
    }

    void nothingSecretReachesTheFile()
    {
        const QString path = newPath();
        {
            HistoryStore history;
            QVERIFY(open(history, path));
            const CampaignKey k = CampaignKey::of(
                QUrl(u"https://user:hunter2-secret@host.example/base/?token=tok-secret#frag"_s),
                kAccount, kCampaign);
            QCOMPARE(k.environment, u"https://host.example/base"_s);
            QVERIFY(history.record(k, storeWith({device(u"1"_s, u"Accepted"_s)}), 1000));
        }
        QByteArray bytes;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains("host.example"));
        QVERIFY(!bytes.contains("hunter2"));
        QVERIFY(!bytes.contains("tok-secret"));
        QVERIFY(!bytes.contains("user:"));
    }

    void retentionPolicyKeepsRecentDaysAndOneADay()
    {
        const qint64 now = 100 * kDay;
        std::vector<RetentionPolicy::Entry> entries;
        qint64 id = 0;
        for (qint64 day = 50; day < 100; ++day) {
            for (int h : {1, 9, 20})
                entries.push_back({++id, day * kDay + h * kHour});
        }
        const std::vector<qint64> gone = RetentionPolicy(30).expired(entries, now);
        // Days 50..69 keep one of three (the last); days 70..99 keep all.
        QCOMPARE(qsizetype(gone.size()), qsizetype(20 * 2));
        for (qint64 g : gone) {
            const auto &e = entries[size_t(g - 1)];
            QVERIFY(e.timeMs < now - 30 * kDay);
            QVERIFY(e.timeMs % kDay != 20 * kHour);
        }
        QCOMPARE(qsizetype(RetentionPolicy(7).expired(entries, now).size()),
                 qsizetype((50 - 7) * 2));
        QVERIFY(RetentionPolicy(30).expired({{1, 0}}, now).empty()); // the newest always stays
    }

    void retentionThinsTheFileAndKeepsChangesRight()
    {
        const qint64 midnight = SimulatedCampaign::kStartMs / kDay * kDay;
        ManualClock clock(midnight + 40 * kDay);
        HistoryStore history;
        QVERIFY(open(history));
        history.setClock(&clock);
        history.setRetention(RetentionPolicy(30));
        const SimulatedCampaign s0 = SimulatedCampaign::generate(kAccount, kCampaign, 600, 3);
        SimulatedCampaign state = s0;
        QList<SimulatedCampaign> states;
        const qint64 base = midnight;
        for (int day = 0; day < 40; ++day) {
            for (int h : {2, 12, 22}) {
                QVERIFY(history.record(key(), storeOf(state), base + day * kDay + h * kHour));
                states.append(state);
                state.evolveStep(3);
            }
        }
        const QList<Snapshot> kept = history.snapshots(key(), 0, clock.nowMs());
        // Ten old days keep one snapshot each, thirty recent days keep all three.
        QCOMPARE(kept.size(), 10 + 30 * 3);
        QCOMPARE(kept.first().timeMs, base + 22 * kHour);
        QCOMPARE(kept.last().timeMs, base + 39 * kDay + 22 * kHour);
        // Changes folded into the kept snapshots still tell what changed between them.
        const auto early = history.transitions(key(), kept[0].id, kept[1].id);
        QVERIFY(early);
        QCOMPARE(early->counts, expectedTransitions(states[2], states[5]));
        QCOMPARE(kept[1].changed, qint64(early->devices.size()));
        const auto across = history.transitions(key(), kept[0].id, kept.last().id);
        QCOMPARE(across->counts, expectedTransitions(states[2], states.last()));
        // Nothing to thin any more until the clock moves on.
        QCOMPARE(history.applyRetention(), 0);
        clock.advance(kDay);
        QCOMPARE(history.applyRetention(), 2);
    }

    void recordingNeedsAnOpenFile()
    {
        HistoryStore history;
        QVERIFY(!history.record(key(), storeWith({device(u"1"_s, u"Accepted"_s)}), 1));
        QVERIFY(history.lastError().isError());
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
