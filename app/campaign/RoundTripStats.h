// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <vector>

namespace fota {

// The round trip of every page of a walk (request sent to answer complete, the last attempt's),
// summed up as the median and the worst: what says whether a slow load is the network or us.
// Measured, never asserted on: tests only check that each page is counted.
class RoundTripStats
{
public:
    void add(qint64 ms) { m_samples.push_back(ms < 0 ? 0 : ms); }
    void clear() { m_samples.clear(); }
    int count() const { return int(m_samples.size()); }
    bool isEmpty() const { return m_samples.empty(); }
    // 0 when empty. For an even count, the mean of the two middle samples.
    qint64 medianMs() const;
    qint64 worstMs() const;
    // "round trip per page: median 120 ms, worst 480 ms (12 pages)", or empty when no page came.
    // Without the count in parentheses when the text beside it says it already (`pages`).
    QString describe(int pages = -1) const;

private:
    std::vector<qint64> m_samples;
};

} // namespace fota
