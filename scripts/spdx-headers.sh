#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Gives every C++ source and header, shell, Python and CMake file, desktop entry, XML (metainfo,
# SVG) and man page source the project's SPDX header:
#   SPDX-FileCopyrightText: <year> FOTA Campaign Monitor developers
#   SPDX-License-Identifier: GPL-3.0-or-later
# as comments of the file's kind (// for C++; # for shell, Python, CMake and desktop entries,
# after a #! line; <!-- --> for XML, after the <?xml ?> line; .\" for roff). The AppStream
# metainfo is CC0-1.0 (installer/copyright). PNG images and .ts files cannot carry a comment:
# REUSE.toml gives their licence, and --check fails on one that no path there covers.
#   spdx-headers.sh            adds the header to every tracked file that lacks one
#   spdx-headers.sh FILE...    adds it to these files only
#   spdx-headers.sh --check    changes nothing; lists the files that lack it and fails if any
# A file that already has an SPDX-License-Identifier line is left exactly as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

copyright_holder="FOTA Campaign Monitor developers"
license="GPL-3.0-or-later"

check=0
files=()
if [[ "${1:-}" == "--check" ]]; then
    check=1
    shift
fi
if [[ $# -gt 0 ]]; then
    files=("$@")
else
    # Tracked files only: build trees and anything untracked are not the project's sources.
    while IFS= read -r -d '' f; do
        files+=("$f")
    done < <(git ls-files -z -- '*.cpp' '*.h' '*.sh' '*.py' 'CMakeLists.txt' '*/CMakeLists.txt' \
        '*.cmake' '.ci/run' '*.desktop.in' '*.xml.in' '*.svg' '*.1.in' '*.png' '*.ts')
fi

comment_for() {
    case "$1" in
    *.cpp | *.h) echo "//" ;;
    *.sh | *.py | *CMakeLists.txt | *.cmake | .ci/run | *.desktop.in) echo "#" ;;
    *.xml.in | *.svg) echo "<!--" ;;
    *.1.in) echo '.\"' ;;
    *.png | *.ts) echo "reuse" ;;
    *) return 1 ;;
    esac
}

license_of() {
    case "$1" in
    *.metainfo.xml.in) echo "CC0-1.0" ;;
    *) echo "$license" ;;
    esac
}

has_header() {
    head -n 10 "$1" | grep -qE '^(//|#|<!--|\.\\") SPDX-License-Identifier: '
}

# A file REUSE.toml covers: one of its annotations' path globs matches it.
reuse_covered() {
    local file=$1 glob
    [[ -f "$file.license" ]] && return 0
    [[ -f REUSE.toml ]] || return 1
    while IFS= read -r glob; do
        # shellcheck disable=SC2053 # the glob is a pattern on purpose
        [[ "$file" == $glob ]] && return 0
    done < <(sed -n 's/^path *= *\[\(.*\)\]/\1/p' REUSE.toml | grep -o '"[^"]*"' | tr -d '"')
    return 1
}

header_lines() {
    local mark=$1 year=$2 file_license=$3
    if [[ "$mark" == "<!--" ]]; then
        printf '<!-- SPDX-FileCopyrightText: %s %s -->\n' "$year" "$copyright_holder"
        printf '<!-- SPDX-License-Identifier: %s -->\n' "$file_license"
    else
        printf '%s SPDX-FileCopyrightText: %s %s\n' "$mark" "$year" "$copyright_holder"
        printf '%s SPDX-License-Identifier: %s\n' "$mark" "$file_license"
        [[ "$mark" == '.\"' ]] || printf '\n'
    fi
}

add_header() {
    local file=$1 mark=$2 year tmp
    # The year the file first entered the history, or this year for a new file.
    year=$(git log --follow --diff-filter=A --format=%ad --date=format:%Y -- "$file" 2>/dev/null |
        tail -n 1)
    year=${year:-$(date -u +%Y)}
    tmp=$(mktemp "$file.spdx.XXXXXX")
    {
        # A #! line and an <?xml ?> declaration must stay the first line.
        if head -n 1 "$file" | grep -qE '^(#!|<\?xml )'; then
            head -n 1 "$file"
            header_lines "$mark" "$year" "$(license_of "$file")"
            tail -n +2 "$file"
        else
            header_lines "$mark" "$year" "$(license_of "$file")"
            cat "$file"
        fi
    } >"$tmp"
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
}

missing=0
for file in "${files[@]}"; do
    [[ -f "$file" ]] || { echo "spdx-headers: no such file: $file" >&2; exit 2; }
    mark=$(comment_for "$file") || { echo "spdx-headers: not a source file: $file" >&2; exit 2; }
    if [[ "$mark" == reuse ]]; then
        reuse_covered "$file" && continue
        echo "spdx-headers: not covered by REUSE.toml: $file" >&2
        missing=$((missing + 1))
        continue
    fi
    has_header "$file" && continue
    if [[ $check -eq 1 ]]; then
        echo "spdx-headers: no SPDX header: $file" >&2
        missing=$((missing + 1))
    else
        add_header "$file" "$mark"
        echo "spdx-headers: added to $file" >&2
    fi
done
if [[ $check -eq 1 && $missing -ne 0 ]]; then
    echo "spdx-headers: $missing file(s) lack the SPDX header; run scripts/spdx-headers.sh" >&2
    exit 1
fi
