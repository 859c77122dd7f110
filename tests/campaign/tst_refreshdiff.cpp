// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceProxyModel.h"
#include "campaign/DeviceTableModel.h"
#include "campaign/RefreshDiff.h"
#include "common/DeviceIdKey.h"
#include "thingspace/DecodedPage.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace fota;

// A refresh compared on a worker (RefreshDiff) and applied in one step must leave exactly what
// merging the fresh store row by row (DeviceStore::upsert) leaves, and a stale comparison must
// never apply.
class RefreshDiffTest : public QObject
{
    Q_OBJECT

private:
    static QVector<DeviceRecord> randomDevices(QRandomGenerator &rng, int count, int idSpace)
    {
        static const QStringList statuses{u"UpgradeSuccess"_s, u"UpgradeFailed"_s,
                                          u"UpgradePending"_s, u"Accepted"_s, u"Mystery"_s};
        static const QStringList reasons{u""_s, u"Upgrade completed"_s, u"timeout"_s,
                                         u"Firmware download failed"_s};
        QVector<DeviceRecord> devices;
        for (int i = 0; i < count; ++i) {
            DeviceRecord d;
            const int n = rng.bounded(idSpace);
            // Mostly IMEIs, some with a leading zero, a few text IDs the store pools.
            d.deviceId = n % 17 == 0 ? u"dev-%1"_s.arg(n)
                                     : u"%1"_s.arg(qlonglong(n) * 7919, 15, 10, QChar(u'0'));
            d.status = statuses[rng.bounded(int(statuses.size()))];
            // A reason that only the fresh walk has, now and then.
            d.resultReason = rng.bounded(40) == 0 ? u"new reason %1"_s.arg(rng.bounded(3))
                                                  : reasons[rng.bounded(int(reasons.size()))];
            d.updatedTime = rng.bounded(4) == 0 ? kNoTime : 1'700'000'000'000 + rng.bounded(50);
            d.recentAttemptTime = 1'700'000'000'000 + rng.bounded(3);
            d.nextAttemptTime = rng.bounded(3) == 0 ? kNoTime : 1'700'000'100'000;
            devices.append(d);
        }
        return devices;
    }

    // Records as a page would bring them (the page's own string tables, packed IDs).
    static DecodedPage pageOf(const QVector<DeviceRecord> &records)
    {
        DecodedPage page;
        const auto indexIn = [](QStringList &table, const QString &text) {
            qsizetype at = table.indexOf(text);
            if (at < 0) {
                at = table.size();
                table.append(text);
            }
            return quint32(at);
        };
        for (const DeviceRecord &r : records) {
            DecodedDevice d;
            const QByteArray id = r.deviceId.toLatin1();
            if (!DeviceIdKey::pack(id.constData(), id.size(), &d.id))
                d.id = DeviceIdKey::kTextFlag | indexIn(page.textIds, r.deviceId);
            d.status = indexIn(page.statuses, r.status);
            d.reason = indexIn(page.reasons, r.resultReason);
            d.updatedTime = r.updatedTime;
            d.recentAttemptTime = r.recentAttemptTime;
            d.nextAttemptTime = r.nextAttemptTime;
            page.devices.push_back(d);
        }
        return page;
    }

    static void compareStores(const DeviceStore &a, const DeviceStore &b)
    {
        QCOMPARE(a.size(), b.size());
        for (quint32 r = 0; r < a.size(); ++r) {
            const DeviceRecord x = a.record(r), y = b.record(r);
            QCOMPARE(x.deviceId, y.deviceId);
            QCOMPARE(x.status, y.status);
            QCOMPARE(x.resultReason, y.resultReason);
            QCOMPARE(x.updatedTime, y.updatedTime);
            QCOMPARE(x.recentAttemptTime, y.recentAttemptTime);
            QCOMPARE(x.nextAttemptTime, y.nextAttemptTime);
            QCOMPARE(a.statusChanged(r), b.statusChanged(r));
            QCOMPARE(a.bucket(r), b.bucket(r));
            QCOMPARE(a.previousStatus(r), b.previousStatus(r));
        }
        QCOMPARE(a.bucketCounts(), b.bucketCounts());
        QCOMPARE(a.unseenCounts(), b.unseenCounts());
        for (quint32 s = 0; s < quint32(b.statuses().size()); ++s) {
            const auto at = a.statuses().find(b.statuses().at(s));
            QVERIFY(at || b.statusCounts()[s] == 0);
            if (at)
                QCOMPARE(a.statusCounts()[*at], b.statusCounts()[s]);
        }
    }

private slots:
    void sameResultAsMergingRowByRow()
    {
        for (int round = 0; round < 20; ++round) {
            QRandomGenerator rng(round);
            DeviceStore shown;
            shown.upsert(randomDevices(rng, 300, 400));
            // Several refreshes in a row: marks of earlier ones meet later changes.
            DeviceStore expected = shown;
            for (int refresh = 0; refresh < 3; ++refresh) {
                DeviceStore fresh;
                fresh.upsert(randomDevices(rng, 350, 500));
                fresh.setTotalDevice(fresh.size());
                const DeviceStore::UpsertResult byRow = expected.upsert(fresh);
                const std::optional<RefreshDiff> diff =
                    RefreshDiff::compute(shown, std::make_shared<const DeviceStore>(fresh));
                QVERIFY(diff);
                QVERIFY(diff->isFor(shown));
                const DeviceStore::UpsertResult matched =
                    shown.upsertMatched(diff->fresh(), diff->updated(), diff->added());
                QCOMPARE(matched.statusChanges, byRow.statusChanges);
                QCOMPARE(matched.changedTo, byRow.changedTo);
                QCOMPARE(matched.newRows, byRow.newRows);
                QCOMPARE(matched.updatedRows.size(), byRow.updatedRows.size());
                compareStores(shown, expected);
                if (QTest::currentTestFailed())
                    return;
            }
            // Once the shown rows grow, the comparison no longer describes them.
            const std::optional<RefreshDiff> late =
                RefreshDiff::compute(shown, std::make_shared<const DeviceStore>(expected));
            shown.upsert({{u"late-device"_s, u"UpgradePending"_s, {}}});
            QVERIFY(!late->isFor(shown));
        }
    }

    void unchangedRefreshFindsNothing()
    {
        QRandomGenerator rng(3);
        DeviceStore shown;
        shown.upsert(randomDevices(rng, 500, 800));
        const std::optional<RefreshDiff> diff =
            RefreshDiff::compute(shown, std::make_shared<const DeviceStore>(shown));
        QVERIFY(diff->updated().empty());
        QVERIFY(diff->added().empty());
    }

    void cancelledComparisonGivesNothing()
    {
        QRandomGenerator rng(4);
        DeviceStore shown;
        shown.upsert(randomDevices(rng, 100, 200));
        const std::atomic_bool cancel{true};
        QVERIFY(!RefreshDiff::compute(shown, std::make_shared<const DeviceStore>(shown), &cancel));
    }

    void backgroundRefreshAppliesInOneStep()
    {
        DeviceTableModel model;
        DeviceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(7);
        model.upsertDevices(randomDevices(rng, 2000, 3000));
        proxy.sort(int(DeviceColumn::StatusTime), Qt::AscendingOrder);
        const int before = model.rowCount();

        // Three devices change status, far apart; two devices are new.
        DeviceStore fresh;
        QVector<DeviceRecord> all;
        for (quint32 r = 0; r < model.store().size(); ++r)
            all.append(model.store().record(r));
        const QList<int> moved{5, before / 2, before - 3};
        for (const int r : moved)
            all[r].status =
                all[r].status == u"UpgradeFailed"_s ? u"UpgradeSuccess"_s : u"UpgradeFailed"_s;
        all.append({u"999999999999991"_s, u"UpgradePending"_s, {}});
        all.append({u"999999999999992"_s, u"UpgradeFailed"_s, u"brand new reason"_s});
        fresh.upsert(all);
        DeviceStore expected = model.store();
        const DeviceStore::UpsertResult byRow = expected.upsert(fresh);

        QSignalSpy applied(&model, &DeviceTableModel::refreshApplied);
        QSignalSpy dropped(&model, &DeviceTableModel::refreshDropped);
        QSignalSpy modelChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy modelInserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy proxyLayout(&proxy, &QAbstractItemModel::layoutChanged);
        model.applyRefreshInBackground(fresh);
        QVERIFY(model.isApplyingRefresh());
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(!model.isApplyingRefresh());
        QCOMPARE(dropped.count(), 0);
        const auto summary = applied.first().first().value<DeviceTableModel::RefreshSummary>();
        QCOMPARE(summary.changed, 3);
        QCOMPARE(summary.changed, byRow.statusChanges);
        QCOMPARE(summary.added, 2);
        QCOMPARE(summary.unseen, 3);
        // One dataChanged spanning exactly the changed rows, one insertion for the new ones.
        QCOMPARE(modelChanged.count(), 1);
        QCOMPARE(modelChanged.first().at(0).value<QModelIndex>().row(), 5);
        QCOMPARE(modelChanged.first().at(1).value<QModelIndex>().row(), before - 3);
        QCOMPARE(modelInserted.count(), 1);
        QCOMPARE(modelInserted.first().at(1).toInt(), before);
        QCOMPARE(modelInserted.first().at(2).toInt(), before + 1);
        // The proxy re-placed the three rows in one layout change and merged the new ones.
        QVERIFY(proxyLayout.count() <= 2);
        compareStores(model.store(), expected);
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // A refresh that changes nothing signals nothing but the counts.
        modelChanged.clear();
        model.applyRefreshInBackground(fresh);
        QTRY_COMPARE(applied.count(), 2);
        QCOMPARE(modelChanged.count(), 0);
        QCOMPARE(applied.last().first().value<DeviceTableModel::RefreshSummary>().unseen, 3);
    }

    // A refresh compared page by page as its walk arrives (RefreshChanges) leaves the rows,
    // marks and summary that comparing the whole fresh store at the end leaves, with changes,
    // new devices, devices listed twice and devices the walk no longer lists (they stay in the
    // table); and what it hands on for the history is exactly the fresh walk's devices.
    void pageByPageEqualsWholeStore()
    {
        QRandomGenerator rng(77);
        const QVector<DeviceRecord> shownRecords = randomDevices(rng, 3000, 40000);
        DeviceTableModel byPage;
        DeviceTableModel whole;
        byPage.upsertDevices(shownRecords);
        whole.upsertDevices(shownRecords);
        DeviceProxyModel proxy;
        proxy.setSourceModel(&byPage);
        proxy.sort(int(DeviceColumn::Status));
        QAbstractItemModelTester tester(&byPage);
        QAbstractItemModelTester proxyTester(&proxy);

        QVector<DeviceRecord> walk;
        for (quint32 r = 0; r < whole.store().size(); ++r) {
            if (r % 97 == 5)
                continue; // no longer listed
            DeviceRecord d = whole.store().record(r);
            if (r % 13 == 0)
                d.status =
                    d.status == u"UpgradeFailed"_s ? u"UpgradeSuccess"_s : u"UpgradeFailed"_s;
            if (r % 29 == 0)
                d.nextAttemptTime = 1'700'000'900'000;
            walk.append(d);
        }
        walk.append({u"999999999999991"_s, u"UpgradePending"_s, {}});
        walk.append({u"text-only-id"_s, u"A status never seen"_s, u"a reason never seen"_s});
        walk.append(walk[10]); // the same listing twice
        DeviceRecord again = walk[20];
        again.status = u"UpgradeFailed"_s; // listed again with another status: this one wins
        walk.append(again);
        DeviceRecord back = walk[0]; // changed, then listed again as shown: as shown
        walk[0].status = u"Accepted"_s;
        walk.append(back);

        DeviceStore fresh;
        for (qsizetype at = 0; at < walk.size(); at += 250)
            fresh.upsert(pageOf(walk.mid(at, 250)));
        fresh.setTotalDevice(qint64(fresh.size()));
        QSignalSpy wholeApplied(&whole, &DeviceTableModel::refreshApplied);
        whole.applyRefreshInBackground(fresh);
        QTRY_COMPARE(wholeApplied.count(), 1);

        QSignalSpy applied(&byPage, &DeviceTableModel::refreshApplied);
        QSignalSpy changed(&byPage, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&byPage, &QAbstractItemModel::rowsInserted);
        byPage.startRefreshCompare();
        QVERIFY(byPage.isComparingRefresh());
        for (qsizetype at = 0; at < walk.size(); at += 250)
            byPage.compareRefreshPage(pageOf(walk.mid(at, 250)));
        QCOMPARE(changed.count(), 0); // nothing shows before the walk is complete
        byPage.applyComparedRefresh(fresh.size());
        QTRY_COMPARE(applied.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 1);

        compareStores(byPage.store(), whole.store());
        QCOMPARE(byPage.store().totalDevice(), whole.store().totalDevice());
        const auto a = applied.first().first().value<DeviceTableModel::RefreshSummary>();
        const auto b = wholeApplied.first().first().value<DeviceTableModel::RefreshSummary>();
        QCOMPARE(a.changed, b.changed);
        QCOMPARE(a.changedTo, b.changedTo);
        QCOMPARE(a.added, 2);
        QCOMPARE(a.added, b.added);
        QCOMPARE(a.unseen, b.unseen);
        QVERIFY(a.changed > 100);
        QCOMPARE(proxy.rowCount(), byPage.rowCount());

        // For the history: the devices the walk listed, as the walk left them.
        quint32 unlisted = 0;
        for (quint32 r = 0; r < whole.store().size() - 2; ++r)
            unlisted += r % 97 == 5 ? 1 : 0;
        QVERIFY(unlisted > 20);
        QCOMPARE(byPage.lastRefreshUnlisted(), unlisted);
        const DeviceStore listed = byPage.lastRefreshListedRows();
        QCOMPARE(listed.size(), fresh.size());
        QCOMPARE(listed.totalDevice(), fresh.totalDevice());
        QCOMPARE(listed.bucketCounts(), fresh.bucketCounts());
        for (quint32 r = 0; r < fresh.size(); ++r) {
            const std::optional<quint32> at = listed.find(fresh.deviceId(r));
            QVERIFY(at);
            QCOMPARE(listed.record(*at), fresh.record(r));
        }
        // What the session hands the history: these rows after the refresh, the whole table
        // after a load, copied only when taken (on the history's worker).
        QCOMPARE(byPage.walkedRows(true).take().size(), listed.size());
        QCOMPARE(byPage.walkedRows(false).take().size(), byPage.store().size());
        QVERIFY(listed.size() < byPage.store().size());
        // ... or named in place for packing: each listed row once, by device ID when the
        // table's index knows that order, else in row order; never sorted.
        std::vector<quint32> scratch;
        const WalkedRows walked = byPage.walkedRows(true);
        const std::vector<quint32> &rows = walked.rowsByIdIfKnown(&scratch);
        const DeviceStore &table = byPage.store();
        QCOMPARE(rows.size(), size_t(listed.size()));
        std::vector<quint32> place(table.size(), 0); // a row's place in the expected order
        if (const std::vector<quint32> *order = table.idOrder()) {
            for (quint32 i = 0; i < order->size(); ++i)
                place[(*order)[i]] = i;
        } else {
            std::iota(place.begin(), place.end(), 0u);
        }
        for (size_t i = 0; i < rows.size(); ++i) {
            QVERIFY(listed.find(table.deviceId(rows[i])));
            QVERIFY(i == 0 || place[rows[i - 1]] < place[rows[i]]);
        }
        QCOMPARE(byPage.walkedRows(false).rowsByIdIfKnown(&scratch).size(), size_t(table.size()));
    }

    void staleComparisonIsDropped_data()
    {
        QTest::addColumn<int>("superseder");
        QTest::newRow("cancelled") << 0;
        QTest::newRow("rows arrive") << 1;
        QTest::newRow("another campaign") << 2;
        QTest::newRow("another refresh") << 3;
    }
    void staleComparisonIsDropped()
    {
        QFETCH(int, superseder);
        DeviceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(11);
        model.upsertDevices(randomDevices(rng, 3000, 4000));
        DeviceStore fresh;
        QVector<DeviceRecord> all;
        for (quint32 r = 0; r < model.store().size(); ++r) {
            DeviceRecord d = model.store().record(r);
            d.status = u"CampaignCancelled"_s; // every device changes
            all.append(d);
        }
        fresh.upsert(all);
        QSignalSpy applied(&model, &DeviceTableModel::refreshApplied);
        QSignalSpy dropped(&model, &DeviceTableModel::refreshDropped);
        model.applyRefreshInBackground(fresh);
        QVERIFY(model.isApplyingRefresh());
        switch (superseder) {
        case 0:
            model.cancelRefresh();
            break;
        case 1:
            model.upsertDevices({{u"123"_s, u"UpgradePending"_s, {}}});
            break;
        case 2:
            model.clear();
            break;
        case 3:
            model.applyRefreshInBackground(DeviceStore());
            break;
        }
        QCOMPARE(dropped.count(), 1);
        // Whatever the worker still posted is delivered now, and must not apply.
        QTRY_VERIFY(!model.isApplyingRefresh());
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(applied.count(), superseder == 3 ? 1 : 0);
        if (superseder == 3)
            QCOMPARE(applied.first().first().value<DeviceTableModel::RefreshSummary>().changed, 0);
        const StatusBucket cancelled = StatusBuckets::fromStatus(u"CampaignCancelled"_s);
        QVERIFY(model.rowCount() == 0 ||
                model.store().bucketCounts()[int(cancelled)] < model.rowCount());
        QCOMPARE(model.store().unseenChanges(), 0);
    }
};

QTEST_GUILESS_MAIN(RefreshDiffTest)
#include "tst_refreshdiff.moc"
