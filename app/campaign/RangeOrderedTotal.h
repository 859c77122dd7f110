// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace fota {

// The report's totalDevice as a walk in ID order ends with it: the one from the page furthest
// along, not the page that arrived last. Lanes answer in any order, so when a report's pages
// disagree about totalDevice, "the last to arrive" made whether the walk was whole (the
// export's exit 0 or 4) depend on which connection was faster.
class RangeOrderedTotal
{
public:
    // A page asked for with `cursor` (empty: the report's first page) said `total` (nothing:
    // the page named none). A page asked with the same cursor again (a range walked again)
    // replaces the earlier one.
    void offer(const QString &cursor, std::optional<qint64> total);
    std::optional<qint64> value() const { return m_total; }
    void clear() { *this = RangeOrderedTotal(); }

private:
    QString m_cursor; // of the page m_total came from
    std::optional<qint64> m_total;
};

} // namespace fota
