// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <array>
#include <cstring>

namespace fota {

// Decimal digits written two at a time from a table of the hundred pairs "00".."99": the writers
// format a 15-digit IMEI and three times for every row, and one division (by a constant, so a
// multiplication) for two digits halved what a division per digit cost.
class DecimalDigits
{
public:
    // The two digits of v (0-99) at p; returns p + 2.
    static char *two(char *p, unsigned v)
    {
        std::memcpy(p, kPairs.data() + 2 * v, 2);
        return p + 2;
    }
    // value as exactly `count` digits with leading zeros (the caller makes sure it fits);
    // returns p + count.
    static char *fixed(char *p, quint64 value, int count)
    {
        char *const end = p + count;
        char *q = end;
        for (; count >= 2; count -= 2) {
            q -= 2;
            std::memcpy(q, kPairs.data() + 2 * (value % 100), 2);
            value /= 100;
        }
        if (count)
            *--q = char('0' + value % 10);
        return end;
    }

private:
    static constexpr std::array<char, 200> kPairs = [] {
        std::array<char, 200> pairs{};
        for (int i = 0; i < 100; ++i) {
            pairs[size_t(2 * i)] = char('0' + i / 10);
            pairs[size_t(2 * i + 1)] = char('0' + i % 10);
        }
        return pairs;
    }();
};

} // namespace fota
