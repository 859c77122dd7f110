// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace fota {

class DeviceStore;

// Every device of a table with its raw status, sorted by device key: what comparing two loads
// needs and nothing more, so the recorder can keep the last one in memory instead of
// rebuilding a whole store to compare against. Numeric IDs are kept as varint deltas (about
// four bytes a device when they come in ascending order, as from a table packed by ID): the
// recorder holds two of these beside the window's table, and 16-byte entries cost a million
// devices 32 MB of the window's 100-bytes-a-device budget.
class DeviceStatusIndex
{
public:
    struct Entry
    {
        quint64 key = 0;    // DeviceId key of a numeric ID
        quint32 status = 0; // index into statuses()
        quint32 row = 0;    // row in the store it was made from
    };
    struct TextEntry
    {
        QString id; // an ID that is not a digit string: its pool key is not stable across stores
        quint32 status = 0;
        quint32 row = 0;
    };
    struct Change
    {
        quint64 key = 0; // numeric ID, or 0 with textId set
        QString textId;
        quint32 from = 0; // into before.statuses(); kAbsent if the device is new
        quint32 to = 0;   // into after.statuses(); kAbsent if the device is gone
        quint32 row = 0;  // the device's row in the after store (when present)
    };
    static constexpr quint32 kAbsent = 0xFFFFFFFFu;
    static constexpr size_t kMaxEntryBytes = 10; // a varint's most

    static DeviceStatusIndex fromStore(const DeviceStore &store);
    // For a decoded packed table: entries may come in any order (ascending keys stay compact
    // as they come); sort() orders them and must come after the last append.
    void setStatuses(QStringList statuses) { m_statuses = std::move(statuses); }
    // Room for this many entries at their largest, taken at once: only the part written is
    // ever touched, where growing by doubling held the old bytes and the new at each step.
    void reserve(qsizetype entries)
    {
        m_packed.reserve(size_t(std::max<qsizetype>(entries, 0)) * 3 * kMaxEntryBytes);
    }
    void append(quint64 key, quint32 status, quint32 row);
    void appendText(const QString &id, quint32 status, quint32 row)
    {
        m_text.push_back({id, status, row});
    }
    void sort();

    const QStringList &statuses() const { return m_statuses; }
    qsizetype size() const
    {
        return m_numericCount + qsizetype(m_unordered.size() + m_text.size());
    }
    // Bytes the numeric entries take (room reserved and never written is not counted: it
    // is never touched, so never resident).
    size_t numericBytes() const { return m_packed.size() + m_unordered.capacity() * sizeof(Entry); }

    // Devices whose raw status differs (exact text), plus new and vanished ones. One merge pass
    // over the two sorted lists: ~10 ms for a million devices.
    static std::vector<Change> diff(const DeviceStatusIndex &before,
                                    const DeviceStatusIndex &after);

private:
    class Cursor;
    void pack(const Entry &entry);

    // Ascending numeric entries: varints of the key's delta, then of the status shifted left
    // by one, its low bit set when the row's zigzag delta follows (when the row is not the
    // one after the last entry's).
    std::vector<uchar> m_packed;
    qsizetype m_numericCount = 0; // entries in m_packed
    Entry m_last;                 // the last entry packed
    // Entries that came below the last packed key, until sort() merges them in.
    std::vector<Entry> m_unordered;
    std::vector<TextEntry> m_text;
    QStringList m_statuses;
};

} // namespace fota
