// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceFilter.h"
#include "campaign/ReasonGroups.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

class ReasonGroupsTest : public QObject
{
    Q_OBJECT

private slots:
    void normalizesVaryingParts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("counts") << u"Device did not respond, try count 2"_s
                                << u"Device did not respond, try count 13"_s;
        QTest::newRow("named dates")
            << u"Upgrade pending, the device upgrade is estimated to be scheduled for 06 Oct 22 18:05 UTC"_s
            << u"Upgrade pending, the device upgrade is estimated to be scheduled for 7 Nov 2026 04:39 UTC"_s;
        QTest::newRow("iso times")
            << u"Retry at 2022-10-06T18:35:00Z"_s << u"Retry at 2026-11-21T04:05:06.5Z"_s;
        QTest::newRow("clock") << u"Maintenance window 02:00 UTC"_s
                               << u"Maintenance window 14:30 UTC"_s;
        QTest::newRow("spacing") << u"Battery   low, 12%"_s << u"Battery low, 9%"_s;
    }
    void normalizesVaryingParts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(ReasonGroups::normalize(a), ReasonGroups::normalize(b));
    }

    void keepsDifferentCausesApart()
    {
        QVERIFY(ReasonGroups::normalize(u"Firmware download failed: checksum mismatch"_s) !=
                ReasonGroups::normalize(u"Firmware download failed: no space left"_s));
        QCOMPARE(ReasonGroups::normalize(u"Device did not respond, try count 2"_s),
                 u"Device did not respond, try count #"_s);
        QCOMPARE(ReasonGroups::normalize(QString()), QString());
    }

    void countsFailedDevicesMostFrequentFirst()
    {
        DeviceStore store;
        QVector<DeviceRecord> devices;
        const auto add = [&](int n, const QString &status, const QString &reason) {
            for (int i = 0; i < n; ++i)
                devices.append({QString::number(100'000'000'000'000LL + devices.size()), status,
                                reason.arg(i % 5)});
        };
        add(7, u"UpgradeFailed"_s, u"Device did not respond, try count %1"_s);
        add(3, u"upgradeFailure"_s, u"Firmware download failed: checksum mismatch %1"_s.left(44));
        add(4, u"UpgradeSuccess"_s,
            u"Upgrade completed, try count %1"_s); // not failed: not counted
        store.upsert(devices);
        ReasonGroups groups;
        const QList<ReasonGroups::Group> failed =
            groups.count(store, BucketMask(1u << int(StatusBucket::Failed)));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0].key, u"Device did not respond, try count #"_s);
        QCOMPARE(failed[0].count, 7);
        QVERIFY(failed[0].example.startsWith(u"Device did not respond, try count "_s));
        QCOMPARE(failed[1].count, 3);

        // The group filters the table to exactly its devices.
        DeviceFilter filter;
        filter.reasonGroup = failed[0].key;
        const DeviceFilterMatcher matcher(filter, store);
        int shown = 0;
        for (quint32 r = 0; r < store.size(); ++r)
            shown += matcher.accepts(r) ? 1 : 0;
        QCOMPARE(shown, 7);

        // Counting again after more devices arrive reuses what it learnt and stays right.
        store.upsert(
            {{u"999999999999999"_s, u"UpgradeFailed"_s, u"Device did not respond, try count 9"_s}});
        QCOMPARE(groups.count(store, BucketMask(1u << int(StatusBucket::Failed)))[0].count, 8);
    }

    void anotherCampaignIsCountedAfresh()
    {
        // The same counter (as the panel keeps one) over a cleared store: pool indexes are
        // reused, so what it learnt about the first campaign must not leak into the second.
        const BucketMask failed = BucketMask(1u << int(StatusBucket::Failed));
        DeviceStore store;
        store.upsert({{u"1"_s, u"UpgradeFailed"_s, u"Battery low"_s},
                      {u"2"_s, u"UpgradeFailed"_s, u"Signal -# dBm"_s},
                      {u"3"_s, u"UpgradeSuccess"_s, u"Upgrade completed successfully"_s}});
        ReasonGroups groups;
        QCOMPARE(groups.count(store, failed).size(), 2);
        store.clear();
        store.upsert({{u"1"_s, u"UpgradeFailed"_s, u"Upgrade completed successfully"_s},
                      {u"2"_s, u"UpgradeFailed"_s, u"Checksum mismatch"_s},
                      {u"3"_s, u"UpgradeFailed"_s, u"Checksum mismatch"_s}});
        const QList<ReasonGroups::Group> second = groups.count(store, failed);
        ReasonGroups fresh;
        const QList<ReasonGroups::Group> expected = fresh.count(store, failed);
        QCOMPARE(second.size(), expected.size());
        for (qsizetype i = 0; i < second.size(); ++i) {
            QCOMPARE(second[i].key, expected[i].key);
            QCOMPARE(second[i].count, expected[i].count);
            QCOMPARE(second[i].example, expected[i].example);
        }
        QCOMPARE(second[0].key, u"Checksum mismatch"_s);
        QCOMPARE(second[0].count, 2);
    }

    void labelsAreReadable()
    {
        QCOMPARE(ReasonGroups::label(ReasonGroups::normalize(u"-85 dBm signal"_s)),
                 u"-N dBm signal"_s);
        QCOMPARE(ReasonGroups::label(u"a\nb"_s), u"a b"_s);
        // A hex code is one number, read as one: "0xN", never "NxNF".
        QCOMPARE(ReasonGroups::normalize(u"bootloader returned 0x1F"_s),
                 ReasonGroups::normalize(u"bootloader returned 0xA3"_s));
        QCOMPARE(ReasonGroups::label(ReasonGroups::normalize(u"bootloader returned 0x1F"_s)),
                 u"bootloader returned 0xN"_s);
        const QString longKey(5000, u'x');
        QCOMPARE(ReasonGroups::label(longKey, 300).size(), 300);
        QVERIFY(ReasonGroups::label(longKey, 300).endsWith(u'…'));
        // Only the head of a hostile reason is read.
        QCOMPARE(ReasonGroups::normalize(QString(10'000'000, u'y')).size(), 1000);
    }
};

QTEST_GUILESS_MAIN(ReasonGroupsTest)
#include "tst_reasongroups.moc"
