#!/usr/bin/env bash
# Configures and builds into build/ (warnings are errors, as in CI). Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOTA_WERROR=ON "$@" >&2
cmake --build "$root/build" --parallel "$(nproc)" >&2
