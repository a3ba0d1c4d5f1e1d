#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds tempcards and runs every test suite (unit, integration against the simulator on loopback,
# GUI offscreen, faults), the same on PostgreSQL, the unit suite under sanitizers, then the fuzz targets.
# Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build="${TEMPCARDS_BUILD_DIR:-build}"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600

# The core, integration, GUI and fault suites again, on a throwaway PostgreSQL server (each test its own database).
# A server that cannot start fails the run.
pgdir="$(mktemp -d -u /tmp/tempcards-pg.XXXXXX)"
trap 'scripts/pg-test-server.sh stop "$pgdir"' EXIT
pgoptions="$(scripts/pg-test-server.sh start "$pgdir")"
echo "The core, integration, GUI and fault suites on PostgreSQL ($pgoptions)"
TEMPCARDS_TEST_POSTGRES="$pgoptions" ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" \
    --timeout 600 -R "^(unit|integration|gui|fault)_tests:"
# Next -> ordered with login roles, where only the batch sync sends (its figure beside its ceiling).
TEMPCARDS_BENCH_POSTGRES="$pgoptions" "$build/tests/bench/tempcards-bench" --small --scenario handover
scripts/pg-test-server.sh stop "$pgdir"
trap - EXIT
# The unit suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (./build-asan).
scripts/sanitize.sh
# The fuzz targets, built with clang and sanitizers, for a bounded time each (TEMPCARDS_FUZZ_SECONDS, default 30).
scripts/fuzz.sh "${TEMPCARDS_FUZZ_SECONDS:-30}"
