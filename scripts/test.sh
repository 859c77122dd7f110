#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Quick start 2: installs what is missing, builds, and runs the whole test suite with ctest.
# Tests use Qt's offscreen platform, so no display is needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
cd "$root/build"
exec ctest --output-on-failure --timeout 600 -j"$(nproc)" "$@"
