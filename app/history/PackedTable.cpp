// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/PackedTable.h"

#include "campaign/DeviceId.h"
#include "campaign/DeviceOrder.h"
#include "history/Varint.h"

#include <cstring>
#include <numeric>

namespace fota {

namespace {

constexpr char kMagic[4] = {'F', 'T', 'B', 'L'};

using varint::unzigzag;
using varint::zigzag;

// Appends into a buffer sized up front: QByteArray::append per byte measured ~4x slower on a
// million rows.
class Writer
{
public:
    explicit Writer(qsizetype capacity)
        : m_out(capacity, Qt::Uninitialized)
        , m_p(reinterpret_cast<uchar *>(m_out.data()))
    {}
    void varint(quint64 v)
    {
        reserve(varint::kMaxBytes);
        m_p = varint::put(m_p, v);
    }
    void string(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        varint(quint64(utf8.size()));
        bytes(utf8.constData(), utf8.size());
    }
    void pool(const StringPool &pool)
    {
        varint(quint64(pool.size()));
        for (qsizetype i = 0; i < pool.size(); ++i)
            string(pool.at(quint32(i)));
    }
    void bytes(const char *data, qsizetype n)
    {
        reserve(n);
        std::memcpy(m_p, data, size_t(n));
        m_p += n;
    }
    // A time relative to a base: 0 for absent, else zigzag(delta) + 1.
    void time(qint64 t, qint64 base) { varint(t == kNoTime ? 0 : zigzag(t - base) + 1); }
    QByteArray take()
    {
        m_out.truncate(used());
        return std::move(m_out);
    }

private:
    qsizetype used() const { return m_p - reinterpret_cast<const uchar *>(m_out.constData()); }
    void reserve(qsizetype n)
    {
        if (used() + n <= m_out.size())
            return;
        const qsizetype at = used();
        m_out.resize(std::max(m_out.size() * 2, at + n));
        m_p = reinterpret_cast<uchar *>(m_out.data()) + at;
    }

    QByteArray m_out;
    uchar *m_p;
};

// Bounds-checked reading: any overrun marks the reader failed and yields zeros.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_p(reinterpret_cast<const uchar *>(data.constData()))
        , m_end(m_p + data.size())
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    quint64 varint()
    {
        quint64 v = 0;
        if (!varint::get(&m_p, m_end, &v)) {
            m_ok = false;
            m_p = m_end;
            return 0;
        }
        return v;
    }
    QString string()
    {
        const quint64 n = varint();
        if (!m_ok || n > quint64(m_end - m_p)) {
            m_ok = false;
            return {};
        }
        const auto *begin = reinterpret_cast<const char *>(m_p);
        m_p += n;
        return QString::fromUtf8(begin, qsizetype(n));
    }
    QStringList pool()
    {
        const quint64 n = varint();
        QStringList strings;
        if (!m_ok || n > quint64(m_end - m_p) + 1) { // each string takes at least one byte
            m_ok = false;
            return strings;
        }
        strings.reserve(qsizetype(n));
        for (quint64 i = 0; i < n && m_ok; ++i)
            strings.append(string());
        return strings;
    }
    qint64 time(qint64 base)
    {
        const quint64 v = varint();
        return v == 0 ? kNoTime : base + unzigzag(v - 1);
    }
    void fail() { m_ok = false; }

private:
    const uchar *m_p;
    const uchar *m_end;
    bool m_ok = true;
};

// The bytes after the magic and the format, if they are there.
std::optional<QByteArrayView> body(const QByteArray &blob)
{
    if (blob.size() < 5 || !blob.startsWith(QByteArrayView(kMagic, 4)) ||
        quint8(blob.at(4)) != PackedTable::kFormat)
        return std::nullopt;
    return QByteArrayView(blob).sliced(5);
}

bool readTable(QByteArrayView raw, PackedTable::Header *header, const PackedTable::RowSink &row)
{
    Reader in(raw);
    header->rows = in.varint();
    if (in.varint() != 0)
        header->totalDevice = unzigzag(in.varint());
    header->statuses = in.pool();
    header->reasons = in.pool();
    header->textIds = in.pool();
    if (!in.ok() || header->statuses.isEmpty() || header->reasons.isEmpty() ||
        header->textIds.isEmpty() || header->rows > quint64(raw.size()))
        return false;
    quint64 key = 0;
    qint64 updated = 0;
    for (quint64 i = 0; i < header->rows && in.ok(); ++i) {
        key += quint64(unzigzag(in.varint()));
        DeviceRow r;
        r.id = key;
        r.status = quint32(in.varint());
        r.reason = quint32(in.varint());
        const qint64 t = in.time(updated);
        r.updatedTime = t;
        const qint64 base = t == kNoTime ? updated : t;
        if (t != kNoTime)
            updated = t;
        r.recentAttemptTime = in.time(base);
        r.nextAttemptTime = in.time(base);
        const bool textOk = DeviceId::isNumeric(key) ||
                            (key & ~DeviceId::kTextFlag) < quint64(header->textIds.size());
        if (r.status >= quint32(header->statuses.size()) ||
            r.reason >= quint32(header->reasons.size()) || !textOk)
            in.fail();
        else
            row(key, r);
    }
    return in.ok() && in.atEnd();
}

} // namespace

QByteArray PackedTable::encode(const DeviceStore &store)
{
    std::vector<quint32> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0u);
    return encode(store, rows);
}

QByteArray PackedTable::encode(const DeviceStore &store, const std::vector<quint32> &rows)
{
    // ~14 bytes a device on the simulated campaign; the header's pools are a few kilobytes.
    Writer out(qsizetype(rows.size()) * 16 + 65536);
    out.bytes(kMagic, sizeof kMagic);
    out.varint(kFormat);
    out.varint(rows.size());
    out.varint(store.totalDevice() ? 1 : 0);
    if (store.totalDevice())
        out.varint(zigzag(*store.totalDevice()));
    out.pool(store.statuses());
    out.pool(store.reasons());
    out.pool(store.textIds());
    quint64 key = 0;
    qint64 updated = 0;
    for (const quint32 index : rows) {
        const DeviceRow &r = store.row(index);
        out.varint(zigzag(qint64(r.id - key)));
        key = r.id;
        out.varint(r.status);
        out.varint(r.reason);
        out.time(r.updatedTime, updated);
        // An attempt is minutes from its status time; relative to it the delta stays short.
        const qint64 base = r.updatedTime == kNoTime ? updated : r.updatedTime;
        if (r.updatedTime != kNoTime)
            updated = r.updatedTime;
        out.time(r.recentAttemptTime, base);
        out.time(r.nextAttemptTime, base);
    }
    // Not compressed: zlib took longer than the rest of a record (~1 s for a million rows)
    // and saved 13 %, because status times are close to random.
    return out.take();
}

QByteArray PackedTable::encodeByDeviceId(const DeviceStore &store)
{
    return encode(store, DeviceOrder::byDeviceId(store));
}

bool PackedTable::scan(const QByteArray &blob, Header *header, const RowSink &row)
{
    const std::optional<QByteArrayView> raw = body(blob);
    return raw && readTable(*raw, header, row);
}

std::optional<DeviceStore> PackedTable::decode(const QByteArray &blob)
{
    Header header;
    std::vector<DeviceRow> rows;
    const bool ok = scan(blob, &header, [&](quint64, const DeviceRow &row) {
        if (rows.empty())
            rows.reserve(size_t(header.rows));
        rows.push_back(row);
    });
    if (!ok)
        return std::nullopt;
    // The rows index the saved pools as they are: no text per row (the bulk path). A repeated
    // device would mean the blob is not what encode() wrote.
    std::optional<DeviceStore> store =
        DeviceStore::fromRows(std::move(rows), header.statuses, header.reasons, header.textIds);
    if (!store || store->size() != header.rows)
        return std::nullopt;
    store->setTotalDevice(header.totalDevice);
    return store;
}

std::optional<DeviceStatusIndex> PackedTable::decodeStatuses(const QByteArray &blob, Header *header,
                                                             const RowSink &each)
{
    Header own;
    Header *h = header ? header : &own;
    DeviceStatusIndex index;
    quint32 rowNumber = 0;
    const bool ok = scan(blob, h, [&](quint64 key, const DeviceRow &row) {
        if (rowNumber == 0)
            index.reserve(qsizetype(h->rows)); // bounded by the blob's size
        if (DeviceId::isNumeric(key))
            index.append(key, row.status, rowNumber);
        else
            index.appendText(h->textIds.at(qsizetype(key & ~DeviceId::kTextFlag)), row.status,
                             rowNumber);
        ++rowNumber;
        if (each)
            each(key, row);
    });
    if (!ok)
        return std::nullopt;
    index.setStatuses(h->statuses);
    index.sort();
    return index;
}

std::optional<std::vector<qint64>> PackedTable::statusTimes(const QByteArray &blob,
                                                            const std::vector<quint32> &rows)
{
    std::vector<qint64> times;
    times.reserve(rows.size());
    if (rows.empty())
        return times;
    Header header;
    quint32 rowNumber = 0;
    const bool ok = scan(blob, &header, [&](quint64, const DeviceRow &row) {
        while (times.size() < rows.size() && rows[times.size()] == rowNumber)
            times.push_back(row.updatedTime);
        ++rowNumber;
    });
    if (!ok || times.size() != rows.size())
        return std::nullopt;
    return times;
}

} // namespace fota
