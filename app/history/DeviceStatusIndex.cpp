// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/DeviceStatusIndex.h"

#include "campaign/DeviceId.h"
#include "campaign/DeviceStore.h"
#include "history/Varint.h"

#include <algorithm>

namespace fota {

// Reads the packed entries back in order. They are this index's own bytes, never damaged.
class DeviceStatusIndex::Cursor
{
public:
    explicit Cursor(const DeviceStatusIndex &index)
        : m_p(index.m_packed.data())
        , m_end(m_p + index.m_packed.size())
    {}
    // Steps to the next entry; false past the last.
    bool next()
    {
        quint64 delta = 0;
        quint64 status = 0;
        quint64 row = varint::zigzag(1);
        if (!varint::get(&m_p, m_end, &delta) || !varint::get(&m_p, m_end, &status) ||
            ((status & 1) && !varint::get(&m_p, m_end, &row)))
            return false;
        m_entry.key += delta;
        m_entry.status = quint32(status >> 1);
        m_entry.row = quint32(qint64(m_entry.row) + varint::unzigzag(row));
        return true;
    }
    const Entry &entry() const { return m_entry; }

private:
    const uchar *m_p;
    const uchar *m_end;
    Entry m_entry;
};

DeviceStatusIndex DeviceStatusIndex::fromStore(const DeviceStore &store)
{
    DeviceStatusIndex index;
    for (qsizetype i = 0; i < store.statuses().size(); ++i)
        index.m_statuses.append(store.statuses().at(quint32(i)));
    const std::vector<DeviceRow> &rows = store.rows();
    for (quint32 r = 0; r < quint32(rows.size()); ++r) {
        if (DeviceId::isNumeric(rows[r].id))
            index.append(rows[r].id, rows[r].status, r);
        else
            index.appendText(store.deviceId(r), rows[r].status, r);
    }
    index.sort();
    return index;
}

void DeviceStatusIndex::append(quint64 key, quint32 status, quint32 row)
{
    if (m_numericCount > 0 && key <= m_last.key)
        m_unordered.push_back({key, status, row});
    else
        pack({key, status, row});
}

void DeviceStatusIndex::pack(const Entry &entry)
{
    const size_t at = m_packed.size();
    static_assert(kMaxEntryBytes == size_t(varint::kMaxBytes));
    m_packed.resize(at + 3 * kMaxEntryBytes);
    uchar *p = m_packed.data() + at;
    p = varint::put(p, entry.key - m_last.key);
    // The low bit says whether a row delta follows: from a table packed in order every row is
    // the one after the last, and the byte it would take is a megabyte a million devices.
    const qint64 rowDelta = qint64(entry.row) - qint64(m_last.row);
    p = varint::put(p, quint64(entry.status) << 1 | (rowDelta != 1 ? 1 : 0));
    if (rowDelta != 1)
        p = varint::put(p, varint::zigzag(rowDelta));
    m_packed.resize(size_t(p - m_packed.data()));
    m_last = entry;
    ++m_numericCount;
}

void DeviceStatusIndex::sort()
{
    if (!m_unordered.empty()) {
        // Out of order (a table kept in arrival order): the one case that holds 16 bytes an
        // entry, and only until it is packed again.
        std::vector<Entry> all;
        all.reserve(size_t(m_numericCount) + m_unordered.size());
        for (Cursor c(*this); c.next();)
            all.push_back(c.entry());
        all.insert(all.end(), m_unordered.begin(), m_unordered.end());
        std::vector<Entry>().swap(m_unordered);
        std::sort(all.begin(), all.end(),
                  [](const Entry &a, const Entry &b) { return a.key < b.key; });
        std::vector<uchar>().swap(m_packed);
        reserve(qsizetype(all.size()));
        m_numericCount = 0;
        m_last = {};
        for (const Entry &e : all)
            pack(e);
    }
    std::sort(m_text.begin(), m_text.end(),
              [](const TextEntry &a, const TextEntry &b) { return a.id < b.id; });
}

namespace {

// Maps each status of `before` to the index of the same text in `after` (or kAbsent), so the
// merge compares integers, not strings.
std::vector<quint32> statusMap(const QStringList &before, const QStringList &after)
{
    QHash<QString, quint32> afterIndex;
    for (qsizetype i = 0; i < after.size(); ++i)
        afterIndex.insert(after.at(i), quint32(i));
    std::vector<quint32> map(size_t(before.size()), DeviceStatusIndex::kAbsent);
    for (qsizetype i = 0; i < before.size(); ++i)
        map[size_t(i)] = afterIndex.value(before.at(i), DeviceStatusIndex::kAbsent);
    return map;
}

template <typename List, typename Less, typename Visit>
void merge(const List &a, const List &b, Less less, Visit visit)
{
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && less(*i, *j))) {
            visit(&*i, nullptr);
            ++i;
        } else if (i == a.end() || less(*j, *i)) {
            visit(nullptr, &*j);
            ++j;
        } else {
            visit(&*i, &*j);
            ++i;
            ++j;
        }
    }
}

} // namespace

std::vector<DeviceStatusIndex::Change> DeviceStatusIndex::diff(const DeviceStatusIndex &before,
                                                               const DeviceStatusIndex &after)
{
    const std::vector<quint32> map = statusMap(before.m_statuses, after.m_statuses);
    std::vector<Change> changes;
    const auto differs = [&map](quint32 from, quint32 to) {
        return from >= map.size() || map[from] != to;
    };
    Q_ASSERT(before.m_unordered.empty() && after.m_unordered.empty());
    Cursor was(before);
    Cursor is(after);
    bool haveWas = was.next();
    bool haveIs = is.next();
    while (haveWas || haveIs) {
        const Entry &x = was.entry();
        const Entry &y = is.entry();
        if (haveIs && (!haveWas || y.key < x.key)) {
            changes.push_back({y.key, QString(), kAbsent, y.status, y.row});
            haveIs = is.next();
        } else if (haveWas && (!haveIs || x.key < y.key)) {
            changes.push_back({x.key, QString(), x.status, kAbsent, 0});
            haveWas = was.next();
        } else {
            if (differs(x.status, y.status))
                changes.push_back({y.key, QString(), x.status, y.status, y.row});
            haveWas = was.next();
            haveIs = is.next();
        }
    }
    merge(
        before.m_text, after.m_text,
        [](const TextEntry &x, const TextEntry &y) { return x.id < y.id; },
        [&](const TextEntry *b, const TextEntry *a) {
            if (b && a && !differs(b->status, a->status))
                return;
            changes.push_back({0, b ? b->id : a->id, b ? b->status : kAbsent,
                               a ? a->status : kAbsent, a ? a->row : 0});
        });
    return changes;
}

} // namespace fota
