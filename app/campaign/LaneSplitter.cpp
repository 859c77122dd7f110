// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/LaneSplitter.h"

#include "common/DeviceIdKey.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fota {

namespace {

// The devices a lane's span could hold at its density; unlimited for the last lane and for a
// lane that has not answered yet.
double capacity(const LaneSplitter::Lane &lane)
{
    if (!lane.hi || lane.density <= 0)
        return std::numeric_limits<double>::infinity();
    const double span = *lane.hi > lane.cursor ? double(*lane.hi - lane.cursor) : 0.0;
    return span * lane.density;
}

// Shares `amount` equally among the lanes `open` names, none given more than its capacity:
// what a small one cannot take goes to the others.
void shareEqually(const std::vector<LaneSplitter::Lane> &lanes, const std::vector<size_t> &open,
                  double amount, std::vector<double> *result)
{
    std::vector<size_t> order = open;
    std::sort(order.begin(), order.end(),
              [&lanes](size_t a, size_t b) { return capacity(lanes[a]) < capacity(lanes[b]); });
    for (size_t k = 0; k < order.size(); ++k) {
        const double share = amount / double(order.size() - k);
        const double taken = std::min(capacity(lanes[order[k]]), share);
        (*result)[order[k]] = taken;
        amount -= taken;
    }
}

} // namespace

std::vector<double> LaneSplitter::estimates(const std::vector<Lane> &lanes, qint64 remaining)
{
    std::vector<double> result(lanes.size(), 0.0);
    const double owed = double(std::max<qint64>(remaining, 0));
    double bounded = 0;
    std::vector<size_t> open;
    for (size_t i = 0; i < lanes.size(); ++i) {
        const Lane &lane = lanes[i];
        if (!lane.hi || lane.openEnd) {
            // One that has not answered yet is about to say where its devices start; until
            // then it takes no share from those that did.
            if (lane.density > 0)
                open.push_back(i);
            continue;
        }
        if (lane.density <= 0)
            continue;
        result[i] = std::min(capacity(lane), owed);
        bounded += result[i];
    }
    shareEqually(lanes, open, std::max(owed - bounded, 0.0), &result);
    return result;
}

quint64 LaneSplitter::largestId(int digits)
{
    quint64 value = 0;
    for (int k = 0; k < std::min(digits, DeviceIdKey::kMaxDigits); ++k)
        value = value * 10 + 9;
    return value;
}

std::vector<quint64> LaneSplitter::probes(const Lane &lane, qint64 remaining, int pageSize,
                                          int parts, quint64 maxValue)
{
    if (pageSize <= 0 || parts < 3 || lane.density <= 0 || lane.hi)
        return {};
    const double share = double(remaining) / double(parts);
    if (share < double(kMinPagesEachSide) * pageSize)
        return {};
    const double offset = share / lane.density;
    if (!std::isfinite(offset) || offset < 1 || double(lane.cursor) + offset >= double(maxValue))
        return {};
    const quint64 first = lane.cursor + quint64(offset);
    const quint64 step = (maxValue - first) / quint64(parts - 1);
    if (step < 1)
        return {};
    std::vector<quint64> points{first};
    for (int k = 1; k < parts - 1; ++k)
        points.push_back(first + quint64(k) * step);
    return points;
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
    // A split point stays a value an ID could have.
    if (double(lane.cursor) + offset >= double(largestId(DeviceIdKey::kMaxDigits)))
        return std::nullopt;
    return Split{*best, lane.cursor + quint64(offset)};
}

} // namespace fota
