// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/PackedTable.h"

#include "campaign/DeviceId.h"

#include <cstring>

#include <functional>

namespace fota {

namespace {

constexpr char kMagic[4] = {'F', 'T', 'B', 'L'};

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

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
        reserve(10);
        while (v >= 0x80) {
            *m_p++ = uchar((v & 0x7F) | 0x80);
            v >>= 7;
        }
        *m_p++ = uchar(v);
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
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end)
                break;
            const uchar b = *m_p++;
            v |= quint64(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
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

struct Header
{
    quint64 rows = 0;
    std::optional<qint64> totalDevice;
    QStringList statuses;
    QStringList reasons;
    QStringList textIds;
};

// The bytes after the magic and the format, if they are there.
std::optional<QByteArrayView> body(const QByteArray &blob)
{
    if (blob.size() < 5 || !blob.startsWith(QByteArrayView(kMagic, 4)) ||
        quint8(blob.at(4)) != PackedTable::kFormat)
        return std::nullopt;
    return QByteArrayView(blob).sliced(5);
}

// Reads the header, then hands every row to `row` in order; false on any damage.
using RowSink = std::function<void(quint64 key, const DeviceRow &row)>;
bool readTable(QByteArrayView raw, Header *header, const RowSink &row)
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
    const std::vector<DeviceRow> &rows = store.rows();
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
    for (const DeviceRow &r : rows) {
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

std::optional<DeviceStore> PackedTable::decode(const QByteArray &blob)
{
    const std::optional<QByteArrayView> raw = body(blob);
    if (!raw)
        return std::nullopt;
    Header header;
    std::vector<DeviceRow> rows;
    const bool ok = readTable(*raw, &header, [&](quint64, const DeviceRow &row) {
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

std::optional<DeviceStatusIndex> PackedTable::decodeStatuses(const QByteArray &blob)
{
    const std::optional<QByteArrayView> raw = body(blob);
    if (!raw)
        return std::nullopt;
    Header header;
    DeviceStatusIndex index;
    quint32 rowNumber = 0;
    const bool ok = readTable(*raw, &header, [&](quint64 key, const DeviceRow &row) {
        if (DeviceId::isNumeric(key))
            index.append(key, row.status, rowNumber);
        else
            index.appendText(header.textIds.at(qsizetype(key & ~DeviceId::kTextFlag)), row.status,
                             rowNumber);
        ++rowNumber;
    });
    if (!ok)
        return std::nullopt;
    index.setStatuses(header.statuses);
    index.sort();
    return index;
}

} // namespace fota
