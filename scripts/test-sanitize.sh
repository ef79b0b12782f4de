#!/usr/bin/env bash
# The native suite once more under AddressSanitizer + UndefinedBehaviorSanitizer (Debug, -O1).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Debug -DSWEETSPOT_SANITIZE=ON -DCMAKE_CXX_FLAGS="-O1" >/dev/null
cmake --build build/sanitize -j"${JOBS:-2}"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/sanitize --output-on-failure -j2
