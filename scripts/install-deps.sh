#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs what building, running and testing FOTA Campaign Monitor needs, from Debian 12's
# packages, and nothing that is already there. Runs apt as root, or through sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qtkeychain-qt6-dev
    libqt6svg6 libgl-dev libxkbcommon-dev
    fonts-dejavu-core openssl
    # The campaign history (QtSql's SQLite driver, and SQLite's own header for writing a table
    # in place), promtool to check the metrics file, and a D-Bus daemon for the tests' private
    # session bus.
    libqt6sql6-sqlite libsqlite3-dev prometheus dbus-daemon
    # The report-page decoder.
    libsimdjson-dev
    # Translations: lupdate, lrelease and lconvert (qt6-l10n-tools), CMake's
    # qt_add_translations (Qt6LinguistTools, in qt6-tools-dev), and Qt's own German strings
    # (qtbase_de.qm) that the window loads beside the application's.
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    # The campaign report's tests read its PDFs back: text (pdftotext) and pages (pdfinfo).
    poppler-utils
)
# For the load benchmark (fota-load-benchmark): the raw-transfer baseline, the operator's Python
# script and GNU time for each child's peak memory.
packages+=(curl python3-requests time)
# For scripts/screenshot.sh only: a virtual display, a screen grabber, and a font with Chinese
# glyphs (the demo has a reason in Chinese; DejaVu draws it as boxes).
if [[ "${FOTA_WITH_SCREENSHOT_TOOLS:-0}" == 1 ]]; then
    packages+=(xvfb xauth imagemagick fonts-wqy-microhei)
fi
# To look at a campaign report page as a browser draws it, light and dark (headless
# chromium --screenshot); nothing builds or tests with it.
if [[ "${FOTA_WITH_BROWSER:-0}" == 1 ]]; then
    packages+=(chromium)
fi
# For scripts/check-package.sh (and so .ci/run): what builds the .deb and checks it the way
# Debian would. debootstrap makes the clean Debian 12 the package is installed into.
if [[ "${FOTA_WITH_PACKAGING_TOOLS:-0}" == 1 ]]; then
    packages+=(dpkg-dev fakeroot file binutils lintian desktop-file-utils appstream man-db
               libxml2-utils librsvg2-bin debootstrap)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
