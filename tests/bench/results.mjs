// What one bench run measured, for the table of tests/bench/summary.mjs: each runner records its
// numbers here as it prints them. scripts/bench.sh points SWEETSPOT_BENCH_RESULTS at a fresh file
// (one JSON object per line); without it, record() does nothing, so the runners also work alone.
import fs from 'node:fs';

/** Records `value` (a number, or an object of numbers) under `key`; the last record of a key wins. */
export function record(key, value) {
  const file = process.env.SWEETSPOT_BENCH_RESULTS;
  if (!file || value === undefined) return;
  fs.appendFileSync(file, `${JSON.stringify({ key, value })}\n`);
}

/** Every key's last value, from a file record() wrote. */
export function readResults(file) {
  const out = {};
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { key, value } = JSON.parse(line);
    out[key] = value;
  }
  return out;
}
