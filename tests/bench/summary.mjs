#!/usr/bin/env node
// The table of issue 14 from one bench run: every row with its goal, from what run.mjs,
// snapshot.mjs and pages.mjs recorded (results.mjs). Printed, never asserted; a row whose
// measurement was skipped says so. Goals on times are judged on CPU time where there is one (a
// shared machine stretches wall time, not CPU time), wall time otherwise.
//   node tests/bench/summary.mjs FILE
import { readResults } from './results.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node tests/bench/summary.mjs RESULTS_FILE (scripts/bench.sh passes it)');
  process.exit(2);
}
const r = readResults(file);

// The files a learner's page downloads for the engine (wasm + its glue), as web/dist names them.
const LEARNER_MODULE = r['learnerModuleFiles'] ?? ['sweetspot-core.wasm', 'sweetspot-core.mjs'];

const us = (ms) => (ms === undefined ? '—' : `${(ms * 1000).toFixed(1)}`);
const msf = (ms) => (ms === undefined ? '—' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const kb = (b) => (b === undefined ? '—' : (b / 1024).toFixed(1));
const ratio = (a, b) => (a && b ? a / b : undefined);
const f2 = (x) => (x === undefined ? '—' : x.toFixed(2));
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met');

const c = r['classify'] ?? {};
const j = r['classifyJson'] ?? {};
const rows = [];
const row = (what, now, goal, ok) => rows.push([what, now, goal, ok === null ? '' : verdict(ok)]);

const judge = (wall, cpu, test) => (cpu ?? wall) === undefined ? undefined : test(cpu ?? wall);
// Each way to call classify: a new result per call, {into} (the previous result refilled), and
// {into} with the learner as JSON text (what native reads; older results lack it).
for (const [how, wasm, js] of [['new result per call', c.wasm, c.js], ['{into}: the previous result refilled', c.wasmInto, c.jsInto],
  ['{into}, the learner as JSON text (as native reads it)', c.wasmText, c.jsText]]) {
  row(`classify 1 learner x 10,000 courses, ${how}: native / wasm / JS reference (wall; cpu)`,
    `${us(c.native?.ms)} / ${us(wasm?.ms)} / ${us(js?.ms)} µs; ${us(c.native?.cpu)} / ${us(wasm?.cpu)} / ${us(js?.cpu)} µs`, '', null);
  const wn = ratio(wasm?.ms, c.native?.ms), wnCpu = ratio(wasm?.cpu, c.native?.cpu);
  row(`  wasm / native (wall; cpu)`, `${f2(wn)}; ${f2(wnCpu)}`, '<= 1.5', judge(wn, wnCpu, (x) => x <= 1.5));
  const jw = ratio(js?.ms, wasm?.ms), jwCpu = ratio(js?.cpu, wasm?.cpu);
  row(`  JS reference / wasm (wall; cpu)`, `${f2(jw)}; ${f2(jwCpu)}`, '>= 2', judge(jw, jwCpu, (x) => x >= 2));
}
const fj = ratio(j.wasm?.ms, j.native?.ms), fjCpu = ratio(j.wasm?.cpu, j.native?.cpu);
row('full JSON classify (classifyJSON, explanations): wasm / native (wall; cpu)',
  `${msf(j.wasm?.ms)} / ${msf(j.native?.ms)} ms = ${f2(fj)}; ${msf(j.wasm?.cpu)} / ${msf(j.native?.cpu)} ms = ${f2(fjCpu)}`, '<= 2',
  judge(fj, fjCpu, (x) => x <= 2));
const cj = r['coldStart.chromium.json'];
row('cold start in Chromium, 10k courses from JSON: import + compile + load',
  cj ? `${msf(cj.import)} + ${msf(cj.create)} + ${msf(cj.load)} ms` : '—', '', null);
// The learner bundle from a snapshot, imported as is and with the page hinting it and its .wasm
// (examples/intranet and the Moodle plugin hint what they import and the .wasm alike); each goal judged on its own.
for (const [key, how] of [['coldStart.chromium.snapshot', 'the bundle'], ['coldStart.chromium.snapshotHinted', 'the bundle, preload hints in the page']]) {
  const cs = r[key];
  if (!cs && key.endsWith('Hinted')) continue; // older results
  // Medians of each run's sum (older results: the sum of the medians).
  const compileLoad = cs && (cs.compileLoad ?? cs.create + cs.load);
  row(`the same from a snapshot, ${how}: compile + load (medians: compile; load)`,
    cs ? `${msf(compileLoad)} ms (${msf(cs.create)}; ${msf(cs.load)})` : '—', '<= 20 ms', cs ? compileLoad <= 20 : undefined);
  row(`  all in: the import of the JS, compile and load (median: import)`, cs ? `${msf(cs.total)} ms (${msf(cs.import)})` : '—', '<= 50 ms',
    cs ? cs.total <= 50 : undefined);
  if (cs?.faults !== undefined && Number.isFinite(cs.faults)) {
    row('  of which page faults: the renderer\'s during compile + load, at this machine\'s µs per first touch of a page',
      `${cs.faults} × ${cs.faultMicros.toFixed(2)} µs ≈ ${msf(cs.faults * cs.faultMicros / 1000)} ms` +
      (Number.isFinite(cs.mainFaults) ? `; main thread ${cs.mainFaults} ≈ ${msf(cs.mainFaults * cs.faultMicros / 1000)} ms` : ''), 'reported', null);
  }
  if (Number.isFinite(cs?.mainRun)) {
    row('  the renderer\'s main thread during compile + load: ran; waited for a CPU. Its other threads ran; other processes ran',
      `${msf(cs.mainRun)}; ${msf(cs.mainWait)} ms. ${msf(cs.workersRun)}; ${msf(cs.othersRun)} ms`, 'reported', null);
  }
}
const sizes = r['sizes'];
const parts = sizes && LEARNER_MODULE.map((f) => sizes[f]?.gzip);
const total = parts && parts.every((x) => x !== undefined) ? parts.reduce((a, b) => a + b, 0) : undefined;
row(`learner module a page downloads, gzip -9 (${LEARNER_MODULE.join(' + ')})`,
  parts ? `${parts.map(kb).join(' + ')} KiB` : '—', '<= 60 KB', total === undefined ? undefined : total <= 60 * 1024);
const e = r['emptyCatalog'];
// The learner module's is what a page pays (older results have only the full module's).
row('classify on an empty catalog (fixed cost of a call), learner module: new result; {into} (wall; cpu)',
  e?.learner !== undefined ? `${us(e.learner)} / ${us(e.learnerCpu)} µs; ${us(e.learnerInto)} / ${us(e.learnerIntoCpu)} µs` : '—', '<= 5 µs',
  e?.learner !== undefined ? judge(e.learner, e.learnerCpu, (x) => x * 1000 <= 5) : undefined);
row('  the same, full module: new result (native), wall; cpu',
  e ? `${us(e.wasm)} µs (${us(e.native)} µs); ${us(e.wasmCpu)} µs (${us(e.nativeCpu)} µs)` : '—', '<= 5 µs',
  e ? judge(e.wasm, e.wasmCpu, (x) => x * 1000 <= 5) : undefined);
const pages = r['pageBudget'];
if (pages)
  for (const [name, ms] of Object.entries(pages)) row(`navigation to the last card tagged: ${name}`, `${msf(ms)} ms (wall)`, 'reported', null);

console.log('\n== issue 14: the table, from this run');
const widths = [0, 1, 2, 3].map((k) => Math.max(...rows.map((x) => x[k].length), ['', 'now', 'goal', ''][k].length));
const line = (cells) => `| ${cells.map((s, k) => s.padEnd(widths[k])).join(' | ')} |`;
console.log(line(['', 'now', 'goal', '']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const x of rows) console.log(line(x));
