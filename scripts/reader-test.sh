#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The card reader tests ([pcsc]): the chip UID read through pcsc-lite from the real pcscd, with vsmartcard's
# virtual reader driver (vpcd) and virtual cards the tests put on it and take off. pcscd listens in
# /run/pcscd, which only root may give it, and only one pcscd may run: the tests start their own (and say
# so when another is running), one at a time.
#   scripts/reader-test.sh [build-dir]
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
for tests in "$build/tests/integration/integration_tests" "$build/tests/gui/gui_tests"; do
    [ -x "$tests" ] || { echo "reader tests: $tests is not built; run scripts/build.sh first" >&2; exit 1; }
done
command -v pcscd >/dev/null || { echo "reader tests: pcscd is missing (Debian package pcscd)" >&2; exit 1; }
[ -f /usr/lib/pcsc/drivers/serial/libifdvpcd.so ] ||
    { echo "reader tests: the virtual reader driver is missing (Debian package vsmartcard-vpcd)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "reader tests: pcscd needs root for /run/pcscd; run as root" >&2; exit 1; }
"$build/tests/integration/integration_tests" "[pcsc]"
QT_QPA_PLATFORM=offscreen "$build/tests/gui/gui_tests" "[pcsc]"
