// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace fota {

// Where to split a report walk so an idle connection gets work (docs/loading.md, "Discovery").
// Campaign IMEIs cluster in a few TAC prefixes with wide gaps, so split points come from what
// the lanes have seen, not from the ID space: each lane's density (devices per unit of ID
// value on its last page) says how far ahead of its cursor its remaining devices lie.
class LaneSplitter
{
public:
    struct Lane
    {
        quint64 cursor = 0;        // value of the ID the lane asks after next
        std::optional<quint64> hi; // its inclusive upper bound; none: the last lane
        double density = 0;        // devices per unit of ID value; 0: unknown
        bool splittable = false;   // running, and its cursor is past its first request
    };
    struct Split
    {
        size_t lane = 0; // split this lane...
        quint64 at = 0;  // ...so that it ends here and a new lane starts after it
    };

    // A lane is split only when its estimate leaves both sides this many pages. Even a lane
    // with a page and a half left ends a round trip sooner when split (one page each side
    // instead of two in a row), and in the tail of a walk that round trip is the walk's; the
    // cost is a request on a connection that was idle, and the part of a page one side fetches
    // beyond its end.
    static constexpr double kMinPagesEachSide = 0.5;

    // The lane with the most devices estimated to remain, or none when no lane has enough left
    // to share. The new lane gets the last 1/`parts` of them: with `parts - 1` connections free,
    // splitting the same lane `parts - 1` times in a row gives each an equal share, where
    // halving each time would give the first split half of everything and the others less.
    // `remaining` is what the report still owes the walk (totalDevice minus devices loaded);
    // `pageSize` the devices a page holds. The split lane keeps at most `maxKeptPages` pages
    // (and the new lane the rest): lanes then finish in range order, a few at a time, so the
    // pages of later lanes, which wait until the ones before them are done, stay few.
    static std::optional<Split> choose(const std::vector<Lane> &lanes, qint64 remaining,
                                       int pageSize, int parts = 2,
                                       double maxKeptPages = kUnlimitedPages);
    static constexpr double kUnlimitedPages = 1e18;
    // Devices a lane is estimated to still hold. The last lane gets what the bounded lanes'
    // estimates leave of `remaining`.
    static std::vector<double> estimates(const std::vector<Lane> &lanes, qint64 remaining);
};

} // namespace fota
