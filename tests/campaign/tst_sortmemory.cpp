// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceColumn.h"
#include "campaign/DeviceOrder.h"
#include "campaign/DeviceStore.h"

#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using namespace fota;

// Every allocation through operator new of this process is counted, so a test can see the
// most a piece of work held at once: what the window's memory peaks at while a large table
// sorts, which no figure after the work shows.
namespace {

std::atomic<qint64> g_live{0};
std::atomic<qint64> g_peak{0};
constexpr size_t kHeader = alignof(std::max_align_t);

void *counted(size_t size)
{
    auto *block = static_cast<unsigned char *>(std::malloc(size + kHeader));
    if (!block)
        throw std::bad_alloc();
    *reinterpret_cast<size_t *>(block) = size;
    const qint64 live = g_live.fetch_add(qint64(size)) + qint64(size);
    qint64 peak = g_peak.load();
    while (live > peak && !g_peak.compare_exchange_weak(peak, live)) {
    }
    return block + kHeader;
}

void uncounted(void *p) noexcept
{
    if (!p)
        return;
    auto *block = static_cast<unsigned char *>(p) - kHeader;
    g_live.fetch_sub(qint64(*reinterpret_cast<size_t *>(block)));
    std::free(block);
}

} // namespace

void *operator new(size_t size)
{
    return counted(size);
}
void *operator new[](size_t size)
{
    return counted(size);
}
void operator delete(void *p) noexcept
{
    uncounted(p);
}
void operator delete[](void *p) noexcept
{
    uncounted(p);
}
void operator delete(void *p, size_t) noexcept
{
    uncounted(p);
}
void operator delete[](void *p, size_t) noexcept
{
    uncounted(p);
}

class SortMemoryTest : public QObject
{
    Q_OBJECT

private:
    // 200,000 devices stored out of ID order, with times far apart and many distinct reasons:
    // every digit of the keys varies, as in a real campaign.
    static DeviceStore campaign()
    {
        std::mt19937_64 random(11);
        QVector<DeviceRecord> devices;
        for (int i = 0; i < 200'000; ++i) {
            DeviceRecord d;
            d.deviceId = QString::number(350'000'000'000'000 + random() % 9'000'000'000'000);
            d.status = u"S%1"_s.arg(random() % 7);
            d.resultReason = u"reason %1"_s.arg(random() % 5000);
            d.updatedTime = 1'600'000'000'000 + qint64(random() % 200'000'000'000);
            d.recentAttemptTime = random() % 4 ? d.updatedTime - 1000 : kNoTime;
            d.nextAttemptTime = d.updatedTime + qint64(random() % 86'400'000);
            devices.push_back(d);
        }
        DeviceStore store;
        store.upsert(devices);
        return store;
    }

private slots:
    void aSortOfEveryRowHoldsEightBytesARowBesideItsRows_data()
    {
        QTest::addColumn<int>("column");
        for (const DeviceColumn c :
             {DeviceColumn::Status, DeviceColumn::ResultReason, DeviceColumn::StatusTime,
              DeviceColumn::LastAttempt, DeviceColumn::NextAttempt, DeviceColumn::Bucket})
            QTest::addRow("%s", qPrintable(DeviceColumns::apiField(c))) << int(c);
    }
    void aSortOfEveryRowHoldsEightBytesARowBesideItsRows()
    {
        // The window sorts a copy of its row list on a worker while it shows the old one. A
        // sort of every row needs its keys (8 bytes a row) and nothing else at once: the list
        // it is given is written last, and the keys sort in halves through one buffer of half
        // their size. One pass over the whole held 16 bytes a row beside the list.
        QFETCH(int, column);
        static const DeviceStore store = campaign();
        static const std::vector<quint32> idOrder = DeviceOrder::byDeviceId(store);
        const DeviceOrder order(store, DeviceColumn(column), Qt::AscendingOrder);
        std::vector<quint32> rows(store.size());
        std::iota(rows.begin(), rows.end(), 0u);

        const qint64 before = g_live.load();
        g_peak.store(before);
        order.sort(rows, &idOrder);
        const qint64 held = g_peak.load() - before;
        const auto n = qint64(store.size());
        QVERIFY2(held <= 8 * n + 64 * 1024,
                 qPrintable(u"held %1 bytes a row beside the rows"_s.arg(double(held) / n)));

        QCOMPARE(rows.size(), size_t(n));
        for (size_t i = 1; i < rows.size(); ++i)
            QVERIFY(order.before(rows[i - 1], rows[i]));
    }
};

QTEST_GUILESS_MAIN(SortMemoryTest)
#include "tst_sortmemory.moc"
