#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Renders resources/icons/app-icon.svg into the PNG sizes the hicolor theme and the window icon
# use (resources/icons/app-icon-SIZE.png). The PNGs are committed, so building needs no SVG
# renderer; run this after changing the SVG and commit the result.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
FOTA_WITH_PACKAGING_TOOLS=1 "$root/scripts/install-deps.sh"
icons=$root/resources/icons
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$icons/app-icon-$size.png" "$icons/app-icon.svg"
done
echo "render-icons: wrote $(ls "$icons"/app-icon-*.png | wc -l) PNGs in $icons" >&2
