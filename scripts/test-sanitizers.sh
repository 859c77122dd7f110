#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the project once more with AddressSanitizer and UndefinedBehaviorSanitizer (plus
# float-cast-overflow, which GCC's "undefined" group lacks) into build-asan/, and runs the whole
# test suite there. Any sanitizer report fails the run: ASan and UBSan stop the process, and a
# leak report makes it exit non-zero. CI runs this after the README's test command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fsanitize=float-cast-overflow -fno-sanitize-recover=all"
cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFOTA_WERROR=ON \
    -DFOTA_BUILD_BENCHMARKS=OFF -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" "$@" >&2
cmake --build "$root/build-asan" --parallel "$(nproc)" >&2
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$root/build-asan"
exec ctest --output-on-failure --timeout 900 -j"$(nproc)"
