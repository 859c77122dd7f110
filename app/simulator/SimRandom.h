// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace fota::sim {

// SplitMix64. The standard library's distributions are not specified bit-for-bit, so a
// campaign generated from a seed could differ between toolchains; this cannot.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }

    // Uniform enough in [0, bound) for simulation purposes (bias below 2^-32).
    quint64 bounded(quint64 bound)
    {
        if (bound == 0)
            return 0;
        return next() % bound;
    }

    // Stateless hash, used where a decision must depend only on its inputs (e.g. the wire format
    // of one device) and not on how many numbers were drawn before.
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    static quint64 mix(quint64 a, quint64 b) { return mix(a ^ mix(b + 0x9E3779B97F4A7C15ULL)); }

private:
    quint64 m_state;
};

} // namespace fota::sim
