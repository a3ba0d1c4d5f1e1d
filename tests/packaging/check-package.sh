#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian packages from a build tree (cpack -G DEB: tempcards, and tempcards-gocards-sim apart)
# and checks them: their files and dependencies, desktop-file-validate and appstreamcli, the man pages,
# lintian, the systemd units' hardening; then installs them on a clean Debian 12 made by mmdebstrap (only
# apt and the essential packages; dependencies come from Debian's archive) and runs the programs there:
# --version, the client on a new database under the offscreen platform, systemd-analyze verify on the units.
#   check-package.sh <build dir>
# The clean install needs root (chroot) and Debian's archive; TEMPCARDS_SKIP_CLEAN_INSTALL=1 skips it.
set -euo pipefail
build="$(cd "${1:?the build directory}" && pwd)"
app=org.tempcards.tempcards
work="$(mktemp -d /tmp/tempcards-package.XXXXXX)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
version="$("$build/app/tempcards/tempcards" --version | awk '{print $2}')"
deb="$work/tempcards_${version}_amd64.deb"
sim="$work/tempcards-gocards-sim_${version}_amd64.deb"
for package in "$deb" "$sim"; do
    [ -f "$package" ] || fail "$(basename "$package") was not built: $(ls "$work")"
    [ "$(dpkg-deb -f "$package" Version)" = "$version" ] || fail "$(basename "$package") is not version $version"
    echo "built $(basename "$package"), $(stat -c %s "$package") bytes"
done

# contents <package> <file>: the package's file list.
contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|' >"$2"; }
contents "$deb" "$work/contents"
contents "$sim" "$work/sim-contents"
for path in /usr/bin/tempcards /usr/bin/tempcards-sync \
    "/usr/share/applications/$app.desktop" "/usr/share/metainfo/$app.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app.svg" /usr/share/doc/tempcards/copyright \
    /usr/share/doc/tempcards/changelog.gz /usr/share/man/man1/tempcards.1.gz /usr/share/man/man1/tempcards-sync.1.gz \
    /usr/lib/systemd/system/tempcards-sync.service /usr/lib/systemd/system/tempcards-sync-once.service \
    /usr/lib/systemd/system/tempcards-sync-once.timer; do
    grep -qx "$path" "$work/contents" || fail "$path is not in tempcards"
done
for path in /usr/bin/gocards-sim /usr/share/man/man1/gocards-sim.1.gz /usr/share/doc/tempcards-gocards-sim/copyright \
    /usr/share/doc/tempcards-gocards-sim/changelog.gz; do
    grep -qx "$path" "$work/sim-contents" || fail "$path is not in tempcards-gocards-sim"
done
# The simulator accepts demo credentials: never in the package a production installation gets.
if grep -E 'gocards-sim' "$work/contents"; then fail "the simulator is in tempcards (above)"; fi
if cat "$work/contents" "$work/sim-contents" | grep -E '_tests$|tempcards-bench|fuzz|\.a$|\.h$|/include/|^/usr/local'; then
    fail "build or test files are in a package (above)"
fi
depends="$(dpkg-deb -f "$deb" Depends)"
for dependency in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 libqt6dbus6; do
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "tempcards's Depends lacks $dependency: $depends"
done
grep -qE "(^|, )libqt6httpserver6( |,|$)" <<<"$(dpkg-deb -f "$sim" Depends)" || fail "the simulator's Depends lacks Qt HTTP Server"
if grep -qE "libqt6httpserver6" <<<"$depends"; then fail "tempcards depends on Qt HTTP Server, which only the simulator uses"; fi

dpkg-deb -x "$deb" "$work/root"
dpkg-deb -x "$sim" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/$app.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$app.metainfo.xml" || fail "appstreamcli"
grep -qx "Icon=$app" "$work/root/usr/share/applications/$app.desktop" || fail "the desktop file names another icon"
echo "contents, dependencies, desktop file and AppStream metainfo: ok"

# The man pages: made from each program's --help, with every option, readable by man without a warning,
# and the same for every user (no build account's home in them).
for program in tempcards tempcards-sync gocards-sim; do
    page="$work/root/usr/share/man/man1/$program.1.gz"
    text="$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$page" 2>"$work/man.err")"
    [ ! -s "$work/man.err" ] || { cat "$work/man.err" >&2; fail "man warns about $program.1"; }
    for option in $("$build/app/$program/$program" --help | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+'); do
        grep -qF -- "$option" <<<"$text" || fail "$program.1 lacks $option"
    done
    if grep -qE "$HOME/|/root/" <<<"$text"; then fail "$program.1 shows the build account's home"; fi
    zcat "$page" | grep -qiE "^\.TH \"?$program\"? \"?1\"? " || fail "$program.1 is not titled $program"
done
echo "man pages: tempcards.1, tempcards-sync.1, gocards-sim.1 hold every option and read without warnings"

# lintian: clean but for the tags tests/packaging/lintian-expected.txt explains, each with its reason.
command -v lintian >/dev/null || fail "lintian is missing (scripts/install-deps.sh installs it)"
# (lintian's exit code says whether it found errors; the comparison below is what decides.)
lintian --pedantic --no-tag-display-limit "$deb" "$sim" >"$work/lintian.out" 2>&1 || true
sed -n 's/^[EWIP]: \([^:]*\): \([a-z0-9-]*\).*/\1 \2/p' "$work/lintian.out" | sort -u >"$work/lintian"
grep -vE '^(#|$)' "$(dirname "$0")/lintian-expected.txt" | awk '{print $1, $2}' | sort -u >"$work/lintian-expected"
if ! diff -u "$work/lintian-expected" "$work/lintian" >"$work/lintian.diff"; then
    cat "$work/lintian.diff" >&2
    fail "lintian's tags differ from tests/packaging/lintian-expected.txt (+ new, - gone)"
fi
echo "lintian --pedantic: only the $(wc -l <"$work/lintian") explained tags of lintian-expected.txt"

# The units: hardened as systemd measures it (systemd-analyze security, offline, on the package's files).
if command -v systemd-analyze >/dev/null; then
    for unit in tempcards-sync.service tempcards-sync-once.service; do
        systemd-analyze security --offline=yes --root="$work/root" --threshold=20 "$unit" >"$work/security" 2>&1 ||
            { cat "$work/security" >&2; fail "systemd-analyze security finds $unit exposed (above)"; }
        echo "$unit: $(grep -o 'Overall exposure level.*' "$work/security")"
    done
fi

if [ "${TEMPCARDS_SKIP_CLEAN_INSTALL:-0}" = 1 ]; then
    echo "the install on a clean Debian 12 was skipped (TEMPCARDS_SKIP_CLEAN_INSTALL=1)"
    exit 0
fi
[ "$(id -u)" -eq 0 ] || fail "installing on a clean Debian 12 needs root (chroot); TEMPCARDS_SKIP_CLEAN_INSTALL=1 skips it"
command -v mmdebstrap >/dev/null || fail "mmdebstrap is missing (scripts/install-deps.sh installs it)"
# In the clean system: install tempcards with what it depends on (not what it recommends) and run it;
# the simulator's package apart, then systemd and man to check the units as systemd reads them
# (systemd-analyze verify: every directive known, the programs and the man page they name there).
# The client runs 5 s on a new database: timeout's 124 means it was still up, and the database it made
# must hold the schema (migrations ran, the SQLite driver loaded).
cat >"$work/smoke.sh" <<SMOKE
set -eu
export DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen
apt-get install -y -q --no-install-recommends /tmp/package.deb >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
tempcards --version | grep -qx "tempcards $version"
tempcards-sync --version | grep -qx "tempcards-sync $version"
tempcards-sync --help | grep -q -- --verify-audit
if command -v gocards-sim >/dev/null; then echo "the simulator came with tempcards"; exit 1; fi
mkdir -p /tmp/smoke
status=0
timeout 5 tempcards --database /tmp/smoke/tempcards.sqlite >/tmp/smoke/client.log 2>&1 || status=\$?
[ "\$status" -eq 124 ] || { echo "tempcards exited with \$status"; cat /tmp/smoke/client.log; exit 1; }
head -c 15 /tmp/smoke/tempcards.sqlite | grep -q "SQLite format 3" || { echo "no database was made"; exit 1; }
packages=\$(dpkg-query -W -f='\${db:Status-Abbrev}\n' | grep -c '^ii')
apt-get install -y -q --no-install-recommends /tmp/sim.deb systemd man-db >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
gocards-sim --version | grep -qx "gocards-sim $version"
for unit in tempcards-sync.service tempcards-sync-once.service tempcards-sync-once.timer; do
    systemd-analyze verify /usr/lib/systemd/system/\$unit || { echo "systemd-analyze verify \$unit failed"; exit 1; }
done
echo "clean Debian 12: installed \$(dpkg-query -W -f='\${Version}' tempcards) with \$packages packages; tempcards ran 5 s and made its database; tempcards-gocards-sim installed apart; systemd-analyze verify passed for the 3 units"
SMOKE
mmdebstrap --variant=apt --mode=root --quiet \
    --customize-hook="copy-in $deb $sim /tmp" \
    --customize-hook="chroot \"\$1\" mv /tmp/$(basename "$deb") /tmp/package.deb" \
    --customize-hook="chroot \"\$1\" mv /tmp/$(basename "$sim") /tmp/sim.deb" \
    --customize-hook="copy-in $work/smoke.sh /tmp" --customize-hook='chroot "$1" sh /tmp/smoke.sh' \
    bookworm "$work/clean.tar" http://deb.debian.org/debian >"$work/mmdebstrap.log" 2>&1 ||
    { cat "$work/mmdebstrap.log" >&2; fail "installing or running on a clean Debian 12 failed (above)"; }
grep "clean Debian 12" "$work/mmdebstrap.log"
