// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace fota::varint {

// LEB128 unsigned varints and zigzag signed values: the packed table and the compact status
// index store most numbers as small deltas, one or two bytes each.
inline quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

inline qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

// At most this many bytes a value.
inline constexpr int kMaxBytes = 10;

// Writes v at p (room for kMaxBytes) and returns the byte after it.
inline uchar *put(uchar *p, quint64 v)
{
    while (v >= 0x80) {
        *p++ = uchar((v & 0x7F) | 0x80);
        v >>= 7;
    }
    *p++ = uchar(v);
    return p;
}

// Reads one value at *p, never past end; false (and *p unchanged past end) when the bytes end
// first or the value runs over 64 bits.
inline bool get(const uchar **p, const uchar *end, quint64 *v)
{
    quint64 value = 0;
    const uchar *q = *p;
    for (int shift = 0; shift < 64 && q != end; shift += 7) {
        const uchar b = *q++;
        value |= quint64(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            *p = q;
            *v = value;
            return true;
        }
    }
    return false;
}

} // namespace fota::varint
