#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Configures and builds tempcards into ./build (or $TEMPCARDS_BUILD_DIR), tests included.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TEMPCARDS_BUILD_DIR:-build}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="${TEMPCARDS_BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
