#!/usr/bin/env bash
# Builds the native engine, CLI and tests (build/native) and the WebAssembly module (build/wasm,
# copied into web/dist). Incremental: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-2}

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DSWEETSPOT_BENCH=ON >/dev/null
cmake --build build/native -j"$jobs"

if [[ -f wasm/CMakeLists.txt ]]; then
  # Debian's emcc needs acorn from /usr/share/nodejs; its emcmake passes a Node flag Node 20
  # rejects, so the emulator is set explicitly.
  export NODE_PATH=/usr/share/nodejs
  if [[ ! -f build/wasm/CMakeCache.txt ]]; then
    emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
  fi
  # The values shared across the boundary come from wasm/abi.json (web/src/abi.js,
  # wasm/abi_generated.h, web/index.d.ts's generated block).
  node scripts/gen-abi.mjs
  cmake --build build/wasm -j"$jobs"
  # dist/sweetspot-learner.js: the learner engine and UI in one module (needs the workspace's npm
  # dependencies; without them the per-file modules still work).
  node scripts/bundle.mjs || echo "build: dist/sweetspot-learner.js not written" >&2
  # The demo portal's catalog as a snapshot at a content-hashed URL (examples/intranet/compiled/).
  node examples/intranet/build-snapshot.mjs
fi
