// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/EncodedStrings.h"

namespace fota {

EncodedStrings::EncodedStrings(const StringPool &pool, Encoder encoder)
    : m_pool(pool)
    , m_encode(encoder)
{}

void EncodedStrings::encode(quint32 index)
{
    if (index >= m_spans.size())
        m_spans.resize(size_t(m_pool.size()));
    const qsizetype before = m_bytes.size();
    m_encode(m_bytes, m_pool.at(index));
    m_spans[index] = {before, m_bytes.size() - before};
}

} // namespace fota
