#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Configures and builds into build/ (warnings are errors, as in CI). Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOTA_WERROR=ON "$@" >&2
cmake --build "$root/build" --parallel "$(nproc)" >&2
