#!/usr/bin/env bash
# Installs whatever is missing on a Debian 12 machine: Debian packages (as root, or via sudo) and
# the npm dependencies, then checks the versions the build needs. Safe to run again: it only acts
# when something is missing.
#   bash scripts/bootstrap.sh           install and check
#   bash scripts/bootstrap.sh --list    print "program package" for every program the project spawns
set -euo pipefail
cd "$(dirname "$0")/.."

# Every program that a build, test, benchmark or packaging step spawns, with the Debian package that
# has it. Programs of Debian's required packages (bash, coreutils, grep, sed, gzip, tar...) are on
# every Debian, even a debootstrap minbase, and are not listed. tests/setup/bootstrap.test.mjs fails
# when a program spawned in scripts/, tests/ or .ci/ is neither here nor required.
programs=(
  "cmake cmake" "ctest cmake" "make make" "g++ g++" "clang++ clang"
  "emcc emscripten" "emcmake emscripten" "wasm-opt binaryen"
  "node nodejs" "npm npm" "python3 python3"
  "chromium chromium" "php php-cli" "zip zip" "unzip unzip" "time time" "git git"
)
# Headers and libraries the builds link (no program of their own).
libraries=(libclang-rt-14-dev libgtest-dev libbenchmark-dev nlohmann-json3-dev)

if [[ "${1:-}" == --list ]]; then
  printf '%s\n' "${programs[@]}"
  exit 0
fi

fail() {
  echo "bootstrap: $*" >&2
  exit 1
}
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}
installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# A Node.js that is not a Debian package (official binaries, nvm...) must stay: emscripten depends
# on `nodejs`, and installing it would put Debian 12's Node 18 in /usr/bin over it. A local package
# named nodejs, owning no files, tells apt that this Node is the one installed.
mark_foreign_node_installed() {
  local version dir
  version=$(node --version 2>/dev/null | sed 's/^v//') || return 0
  [[ -n "$version" ]] || return 0
  dir=$(mktemp -d)
  mkdir -p "$dir/DEBIAN"
  cat >"$dir/DEBIAN/control" <<EOF
Package: nodejs
Version: ${version}~local
Architecture: $(dpkg --print-architecture)
Multi-Arch: allowed
Provides: npm
Maintainer: Sweetspot bootstrap <root@localhost>
Description: Node.js ${version} installed outside Debian's packages ($(command -v node))
 Installed by Sweetspot's scripts/bootstrap.sh so that packages depending on nodejs keep this one.
EOF
  dpkg-deb --build "$dir" "$dir/nodejs-local.deb" >/dev/null
  echo "bootstrap: keeping Node.js $version at $(command -v node) (marked as the installed nodejs)"
  as_root dpkg -i "$dir/nodejs-local.deb" >/dev/null
  rm -rf "$dir"
}

packages=("${libraries[@]}")
for entry in "${programs[@]}"; do packages+=("${entry#* }"); done
missing=()
for p in $(printf '%s\n' "${packages[@]}" | sort -u); do
  installed "$p" || missing+=("$p")
done
if command -v node >/dev/null && command -v npm >/dev/null; then
  # A Node.js with its npm is there (Debian's, a nodejs 20 .deb, or binaries): keep it.
  installed nodejs || mark_foreign_node_installed
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if ((${#missing[@]})); then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Versions the build needs, checked after installing so that the message names the real cause.
version_at_least() { # have want: true when have >= want (dotted numbers)
  [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]
}
node_version=$(node --version 2>/dev/null | sed 's/^v//' || true)
[[ -n "$node_version" ]] || fail "node is not on PATH. Install Node.js 20.19 or newer (Debian 12's own nodejs is 18), then run again."
version_at_least "$node_version" 20.19 ||
  fail "Node.js $node_version found at $(command -v node); Sweetspot needs 20.19 or newer (Vite 8, File in Node).
  Debian 12's own nodejs package is 18: install Node.js 20 (a nodejs 20 .deb or the official binaries) and run again."
cmake_version=$(cmake --version | sed -n 's/^cmake version //p')
version_at_least "$cmake_version" 3.20 || fail "cmake $cmake_version found; the build needs 3.20 or newer (Debian 12 has 3.25)."
emcc_version=$(NODE_PATH=/usr/share/nodejs emcc --version 2>/dev/null | sed -n '1s/.* \([0-9][0-9.]*\).*/\1/p' || true)
[[ -n "$emcc_version" ]] || fail "emcc does not run (NODE_PATH=/usr/share/nodejs emcc --version failed): apt-get install --reinstall emscripten node-acorn"
version_at_least "$emcc_version" 3.1.6 || fail "emcc $emcc_version found; the WebAssembly build needs Emscripten 3.1.6 or newer (Debian 12's emscripten)."
chromium --version >/dev/null 2>&1 || fail "chromium does not start (chromium --version failed): apt-get install --reinstall chromium"

# npm dependencies, when package-lock.json changed since the last install.
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "bootstrap: installing npm dependencies"
  if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
fi
