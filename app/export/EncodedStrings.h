// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StringPool.h"

#include <QByteArray>
#include <QStringView>

#include <vector>

namespace fota {

// A pool's strings, each encoded for the output (a CSV cell, a JSON string) the first time a row
// uses it, then copied as bytes. A million rows share a handful of statuses and a few thousand
// reasons, so the UTF-8 conversion and quoting run once per string, not once per cell.
class EncodedStrings
{
public:
    using Encoder = void (*)(QByteArray &out, QStringView text);

    EncodedStrings(const StringPool &pool, Encoder encoder);

    void append(QByteArray &out, quint32 index) { out.append(view(index)); }
    // The encoded bytes, valid until the next call of this object (encoding another string may
    // move them).
    QByteArrayView view(quint32 index)
    {
        if (index >= m_spans.size() || m_spans[index].length < 0)
            encode(index);
        const Span &s = m_spans[index];
        return {m_bytes.constData() + s.offset, s.length};
    }

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = -1; // not encoded yet
    };
    void encode(quint32 index);

    const StringPool &m_pool;
    Encoder m_encode;
    std::vector<Span> m_spans;
    QByteArray m_bytes;
};

} // namespace fota
