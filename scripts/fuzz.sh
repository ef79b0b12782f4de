#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan, and runs each for SECONDS (default 30)
# from a seed corpus made of the tests' own inputs. Any crash is left in build/fuzz/crashes/ and
# fails the run.   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWEETSPOT_FUZZ=ON \
  -DSWEETSPOT_SANITIZE=ON -DSWEETSPOT_TESTS=OFF >/dev/null
cmake --build build/fuzz -j"${JOBS:-2}" --target fuzz_documents fuzz_suggest

# Seeds: every JSON input the tests already use, each under all six entry-point prefixes.
seeds=build/fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds/documents" "$seeds/suggest" build/fuzz/crashes
n=0
while IFS= read -r -d '' f; do
  for op in 0 1 2 3 4; do
    { printf "\\x$(printf %02x "$op")"; head -c 65536 "$f"; } >"$seeds/documents/$n-$op"
  done
  n=$((n + 1))
done < <(find tests/golden/inputs tests/data/jsontestsuite examples/intranet/data -name '*.json' -size -200k -print0 2>/dev/null)
printf 'Introduction to <b>Machine Learning</b> with Python 3 &amp; SQL' >"$seeds/suggest/title"
printf '<p>Relational databases, C++ and C#; node.js; lead a team</p>' >"$seeds/suggest/summary"

status=0
for target in fuzz_documents fuzz_suggest; do
  corpus=build/fuzz/corpus-$target
  mkdir -p "$corpus"
  seed_dir=$seeds/${target#fuzz_}
  echo "== $target for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
    "build/fuzz/tests/fuzz/$target" "$corpus" "$seed_dir" -max_total_time="$seconds" -max_len=300000 \
    -rss_limit_mb=2048 -timeout=10 -artifact_prefix=build/fuzz/crashes/ -print_final_stats=1 2>build/fuzz/$target.log \
    || status=1
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|cov:|ERROR" build/fuzz/$target.log | tail -4
done
exit $status
