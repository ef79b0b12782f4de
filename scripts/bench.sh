#!/usr/bin/env bash
# Benchmarks (npm run bench): numbers are PRINTED, never asserted — except that the implementations
# must agree. Needs scripts/build.sh first (native build with -DSWEETSPOT_BENCH=ON; web/dist for the
# WebAssembly part, which is skipped with a message when missing).
#   1. tests/bench/generate.mjs   deterministic synthetic data -> build/bench-data/
#   2. sweetspot_bench            Google Benchmark: load, classify, audit, internal breakdown; then
#                                 peak memory of one classify and one audit scenario
#   3. tests/bench/run.mjs        agreement (JS reference / native CLI / wasm), classify native vs
#                                 wasm vs JS, cold start in Node and headless Chromium, boundary
#                                 cost, web/dist sizes
#   4. tests/bench/snapshot.mjs   catalog snapshots vs JSON: sizes, cold start in Node, warm loads, CLI
#   5. tests/bench/pages.mjs      the real-page budget: navigation to the last card tagged (demo and a
#                                 My courses page of 12 and 200 courses) in headless Chromium
#   6. tests/bench/page-start.mjs what a learner's page pays: module sizes, Chromium cold start from a
#                                 snapshot per entry (full, learner, one-file bundle), empty-catalog call
#   7. tests/bench/summary.mjs    issue 14's table, every row with its goal, from this run's numbers
#   8. scripts/measure-suggestions.mjs  skill suggestions on the labelled set: precision, recall and
#                                 courses served per threshold (the default one is 0.65)
# Usage: bash scripts/bench.sh [--quick] [run.mjs options]
#   SWEETSPOT_BENCH_DATA: the data dir (default build/bench-data);
#   SWEETSPOT_BUILD_DIR: the native build to measure (default build/native).
set -euo pipefail
cd "$(dirname "$0")/.."

data=${SWEETSPOT_BENCH_DATA:-build/bench-data}
build=${SWEETSPOT_BUILD_DIR:-build/native}
bench=$build/tests/bench/sweetspot_bench
quick=0
for arg in "$@"; do [[ "$arg" == --quick ]] && quick=1; done

echo "== generating benchmark data"
node tests/bench/generate.mjs --out="$data"
# Each runner records what it measured here (tests/bench/results.mjs); summary.mjs prints the table.
export SWEETSPOT_BENCH_RESULTS="$data/results.jsonl"
: > "$SWEETSPOT_BENCH_RESULTS"

if [[ ! -x "$bench" ]]; then
  echo "bench: $bench is not built: run scripts/build.sh (it configures $build with -DSWEETSPOT_BENCH=ON)" >&2
  exit 2
fi

echo
echo "== native engine (Google Benchmark; ns_per_pair = wall time / course-learner pairs)"
if ((quick)); then min_time=0.05; else min_time=0.5; fi
"$bench" --data="$data" --benchmark_min_time="$min_time" --benchmark_counters_tabular=false
echo
"$bench" --data="$data" --memory=classify
"$bench" --data="$data" --memory=audit

echo
node tests/bench/run.mjs --data="$data" --bench="$bench" --cli="$build/sweetspot" "$@"

echo
quick_flag=(); ((quick)) && quick_flag=(--quick)
node tests/bench/snapshot.mjs --data="$data" --cli="$build/sweetspot" "${quick_flag[@]}"

if [[ -f tests/bench/pages.mjs ]]; then
  echo
  node tests/bench/pages.mjs "${quick_flag[@]}"
fi

echo
page_runs=7; ((quick)) && page_runs=3
node tests/bench/page-start.mjs --data="$data" --runs="$page_runs"

node tests/bench/summary.mjs "$SWEETSPOT_BENCH_RESULTS"

echo
echo "== skill suggestions on the labelled set (tests/data/suggest-eval)"
SWEETSPOT_CLI="$build/sweetspot" node scripts/measure-suggestions.mjs
