#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Takes the README's pictures of the window on the demo campaign: builds (scripts/build.sh),
# opens `fota-monitor --demo` on a virtual X display, waits until the demo's first load has
# finished (the program says so on standard error), and grabs the screen with ImageMagick.
# Two pictures:
#   docs/screenshot.png           a 1600x1000 screen, the default font
#   docs/screenshot-1280x800.png  a 1280x800 laptop screen with an 11 pt desktop font
#   FOTA_MONITOR_EXE=path      use this executable instead of building build/
#   FOTA_SCREENSHOT_TIMEOUT=s  longest wait for the load, in seconds (default 120)
#   FOTA_SCREENSHOT_DIR=dir    where the pictures go (default docs/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
FOTA_WITH_SCREENSHOT_TOOLS=1 "$root/scripts/install-deps.sh"
exe=${FOTA_MONITOR_EXE:-}
if [[ -z "$exe" ]]; then
    "$root/scripts/build.sh"
    exe="$root/build/app/fota-monitor"
fi
out_dir=${FOTA_SCREENSHOT_DIR:-$root/docs}
timeout_s=${FOTA_SCREENSHOT_TIMEOUT:-120}

scratch=$(mktemp -d)
xvfb_pid=""
app_pid=""
stop_all() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$app_pid" ]] && wait "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && wait "$xvfb_pid" 2>/dev/null || true
    app_pid=""
    xvfb_pid=""
}
cleanup() {
    stop_all
    rm -rf "$scratch"
}
trap cleanup EXIT

# shot SIZE POINTS FILE: one picture on a fresh display with fresh settings and a fresh
# history (the default layout, not the last one used; the demo's first load is its first
# snapshot). POINTS 0 keeps Qt's default font; otherwise the desktop
# font is set the way KDE does (kdeglobals), which Qt reads on any X display.
shot() {
    local size=$1 points=$2 file=$3
    local home=$scratch/$size
    mkdir -p "$home/config" "$home/data" "$home/runtime"
    chmod 700 "$home/runtime"
    local desktop=()
    if [[ "$points" != 0 ]]; then
        local font="DejaVu Sans,$points,-1,5,50,0,0,0,0,0"
        printf '[General]\nfont=%s\nmenuFont=%s\ntoolBarFont=%s\nsmallestReadableFont=%s\n' \
            "$font" "$font" "$font" "$font" >"$home/config/kdeglobals"
        desktop=(XDG_CURRENT_DESKTOP=KDE KDE_SESSION_VERSION=5)
    fi

    local display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 "${size}x24" -dpi 96 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do
        [[ -e /tmp/.X11-unix/X${display#:} ]] && break
        sleep 0.1
    done

    local log=$home/stderr.txt
    : >"$log"
    env "${desktop[@]}" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_RUNTIME_DIR="$home/runtime" \
        DISPLAY="$display" QT_QPA_PLATFORM=xcb "$exe" --demo >/dev/null 2>"$log" &
    app_pid=$!
    # The program prints one line when the demo's first load is over; wait for it, bounded.
    local waited=0
    until grep -q '^fota-monitor: demo campaign ' "$log"; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            echo "screenshot: fota-monitor exited early:" >&2
            cat "$log" >&2
            exit 1
        fi
        if ((waited >= timeout_s * 10)); then
            echo "screenshot: the demo did not finish loading within $timeout_s s" >&2
            exit 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    if ! grep -q '^fota-monitor: demo campaign loaded' "$log"; then
        echo "screenshot: the demo campaign did not load:" >&2
        cat "$log" >&2
        exit 1
    fi
    # The last page's repaint is queued behind that line; give the event loop a moment.
    sleep 1
    mkdir -p "$(dirname "$file")"
    DISPLAY=$display import -window root "$file"
    echo "screenshot: wrote $file" >&2
    stop_all
}

shot 1600x1000 0 "$out_dir/screenshot.png"
shot 1280x800 11 "$out_dir/screenshot-1280x800.png"
