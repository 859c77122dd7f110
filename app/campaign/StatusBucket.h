// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <array>

namespace fota {

// The coarse state an operator reasons in. The API's status is open vocabulary (no SDK has an
// enum), so every raw value maps to one of these and is also kept verbatim.
enum class StatusBucket : quint8
{
    Succeeded,
    Failed,
    Pending,
    InProgress,
    Cancelled,
    Other,
    Count
};

inline constexpr int kBucketCount = int(StatusBucket::Count);
using BucketCounts = std::array<qint64, kBucketCount>;
// A set of buckets as bits (1 << bucket).
using BucketMask = quint8;
inline constexpr BucketMask kAllBuckets = (1u << kBucketCount) - 1;

class StatusBuckets
{
public:
    // Case-insensitive: the docs alone spell failure four ways.
    static StatusBucket fromStatus(QStringView status);
    static QString displayName(StatusBucket bucket); // "In progress"
    static QString key(StatusBucket bucket);         // "in-progress", for settings and CLI
    static std::optional<StatusBucket> fromKey(QStringView key);
};

} // namespace fota
