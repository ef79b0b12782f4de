#!/usr/bin/env node
// The benchmark runner (scripts/bench.sh runs it after the generator and the native benchmark).
// In ONE run it prints, on the generated data (build/bench-data):
//   1. agreement: the pure-JS reference against the native CLI (quadrant, personal, org and flags
//      per course, summary and growth per learner; the audit's per-course quadrant counts), and the
//      WebAssembly engine against the reference — "agree: N/N"; any disagreement fails the run
//      (exit 1);
//   2. classify 1 learner x C courses: native (Google Benchmark, spawned), WebAssembly (web/src in
//      Node) and the JS reference; ratios wasm/native and JS/wasm against the goals;
//   3. cold start in Node (fresh processes): import + compile + instantiate + load of C courses;
//   4. the JS <-> wasm boundary: a trivial export, and a classify on an empty catalog;
//   5. cold start in headless Chromium (playwright-core + /usr/bin/chromium), if available;
//   6. sizes of web/dist (raw, gzip, brotli).
// All times are medians over repeated rounds after warm-up; numbers are printed, never asserted
// (only agreement is). Ratios are between numbers of this same run.
//
//   node tests/bench/run.mjs [--data=DIR] [--bench=PATH] [--cli=PATH] [--web=DIR] [--rounds=N]
//                            [--quick] [--no-native] [--no-chromium]
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

import { auditCounts, createReferenceEngine, FLAG_NAMES, QUADRANT_NAMES } from './js-reference/index.mjs';
import { fixedCostLines, measureFixedCost } from './fixed-cost.mjs';
import { waitIdle } from './renderer-stats.mjs';
import { record } from './results.mjs';
import { serveStaticFile } from './static-files.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');

// ---- options -----------------------------------------------------------------------------------
const opts = { data: path.join(REPO_ROOT, 'build', 'bench-data') };
for (const a of process.argv.slice(2)) {
  const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
  if (!m) throw new Error(`run.mjs: unknown argument ${a}`);
  opts[m[1]] = m[2] ?? true;
}
opts.data = path.resolve(opts.data); // the page server compares absolute paths
const quick = Boolean(opts.quick);
const ROUNDS = Number(opts.rounds) || (quick ? 5 : 15);
const BENCH_BIN = path.resolve(opts.bench ?? path.join(REPO_ROOT, 'build', 'native', 'tests', 'bench', 'sweetspot_bench'));
const CLI_BIN = path.resolve(opts.cli ?? path.join(REPO_ROOT, 'build', 'native', 'sweetspot'));
// --web=DIR measures another build of the package (a copy of web/ with its own dist/).
const WEB_DIR = path.resolve(opts.web ?? path.join(REPO_ROOT, 'web'));
const WEB_NODE_ENTRY = path.join(WEB_DIR, 'src', 'node.js');
const WEB_DIST = path.join(WEB_DIR, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// ---- printing and statistics -------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const fmtTime = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
const fmtBytes = (b) => (b >= 1048576 ? `${(b / 1048576).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const section = (title) => console.log(`\n== ${title}`);
const goal = (ok) => (ok ? 'met' : 'NOT met');

// `fns` are run interleaved, round by round, so a change of machine load hits them all alike.
// Each round times `batch` calls of each function; returns per-call medians (ms) by name, of wall
// time (`median`) and of this process's CPU time (`cpu`: steadier when the machine is shared).
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// `warmupMs`: warm-up rounds go on until each function has run that long, whatever `warmup` says.
// V8 runs a wasm function at its baseline tier until its tier-up budget is spent and TurboFan's
// code is ready; for classify on 10,000 courses that took ~640 calls here, so a fixed few rounds
// measured the baseline tier of some calls and the optimized tier of others.
function interleaved(fns, { warmup = 3, warmupMs = 0, rounds = ROUNDS, batch = 16 } = {}) {
  const wall = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const spent = Object.fromEntries(Object.keys(fns).map((k) => [k, 0]));
  const warm = () => Object.values(spent).every((ms) => ms >= warmupMs);
  for (let r = 0; r < warmup || !warm(); r++) {
    for (const [name, fn] of Object.entries(fns)) {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) fn(i);
      spent[name] += performance.now() - t0;
    }
  }
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      const c0 = cpuNow();
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) fn(i);
      const dt = (performance.now() - t0) / batch;
      const dc = (cpuNow() - c0) / batch;
      wall[name].push(dt);
      cpu[name].push(dc);
    }
  }
  return Object.fromEntries(Object.keys(fns).map((k) => [k, { median: median(wall[k]), min: Math.min(...wall[k]), cpu: median(cpu[k]) }]));
}

// ---- data --------------------------------------------------------------------------------------
const metaPath = path.join(opts.data, 'meta.json');
if (!fs.existsSync(metaPath)) {
  console.error(`run.mjs: no ${metaPath}: run \`node tests/bench/generate.mjs\` first (scripts/bench.sh does)`);
  process.exit(2);
}
const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8'));
const C = meta.counts.courses;
const loadFile = path.join(opts.data, `load-${C}.json`);
const loadText = fs.readFileSync(loadFile, 'utf8');
const samplesDoc = JSON.parse(fs.readFileSync(path.join(opts.data, 'sample-learners.json'), 'utf8'));
const samples = samplesDoc.learners;
const asOf = samplesDoc.asOf;
console.log(`sweetspot bench: ${C} courses (${meta.counts.courseSkills} course-skills), ${meta.counts.skills} skills, ` +
  `${samples.length} sample learners rotated per call, asOf ${asOf}; node ${process.version}`);

const reference = createReferenceEngine();
reference.load(loadText);

// The WebAssembly package, when built.
let wasm = null;
let wasmSkip = '';
if (!fs.existsSync(path.join(WEB_DIST, 'sweetspot-core.wasm'))) wasmSkip = 'web/dist/sweetspot-core.wasm not built (scripts/build.sh builds it)';
else if (!fs.existsSync(WEB_NODE_ENTRY)) wasmSkip = 'web/src/node.js missing';
else {
  try {
    const mod = await import(pathToFileURL(WEB_NODE_ENTRY).href);
    wasm = { mod, engine: await mod.createEngine() };
    wasm.engine.load(loadText);
  } catch (e) {
    wasmSkip = `could not load the WebAssembly engine: ${e.message}`;
    wasm = null;
  }
}

let failed = false;

// ---- 1. agreement ------------------------------------------------------------------------------
section('agreement (quadrant, personal, org, flags per course; summary and growth per learner)');
{
  const refIds = reference.courseIds();
  const flagNames = (bits) => FLAG_NAMES.filter(([b]) => bits & b).map(([, n]) => n).join(',');
  // Native CLI: one combined document per sample learner, through stdin.
  if (!fs.existsSync(CLI_BIN)) {
    console.log(`native CLI: skipped (${path.relative(REPO_ROOT, CLI_BIN)} not built)`);
  } else {
    let pairs = 0, agree = 0, extras = 0, extrasAgree = 0;
    const shown = [];
    const head = loadText.trimEnd().replace(/}$/, '');
    for (const learner of samples) {
      const input = `${head},"learner":${JSON.stringify(learner)},"asOf":${JSON.stringify(asOf)}}`;
      const run = spawnSync(CLI_BIN, ['classify', '-'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
      if (run.status !== 0) {
        console.log(`native CLI failed for ${learner.id}: ${run.stderr.trim()}`);
        failed = true;
        continue;
      }
      const out = JSON.parse(run.stdout);
      const r = reference.classify(learner, { asOf });
      out.courses.forEach((c, i) => {
        pairs++;
        const same = c.course === refIds[i] && c.quadrant === QUADRANT_NAMES[r.quadrants[i]] &&
          Math.round(c.personal * 10000) === r.personal[i] && Math.round(c.org * 10000) === r.org[i] &&
          c.flags.join(',') === flagNames(r.flags[i]);
        if (same) agree++;
        else if (shown.length < 5) shown.push(`${learner.id} ${c.course}: native ${c.quadrant} ${c.personal}/${c.org} [${c.flags}] vs JS ` +
          `${QUADRANT_NAMES[r.quadrants[i]]} ${r.personal[i] / 1e4}/${r.org[i] / 1e4} [${flagNames(r.flags[i])}]`);
      });
      if (out.courses.length !== refIds.length) pairs += Math.abs(out.courses.length - refIds.length);
      const mine = JSON.parse(r.json);
      extras += 2;
      extrasAgree += (JSON.stringify(out.summary) === JSON.stringify(mine.summary)) + (JSON.stringify(out.growth) === JSON.stringify(mine.growth));
    }
    const ok = pairs > 0 && agree === pairs && extras === extrasAgree;
    failed ||= !ok;
    console.log(`JS reference vs native CLI: agree: ${agree}/${pairs} course-learner pairs, ${extrasAgree}/${extras} summaries+growth ` +
      `(${samples.length} learners x ${C} courses)${ok ? '' : '  <-- DISAGREEMENT'}`);
    for (const s of shown) console.log(`  ${s}`);
  }
  // The audit: per course, how many of the learners it falls in each quadrant for.
  if (fs.existsSync(CLI_BIN)) {
    const A = meta.counts.auditCourses;
    const auditLoad = fs.readFileSync(path.join(opts.data, `load-${A}.json`), 'utf8');
    const learnersDoc = JSON.parse(fs.readFileSync(path.join(opts.data, `learners-${meta.counts.learners}.json`), 'utf8'));
    const input = `${auditLoad.trimEnd().replace(/}$/, '')},"learners":${JSON.stringify(learnersDoc.learners)},"asOf":${JSON.stringify(learnersDoc.asOf)}}`;
    const run = spawnSync(CLI_BIN, ['audit', '-'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
    if (run.status !== 0) {
      console.log(`native CLI audit failed: ${run.stderr.trim()}`);
      failed = true;
    } else {
      const out = JSON.parse(run.stdout);
      const ref = createReferenceEngine();
      ref.load(auditLoad);
      const counts = auditCounts(ref, learnersDoc.learners);
      const ids = ref.courseIds();
      let cells = 0, agree = 0;
      out.courses.forEach((c, i) => {
        QUADRANT_NAMES.forEach((q, k) => {
          cells++;
          agree += c.course === ids[i] && c[q] === counts[i * 4 + k];
        });
      });
      const ok = cells === ids.length * 4 && agree === cells;
      failed ||= !ok;
      console.log(`JS reference vs native CLI audit: agree: ${agree}/${cells} course x quadrant counts ` +
        `(${learnersDoc.learners.length} learners x ${A} courses)${ok ? '' : '  <-- DISAGREEMENT'}`);
    }
  }
  if (!wasm) console.log(`WebAssembly: skipped (${wasmSkip})`);
  else {
    const ids = wasm.engine.courseIds;
    let pairs = 0, agree = 0, extras = 0, extrasAgree = 0;
    for (const learner of samples) {
      const w = wasm.engine.classify(learner, { asOf });
      const r = reference.classify(learner, { asOf });
      for (let i = 0; i < r.quadrants.length; i++) {
        pairs++;
        agree += ids[i] === reference.courseIds()[i] && w.quadrants[i] === r.quadrants[i] && w.personalUnits[i] === r.personal[i] &&
          w.orgUnits[i] === r.org[i] && w.flags[i] === r.flags[i];
      }
      const mine = JSON.parse(r.json);
      extras += 2;
      extrasAgree += (JSON.stringify(w.summary) === JSON.stringify(mine.summary)) + (JSON.stringify(w.growth) === JSON.stringify(mine.growth));
    }
    const ok = agree === pairs && extras === extrasAgree;
    failed ||= !ok;
    console.log(`WebAssembly vs JS reference: agree: ${agree}/${pairs} course-learner pairs, ${extrasAgree}/${extras} summaries+growth` +
      `${ok ? '' : '  <-- DISAGREEMENT'}`);
  }
}

// ---- 2. classify -------------------------------------------------------------------------------
section(`classify 1 learner x ${C} courses (median of ${ROUNDS} rounds x ${samples.length} learners, after ${quick ? 1 : 3} s of warm-up each)`);
let native = null;
if (opts['no-native']) console.log('native: skipped (--no-native)');
else if (!fs.existsSync(BENCH_BIN)) console.log(`native: skipped (${path.relative(REPO_ROOT, BENCH_BIN)} not built)`);
else {
  const run = spawnSync(BENCH_BIN, [`--data=${opts.data}`, '--benchmark_filter=^(load|classify_compact|classify_json)/',
    `--benchmark_repetitions=${quick ? 3 : 9}`, '--benchmark_report_aggregates_only=true', '--benchmark_format=json',
    `--benchmark_min_time=${quick ? 0.05 : 0.2}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) console.log(`native: the benchmark failed: ${run.stderr.trim()}`);
  else {
    const toMs = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };
    native = {};
    for (const b of JSON.parse(run.stdout).benchmarks)
      if (b.aggregate_name === 'median') native[b.run_name] = { ms: b.real_time * toMs[b.time_unit], cpuMs: b.cpu_time * toMs[b.time_unit] };
  }
}
const nativeOf = (name) => native?.[name];
const nativeCompact = nativeOf(`classify_compact/${C}`);
const nativeJson = nativeOf(`classify_json/${C}`);
const nativeLoad = nativeOf(`load/${C}`)?.ms;
const nativeEmpty = nativeOf('classify_compact/empty')?.ms;

// Three ways to call each: a new result per call (its arrays a new ArrayBuffer); `into`, the
// previous result refilled (what a loop over a team does: no allocation per call); and `into` with
// the learner as the JSON text a page holds (localStorage, an LMS response), which is what native
// reads too: wasm then skips JSON.stringify, the JS reference pays JSON.parse.
const refilled = { js: null, wasm: null, jsText: null, wasmText: null };
const sampleTexts = samples.map((learner) => JSON.stringify(learner));
const fns = {
  js: (i) => reference.classify(samples[i % samples.length], { asOf }),
  jsInto: (i) => (refilled.js = reference.classify(samples[i % samples.length], { asOf, into: refilled.js })),
  jsText: (i) => (refilled.jsText = reference.classify(JSON.parse(sampleTexts[i % samples.length]), { asOf, into: refilled.jsText })),
};
if (wasm) {
  fns.wasm = (i) => wasm.engine.classify(samples[i % samples.length], { asOf });
  fns.wasmInto = (i) => (refilled.wasm = wasm.engine.classify(samples[i % samples.length], { asOf, into: refilled.wasm }));
  fns.wasmText = (i) => (refilled.wasmText = wasm.engine.classify(sampleTexts[i % samples.length], { asOf, into: refilled.wasmText }));
}
const CLASSIFY_WARMUP_MS = quick ? 1000 : 3000;
const t = interleaved(fns, { warmupMs: CLASSIFY_WARMUP_MS });
const tJson = wasm ? interleaved({ wasmJson: (i) => wasm.engine.classifyJSON(samples[i % samples.length], { asOf }) }, { warmup: 1, warmupMs: CLASSIFY_WARMUP_MS, rounds: quick ? 3 : 7, batch: 4 }) : null;
const cell = (ms, w = 10) => lpad(ms === undefined ? '—' : fmtTime(ms), w);
const row = (name, m, note = '') => console.log(`${pad(name, 38)}${cell(m?.ms)}${cell(m?.cpu)}${lpad(m?.ms === undefined ? '' : (m.ms * 1e6 / C).toFixed(1), 9)}  ${note}`);
console.log(`${pad('', 38)}${lpad('wall', 10)}${lpad('cpu', 10)}${lpad('ns/pair', 9)}   (medians per call)`);
const asRow = (x) => x && { ms: x.median ?? x.ms, cpu: x.cpu ?? x.cpuMs };
row('native  Engine::classify_compact', asRow(nativeCompact), native ? '' : '(skipped)');
row('wasm    engine.classify', asRow(t.wasm), wasm ? '(arrays copied out, summary+growth parsed)' : `(skipped: ${wasmSkip})`);
row('JS reference classify', asRow(t.js), '(same model in typed arrays, not shipped; arrays copied out like wasm)');
row('wasm    engine.classify {into}', asRow(t.wasmInto), wasm ? '(the same, arrays copied into the previous result\'s)' : '(skipped)');
row('JS reference classify {into}', asRow(t.jsInto), '(the same, arrays copied into the previous result\'s)');
row('wasm    engine.classify(text) {into}', asRow(t.wasmText), wasm ? '(the same, the learner as JSON text, as native reads it)' : '(skipped)');
row('JS reference classify(parse(text)) {into}', asRow(t.jsText), '(the same, JSON.parse of the text first)');
row('native  Engine::classify (full JSON)', asRow(nativeJson));
row('wasm    engine.classifyJSON', asRow(tJson?.wasmJson));
const ratio = (a, b) => (a && b ? a / b : undefined);
const f2 = (x) => x?.toFixed(2) ?? '—';
record('classify', { native: asRow(nativeCompact), wasm: asRow(t.wasm), js: asRow(t.js), wasmInto: asRow(t.wasmInto), jsInto: asRow(t.jsInto),
  wasmText: asRow(t.wasmText), jsText: asRow(t.jsText) });
record('classifyJson', { native: asRow(nativeJson), wasm: asRow(tJson?.wasmJson) });
for (const [label, key] of [['wall', 'ms'], ['cpu', 'cpu']]) {
  for (const [how, wasmKey, jsKey] of [['new result', 'wasm', 'js'], ['{into}', 'wasmInto', 'jsInto'], ['{into}, text', 'wasmText', 'jsText']]) {
    const w = asRow(t[wasmKey])?.[key], n = asRow(nativeCompact)?.[key], j = asRow(t[jsKey])[key];
    const wn = ratio(w, n), jw = ratio(j, w), jn = ratio(j, n);
    console.log(`ratios (${label}, ${how}): wasm/native = ${f2(wn)} (goal <= 1.5: ${wn === undefined ? 'n/a' : goal(wn <= 1.5)});  ` +
      `JS/wasm = ${f2(jw)} (goal >= 2: ${jw === undefined ? 'n/a' : goal(jw >= 2)});  JS/native = ${f2(jn)}`);
  }
  const fj = ratio(asRow(tJson?.wasmJson)?.[key], asRow(nativeJson)?.[key]);
  console.log(`ratio (${label}): full JSON wasm/native = ${f2(fj)} (goal <= 2: ${fj === undefined ? 'n/a' : goal(fj <= 2)})`);
}

// ---- 3. cold start in Node ---------------------------------------------------------------------
section(`cold start in Node: fresh process, import + compile + instantiate + load of ${C} courses (median of ${quick ? 3 : 7})`);
function coldStarts(engine, n, file = loadFile) {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, [path.join(HERE, 'cold-start.mjs'), `--engine=${engine}`, `--load=${file}`, `--web=${WEB_DIR}`], { encoding: 'utf8' });
    if (r.status !== 0) return { error: r.stderr.trim().split('\n').pop() };
    runs.push(JSON.parse(r.stdout));
  }
  const m = (k) => median(runs.map((x) => x[k]));
  return { import: m('import'), create: m('create'), load: m('load'), total: m('total') };
}
{
  const n = quick ? 3 : 7;
  const show = (name, c, note = '') => console.log(c.error ? `${pad(name, 16)}failed: ${c.error}` :
    `${pad(name, 16)}total ${lpad(fmtTime(c.total), 9)}  = import ${fmtTime(c.import)} + compile/instantiate ${fmtTime(c.create)} + load ${fmtTime(c.load)}  ${note}`);
  if (wasm) show('wasm', coldStarts('wasm', n), '(goal in Chromium: <= 20 ms)');
  else console.log(`wasm: skipped (${wasmSkip})`);
  // What a learner's page runs: the learner module and a snapshot of the same catalog.
  if (wasm && fs.existsSync(path.join(WEB_DIR, 'src', 'learner-node.js'))) {
    const sscat = path.join(opts.data, `load-${C}.boundary.sscat`);
    fs.writeFileSync(sscat, wasm.engine.compileCatalog(loadText));
    show('wasm learner', coldStarts('learner', n, sscat), '(sweetspot-learner.wasm + loadSnapshot; tests/bench/page-start.mjs: in Chromium)');
    fs.rmSync(sscat, { force: true });
  }
  show('JS reference', coldStarts('js', n), '(no validation, no warnings: a lower bound for JS)');
  if (nativeLoad) console.log(`${pad('native', 16)}load  ${lpad(fmtTime(nativeLoad), 9)}  (Engine::load, median; nothing to compile)`);
  if (wasm) {
    const warm = interleaved({ load: () => wasm.engine.load(loadText) }, { warmup: 1, rounds: quick ? 3 : 5, batch: 1 });
    console.log(`${pad('wasm (warm)', 16)}load  ${lpad(fmtTime(warm.load.median), 9)}  (engine.load again in a warmed-up process)` +
      (nativeLoad ? `;  wasm/native load = ${(warm.load.median / nativeLoad).toFixed(2)}` : ''));
  }
}

// ---- 4. the JS <-> wasm boundary ---------------------------------------------------------------
section('crossing the JS <-> wasm boundary');
if (!wasm) console.log(`skipped (${wasmSkip})`);
else {
  const abi = wasm.engine._module?.abi;
  if (typeof abi?.abiVersion === 'function') {
    const n = 1_000_000;
    const r = interleaved({ abi: () => { for (let i = 0; i < n; i++) abi.abiVersion(); } }, { warmup: 1, rounds: 5, batch: 1 });
    console.log(`${pad('trivial export (ss_abi_version)', 40)}${lpad((r.abi.median * 1e6 / n).toFixed(1), 8)} ns per call (wall), ` +
      `${(r.abi.cpu * 1e6 / n).toFixed(1)} ns (cpu)`);
  } else console.log('trivial export: not reachable (engine._module.abi.abiVersion)');
  console.log(`engine.classify on an empty catalog (tests/bench/fixed-cost.mjs; median of ${quick ? 5 : 15} rounds x 2000 calls)` +
    (nativeEmpty ? `;  native Engine::classify_compact, same input: ${(nativeEmpty * 1000).toFixed(2)} µs (wall)` : ''));
  const fixed = await measureFixedCost({ web: WEB_DIR, rounds: quick ? 5 : 15, warmupMs: quick ? 500 : 1500 });
  for (const line of fixedCostLines(fixed)) console.log(line);
  // The learner module's is the one a page pays; the full module's is kept for comparison.
  const [full, learner] = [fixed.find((r) => r.label === 'full module'), fixed.find((r) => r.label === 'learner module')];
  const toMs = (us) => (us === undefined ? undefined : us / 1000); // results.mjs keeps milliseconds
  record('emptyCatalog', {
    wasm: toMs(full?.wall), wasmCpu: toMs(full?.cpu), learner: toMs(learner?.wall), learnerCpu: toMs(learner?.cpu),
    learnerInto: toMs(learner?.intoWall), learnerIntoCpu: toMs(learner?.intoCpu),
    native: nativeEmpty, nativeCpu: nativeOf('classify_compact/empty')?.cpuMs,
  });
}

// ---- 5. cold start in headless Chromium --------------------------------------------------------
section(`cold start in headless Chromium: fresh browser context, import + compile + instantiate + load of ${C} courses`);
const chromiumSkip = opts['no-chromium'] ? '--no-chromium'
  : !wasm ? wasmSkip
  : !fs.existsSync(CHROMIUM) ? `${CHROMIUM} not found`
  : null;
let playwright = null;
if (!chromiumSkip) {
  try {
    playwright = createRequire(path.join(REPO_ROOT, 'package.json'))('playwright-core');
  } catch {
    playwright = null;
  }
}
if (chromiumSkip) console.log(`skipped (${chromiumSkip})`);
else if (!playwright) console.log('skipped (playwright-core is not installed: it is a devDependency of the workspace; run npm run setup)');
else {
  try {
    await chromiumColdStart(playwright, quick ? 3 : 7);
  } catch (e) {
    console.log(`failed: ${e.message.split('\n')[0]}`);
  }
}

async function chromiumColdStart(pw, n) {
  const page = `<!doctype html><meta charset="utf-8"><title>sweetspot cold start</title>
<script type="module">
const result = {};
try {
  const get = async (url) => {
    const r = await fetch(url);
    if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + url);
    return r.text();
  };
  const text = await get('/data/load-${C}.json');   // the host has the catalog already
  const samples = JSON.parse(await get('/data/sample-learners.json'));
  const t0 = performance.now();
  const { createEngine } = await import('/web/src/index.js');
  const t1 = performance.now();
  const engine = await createEngine();
  const t2 = performance.now();
  engine.load(text);
  const t3 = performance.now();
  Object.assign(result, { import: t1 - t0, create: t2 - t1, load: t3 - t2, total: t3 - t0 });
  // Then steady-state classify in the page, wasm and the JS reference interleaved.
  const { createReferenceEngine } = await import('/bench/js-reference/index.mjs');
  const ref = createReferenceEngine();
  ref.load(text);
  // Each way to call: a new result per call, and {into} (the previous result refilled).
  const ways = {
    wasm: (l) => engine.classify(l, { asOf }),
    js: (l) => ref.classify(l, { asOf }),
    wasmInto: (l) => (ways.lastWasm = engine.classify(l, { asOf, into: ways.lastWasm })),
    jsInto: (l) => (ways.lastJs = ref.classify(l, { asOf, into: ways.lastJs })),
  };
  const names = ['wasm', 'js', 'wasmInto', 'jsInto'];
  const times = Object.fromEntries(names.map((k) => [k, []]));
  const warm = Object.fromEntries(names.map((k) => [k, 0]));
  const L = samples.learners, asOf = samples.asOf;
  // Warm-up until each has run 2 s (wasm starts at the baseline tier: see interleaved()), then 20 rounds.
  for (let measured = 0; measured < 20; ) {
    const cold = names.some((k) => warm[k] < 2000);
    for (const k of names) {
      const s = performance.now();
      for (let i = 0; i < L.length; i++) ways[k](L[i]);
      const dt = performance.now() - s;
      if (cold) warm[k] += dt;
      else times[k].push(dt / L.length);
    }
    if (!cold) measured++;
  }
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  for (const k of names) result['classify_' + k] = med(times[k]);
} catch (e) {
  result.error = String(e && e.stack || e);
}
window.__bench = result;
</script>`;
  const roots = { '/web/': WEB_DIR, '/data/': opts.data, '/bench/': HERE };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(page);
    }
    if (serveStaticFile(res, url.pathname, roots)) return;
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The server stops by itself even if something below hangs.
  const stopper = setTimeout(() => { server.closeAllConnections?.(); server.close(); }, 180_000);
  stopper.unref();
  const browser = await pw.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  try {
    const runs = [];
    for (let i = 0, failures = 0; runs.length < n; i++) {
      const context = await browser.newContext(); // its own cache: nothing compiled or fetched before
      const tab = await context.newPage();
      await waitIdle(); // the new tab's browser UI first (renderer-stats.mjs)
      await tab.goto(`http://127.0.0.1:${server.address().port}/`);
      await tab.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
      const r = await tab.evaluate(() => window.__bench);
      await context.close();
      // One retry per run: web/dist may be in the middle of a rebuild.
      if (r.error && ++failures > n) throw new Error(r.error);
      if (r.error) console.log(`  (run ${i + 1} failed, retrying: ${r.error.split('\n')[0]})`);
      else runs.push(r);
    }
    const m = (k) => median(runs.map((x) => x[k]));
    const total = m('total');
    record('coldStart.chromium.json', { import: m('import'), create: m('create'), load: m('load'), total });
    console.log(`chromium ${browser.version()}: total ${fmtTime(total)} = import ${fmtTime(m('import'))} + compile/instantiate ${fmtTime(m('create'))} + ` +
      `load ${fmtTime(m('load'))}  (goal <= 20 ms: ${goal(total <= 20)})`);
    for (const [how, w, j] of [['new result', 'wasm', 'js'], ['{into}', 'wasmInto', 'jsInto']]) {
      const cw = m(`classify_${w}`), cj = m(`classify_${j}`);
      console.log(`in the page, classify 1 x ${C}, ${how}: wasm ${fmtTime(cw)}, JS reference ${fmtTime(cj)}, JS/wasm = ${(cj / cw).toFixed(2)}`);
    }
  } finally {
    await browser.close();
    clearTimeout(stopper);
    server.closeAllConnections?.();
    server.close();
  }
}

// ---- 6. sizes ----------------------------------------------------------------------------------
section('sizes of web/dist (what a page downloads besides web/src)');
if (!fs.existsSync(WEB_DIST)) console.log('skipped (web/dist not built)');
else {
  const sizes = {};
  for (const f of fs.readdirSync(WEB_DIST).sort()) {
    const bytes = fs.readFileSync(path.join(WEB_DIST, f));
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    const br = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`${pad(f, 28)}${lpad(fmtBytes(bytes.length), 11)}   gzip ${lpad(fmtBytes(gz), 9)}   brotli ${lpad(fmtBytes(br), 9)}`);
    sizes[f] = { raw: bytes.length, gzip: gz, brotli: br };
  }
  record('sizes', sizes);
}

wasm?.engine.dispose();
if (failed) {
  console.log('\nbench: the implementations DISAGREE (see "agreement" above)');
  process.exit(1);
}
