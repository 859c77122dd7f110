// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "history/DeviceStatusIndex.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace fota {

// A whole device table as one blob, so a campaign reopens from history at once: the string
// pools first, each string once, then per device its key as a delta from the previous one (a
// walk delivers them ascending, so most take 2-3 bytes), its pool indexes and its times as
// varint deltas (attempt times from the device's own status time). ~14 bytes a device.
class PackedTable
{
public:
    static constexpr int kFormat = 1;

    // What a table holds before its rows.
    struct Header
    {
        quint64 rows = 0;
        std::optional<qint64> totalDevice;
        QStringList statuses;
        QStringList reasons;
        QStringList textIds;
    };
    // One row: its key (DeviceId, a text ID indexing Header::textIds) and its values.
    using RowSink = std::function<void(quint64 key, const DeviceRow &row)>;

    static QByteArray encode(const DeviceStore &store);
    // Only these rows of the store, in this order: the history records a table by ascending
    // device ID, so that its status index is built compact straight from the blob.
    static QByteArray encode(const DeviceStore &store, const std::vector<quint32> &rows);
    // Every row by ascending device ID (DeviceOrder::byDeviceId: sorted if the ID index does
    // not hold that order), for whoever records a store it owns off the GUI thread.
    static QByteArray encodeByDeviceId(const DeviceStore &store);
    // Reads the header, then hands every row to `row` in order: a table read without making a
    // store of it. False if the blob is damaged; `row` may have seen some rows by then.
    static bool scan(const QByteArray &blob, Header *header, const RowSink &row);
    // A store equal to the encoded one: same rows in the same order, same texts, times and
    // totalDevice. nullopt if the blob is damaged (never a partial table).
    static std::optional<DeviceStore> decode(const QByteArray &blob);
    // Only device keys and statuses, for comparing the next load against this one; `each`
    // (when given) sees every row too, after *header is read, so one pass serves both.
    static std::optional<DeviceStatusIndex>
    decodeStatuses(const QByteArray &blob, Header *header = nullptr, const RowSink &each = nullptr);
    // The status time (updatedTime) of each of these rows, given in ascending order; nullopt
    // if the blob is damaged or has fewer rows.
    static std::optional<std::vector<qint64>> statusTimes(const QByteArray &blob,
                                                          const std::vector<quint32> &rows);
};

} // namespace fota
