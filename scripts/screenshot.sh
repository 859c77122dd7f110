#!/usr/bin/env bash
# Takes docs/screenshot.png: builds (scripts/build.sh), opens `fota-monitor --demo` on a virtual
# X display, waits for the demo campaign to load, and grabs the screen with ImageMagick.
#   FOTA_MONITOR_EXE=path   use this executable instead of building build/
#   FOTA_SCREENSHOT_WAIT=s  seconds to wait for the load (default 15)
#   FOTA_SCREENSHOT_OUT=f   output file (default docs/screenshot.png)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
FOTA_WITH_SCREENSHOT_TOOLS=1 "$root/scripts/install-deps.sh"
exe=${FOTA_MONITOR_EXE:-}
if [[ -z "$exe" ]]; then
    "$root/scripts/build.sh"
    exe="$root/build/app/fota-monitor"
fi
out=${FOTA_SCREENSHOT_OUT:-$root/docs/screenshot.png}
wait_s=${FOTA_SCREENSHOT_WAIT:-15}

# A settings folder of its own: the picture shows the default layout, not the last one used.
scratch=$(mktemp -d)
display=:$((90 + RANDOM % 100))
xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break
    [[ -e /tmp/.X11-unix/X${display#:} ]] && break
    sleep 0.1
done

XDG_CONFIG_HOME=$scratch/config XDG_RUNTIME_DIR=$scratch DISPLAY=$display QT_QPA_PLATFORM=xcb \
    "$exe" --demo >/dev/null 2>&1 &
app_pid=$!
# 50,000 devices over loopback load in a few seconds; the rest of the wait lets the failure
# reasons settle and the window paint.
sleep "$wait_s"
kill -0 "$app_pid" 2>/dev/null || { echo "screenshot: fota-monitor exited early" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
DISPLAY=$display import -window root "$out"
echo "screenshot: wrote $out" >&2
