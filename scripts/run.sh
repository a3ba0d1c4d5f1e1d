#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds tempcards, starts the Nexus GO Cards simulator on a free loopback port and opens the client on
# the SQLite database in your data folder, set up to order from the simulator. Closing the client stops
# the simulator. Extra arguments go to the client (see --help), e.g. --database /tmp/demo.sqlite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build="${TEMPCARDS_BUILD_DIR:-build}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found. Run this on a desktop, or under Xvfb: xvfb-run -a $0" >&2
    exit 1
fi

log=$(mktemp)
"$build/app/gocards-sim/gocards-sim" --port 0 >"$log" 2>&1 &
sim=$!
trap 'kill "$sim" 2>/dev/null; rm -f "$log"' EXIT
url=""
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$log")
    [ -n "$url" ] && break
    kill -0 "$sim" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$url" ] || { echo "The simulator did not start:" >&2; cat "$log" >&2; exit 1; }
echo "Nexus GO Cards simulator: $url"
"$build/app/tempcards/tempcards" --gocards-url "$url" "$@"
