// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/LaneSplitter.h"

#include <algorithm>
#include <cmath>

namespace fota {

std::vector<double> LaneSplitter::estimates(const std::vector<Lane> &lanes, qint64 remaining)
{
    std::vector<double> result(lanes.size(), 0.0);
    double bounded = 0;
    for (size_t i = 0; i < lanes.size(); ++i) {
        const Lane &lane = lanes[i];
        if (!lane.hi || lane.density <= 0)
            continue;
        const double span = *lane.hi > lane.cursor ? double(*lane.hi - lane.cursor) : 0.0;
        result[i] = std::min(span * lane.density, double(std::max<qint64>(remaining, 0)));
        bounded += result[i];
    }
    for (size_t i = 0; i < lanes.size(); ++i) {
        if (!lanes[i].hi)
            result[i] = std::max(double(remaining) - bounded, 0.0);
    }
    return result;
}

std::optional<LaneSplitter::Split> LaneSplitter::choose(const std::vector<Lane> &lanes,
                                                        qint64 remaining, int pageSize, int parts,
                                                        double maxKeptPages)
{
    if (pageSize <= 0 || remaining <= 0)
        return std::nullopt;
    const std::vector<double> left = estimates(lanes, remaining);
    std::optional<size_t> best;
    for (size_t i = 0; i < lanes.size(); ++i) {
        if (!lanes[i].splittable || lanes[i].density <= 0)
            continue;
        if (!best || left[i] > left[*best])
            best = i;
    }
    const double least = double(kMinPagesEachSide) * pageSize;
    if (!best || left[*best] < 2.0 * least)
        return std::nullopt;
    // As many parts as were asked for and the lane has pages for.
    parts = std::clamp(int(left[*best] / least), 2, std::max(parts, 2));
    const Lane &lane = lanes[*best];
    // The lane keeps all but the new lane's share, and never less than its own least.
    const double kept =
        std::min(left[*best] * double(parts - 1) / double(parts), maxKeptPages * double(pageSize));
    const double offset = std::max(kept, least) / lane.density;
    const double limit = lane.hi ? double(*lane.hi - lane.cursor) : 1e18;
    if (!std::isfinite(offset) || offset < 1 || offset >= limit)
        return std::nullopt;
    // IDs are at most 17 digits (DeviceIdKey): a split point stays a value one could be.
    constexpr quint64 kMaxValue = 99'999'999'999'999'999ULL;
    if (double(lane.cursor) + offset >= double(kMaxValue))
        return std::nullopt;
    return Split{*best, lane.cursor + quint64(offset)};
}

} // namespace fota
