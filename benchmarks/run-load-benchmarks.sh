#!/usr/bin/env bash
# The two load-benchmark configurations recorded in docs/benchmarks.md, from a configured build/:
# a million devices without latency, and 100,000 devices at 100 ms a page. Extra arguments
# (e.g. --runs 3) go to both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake --build "$root/build" --target fota-load-benchmark >&2
"$root/build/benchmarks/fota-load-benchmark" --devices 1000000 --latency 0 "$@"
echo
"$root/build/benchmarks/fota-load-benchmark" --devices 100000 --latency 100 "$@"
