#!/usr/bin/env node
// Catalog snapshots (docs/snapshot.md) against JSON: sizes, cold start in fresh Node processes,
// warm loads, and the CLI. Prints numbers; asserts only that both loads report the same thing.
//
//   node tests/bench/snapshot.mjs [--data=DIR (default build/bench-data)] [--runs=7] [--web=DIR]
//                                 [--cli=PATH (default build/native/sweetspot)] [--quick]
//
// Needs load-10000.json (node tests/bench/generate.mjs) and web/dist (scripts/build.sh).
//   sizes       the catalog as JSON and as a snapshot: raw, gzip -9, brotli 11
//   cold start  per fresh process, as tests/bench/cold-start.mjs: the input is read before the
//               clock starts; then import (the package's JS), create (read + compile + instantiate
//               sweetspot-core.wasm), load (engine.load(text) or engine.loadSnapshot(bytes), which
//               includes the course list the Engine keeps); medians of --runs processes each
//   warm        the same loads again and again in one process (the wasm code tiered up): medians of
//               wall and CPU time
//   Chromium    the cold start in headless Chromium (playwright-core, /usr/bin/chromium; skipped
//               without them), a fresh browser context per run: fetch-free timing as in run.mjs
//   CLI         `sweetspot classify` of one learner: the combined JSON vs FILE --catalog snapshot
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

import { waitIdle } from './renderer-stats.mjs';
import { record } from './results.mjs';
import { serveStaticFile } from './static-files.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const web = path.resolve(args.web ?? path.join(REPO_ROOT, 'web'));

// ---- one cold start in this (fresh) process: --child=json|snapshot --input=FILE ---------------------
if (args.child) {
  const input = fs.readFileSync(args.input, args.child === 'json' ? 'utf8' : undefined);
  const t0 = performance.now();
  const { createEngine } = await import(pathToFileURL(path.join(web, 'src', 'node.js')).href);
  const t1 = performance.now();
  const engine = await createEngine();
  const t2 = performance.now();
  const loaded = args.child === 'json' ? engine.load(input) : engine.loadSnapshot(input);
  const t3 = performance.now();
  process.stdout.write(`${JSON.stringify({ courses: loaded.courses, import: t1 - t0, create: t2 - t1, load: t3 - t2, total: t3 - t0 })}\n`);
  engine.dispose();
  process.exit(0);
}

const data = path.resolve(args.data ?? path.join(REPO_ROOT, 'build', 'bench-data'));
const runs = Number(args.runs ?? (args.quick ? 3 : 7));
const jsonFile = path.join(data, 'load-10000.json');
if (!fs.existsSync(jsonFile)) {
  console.error(`snapshot bench: ${jsonFile} is missing: run node tests/bench/generate.mjs --out=${data}`);
  process.exit(2);
}
if (!fs.existsSync(path.join(web, 'dist', 'sweetspot-core.wasm'))) {
  console.log(`snapshot bench: skipped, ${path.join(web, 'dist')} is not built (scripts/build.sh)`);
  process.exit(0);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1).padStart(7)} ms`;
const kb = (n) => `${(n / 1024).toFixed(0).padStart(6)} KB`;

const { createEngine } = await import(pathToFileURL(path.join(web, 'src', 'node.js')).href);
const text = fs.readFileSync(jsonFile, 'utf8');
const engine = await createEngine();
if (typeof engine.loadSnapshot !== 'function') {
  console.log(`snapshot bench: skipped, ${web} has no engine.loadSnapshot`);
  process.exit(0);
}
const snapshot = engine.compileCatalog(text);
const snapshotFile = path.join(data, 'load-10000.sscat');
fs.writeFileSync(snapshotFile, snapshot);
const fromJSON = engine.load(text);
const fromSnapshot = engine.loadSnapshot(snapshot);
if (JSON.stringify(fromJSON) !== JSON.stringify(fromSnapshot)) {
  console.error('snapshot bench: load and loadSnapshot report different results');
  process.exit(1);
}

console.log(`== catalog snapshots: ${fromJSON.courses} courses, ${fromJSON.skills} skills (${path.relative(REPO_ROOT, jsonFile)})`);
console.log('\nsizes                 raw       gzip -9   brotli 11');
for (const [name, bytes] of [['JSON', Buffer.from(text)], ['snapshot', Buffer.from(snapshot)]]) {
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  const br = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`  ${name.padEnd(12)} ${kb(bytes.length)} ${kb(gz)}   ${kb(br)}`);
}

// Cold start: fresh processes, alternating the two modes.
const cold = { json: [], snapshot: [] };
for (let r = 0; r < runs; r++) {
  for (const mode of ['json', 'snapshot']) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), `--child=${mode}`, `--input=${mode === 'json' ? jsonFile : snapshotFile}`, `--web=${web}`], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.error(`snapshot bench: the ${mode} cold start failed:\n${child.stderr}`);
      process.exit(1);
    }
    cold[mode].push(JSON.parse(child.stdout));
  }
}
console.log(`\ncold start in Node, medians of ${runs} fresh processes   import     create       load      total`);
for (const mode of ['json', 'snapshot']) {
  const m = (k) => median(cold[mode].map((x) => x[k]));
  console.log(`  ${(mode === 'json' ? 'load(JSON text)' : 'loadSnapshot(bytes)').padEnd(46)} ${ms(m('import'))} ${ms(m('create'))} ${ms(m('load'))} ${ms(m('total'))}`);
}

// Warm: the same engine, loads interleaved, after warm-up.
const warm = { json: { wall: [], cpu: [] }, snapshot: { wall: [], cpu: [] } };
const rounds = args.quick ? 5 : 15;
for (let r = -2; r < rounds; r++) {
  for (const mode of ['json', 'snapshot']) {
    const repeat = mode === 'json' ? 1 : 5;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let k = 0; k < repeat; k++) mode === 'json' ? engine.load(text) : engine.loadSnapshot(snapshot);
    const wall = (performance.now() - t0) / repeat;
    const c = process.cpuUsage(c0);
    if (r < 0) continue;
    warm[mode].wall.push(wall);
    warm[mode].cpu.push((c.user + c.system) / 1000 / repeat);
  }
}
console.log(`\nwarm loads in one process, medians of ${rounds} rounds              wall        CPU`);
for (const mode of ['json', 'snapshot'])
  console.log(`  ${(mode === 'json' ? 'load(JSON text)' : 'loadSnapshot(bytes)').padEnd(56)} ${ms(median(warm[mode].wall))} ${ms(median(warm[mode].cpu))}`);
const ratio = median(warm.json.cpu) / median(warm.snapshot.cpu);
console.log(`  loadSnapshot is ${ratio.toFixed(0)}x faster (CPU time)`);
engine.dispose();

await chromiumColdStarts();

// The CLI: one learner against the catalog, JSON vs snapshot, whole processes.
const cli = path.resolve(args.cli ?? path.join(REPO_ROOT, 'build', 'native', 'sweetspot'));
const samples = path.join(data, 'sample-learners.json');
const probe = fs.existsSync(cli) ? spawnSync(cli, ['--help'], { encoding: 'utf8' }) : null;
if (!probe || !/--catalog/.test(probe.stdout) || !fs.existsSync(samples)) {
  console.log(`\nCLI: skipped (${!probe ? `${cli} is not built` : !fs.existsSync(samples) ? 'no sample-learners.json' : `${cli} has no --catalog`})`);
  process.exit(0);
}
const learners = JSON.parse(fs.readFileSync(samples, 'utf8'));
const request = { learner: learners.learners[0], asOf: learners.asOf };
const tmp = fs.mkdtempSync(path.join(data, 'snapshot-bench-'));
const combinedFile = path.join(tmp, 'combined.json');
const requestFile = path.join(tmp, 'learner.json');
fs.writeFileSync(combinedFile, JSON.stringify({ ...JSON.parse(text), ...request }));
fs.writeFileSync(requestFile, JSON.stringify(request));
const timed = (argv) => {
  const t0 = performance.now();
  const r = spawnSync(cli, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cli} ${argv.join(' ')}: ${r.stderr}`);
  return { ms: performance.now() - t0, out: r.stdout };
};
const cliRuns = { json: [], snapshot: [] };
let outputs = {};
for (let r = 0; r < runs; r++) {
  const a = timed(['classify', combinedFile]);
  const b = timed(['classify', requestFile, '--catalog', snapshotFile]);
  cliRuns.json.push(a.ms);
  cliRuns.snapshot.push(b.ms);
  outputs = { json: a.out, snapshot: b.out };
}
fs.rmSync(tmp, { recursive: true, force: true });
// The classification is the same, except for the catalog's own warnings, which compile reported.
const strip = (s) => JSON.stringify({ ...JSON.parse(s), warnings: undefined });
console.log(`\nCLI classify, one learner x ${fromJSON.courses} courses, median of ${runs} processes (${strip(outputs.json) === strip(outputs.snapshot) ? 'same courses' : 'DIFFERENT OUTPUT'})`);
console.log(`  sweetspot classify combined.json                         ${ms(median(cliRuns.json))}`);
console.log(`  sweetspot classify learner.json --catalog load.sscat     ${ms(median(cliRuns.snapshot))}`);

// ---- cold start in headless Chromium (as tests/bench/run.mjs, both modes) ---------------------------
async function chromiumColdStarts() {
  const CHROMIUM = '/usr/bin/chromium';
  let pw = null;
  try {
    pw = createRequire(path.join(REPO_ROOT, 'package.json'))('playwright-core');
  } catch {
    pw = null;
  }
  if (!pw || !fs.existsSync(CHROMIUM) || args['no-chromium']) {
    console.log(`\ncold start in Chromium: skipped (${args['no-chromium'] ? '--no-chromium' : !pw ? 'playwright-core is not installed' : `${CHROMIUM} not found`})`);
    return;
  }
  const page = (mode) => `<!doctype html><meta charset="utf-8"><title>sweetspot snapshot cold start</title>
<script type="module">
const result = {};
try {
  const r = await fetch(${JSON.stringify(mode === 'json' ? '/data/load-10000.json' : '/data/load-10000.sscat')});
  if (!r.ok) throw new Error('HTTP ' + r.status);
  const input = ${mode === 'json' ? 'await r.text()' : 'new Uint8Array(await r.arrayBuffer())'};  // the host has it already
  const t0 = performance.now();
  const { createEngine } = await import('/web/src/index.js');
  const t1 = performance.now();
  const engine = await createEngine();
  const t2 = performance.now();
  ${mode === 'json' ? 'engine.load(input)' : 'engine.loadSnapshot(input)'};
  const t3 = performance.now();
  Object.assign(result, { import: t1 - t0, create: t2 - t1, load: t3 - t2, total: t3 - t0 });
} catch (e) {
  result.error = String(e && e.stack || e);
}
window.__bench = result;
</script>`;
  const roots = { '/web/': web, '/data/': data };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/json' || url.pathname === '/snapshot') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(page(url.pathname.slice(1)));
    }
    if (serveStaticFile(res, url.pathname, roots)) return;
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stopper = setTimeout(() => { server.closeAllConnections?.(); server.close(); }, 300_000);
  stopper.unref();
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'];
  const browser = await pw.chromium.launch({ executablePath: CHROMIUM, args: flags, headless: true });
  try {
    const results = { json: [], snapshot: [] };
    for (let r = 0; r < runs; r++) {
      for (const mode of ['json', 'snapshot']) {
        const context = await browser.newContext(); // its own cache: nothing compiled or fetched before
        const tab = await context.newPage();
        await waitIdle(); // the new tab's browser UI first (renderer-stats.mjs)
        await tab.goto(`http://127.0.0.1:${server.address().port}/${mode}`);
        await tab.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
        const result = await tab.evaluate(() => window.__bench);
        await context.close();
        if (result.error) throw new Error(result.error);
        results[mode].push(result);
      }
    }
    console.log(`\ncold start in headless Chromium ${browser.version()}, medians of ${runs} fresh contexts   import   compile+inst.       load      total (goal <= 20 ms)`);
    for (const mode of ['json', 'snapshot']) {
      const m = (k) => median(results[mode].map((x) => x[k]));
      console.log(`  ${(mode === 'json' ? 'load(JSON text)' : 'loadSnapshot(bytes)').padEnd(52)} ${ms(m('import'))} ${ms(m('create'))} ${ms(m('load'))} ${ms(m('total'))}`);
      if (mode === 'snapshot') record('coldStart.chromium.snapshot', { import: m('import'), create: m('create'), load: m('load'), total: m('total') });
    }
  } catch (e) {
    console.log(`\ncold start in Chromium: failed: ${String(e.message).split('\n')[0]}`);
  } finally {
    await browser.close();
    clearTimeout(stopper);
    server.closeAllConnections?.();
    server.close();
  }
}
