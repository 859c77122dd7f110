#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Quick start 1: installs what is missing, builds, and opens the window on the built-in
# simulated campaign.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "$root/build/app/fota-monitor" --demo "$@"
