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
        // Its hi is a probe point (probes()), not where its density said its share ends: how
        // many of the devices before hi are there is unknown, like the last lane's.
        bool openEnd = false;
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
    // Devices a lane is estimated to still hold. A lane bounded where its density put it holds
    // its remaining span times its density. What those leave of `remaining` is shared equally
    // by the lanes whose end says nothing (the last lane, openEnd lanes), none of them given
    // more than its span at its density could hold.
    static std::vector<double> estimates(const std::vector<Lane> &lanes, qint64 remaining);

    // The largest value an ID of `digits` digits can have, within what DeviceIdKey holds.
    static quint64 largestId(int digits);

    // Where to split the only lane of a walk, after its first page, into `parts` lanes when the
    // walk is short enough to be split into equal parts (docs/loading.md, "Probes in the first
    // split"). The lane keeps its equal share at its density; the other split points divide the ID
    // space above that share, up to `maxValue`, evenly. A campaign's IMEIs sit in a few TAC
    // clusters with wide gaps, so extrapolating the first cluster's density over the whole campaign
    // puts every split point in the gap after it; a probe in a gap is answered with the start of
    // the next cluster above it instead, so the first round of new lanes finds the clusters. Empty
    // when there is no probe to make (fewer than three parts) or the lane cannot be split so
    // (too little left, no density, no room above).
    static std::vector<quint64> probes(const Lane &lane, qint64 remaining, int pageSize, int parts,
                                       quint64 maxValue);
};

} // namespace fota
