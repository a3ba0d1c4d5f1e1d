#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The README's screenshots: the GUI test's screenshot cases run under Xvfb (a real X server, so the
# pictures are what a desktop shows) at scale 1 and 2 (HiDPI), in the client's light and dark appearance
# (View › Appearance). Writes <out>/<scale>x-<palette>/*.png and checks that every 2× picture has twice
# the pixels of its 1× twin.
#   scripts/screenshots.sh [build-dir] [out-dir]     (defaults: build, docs/screenshots)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-docs/screenshots}
tests="$build/tests/gui/gui_tests"
[ -x "$tests" ] || { echo "screenshots: $tests is not built; run scripts/build.sh first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (Debian package xvfb)" >&2; exit 1; }

for scale in 1 2; do
    for palette in light dark; do
        dir="$out/${scale}x-$palette"
        rm -rf "$dir"
        mkdir -p "$dir"
        # A fresh server per run (-a picks a free display); the screen is large enough for 2× windows.
        env -u QT_QPA_PLATFORM QT_SCALE_FACTOR=$scale TEMPCARDS_SCREENSHOT_APPEARANCE=$palette \
            TEMPCARDS_SCREENSHOT_DIR="$dir" \
            xvfb-run -a -s "-screen 0 2560x1600x24" "$tests" "[screenshots]" >"$dir.log" 2>&1 ||
            { cat "$dir.log" >&2; echo "screenshots: the run at ${scale}x $palette failed" >&2; exit 1; }
        rm -f "$dir.log"
    done
done

# "PNG image data, 812 x 600, ..." -> 812
width() { file -b "$1" | sed -n 's/^PNG image data, \([0-9]*\) x .*/\1/p'; }
count=0 # pictures per scale and palette
for palette in light dark; do
    count=0
    for one in "$out/1x-$palette"/*.png; do
        two="$out/2x-$palette/$(basename "$one")"
        [ -f "$two" ] || { echo "screenshots: $two is missing" >&2; exit 1; }
        if [ "$(width "$two")" -ne $(($(width "$one") * 2)) ]; then
            echo "screenshots: $two is $(width "$two") wide, $one $(width "$one")" >&2
            exit 1
        fi
        count=$((count + 1))
    done
    [ "$count" -ge 7 ] || { echo "screenshots: only $count pictures at 1x $palette" >&2; exit 1; }
done
echo "screenshots: $count pictures in each of 1x-light, 1x-dark, 2x-light and 2x-dark under $out"
