// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceId.h"
#include "campaign/DeviceIndex.h"
#include "campaign/DeviceRow.h"
#include "campaign/StatusBucket.h"
#include "campaign/StringPool.h"
#include "thingspace/DecodedPage.h"
#include "thingspace/DeviceRecord.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace fota {

// All devices of one campaign: a flat vector of small rows, an ID → row index, and string pools.
// Rows only ever get appended or updated in place, so a row number stays valid for the store's
// lifetime; the model and proxy rely on that. Copyable: an export works on a copy (a million
// rows copy in ~20 ms) while pages keep arriving in the original.
//
// clear() reuses row numbers and pool indexes for another campaign, so every cache keyed by
// them must also know which filling of the store it describes: generation() says that.
class DeviceStore
{
public:
    struct UpsertResult
    {
        quint32 firstNewRow = 0;
        quint32 newRows = 0;
        std::vector<quint32> updatedRows; // existing rows whose content changed
        qint64 statusChanges = 0;         // of those, how many changed status
        BucketCounts changedTo{};         // ... counted by their new bucket
    };

    // Adds new devices at the end and updates devices already present (pages may overlap).
    // A device already present whose status changes is marked (statusChanged()) with
    // the status it had; the mark stays until markAllSeen(), and goes if the device returns to
    // that status.
    UpsertResult upsert(const QVector<DeviceRecord> &devices);
    // The same for a decoded page, without text per row: the page's string tables are mapped to
    // the store's pools once, then rows go in by their packed key.
    UpsertResult upsert(const DecodedPage &page);
    // The same for every row of another store (a refresh's fresh copy), in its order: its pools
    // are mapped to this store's once, so no row becomes text on the way.
    UpsertResult upsert(const DeviceStore &other);
    // A row of this store and the row of another store whose values replace it.
    struct RowMatch
    {
        quint32 row = 0;
        quint32 otherRow = 0;
    };
    // What upsert(other) does, for rows already matched (a refresh's diff, worked out on a
    // worker): `updates` are rows of this store with the row of `other` that replaces their
    // values, `added` rows of `other` whose device is not here, appended in that order. No
    // lookup per updated row, and only the strings those rows use are mapped.
    UpsertResult upsertMatched(const DeviceStore &other, const std::vector<RowMatch> &updates,
                               const std::vector<quint32> &added);
    // A whole table at once, for a store rebuilt from a saved one (history): rows whose id,
    // status and reason index the given pools (index 0 the empty string, no repeats) and whose
    // times are set; buckets, counts and the index are derived, no row is marked. nullopt if an
    // index is out of range or a device is listed twice. A million rows in ~0.1 s where
    // per-row upserts took 0.7-1.5 s (a QString and two pool lookups a row).
    static std::optional<DeviceStore> fromRows(std::vector<DeviceRow> rows,
                                               const QStringList &statuses,
                                               const QStringList &reasons,
                                               const QStringList &textIds);
    // Empties the store and starts a new generation.
    void clear();
    // Different for every store and after every clear(); the same in a copy. Caches keyed by
    // row or pool indexes compare it to tell "another campaign" from "more of the same".
    quint64 generation() const { return m_generation; }
    // Called with the campaign's totalDevice so a large load allocates once. The number is the
    // server's word, so a wrong one is capped rather than allowed to reserve gigabytes.
    void reserve(qint64 devices)
    {
        constexpr qint64 kMaxReserve = 2'000'000;
        const auto n = size_t(std::clamp<qint64>(devices, 0, kMaxReserve));
        m_rows.reserve(n);
        m_index.reserve(n);
    }

    quint32 size() const { return quint32(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    const DeviceRow &row(quint32 index) const { return m_rows[index]; }
    const std::vector<DeviceRow> &rows() const { return m_rows; }
    std::optional<quint32> find(QStringView deviceId) const;
    // Every row by ascending device ID (DeviceOrder::byDeviceId's answer) when the ID index
    // already holds that order, as after a walk whose pages came in order; else null. Saves
    // an export of a million devices a 90 ms sort. In place, valid until the store changes.
    // Not with text IDs: the index orders them by their place in the pool, the device-ID
    // order by their text.
    const std::vector<quint32> *idOrder() const
    {
        const std::vector<quint32> &order = m_index.ascendingOrder(m_rows);
        const bool textIds = m_textIds.size() > 1; // index 0 is the pool's empty string
        return order.size() != m_rows.size() || m_rows.empty() || textIds ? nullptr : &order;
    }

    // The row of a packed ID (DeviceId) as this store packs it: numeric keys are the same in
    // every store, a text ID's key holds this store's textIds() index.
    std::optional<quint32> findKey(quint64 key) const { return m_index.find(m_rows, key); }
    // The same for keys asked in ascending order (DeviceIndex::findFrom; *from starts at 0).
    std::optional<quint32> findKeyFrom(quint64 key, size_t *from) const
    {
        return m_index.findFrom(m_rows, key, from);
    }

    QString deviceId(quint32 index) const { return DeviceId::text(m_rows[index].id, m_textIds); }
    const QString &status(quint32 index) const { return m_statuses.at(m_rows[index].status); }
    const QString &reason(quint32 index) const { return m_reasons.at(m_rows[index].reason); }
    const StringPool &statuses() const { return m_statuses; }
    const StringPool &reasons() const { return m_reasons; }
    const StringPool &textIds() const { return m_textIds; }
    DeviceRecord record(quint32 index) const;

    // Kept up to date on every upsert, never recounted.
    const BucketCounts &bucketCounts() const { return m_bucketCounts; }
    // Devices per raw status, indexed like statuses(); also kept incrementally.
    const std::vector<qint64> &statusCounts() const { return m_statusCounts; }
    // Devices marked as changed and not yet seen, by their current bucket; kept incrementally.
    const BucketCounts &unseenCounts() const { return m_unseenCounts; }
    qint64 unseenChanges() const;
    // The operator has looked: forgets every change mark. False if there was none.
    bool markAllSeen();
    // The bucket of a row's status (kept per status, not per row).
    StatusBucket bucket(const DeviceRow &row) const { return m_statusBuckets[row.status]; }
    StatusBucket bucket(quint32 index) const { return bucket(m_rows[index]); }
    // A later load or refresh changed the row's status and the operator has not marked it seen.
    bool statusChanged(quint32 index) const
    {
        return index < m_previous.size() && m_previous[index] != kNotChanged;
    }
    // With statusChanged(): the status the operator last saw, kept until markAllSeen(), however
    // many refreshes come in between.
    const QString &previousStatus(quint32 index) const
    {
        return m_statuses.at(statusChanged(index) ? m_previous[index] : m_rows[index].status);
    }

    // Campaign metadata from the report pages.
    std::optional<qint64> totalDevice() const { return m_totalDevice; }
    void setTotalDevice(std::optional<qint64> total) { m_totalDevice = total; }

    // Bytes held by rows, index and pools: what the 150-bytes-a-device budget measures.
    qint64 memoryBytes() const;

private:
    quint32 internStatus(const QString &status);
    // Adds or updates one row whose id, status, reason and times are set. *hint: the row the
    // previous call found (DeviceIndex::find), ~0u before the first.
    void upsertRow(DeviceRow row, UpsertResult &result, quint32 *hint);
    // upsertRow's update of a row already found at `index`; the same rules.
    void updateRow(quint32 index, DeviceRow row, UpsertResult &result);

    // Marks statusChanged() on the row with the status it had.
    void markChanged(quint32 index, quint32 previousStatus);

    static constexpr quint32 kNotChanged = 0xffffffff;
    std::vector<DeviceRow> m_rows;
    // Per row, the status last seen (kNotChanged for none); empty until a status changes, then
    // four bytes a row, so a campaign without changes pays nothing.
    std::vector<quint32> m_previous;
    DeviceIndex m_index;
    StringPool m_statuses;
    StringPool m_reasons;
    StringPool m_textIds;
    std::vector<StatusBucket> m_statusBuckets; // per status pool entry
    std::vector<qint64> m_statusCounts;        // per status pool entry
    BucketCounts m_bucketCounts{};
    BucketCounts m_unseenCounts{};
    std::optional<qint64> m_totalDevice;
    quint64 m_generation = nextGeneration();

    static quint64 nextGeneration();
};

} // namespace fota
