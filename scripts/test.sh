#!/usr/bin/env bash
# Runs every test: native GoogleTest suite (CTest), then the JavaScript and browser suites.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== set-up: every program the scripts and tests spawn is installed by scripts/bootstrap.sh"
node --test tests/setup/

echo "== native tests (GoogleTest under CTest)"
ctest --test-dir build/native --output-on-failure -j2

if compgen -G "tests/js/*.test.mjs" >/dev/null; then
  echo "== WebAssembly module and JS API (node --test)"
  node --test tests/js/
fi
if compgen -G "tests/browser/*.test.mjs" >/dev/null; then
  echo "== pages in headless Chromium"
  node --test --test-concurrency=1 tests/browser/
fi
if compgen -G "tests/lms/*.test.mjs" >/dev/null; then
  echo "== LMS integrations: adapters, Moodle plugin (php -l, package), fixtures in headless Chromium"
  node --test --test-concurrency=2 tests/lms/
fi
