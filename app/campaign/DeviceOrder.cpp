// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceOrder.h"

#include "campaign/DeviceId.h"

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>
#include <span>

namespace fota {

namespace {

constexpr int kDigitBits = 11; // 2,048 buckets: a 16 KB histogram stays in L1

constexpr quint64 kDigitMask = (quint64(1) << kDigitBits) - 1;
using DigitOffsets = std::array<size_t, size_t(1) << kDigitBits>;

// Where each value of the digit at `shift` starts in the sorted order of `keys`; false when
// every key has the same digit there, so that pass can be skipped (one counting pass, no move).
bool digitOffsets(std::span<const quint64> keys, int shift, DigitOffsets &offsets)
{
    offsets.fill(0);
    for (const quint64 k : keys)
        ++offsets[(k >> shift) & kDigitMask];
    if (std::find(offsets.begin(), offsets.end(), keys.size()) != offsets.end())
        return false;
    size_t sum = 0;
    for (size_t &c : offsets)
        sum += std::exchange(c, sum);
    return true;
}

// Stable LSD radix sort of keys by their bits [fromBit, toBit), carrying vals along.
void radixSort(std::vector<quint64> &keys, std::vector<quint32> &vals, int fromBit, int toBit)
{
    std::vector<quint64> keyTmp(keys.size());
    std::vector<quint32> valTmp(keys.size());
    DigitOffsets at;
    for (int shift = fromBit; shift < toBit; shift += kDigitBits) {
        if (!digitOffsets(keys, shift, at))
            continue;
        for (size_t i = 0; i < keys.size(); ++i) {
            const size_t to = at[(keys[i] >> shift) & kDigitMask]++;
            keyTmp[to] = keys[i];
            valTmp[to] = vals[i];
        }
        keys.swap(keyTmp);
        vals.swap(valTmp);
    }
}

// The same for keys alone, through `tmp` (at least as long): the caller picks the buffer, so a
// large sort can do it in parts that share a smaller one.
void radixSortKeys(std::span<quint64> keys, std::span<quint64> tmp, int fromBit, int toBit)
{
    std::span<quint64> from = keys;
    std::span<quint64> to = tmp.first(keys.size());
    DigitOffsets at;
    for (int shift = fromBit; shift < toBit; shift += kDigitBits) {
        if (!digitOffsets(from, shift, at))
            continue;
        for (const quint64 k : from)
            to[at[(k >> shift) & kDigitMask]++] = k;
        std::swap(from, to);
    }
    if (from.data() != keys.data())
        std::copy(from.begin(), from.end(), keys.begin());
}

int bitsFor(quint64 maxValue)
{
    return maxValue == 0 ? 0 : int(std::bit_width(maxValue));
}

} // namespace

DeviceOrder::DeviceOrder(const DeviceStore &store, DeviceColumn column, Qt::SortOrder order)
    : m_store(store)
    , m_column(column)
    , m_order(order)
{
    refreshRanks();
}

void DeviceOrder::rankPool(const StringPool &pool, std::vector<quint32> *rank)
{
    // Pools only grow, so an unchanged size means unchanged ranks.
    if (qsizetype(rank->size()) == pool.size())
        return;
    std::vector<quint32> byText(size_t(pool.size()));
    std::iota(byText.begin(), byText.end(), 0u);
    std::sort(byText.begin(), byText.end(), [&pool](quint32 a, quint32 b) {
        const int c = pool.at(a).compare(pool.at(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : pool.at(a) < pool.at(b);
    });
    rank->resize(byText.size());
    for (size_t i = 0; i < byText.size(); ++i)
        (*rank)[byText[i]] = quint32(i);
}

void DeviceOrder::refreshRanks()
{
    // Only the pools this column reads are ranked; each is small (statuses, reasons, odd IDs).
    if (m_column == DeviceColumn::Status)
        rankPool(m_store.statuses(), &m_statusRank);
    if (m_column == DeviceColumn::ResultReason)
        rankPool(m_store.reasons(), &m_reasonRank);
    rankPool(m_store.textIds(), &m_textIdRank);
}

quint64 DeviceOrder::idRank(quint64 id) const
{
    if (DeviceId::isNumeric(id))
        return id;
    return DeviceId::kTextFlag | m_textIdRank[size_t(id & ~DeviceId::kTextFlag)];
}

DeviceOrder::Key DeviceOrder::key(quint32 rowIndex) const
{
    const DeviceRow &row = m_store.row(rowIndex);
    const bool descending = m_order == Qt::DescendingOrder;
    const quint64 id = idRank(row.id);
    const auto timeKey = [descending](qint64 t) -> qint64 {
        if (t == kNoTime)
            return std::numeric_limits<qint64>::max(); // missing last, either direction
        return descending ? -t : t;
    };
    switch (m_column) {
    case DeviceColumn::DeviceId:
        return {0, descending ? ~id : id};
    case DeviceColumn::Status: {
        const qint64 r = m_statusRank[row.status];
        return {descending ? -r : r, id};
    }
    case DeviceColumn::ResultReason: {
        const qint64 r = m_reasonRank[row.reason];
        return {descending ? -r : r, id};
    }
    case DeviceColumn::StatusTime:
        return {timeKey(row.updatedTime), id};
    case DeviceColumn::LastAttempt:
        return {timeKey(row.recentAttemptTime), id};
    case DeviceColumn::NextAttempt:
        return {timeKey(row.nextAttemptTime), id};
    case DeviceColumn::Bucket: {
        const qint64 b = qint64(m_store.bucket(row));
        return {descending ? -b : b, id};
    }
    case DeviceColumn::Count:
        break;
    }
    Q_UNREACHABLE();
    return {0, id};
}

void DeviceOrder::keySort(std::vector<quint32> &rows) const
{
    struct Entry
    {
        Key key;
        quint32 row;
    };
    std::vector<Entry> entries;
    entries.reserve(rows.size());
    for (const quint32 r : rows)
        entries.push_back({key(r), r});
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.key < b.key; });
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = entries[i].row;
}

std::vector<quint32> DeviceOrder::idOrder(const std::vector<quint32> &rows) const
{
    // Rows in store order first (a bit each): a walk stores devices in ascending ID order, so
    // that is usually the ID order already and needs no sort.
    std::vector<quint32> byId;
    if (rows.size() == m_store.size()) {
        byId.resize(rows.size());
        std::iota(byId.begin(), byId.end(), 0u);
    } else {
        std::vector<quint64> present((m_store.size() + 63) / 64);
        for (const quint32 r : rows)
            present[r / 64] |= quint64(1) << (r % 64);
        byId.reserve(rows.size());
        for (size_t w = 0; w < present.size(); ++w) {
            for (quint64 bits = present[w]; bits != 0; bits &= bits - 1)
                byId.push_back(quint32(w * 64 + size_t(std::countr_zero(bits))));
        }
    }
    bool ascending = true;
    for (size_t i = 1; i < byId.size() && ascending; ++i)
        ascending = idRank(m_store.row(byId[i - 1]).id) < idRank(m_store.row(byId[i]).id);
    if (ascending)
        return byId;
    std::vector<quint64> ids(byId.size());
    quint64 lo = ~quint64(0);
    quint64 hi = 0;
    for (size_t i = 0; i < byId.size(); ++i) {
        ids[i] = idRank(m_store.row(byId[i]).id);
        lo = std::min(lo, ids[i]);
        hi = std::max(hi, ids[i]);
    }
    for (quint64 &id : ids)
        id -= lo;
    radixSort(ids, byId, 0, bitsFor(hi - lo));
    return byId;
}

bool DeviceOrder::packKeys(const std::vector<quint32> &byId, std::vector<quint64> *keys,
                           int idBits) const
{
    const bool descending = m_order == Qt::DescendingOrder;
    const auto timeOf = [this](quint32 r) -> qint64 {
        const DeviceRow &row = m_store.row(r);
        switch (m_column) {
        case DeviceColumn::StatusTime:
            return row.updatedTime;
        case DeviceColumn::LastAttempt:
            return row.recentAttemptTime;
        default:
            return row.nextAttemptTime;
        }
    };
    const auto pack = [&](quint64 maxValue, auto &&valueOf) {
        if (bitsFor(maxValue) + idBits > 64)
            return false;
        keys->resize(byId.size());
        for (size_t k = 0; k < byId.size(); ++k)
            (*keys)[k] = (valueOf(byId[k]) << idBits) | k;
        return true;
    };
    const auto ranked = [&](quint64 maxRank, auto &&rankOf) {
        return pack(maxRank, [&](quint32 r) -> quint64 {
            const quint64 rank = rankOf(m_store.row(r));
            return descending ? maxRank - rank : rank;
        });
    };
    switch (m_column) {
    case DeviceColumn::Status:
        return ranked(m_statusRank.size(),
                      [this](const DeviceRow &row) { return quint64(m_statusRank[row.status]); });
    case DeviceColumn::ResultReason:
        return ranked(m_reasonRank.size(),
                      [this](const DeviceRow &row) { return quint64(m_reasonRank[row.reason]); });
    case DeviceColumn::Bucket:
        return ranked(kBucketCount,
                      [this](const DeviceRow &row) { return quint64(m_store.bucket(row)); });
    case DeviceColumn::StatusTime:
    case DeviceColumn::LastAttempt:
    case DeviceColumn::NextAttempt: {
        qint64 lo = std::numeric_limits<qint64>::max();
        qint64 hi = std::numeric_limits<qint64>::min();
        for (const quint32 r : byId) {
            const qint64 t = timeOf(r);
            if (t != kNoTime) {
                lo = std::min(lo, t);
                hi = std::max(hi, t);
            }
        }
        if (lo > hi)
            lo = hi = 0; // no times at all
        const quint64 span = quint64(hi) - quint64(lo);
        if (span == ~quint64(0))
            return false;
        // Missing times last in either direction, just past the latest.
        return pack(span + 1, [&](quint32 r) -> quint64 {
            const qint64 t = timeOf(r);
            if (t == kNoTime)
                return span + 1;
            return descending ? quint64(hi) - quint64(t) : quint64(t) - quint64(lo);
        });
    }
    case DeviceColumn::DeviceId:
    case DeviceColumn::Count:
        break;
    }
    return false;
}

std::vector<quint32> DeviceOrder::subsetInIdOrder(const std::vector<quint32> &rows,
                                                  const std::vector<quint32> &storeIdOrder) const
{
    if (rows.size() == storeIdOrder.size())
        return storeIdOrder;
    std::vector<quint64> present((m_store.size() + 63) / 64);
    for (const quint32 r : rows)
        present[r / 64] |= quint64(1) << (r % 64);
    std::vector<quint32> byId;
    byId.reserve(rows.size());
    for (const quint32 r : storeIdOrder) {
        if (present[r / 64] & (quint64(1) << (r % 64)))
            byId.push_back(r);
    }
    return byId;
}

void DeviceOrder::sort(std::vector<quint32> &rows, const std::vector<quint32> *storeIdOrder) const
{
    // Below kRadixMin rows the comparison sort is as fast and allocates less.
    if (rows.size() < kRadixMin) {
        keySort(rows);
        return;
    }
    // Working out the ID order is the costly part when a walk stored the devices out of order
    // (the simulator shuffles each page; lanes of a range-split load interleave): ~70 ms at a
    // million rows, against ~35 ms for the column's own radix passes.
    // Picking a few rows out of the store's ID order costs a pass over all of it: a load's
    // batch of new rows sorts on its own.
    const bool useStoreOrder = storeIdOrder && storeIdOrder->size() == m_store.size() &&
                               rows.size() * 4 >= storeIdOrder->size();
    // Every row: the store's order is the ID order as it is, not a copy of it (four bytes a
    // row for as long as the sort runs).
    const bool everyRow = useStoreOrder && rows.size() == storeIdOrder->size();
    std::vector<quint32> subset;
    if (!everyRow)
        subset = useStoreOrder ? subsetInIdOrder(rows, *storeIdOrder) : idOrder(rows);
    const std::vector<quint32> &byId = everyRow ? *storeIdOrder : subset;
    Q_ASSERT(byId.size() == rows.size()); // rows are distinct
    if (m_column == DeviceColumn::DeviceId) {
        if (everyRow)
            rows.assign(byId.begin(), byId.end());
        else
            rows = std::move(subset);
        if (m_order == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        return;
    }
    // Ties keep the ID order: the key's low bits are the row's place in it, the keys are made
    // in that order and the sort is stable, so only the bits above need sorting.
    const int idBits = bitsFor(byId.size() - 1);
    std::vector<quint64> keys;
    if (!packKeys(byId, &keys, idBits)) {
        keySort(rows); // times too far apart to pack (hostile data): still correct
        return;
    }
    quint64 all = 0;
    for (const quint64 k : keys)
        all |= k;
    // What a sort holds beside the table is what the window's memory peaks at: the rows' own
    // list goes while the keys sort (their place in byId says which row each is), and the two
    // halves of the keys sort apart through one buffer of half their size, then merge into the
    // rows. 12 bytes a row at the peak where one pass over the whole used 20.
    std::vector<quint32>().swap(rows);
    const size_t half = keys.size() / 2;
    {
        std::vector<quint64> tmp(keys.size() - half);
        const std::span<quint64> all64(keys);
        radixSortKeys(all64.first(half), tmp, idBits, bitsFor(all));
        radixSortKeys(all64.subspan(half), tmp, idBits, bitsFor(all));
    }
    rows.resize(keys.size());
    const quint64 place = (quint64(1) << idBits) - 1;
    size_t left = 0;
    size_t right = half;
    for (quint32 &row : rows) {
        // Keys are distinct (their low bits are distinct places), so the merge need not be stable.
        const bool takeRight = right < keys.size() && (left == half || keys[right] < keys[left]);
        row = byId[size_t((takeRight ? keys[right++] : keys[left++]) & place)];
    }
}

std::vector<quint32> DeviceOrder::byDeviceId(const DeviceStore &store)
{
    // After a walk the ID index usually holds the order already: a million rows unsorted.
    if (const std::vector<quint32> *known = store.idOrder())
        return *known;
    std::vector<quint32> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0u);
    DeviceOrder(store, DeviceColumn::DeviceId, Qt::AscendingOrder).sort(rows);
    return rows;
}

} // namespace fota
