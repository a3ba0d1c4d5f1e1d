#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The GUI tests that need a desktop session: a screen reader taking part ([atspi]) and the session bus
# ([dbus]). The client runs under Xvfb (a real X server; the offscreen platform has no accessibility
# bridge) in a D-Bus session of its own, with the AT-SPI bus started first, so Qt's bridge finds it at
# once, as on a desktop where accessibility is on.
#   scripts/desktop-test.sh [build-dir] [catch2 arguments...]
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
[ $# -gt 0 ] && shift
tests="$build/tests/gui/gui_tests"
[ -x "$tests" ] || { echo "desktop tests: $tests is not built; run scripts/build.sh first" >&2; exit 1; }
for tool in xvfb-run dbus-run-session dbus-send; do
    command -v $tool >/dev/null || { echo "desktop tests: $tool is missing" >&2; exit 1; }
done
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "desktop tests: at-spi2-core is missing" >&2; exit 1; }
/usr/bin/python3 -c 'import pyatspi' || { echo "desktop tests: python3-pyatspi is missing" >&2; exit 1; }

[ $# -gt 0 ] || set -- "[atspi],[dbus]"
# Inside the session: ask for the accessibility bus (D-Bus starts at-spi-bus-launcher), then run the tests
# with Qt's bridge on, as a desktop with a screen reader running has it.
exec dbus-run-session -- sh -c '
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0
    exec env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1920x1200x24" "$0" "$@"
' "$tests" "$@"
