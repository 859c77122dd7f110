#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the Debian package (scripts/package.sh) and holds it to what Debian and the desktop
# expect, failing on anything reported:
#   - the file name is fota-monitor_VERSION_ARCH.deb;
#   - lintian (pedantic, info tags shown) reports no tag at all: an info tag that has to stay
#     goes into a lintian overrides file with a comment saying why;
#   - desktop-file-validate and `appstreamcli validate --pedantic` report nothing (--no-net:
#     CI has no Internet, so the URLs and the screenshot cannot be fetched);
#   - `man --warnings` renders the man page without a warning;
#   - the desktop entry, icons, metainfo, changelog, man page and executable agree on the
#     application ID and the version, and the executable is stripped and hardened;
#   - installed into a clean Debian 12 (debootstrap) with apt, it gives the menu entry with its
#     icon, `fota-monitor --version`, `export --help`, `report --help`, `man -w fota-monitor`
#     (man-db installed for it) and `--demo` (offscreen) work, and the executable holds the
#     German translation;
#   - the metainfo's screenshot size is the size of the image it points at.
# Extra arguments go to scripts/package.sh (and so to cmake).
#   FOTA_PACKAGE_DEB=file    check this .deb instead of building one
#   FOTA_PACKAGE_INSTALL=m   chroot (default): a clean Debian 12 made by debootstrap;
#                            host: apt-get install on this machine (it stays installed);
#                            none: no installation
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
FOTA_WITH_PACKAGING_TOOLS=1 "$root/scripts/install-deps.sh"

deb=${FOTA_PACKAGE_DEB:-$("$root/scripts/package.sh" "$@")}
deb=$(realpath "$deb")
install_mode=${FOTA_PACKAGE_INSTALL:-chroot}
failures=0
fail() {
    echo "check-package: FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "check-package: ok: $*" >&2; }

scratch=$(mktemp -d /var/tmp/fota-check-package.XXXXXX)
chroot_dir=""
cleanup() {
    if [[ -n "$chroot_dir" ]]; then umount "$chroot_dir/proc" 2>/dev/null || true; fi
    # Never delete through a mount that is still there (a bind mount would reach the host).
    if findmnt -rn -o TARGET | grep -qF "$scratch"; then
        echo "check-package: something is still mounted under $scratch; left it" >&2
        return
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
package=$(dpkg-deb -f "$deb" Package)
echo "check-package: $deb ($package $version $arch)" >&2
expected_name="${package}_${version}_${arch}.deb"
[[ $(basename "$deb") == "$expected_name" ]] && pass "file name $expected_name" ||
    fail "file name $(basename "$deb"), expected $expected_name"

# --- lintian -------------------------------------------------------------------------------
lintian_out=$scratch/lintian.txt
lintian_rc=0
lintian --display-info --pedantic --color never "$deb" >"$lintian_out" 2>&1 || lintian_rc=$?
grep -v '^running with root privileges is not recommended!$' "$lintian_out" >&2 || true
# installer/lintian-overrides silences lintian's readings of the executable's embedded binary
# data as misspelt words; which byte runs look like words changes with every build, so a build
# where none does may report that override unused (an info tag), and that one is expected.
unused_spelling='^I: fota-monitor: unused-override spelling-error-in-binary '
if [[ $lintian_rc -ne 0 ]] || grep -vE "$unused_spelling" "$lintian_out" | grep -qE '^[EWIPX]: '; then
    fail "lintian reported tags (exit $lintian_rc)"
else
    pass "lintian: no error, warning, info or pedantic tag"
fi

# --- the package's files -------------------------------------------------------------------
tree=$scratch/tree
dpkg-deb -x "$deb" "$tree"
# The screenshot's declared size is the size of the image it points at: the URL names a file
# of this repository (at the release's tag), so the working tree's copy is compared.
check_screenshot() {
    local metainfo=$1 url file declared actual
    url=$(xmllint --xpath 'string(/component/screenshots/screenshot[1]/image[1])' "$metainfo")
    file=$root/${url#*/v"$version"/}
    [[ -f "$file" ]] || { fail "the screenshot $url is not in the repository ($file)"; return; }
    declared="$(xmllint --xpath 'string(/component/screenshots/screenshot[1]/image[1]/@width)' \
        "$metainfo") x $(xmllint --xpath \
        'string(/component/screenshots/screenshot[1]/image[1]/@height)' "$metainfo")"
    actual=$(file -b "$file" | sed -n 's/^PNG image data, \([0-9]* x [0-9]*\),.*/\1/p')
    [[ "$declared" == "$actual" ]] && pass "screenshot $declared as declared" ||
        fail "the metainfo declares the screenshot $declared, the image is ${actual:-not a PNG}"
}
check_files() {
    local base=$1 # the root the package's files are under: the extracted tree or a chroot
    local app_id desktop metainfo icon
    desktop=$(find "$base/usr/share/applications" -name '*.desktop' 2>/dev/null | head -n 1)
    [[ -n "$desktop" ]] || { fail "no desktop entry under $base/usr/share/applications"; return; }
    app_id=$(basename "$desktop" .desktop)
    metainfo=$base/usr/share/metainfo/$app_id.metainfo.xml
    [[ -f "$metainfo" ]] || fail "no metainfo named after the desktop file: $metainfo"
    [[ $(xmllint --xpath 'string(/component/id)' "$metainfo") == "$app_id" ]] ||
        fail "the metainfo id is not $app_id"
    [[ $(xmllint --xpath 'string(/component/launchable[@type="desktop-id"])' "$metainfo") == \
        "$app_id.desktop" ]] || fail "the metainfo does not launch $app_id.desktop"
    [[ $(xmllint --xpath 'string(/component/releases/release[1]/@version)' "$metainfo") == \
        "$version" ]] || fail "the metainfo's latest release is not $version"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [[ "$icon" == "$app_id" ]] || fail "the desktop entry's icon is \"$icon\", not $app_id"
    [[ -f "$base/usr/share/icons/hicolor/scalable/apps/$icon.svg" ]] ||
        fail "no scalable icon $icon.svg"
    local size
    for size in 16 22 24 32 48 64 128 256; do
        local png=$base/usr/share/icons/hicolor/${size}x$size/apps/$icon.png
        [[ -f "$png" ]] || { fail "no ${size}px icon"; continue; }
        file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not $size px"
    done
    check_screenshot "$metainfo"
    local exec
    exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [[ -x "$base/usr/bin/$exec" ]] || fail "the desktop entry runs $exec, not in /usr/bin"
    pass "desktop entry, metainfo and icons agree on $app_id"
}
check_files "$tree"

desktop=$(find "$tree/usr/share/applications" -name '*.desktop' | head -n 1)
validate_out=$(desktop-file-validate "$desktop" 2>&1) || true
if [[ -n "$validate_out" ]]; then
    echo "$validate_out" >&2
    fail "desktop-file-validate"
else
    pass "desktop-file-validate"
fi

metainfo=$(find "$tree/usr/share/metainfo" -name '*.metainfo.xml' | head -n 1)
appstream_rc=0
appstream_out=$(appstreamcli validate --pedantic --no-net --explain "$metainfo" 2>&1) ||
    appstream_rc=$?
if [[ $appstream_rc -ne 0 ]] || grep -qE '^[EWIP]: ' <<<"$appstream_out"; then
    echo "$appstream_out" >&2
    fail "appstreamcli validate --pedantic (exit $appstream_rc)"
else
    pass "appstreamcli validate --pedantic"
fi

man_page=$tree/usr/share/man/man1/fota-monitor.1.gz
if [[ ! -f "$man_page" ]]; then
    fail "no man page"
else
    man_err=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$man_page" 2>&1 >/dev/null)
    [[ -z "$man_err" ]] && pass "man --warnings" || { echo "$man_err" >&2; fail "man --warnings"; }
    zcat "$man_page" | grep -q "^\.TH .*\"fota\\\\-monitor $version\"" ||
        fail "the man page is not of version $version"
fi

changelog=$tree/usr/share/doc/$package/changelog.gz
zcat "$changelog" | head -n 1 | grep -qF "$package ($version)" ||
    fail "the changelog does not start with $package ($version)"
[[ -f "$tree/usr/share/doc/$package/copyright" ]] || fail "no copyright file"

# --- the executable ------------------------------------------------------------------------
exe=$tree/usr/bin/fota-monitor
elf_dynamic=$(readelf -dW "$exe")
elf_headers=$(readelf -lhW "$exe")
elf_sections=$(readelf -SW "$exe")
elf_symbols=$(readelf -sW --dyn-syms "$exe")
grep -q 'Position-Independent Executable' <<<"$elf_headers" || fail "not PIE"
grep -q 'GNU_RELRO' <<<"$elf_headers" || fail "no RELRO"
grep -qE 'BIND_NOW|FLAGS_1.*NOW' <<<"$elf_dynamic" || fail "no bind-now"
grep -q '__stack_chk_fail' <<<"$elf_symbols" || fail "no stack protector"
grep -q '_chk@' <<<"$elf_symbols" || fail "no fortified functions (_FORTIFY_SOURCE)"
grep -qE ' \.(symtab|debug_info|comment) ' <<<"$elf_sections" && fail "not stripped"
pass "executable hardened (PIE, RELRO, bind-now, stack protector, fortify) and stripped"

# --- installed -----------------------------------------------------------------------------
# Runs the installed program: $1 is a scratch directory there, $2 the installed executable as
# seen from here, the rest the command prefix that
# reaches the installed system.
check_installed() {
    local home=$1 exe_path=$2
    shift 2
    local -a run=("$@")
    local out
    out=$("${run[@]}" fota-monitor --version) || fail "fota-monitor --version failed"
    [[ "$out" == "fota-monitor $version" ]] && pass "fota-monitor --version: $out" ||
        fail "fota-monitor --version said \"$out\""
    out=$("${run[@]}" fota-monitor export --help) || fail "fota-monitor export --help failed"
    grep -q -- '--campaign' <<<"$out" && pass "fota-monitor export --help" ||
        fail "fota-monitor export --help does not list --campaign"
    out=$("${run[@]}" fota-monitor report --help) || fail "fota-monitor report --help failed"
    grep -q -- '--output' <<<"$out" && pass "fota-monitor report --help" ||
        fail "fota-monitor report --help does not list --output"
    out=$("${run[@]}" man -w fota-monitor) && [[ "$out" == */man1/fota-monitor.1* ]] &&
        pass "man -w fota-monitor: $out" || fail "man -w fota-monitor found no man page ($out)"
    # The German translation is embedded in the executable (Qt's resource names are UTF-16).
    local qm
    qm=$(printf '%s' fota-monitor_de.qm | sed 's/./\\x00&/g')
    LC_ALL=C grep -qaP "$qm" "$exe_path" && pass "the German translation is in the installed executable" ||
        fail "no German translation (fota-monitor_de.qm) in the installed executable"
    # The demo window stays up until it is closed: still running after 15 s (timeout's 124)
    # means it started, served itself the campaign and did not crash. Its settings go to a
    # scratch home.
    local rc=0
    "${run[@]}" env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home" \
        QT_QPA_PLATFORM=offscreen \
        timeout --signal=TERM 15 fota-monitor --demo >/dev/null 2>"$scratch/demo.err" || rc=$?
    if [[ $rc -eq 124 ]]; then
        pass "fota-monitor --demo runs (offscreen)"
    else
        cat "$scratch/demo.err" >&2
        fail "fota-monitor --demo exited with $rc"
    fi
}

debian_mirror() {
    local uri
    uri=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list \
        2>/dev/null | grep -v security | head -n 1 | awk '{print $2}')
    echo "${uri:-http://deb.debian.org/debian}"
}

[[ "$install_mode" != none && $(id -u) -ne 0 ]] &&
    { fail "installing needs root (FOTA_PACKAGE_INSTALL=none checks the package only)"; exit 1; }
case "$install_mode" in
chroot)
    chroot_dir=$scratch/debian12
    mirror=$(debian_mirror)
    echo "check-package: debootstrap bookworm from $mirror" >&2
    debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$scratch/debootstrap.log" 2>&1 ||
        { tail -n 20 "$scratch/debootstrap.log" >&2; fail "debootstrap"; exit 1; }
    # The same Debian sources as this machine (updates and security too), instead of
    # debootstrap's one line.
    rm -f "$chroot_dir/etc/apt/sources.list"
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [[ -f "$f" ]] && cp "$f" "$chroot_dir$f"
    done
    cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$chroot_dir/proc"
    cp "$deb" "$chroot_dir/tmp/"
    in_chroot=(chroot "$chroot_dir")
    "${in_chroot[@]}" apt-get update -qq >&2
    if "${in_chroot[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "/tmp/$(basename "$deb")" >"$scratch/apt.log" 2>&1; then
        pass "apt install ./$(basename "$deb") in a clean Debian 12"
        check_files "$chroot_dir"
        mkdir -m 0700 "$chroot_dir/tmp/home"
        "${in_chroot[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends man-db >>"$scratch/apt.log" 2>&1 || fail "apt install man-db"
        check_installed /tmp/home "$chroot_dir/usr/bin/fota-monitor" "${in_chroot[@]}"
    else
        tail -n 30 "$scratch/apt.log" >&2
        fail "apt install in a clean Debian 12"
    fi
    ;;
host)
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >&2 ||
        fail "apt-get install $deb"
    check_files ""
    mkdir -m 0700 "$scratch/home"
    check_installed "$scratch/home" /usr/bin/fota-monitor env
    ;;
none) ;;
*)
    fail "FOTA_PACKAGE_INSTALL must be chroot, host or none, not \"$install_mode\""
    ;;
esac

if [[ $failures -ne 0 ]]; then
    echo "check-package: $failures check(s) failed" >&2
    exit 1
fi
echo "check-package: $expected_name passed every check" >&2
