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
};

QTEST_GUILESS_MAIN(ReasonGroupsTest)
#include "tst_reasongroups.moc"
