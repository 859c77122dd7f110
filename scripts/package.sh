#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the Debian package fota-monitor_VERSION_ARCH.deb: a Release build in build-package/
# (so Debian's hardening flags, see installer/BuildFlags.cmake; no tests or benchmarks), then
# CPack. Prints the package's path on standard output, everything else on standard error.
# Extra arguments go to cmake (e.g. -DCMAKE_CXX_COMPILER_LAUNCHER=ccache).
#   FOTA_PACKAGE_BUILD_DIR=dir   build there instead of build-package/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
FOTA_WITH_PACKAGING_TOOLS=1 "$root/scripts/install-deps.sh"
out=${FOTA_PACKAGE_BUILD_DIR:-$root/build-package}
cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFOTA_WERROR=ON \
    -DFOTA_BUILD_TESTS=OFF -DFOTA_BUILD_BENCHMARKS=OFF "$@" >&2
cmake --build "$out" --parallel "$(nproc)" >&2
rm -f "$out"/fota-monitor_*.deb
(cd "$out" && cpack -G DEB) >&2
debs=("$out"/fota-monitor_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "package: expected one .deb in $out" >&2; exit 1; }
echo "${debs[0]}"
