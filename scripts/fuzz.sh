#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the fuzz targets with clang's libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer, and runs
# each for a bounded time from its committed corpus (the options script, and each parser of Go Cards' answers) (tests/fuzz/corpus/<target>). New inputs the fuzzer
# finds go to a scratch folder, not into the repository; a crash leaves its input in the build folder and
# fails the run. Usage: scripts/fuzz.sh [seconds per target, default 30]
# The seed is fixed (TEMPCARDS_FUZZ_SEED, default 1) so that a test run is repeatable; set it to 0 for a
# random seed when fuzzing for longer by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
seed="${TEMPCARDS_FUZZ_SEED:-1}"
build="${TEMPCARDS_FUZZ_BUILD_DIR:-build-fuzz}"
clangxx="$(command -v clang++ || command -v clang++-14 || true)"
if [ -z "$clangxx" ]; then
    echo "fuzz.sh: clang++ is missing; scripts/install-deps.sh installs it" >&2
    exit 1
fi
cmake -S tests/fuzz -B "$build" -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"

for target in options_script gocards_token gocards_order gocards_events gocards_card; do
    corpus="tests/fuzz/corpus/${target//_/-}"
    dictionary=()
    [[ "$target" == gocards_* ]] && dictionary=(-dict=tests/fuzz/gocards.dict)
    scratch="$(mktemp -d)"
    log="$build/${target}.log"
    echo "fuzzing ${target} for ${seconds} s from $(ls "$corpus" | wc -l) corpus inputs (log: ${log})"
    # UBSan aborts on its first report (-fno-sanitize-recover), so any report fails the run.
    status=0
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/${target}_fuzzer" "$scratch" "$corpus" "${dictionary[@]}" -max_total_time="$seconds" -seed="$seed" -timeout=10 \
        -rss_limit_mb=4096 -max_len=4096 -artifact_prefix="$build/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    rm -rf "$scratch"
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|property violated|SUMMARY)" "$log" || true
    if [ "$status" -ne 0 ]; then
        tail -40 "$log" >&2
        echo "fuzz.sh: ${target} failed (exit ${status}); the input is in ${build}/" >&2
        exit 1
    fi
done
