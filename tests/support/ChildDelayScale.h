// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

// FOTA_TEST_DELAY_SCALE is a test-only switch of the fota-monitor binary (read where the
// command line builds its client settings, LoadOptions::apply; deliberately not in --help or
// the man page): a number from 0 to 1 that multiplies the retry backoff (first delay 1 s,
// at most 60 s) and every Retry-After wait. At kChildDelayScale a backoff of 0.5-1 s becomes
// 5-10 ms and the simulator's "Retry-After: 1" becomes 10 ms, so no process test sleeps a real
// second and none depends on how long one takes. Timeouts (--timeout) are not scaled: they
// are what a test asks for.
inline constexpr double kChildDelayScale = 0.01;

// Every fota-monitor this test process starts from now on inherits the scale (also those
// given QProcessEnvironment::systemEnvironment()).
inline void scaleChildDelays()
{
    qputenv("FOTA_TEST_DELAY_SCALE", "0.01");
}
