#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Holds the translations in resources/translations/ to the sources (ctest runs it as
# check_translations, so CI does too):
#   - lupdate over the sources, into a copy, finds no message the .ts lacks and none it has that
#     the sources no longer use (the .ts is up to date: `cmake --build build --target
#     update_translations` makes it so);
#   - no German message is unfinished, vanished or obsolete, and every plural form is filled in;
#   - every message that is only placeholders and punctuation ("%1 (%2)", "—") has a translator
#     comment (//: in the source) saying what goes in, since a translator cannot tell otherwise;
#   - lrelease compiles each file with no unfinished message.
# The sources are those app/l10n/CMakeLists.txt gives lupdate: app/ and ui/, but the simulator
# and the command-line commands.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Debian's qt6-l10n-tools puts them in Qt's binaries directory, not on the PATH.
bin=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate=$bin/lupdate
lrelease=$bin/lrelease
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mapfile -t sources < <(cd "$root" && find app ui -name '*.cpp' -o -name '*.h' |
    grep -Ev '^app/(simulator|cli)/' | sort)
failures=0
check() {
    local ts=$1
    shift
    local name
    name=$(basename "$ts")
    cp "$root/$ts" "$scratch/$name"
    (cd "$root" && "$lupdate" -silent -no-obsolete -locations none -I app -I . "$@" \
        "${sources[@]}" -ts "$scratch/$name")
    if ! python3 - "$root/$ts" "$scratch/$name" <<'PY'; then
import re, sys, xml.etree.ElementTree as ET
def messages(path):
    out, problems = set(), []
    uncommented = []
    for c in ET.parse(path).getroot().iter('context'):
        ctx = c.findtext('name')
        for m in c.iter('message'):
            src = m.findtext('source')
            out.add((ctx, src, m.findtext('comment'), m.get('numerus')))
            # No letter once the placeholders are gone: nothing tells what the message is.
            if not re.search(r'[^\W\d_]', re.sub(r'%(L?\d+|n)', '', src or '')) and \
                    not (m.findtext('extracomment') or '').strip():
                uncommented.append(f'no translator comment (//:) for {ctx}: {src!r}')
            t = m.find('translation')
            kind = t.get('type')
            if kind:
                problems.append(f'{kind}: {ctx}: {src!r}')
            elif m.get('numerus') == 'yes':
                forms = [f.text for f in t.iter('numerusform')]
                if not forms or not all(forms):
                    problems.append(f'plural form missing: {ctx}: {src!r}')
            elif not t.text:
                problems.append(f'empty: {ctx}: {src!r}')
    return out, problems, uncommented
kept, problems, _ = messages(sys.argv[1])
current, _, uncommented = messages(sys.argv[2])
problems += uncommented
for ctx, src, _, _ in sorted(current - kept, key=str):
    problems.append(f'not in the .ts (run the update_translations target): {ctx}: {src!r}')
for ctx, src, _, _ in sorted(kept - current, key=str):
    problems.append(f'no longer in the sources: {ctx}: {src!r}')
for p in problems:
    print(f'check-translations: {sys.argv[1]}: {p}', file=sys.stderr)
sys.exit(1 if problems else 0)
PY
        failures=$((failures + 1))
    fi
    local stats
    stats=$("$lrelease" "$root/$ts" -qm "$scratch/${name%.ts}.qm" 2>&1)
    if ! grep -q ' 0 unfinished' <<<"$stats"; then
        echo "check-translations: $ts: lrelease: $stats" >&2
        failures=$((failures + 1))
    fi
    echo "check-translations: $ts: $(grep -o 'Generated .*' <<<"$stats")"
}
check resources/translations/fota-monitor_de.ts
check resources/translations/fota-monitor_en.ts -pluralonly
if [[ $failures -ne 0 ]]; then
    echo "check-translations: FAIL" >&2
    exit 1
fi
echo "check-translations: ok"
