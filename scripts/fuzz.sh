#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan, and runs each for SECONDS (default 30)
# from a seed corpus made of the tests' own inputs. Any crash is left in build/fuzz/crashes/ and
# fails the run.   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWEETSPOT_FUZZ=ON \
  -DSWEETSPOT_SANITIZE=ON -DSWEETSPOT_TESTS=OFF >/dev/null
cmake --build build/fuzz -j"${JOBS:-2}" --target fuzz_documents fuzz_suggest fuzz_snapshot fuzz_direct_reader sweetspot

# Seeds: every JSON input the tests already use, each under all six entry-point prefixes.
seeds=build/fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds/documents" "$seeds/suggest" "$seeds/snapshot" build/fuzz/crashes
n=0
while IFS= read -r -d '' f; do
  for op in 0 1 2 3 4; do
    { printf "\\x$(printf %02x "$op")"; head -c 65536 "$f"; } >"$seeds/documents/$n-$op"
  done
  n=$((n + 1))
done < <(find tests/golden/inputs tests/data/jsontestsuite examples/intranet/data -name '*.json' -size -200k -print0 2>/dev/null)
# The differential reader target reads the same documents (its first byte picks one of five shapes).
cp -r "$seeds/documents" "$seeds/direct_reader"
printf 'Introduction to <b>Machine Learning</b> with Python 3 &amp; SQL' >"$seeds/suggest/title"
printf '<p>Relational databases, C++ and C#; node.js; lead a team</p>' >"$seeds/suggest/summary"
# Snapshots (sweetspot compile) of a few golden catalogs, each as is (mode byte 0) and with the hash
# recomputed by the target (mode byte 1, so mutations reach the structure checks).
for f in classify-quadrants classify-taxonomy-hops classify-growth classify-no-taxonomy classify-warnings-unknown-references audit-team; do
  node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const k of ["learner", "learners", "asOf"]) delete d[k];
    process.stdout.write(JSON.stringify(d));' "tests/golden/inputs/$f.json" >"$seeds/snapshot/$f.json"
  build/fuzz/sweetspot compile "$seeds/snapshot/$f.json" -o "$seeds/snapshot/$f.sscat" >/dev/null
  for mode in 0 1; do
    { printf "\\x0$mode"; cat "$seeds/snapshot/$f.sscat"; } >"$seeds/snapshot/$f-$mode"
  done
  rm "$seeds/snapshot/$f.json" "$seeds/snapshot/$f.sscat"
done

status=0
for target in fuzz_documents fuzz_suggest fuzz_snapshot fuzz_direct_reader; do
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
