#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# The load benchmarks recorded in docs/benchmarks.md, from a configured build/: a million devices
# without latency, 100,000 devices at 100 ms a page (extra arguments, e.g. --runs 3, go to both),
# then the window against export on a million devices.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake --build "$root/build" --target fota-load-benchmark fota-window-benchmark >&2
"$root/build/benchmarks/fota-load-benchmark" --devices 1000000 --latency 0 "$@"
echo
"$root/build/benchmarks/fota-load-benchmark" --devices 100000 --latency 100 "$@"
echo
"$root/build/benchmarks/fota-window-benchmark" --devices 1000000 \
    --monitor "$root/build/app/fota-monitor"
