// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/RangeOrderedTotal.h"

#include "campaign/DeviceId.h"

using namespace Qt::StringLiterals;

namespace fota {

void RangeOrderedTotal::offer(const QString &cursor, std::optional<qint64> total)
{
    if (!total)
        return;
    // Every ID is above the first page's cursor, so "0" orders it first.
    const QString at = cursor.isEmpty() ? u"0"_s : cursor;
    if (m_total && DeviceId::compare(at, m_cursor) < 0)
        return;
    m_cursor = at;
    m_total = total;
}

} // namespace fota
