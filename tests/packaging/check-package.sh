#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package from a build tree (cpack -G DEB) and checks it: its files and dependencies,
# desktop-file-validate and appstreamcli on what it installs, then installs it on a clean Debian 12 made
# by mmdebstrap (only apt and the essential packages; its dependencies come from Debian's archive) and
# runs the programs there: --version, and the client on a new database under the offscreen platform.
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
deb="$(ls "$work"/*.deb)"
version="$("$build/app/tempcards/tempcards" --version | awk '{print $2}')"
[ "$(dpkg-deb -f "$deb" Package)" = tempcards ] || fail "the package is not named tempcards"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version), program $version"
echo "built $(basename "$deb"), $(stat -c %s "$deb") bytes"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/tempcards /usr/bin/tempcards-sync /usr/bin/gocards-sim \
    "/usr/share/applications/$app.desktop" "/usr/share/metainfo/$app.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app.svg" /usr/share/doc/tempcards/copyright \
    /usr/share/doc/tempcards/examples/tempcards-sync.service; do
    grep -qx "$path" "$work/contents" || fail "$path is not in the package"
done
if grep -E '_tests$|tempcards-bench|fuzz|\.a$|\.h$|/include/|^/usr/local' "$work/contents"; then
    fail "build or test files are in the package (above)"
fi
depends="$(dpkg-deb -f "$deb" Depends)"
for dependency in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite; do
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/$app.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$app.metainfo.xml" || fail "appstreamcli"
grep -qx "Icon=$app" "$work/root/usr/share/applications/$app.desktop" || fail "the desktop file names another icon"
echo "contents, dependencies, desktop file and AppStream metainfo: ok"

if [ "${TEMPCARDS_SKIP_CLEAN_INSTALL:-0}" = 1 ]; then
    echo "the install on a clean Debian 12 was skipped (TEMPCARDS_SKIP_CLEAN_INSTALL=1)"
    exit 0
fi
[ "$(id -u)" -eq 0 ] || fail "installing on a clean Debian 12 needs root (chroot); TEMPCARDS_SKIP_CLEAN_INSTALL=1 skips it"
command -v mmdebstrap >/dev/null || fail "mmdebstrap is missing (scripts/install-deps.sh installs it)"
# In the clean system: install the package with what it depends on (not what it recommends), then run it.
# The client runs 5 s on a new database: timeout's 124 means it was still up, and the database it made
# must hold the schema (migrations ran, the SQLite driver loaded).
cat >"$work/smoke.sh" <<SMOKE
set -eu
export DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen
apt-get install -y -q --no-install-recommends /tmp/package.deb >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
tempcards --version | grep -qx "tempcards $version"
tempcards-sync --help | grep -q -- --verify-audit
gocards-sim --help >/dev/null
mkdir -p /tmp/smoke
status=0
timeout 5 tempcards --database /tmp/smoke/tempcards.sqlite >/tmp/smoke/client.log 2>&1 || status=\$?
[ "\$status" -eq 124 ] || { echo "tempcards exited with \$status"; cat /tmp/smoke/client.log; exit 1; }
head -c 15 /tmp/smoke/tempcards.sqlite | grep -q "SQLite format 3" || { echo "no database was made"; exit 1; }
echo "clean Debian 12: installed \$(dpkg-query -W -f='\${Version}' tempcards) with \$(dpkg-query -W -f='\${db:Status-Abbrev}\n' | grep -c '^ii') packages; tempcards ran 5 s and made its database"
SMOKE
mmdebstrap --variant=apt --mode=root --quiet \
    --customize-hook="copy-in $deb /tmp" --customize-hook="chroot \"\$1\" mv /tmp/$(basename "$deb") /tmp/package.deb" \
    --customize-hook="copy-in $work/smoke.sh /tmp" --customize-hook='chroot "$1" sh /tmp/smoke.sh' \
    bookworm "$work/clean.tar" http://deb.debian.org/debian >"$work/mmdebstrap.log" 2>&1 ||
    { cat "$work/mmdebstrap.log" >&2; fail "installing or running on a clean Debian 12 failed (above)"; }
grep "clean Debian 12" "$work/mmdebstrap.log"
