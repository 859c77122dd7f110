// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/SeenDevices.h"
#include "common/DeviceIdKey.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace fota;

namespace {

quint64 keyOf(quint64 imei)
{
    const QByteArray digits = QByteArray::number(imei).rightJustified(15, '0');
    quint64 key = 0;
    DeviceIdKey::pack(digits.constData(), digits.size(), &key);
    return key;
}

// A page of the given IMEIs, each with status "S<n>" for its n.
DecodedPage pageOf(const std::vector<std::pair<quint64, int>> &devices)
{
    DecodedPage page;
    for (const auto &[imei, status] : devices) {
        const QString text = u"S"_qs + QString::number(status);
        qsizetype index = page.statuses.indexOf(text);
        if (index < 0) {
            page.statuses.push_back(text);
            index = page.statuses.size() - 1;
        }
        DecodedDevice d;
        d.id = keyOf(imei);
        d.status = quint32(index);
        page.devices.push_back(d);
    }
    return page;
}

// What add() must answer, from a std::map of every device's last status. Within a page the
// listings of one device are compared one after the other, and its last one with what earlier
// pages left.
struct Reference
{
    std::map<quint64, int> seen;

    SeenDevices::Added add(const std::vector<std::pair<quint64, int>> &devices)
    {
        SeenDevices::Added added;
        std::map<quint64, int> page;
        for (const auto &[imei, status] : devices) {
            const auto [it, first] = page.emplace(imei, status);
            if (first)
                continue;
            ++added.repeated;
            if (it->second != status)
                ++added.statusChanged;
            it->second = status;
        }
        for (const auto &[imei, status] : page) {
            const auto it = seen.find(imei);
            if (it == seen.end()) {
                seen.emplace(imei, status);
                ++added.fresh;
                continue;
            }
            ++added.repeated;
            if (it->second != status) {
                ++added.statusChanged;
                it->second = status;
            }
        }
        return added;
    }
};

} // namespace

// The loader's count of distinct devices and of devices that came again with another status.
class SeenDevicesTest : public QObject
{
    Q_OBJECT

private slots:
    void countsFreshRepeatedAndChanged()
    {
        SeenDevices seen;
        auto added = seen.add(pageOf({{1, 0}, {2, 0}, {3, 1}}));
        QCOMPARE(added.fresh, 3);
        QCOMPARE(added.repeated, 0);
        // A device listed twice on one page keeps the later status and counts as changed.
        added = seen.add(pageOf({{4, 0}, {4, 1}, {2, 0}, {3, 2}}));
        QCOMPARE(added.fresh, 1);
        QCOMPARE(added.repeated, 3);
        QCOMPARE(added.statusChanged, 2);
        QCOMPARE(seen.size(), 4);
        // The later status is the one remembered.
        added = seen.add(pageOf({{4, 1}, {3, 2}}));
        QCOMPARE(added.statusChanged, 0);
    }

    void agreesWithAMapInAnyOrder_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("ascending pages") << 0;
        QTest::newRow("descending pages") << 1;
        QTest::newRow("shuffled, overlapping pages") << 2;
    }

    void agreesWithAMapInAnyOrder()
    {
        QFETCH(int, order);
        // Enough devices for many blocks, so splits and inserts between blocks are exercised.
        const int devices = int(SeenDevices::kBlockCapacity) * 6 + 123;
        std::vector<quint64> imeis;
        for (int i = 0; i < devices; ++i)
            imeis.push_back(quint64(350'000'000'000'000) + quint64(i) * 7);
        QRandomGenerator random(order + 1);
        if (order == 1)
            std::reverse(imeis.begin(), imeis.end());
        if (order == 2)
            std::shuffle(imeis.begin(), imeis.end(), random);

        SeenDevices seen;
        Reference reference;
        for (size_t first = 0; first < imeis.size(); first += 1000) {
            std::vector<std::pair<quint64, int>> page;
            for (size_t i = first; i < std::min(imeis.size(), first + 1000); ++i)
                page.push_back({imeis[i], int(random.bounded(3))});
            // Some devices of earlier pages again, some with another status.
            for (int again = 0; again < 50 && first > 0; ++again)
                page.push_back({imeis[random.bounded(quint32(first))], int(random.bounded(3))});
            const auto got = seen.add(pageOf(page));
            const auto want = reference.add(page);
            QCOMPARE(got.fresh, want.fresh);
            QCOMPARE(got.repeated, want.repeated);
            QCOMPARE(got.statusChanged, want.statusChanged);
        }
        QCOMPARE(seen.size(), qint64(devices));
        // Every device's remembered status: listing all once more changes nothing.
        std::vector<std::pair<quint64, int>> all(reference.seen.begin(), reference.seen.end());
        const auto again = seen.add(pageOf(all));
        QCOMPARE(again.fresh, 0);
        QCOMPARE(again.statusChanged, 0);
    }

    void keepsStatusesBeyondSixteenBits()
    {
        // A server inventing a status per device: indexes past 65,535 still compare right.
        SeenDevices seen;
        std::vector<std::pair<quint64, int>> page;
        const int devices = 70'000;
        for (int i = 0; i < devices; ++i)
            page.push_back({quint64(i + 1), i});
        for (size_t first = 0; first < page.size(); first += 5000)
            seen.add(pageOf({page.begin() + qsizetype(first),
                             page.begin() + qsizetype(std::min(page.size(), first + 5000))}));
        QCOMPARE(seen.size(), devices);
        const auto same = seen.add(pageOf({{69'999, 69'998}, {70'000, 69'999}}));
        QCOMPARE(same.statusChanged, 0);
        const auto changed = seen.add(pageOf({{69'999, 3}, {70'000, 69'998}}));
        QCOMPARE(changed.statusChanged, 2);
    }

    void takesAboutTenBytesADevice()
    {
        // The set lives beside the table's store for the whole walk: a million devices in
        // ascending pages must not cost the 16-32 bytes each of one doubling vector.
        SeenDevices seen;
        const int devices = 1'000'000;
        for (int first = 0; first < devices; first += 1000) {
            std::vector<std::pair<quint64, int>> page;
            for (int i = first; i < first + 1000; ++i)
                page.push_back({quint64(350'000'000'000'000) + quint64(i) * 3, i % 4});
            seen.add(pageOf(page));
        }
        QCOMPARE(seen.size(), devices);
        QVERIFY2(seen.memoryBytes() <= qint64(devices) * 11,
                 qPrintable(QString::number(double(seen.memoryBytes()) / devices)));
    }
};

QTEST_APPLESS_MAIN(SeenDevicesTest)
#include "tst_seendevices.moc"
