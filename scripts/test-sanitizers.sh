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
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ctest --output-on-failure --timeout 900 -j"$(nproc)" 2>&1 | tee "$log"; [[ ${PIPESTATUS[0]} -eq 0 ]]; then
    exit 0
fi
# LeakSanitizer's own tracer, which stops every thread for the leak check at exit, now and then
# crashes on a loaded machine ("Tracer caught signal 11" ... "LeakSanitizer has encountered a
# fatal error"): a failure of the tool, not a report on our code. Only then are the failed tests
# run once more, and they must pass; any real report (an ASan error, a leak, a UBSan runtime
# error) or an ordinary failure fails the run at once. One cause was found and removed: the
# tracer crashed scanning the thread-local storage of libjpeg, which Qt's PDF engine loaded for
# the report's images (one PDF report in about 20; ReportPdfWriter now stores them losslessly).
if grep -q 'LeakSanitizer has encountered a fatal error' "$log" &&
    ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer: detected)|runtime error:' "$log"; then
    echo "test-sanitizers: LeakSanitizer's tracer crashed; running the failed tests again" >&2
    rm -f "$log"
    exec ctest --rerun-failed --output-on-failure --timeout 900
fi
exit 1
