#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the unit suite with AddressSanitizer and UndefinedBehaviorSanitizer (TEMPCARDS_SANITIZE) into
# ./build-asan and runs it on SQLite. A memory error, a leak or any undefined behaviour fails the run.
# Leaks inside Qt's own start-up that the suite cannot free are listed in tests/sanitizers/lsan.supp.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TEMPCARDS_ASAN_BUILD_DIR:-build-asan}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DTEMPCARDS_SANITIZE=ON >/dev/null
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
cmake --build "$build" --parallel "$(nproc)" --target unit_tests
echo "The unit suite under AddressSanitizer and UndefinedBehaviorSanitizer"
"$build/tests/unit/unit_tests" --order rand --rng-seed 1
