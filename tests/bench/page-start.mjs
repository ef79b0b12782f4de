#!/usr/bin/env node
// What a learner's page pays before its first classification (issue 14), printed, never asserted:
//   1. module sizes, gzip -9: each .wasm with its glue, the one-file learner bundle, and the JS
//      modules each entry imports (files and bytes);
//   2. cold start in headless Chromium from a catalog snapshot, fresh browser context per run, the
//      variants interleaved run by run: import the entry, create the engine (fetch + compile +
//      instantiate the .wasm), loadSnapshot; "compile + load" and "all in" against the goals;
//      "from navigation" is the page's clock (performance.now()) at the end of the load: it also
//      holds the snapshot's fetch and what preload hints start before the import; "page faults" the
//      renderer's minor faults during compile + load, priced at this machine's cost of a first
//      touch of a page (measured in the same run: on the VMs here ~12 µs, tens of times a bare
//      machine's, so much of a cold load is the machine's and not the engine's); then the CPU time
//      the renderer's main thread got and how long it waited for one (renderer-stats.mjs). Each
//      new tab waits for the browser to be idle before it navigates: its own UI kept both cores
//      busy otherwise, and the page's main thread waited about as long as it ran;
//   2b. repeat visits of the one-file bundle on one browser profile (a persistent context, files
//      served cacheable): visit 1 (empty cache), 2 and 3 (HTTP cache; V8's code caches where
//      Chromium makes them), each a new tab; the same columns;
//   3. the fixed cost of a call: engine.classify of a tiny learner on an empty catalog, in Node.
// With --base-web=DIR (a web/ of another build, e.g. the commit before) the same rows are measured
// for it in the same run, so that before -> after are numbers of one run. --only=KEY,KEY measures
// only those variants (keys: before, before-learner, before-bundle, full, learner, page, bundle,
// hinted, before-hinted).
//   node tests/bench/page-start.mjs [--data=DIR] [--web=DIR] [--base-web=DIR] [--runs=N] [--only=KEYS]
//        [--no-chromium] [--no-repeat]
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

import { fixedCostLines, measureFixedCost } from './fixed-cost.mjs';
import { between, sample, waitIdle } from './renderer-stats.mjs';
import { record } from './results.mjs';
import { serveStaticFile } from './static-files.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k, v ?? true]; }));
const data = path.resolve(args.data ?? path.join(REPO_ROOT, 'build', 'bench-data'));
const web = path.resolve(args.web ?? path.join(REPO_ROOT, 'web'));
const base = args['base-web'] ? path.resolve(args['base-web']) : null;
const runs = Number(args.runs) || 7;
const CHROMIUM = '/usr/bin/chromium';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN; };
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms`.padStart(9) : '      n/a');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const gz = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const goal = (ok) => (ok ? 'met' : 'NOT met');

// The variants: a label, the web dir, the entry a page imports (relative to that dir).
const variants = [];
if (base) variants.push({ key: 'before', label: 'before: full module, per-file modules', dir: base, prefix: '/base/', entry: 'src/index.js' });
if (base && fs.existsSync(path.join(base, 'src', 'learner.js'))) {
  variants.push({ key: 'before-learner', label: 'before: learner module, per-file modules', dir: base, prefix: '/base/', entry: 'src/learner.js' });
}
if (base && fs.existsSync(path.join(base, 'dist', 'sweetspot-learner.js'))) {
  variants.push({ key: 'before-bundle', label: 'before: learner engine + UI, one-file bundle', dir: base, prefix: '/base/', entry: 'dist/sweetspot-learner.js' });
}
variants.push({ key: 'full', label: 'full module, per-file modules', dir: web, prefix: '/web/', entry: 'src/index.js' });
variants.push({ key: 'learner', label: 'learner module, per-file modules', dir: web, prefix: '/web/', entry: 'src/learner.js' });
if (fs.existsSync(path.join(web, 'dist', 'sweetspot-learner.js'))) {
  // The bundle holds the UI too: compare it with the same code as files (learner-page.js).
  variants.push({ key: 'page', label: 'learner engine + UI, per-file modules', dir: web, prefix: '/web/', entry: 'src/learner-page.js' });
  variants.push({ key: 'bundle', label: 'learner engine + UI, one-file bundle', dir: web, prefix: '/web/', entry: 'dist/sweetspot-learner.js' });
  // The same bundle, the page's head hinting it and its .wasm (as examples/intranet does): the
  // browser fetches both while it fetches the snapshot, before the import starts.
  variants.push({ key: 'hinted', label: 'the bundle, preload hints in the page', dir: web, prefix: '/web/', entry: 'dist/sweetspot-learner.js', hints: 'dist/sweetspot-learner.wasm' });
  if (base && fs.existsSync(path.join(base, 'dist', 'sweetspot-learner.js'))) {
    variants.push({ key: 'before-hinted', label: 'before: the bundle, preload hints', dir: base, prefix: '/base/', entry: 'dist/sweetspot-learner.js', hints: 'dist/sweetspot-learner.wasm' });
  }
}
if (args.only) {
  const keep = new Set(String(args.only).split(','));
  variants.splice(0, variants.length, ...variants.filter((v) => keep.has(v.key)));
}

// ---- 1. sizes --------------------------------------------------------------------------------
console.log('== what a page downloads (gzip -9)');
for (const [label, dir] of [...(base ? [['before', base]] : []), ['now', web]]) {
  const dist = path.join(dir, 'dist');
  for (const name of ['sweetspot-core', 'sweetspot-learner', 'sweetspot-import']) {
    const wasm = path.join(dist, `${name}.wasm`);
    if (!fs.existsSync(wasm)) continue;
    const w = gz(fs.readFileSync(wasm));
    const g = gz(fs.readFileSync(path.join(dist, `${name}.mjs`)));
    const budget = name === 'sweetspot-learner' || (label === 'before' && name === 'sweetspot-core') ? `  (learner page budget <= 60 KB: ${goal(w + g <= 60 * 1024)})` : '';
    console.log(`  ${label.padEnd(7)} ${`${name}.wasm + .mjs`.padEnd(30)} ${kb(w).padStart(9)} + ${kb(g).padStart(7)} = ${kb(w + g).padStart(9)}${budget}`);
  }
}
for (const v of variants) {
  const files = importGraph(path.join(v.dir, v.entry));
  const bytes = files.map((f) => fs.readFileSync(f));
  const total = bytes.reduce((a, b) => a + b.length, 0);
  const zipped = bytes.reduce((a, b) => a + gz(b), 0);
  console.log(`  ${v.label.padEnd(40)} imports ${String(files.length).padStart(2)} JS file(s), ${kb(total).padStart(9)} (${kb(zipped)} gzip -9, file by file)`);
}

// Static imports (and the glue's), as the browser follows them before the entry runs.
function importGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|[\n;}])\s*(?:import|export)\s*(?:[^'"`;]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)) visit(path.resolve(path.dirname(file), m[1]));
  };
  visit(entry);
  return [...seen];
}

if (fs.existsSync(path.join(web, 'dist', 'sweetspot-learner.wasm'))) record('learnerModuleFiles', ['sweetspot-learner.wasm', 'sweetspot-learner.mjs']);

// ---- 2. cold start in Chromium -----------------------------------------------------------------
const catalogFile = path.join(data, 'load-10000.json');
let snapshot = null;
if (fs.existsSync(catalogFile)) {
  const { createEngine } = await import(pathToFileURL(path.join(web, 'src', 'node.js')).href);
  const engine = await createEngine();
  snapshot = engine.compileCatalog(fs.readFileSync(catalogFile, 'utf8'));
  engine.dispose();
}
let pw = null;
try {
  pw = createRequire(path.join(REPO_ROOT, 'package.json'))('playwright-core');
} catch {}
const skip = args['no-chromium'] ? '--no-chromium' : !snapshot ? `no ${catalogFile} (node tests/bench/generate.mjs)` : !pw ? 'playwright-core is not installed' : !fs.existsSync(CHROMIUM) ? `${CHROMIUM} not found` : null;
console.log(`\n== cold start in headless Chromium from a snapshot of 10,000 courses (${snapshot ? kb(snapshot.length) : '-'}), medians of ${runs} fresh contexts`);
if (skip) console.log(`skipped (${skip})`);
else await chromium();

async function chromium() {
  const hints = (v) => (v.hints ? `<link rel="modulepreload" href="${v.prefix + v.entry}">
<link rel="preload" href="${v.prefix + v.hints}" as="fetch" type="application/wasm" crossorigin>\n` : '');
  const page = (v) => `<!doctype html><meta charset="utf-8"><title>sweetspot page start</title>
${hints(v)}<script type="module">
const result = {};
try {
  const r = await fetch('/data/catalog.sscat');
  const bytes = new Uint8Array(await r.arrayBuffer());  // the host has it already (a cached, revisioned URL)
  const t0 = performance.now();
  const { createEngine } = await import(${JSON.stringify(v.prefix + v.entry)});
  const t1 = performance.now();
  // What the renderer did during compile + load (window.__mark: the bench reads /proc); the two
  // reads are outside the timed steps, and "from navigation" leaves out the time they took.
  await window.__mark();
  const t1b = performance.now();
  const engine = await createEngine();
  const t2 = performance.now();
  engine.loadSnapshot(bytes);
  const t3 = performance.now();
  await window.__mark();
  const t3b = performance.now();
  engine.classify({ id: 'first' }, { asOf: '2026-01-01' });
  const t4 = performance.now();
  Object.assign(result, { import: t1 - t0, create: t2 - t1b, load: t3 - t2, first: t4 - t3b, nav: t3 - (t1b - t1) });
} catch (e) {
  result.error = String(e && e.stack || e);
}
window.__bench = result;
</script>`;
  const roots = { '/web/': web, ...(base ? { '/base/': base } : {}) };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const v = variants.find((x) => url.pathname === `/page/${x.key}`);
    if (v) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page(v));
    if (url.pathname === '/data/catalog.sscat') return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(snapshot);
    // Cacheable (as a revisioned URL would be), for the repeat visits; a fresh context has no cache.
    if (serveStaticFile(res, url.pathname, roots, { 'cache-control': 'public, max-age=3600' })) return;
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stopper = setTimeout(() => { server.closeAllConnections?.(); server.close(); }, 120_000 + runs * variants.length * 15_000); // stops by itself
  stopper.unref();
  const browser = await pw.chromium.launch({ executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'] });
  try {
    const visit = async (context, v) => {
      const tab = await context.newPage();
      const marks = [];
      await tab.exposeFunction('__mark', () => void marks.push(sample()));
      await waitIdle(); // the new tab's browser UI settles first, as a learner's tab has
      await tab.goto(`http://127.0.0.1:${server.address().port}/page/${v.key}`);
      await tab.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
      const result = await tab.evaluate(() => window.__bench);
      await tab.close();
      if (result.error) throw new Error(`${v.label}: ${result.error}`);
      return { ...result, ...between(marks[0], marks[1]) };
    };
    const header = (what) => console.log(`${what.padEnd(42)} import  compile+inst.     load  compile+load  all in   1st classify  from navigation  page faults (main)  main ran   waited  workers   others`);
    const row = (label, list) => {
      const m = (k) => median(list.map((x) => x[k]));
      const cl = median(list.map((x) => x.create + x.load));
      const all = median(list.map((x) => x.import + x.create + x.load));
      console.log(`  ${label.padEnd(40)} ${ms(m('import'))} ${ms(m('create'))} ${ms(m('load'))} ${ms(cl)} ${ms(all)} ${ms(m('first'))}   ${ms(m('nav'))}  ${String(m('faults')).padStart(11)} ${`(${m('mainFaults')})`.padStart(6)} ${ms(m('mainRun'))}${ms(m('mainWait'))}${ms(m('workersRun'))}${ms(m('othersRun'))}`);
    };
    const results = Object.fromEntries(variants.map((v) => [v.key, []]));
    for (let r = 0; r < runs; r++) {
      for (const v of variants) {
        const context = await browser.newContext(); // its own cache: nothing compiled or fetched before
        results[v.key].push(await visit(context, v));
        await context.close();
      }
    }
    header(`Chromium ${browser.version()}`);
    for (const v of variants) row(v.label, results[v.key]);
    console.log('  goals: compile + load <= 20 ms, all in <= 50 ms');
    // What a first touch of memory costs here: the page faults column at that price is the part of
    // compile + load that is the machine's (a VM's fault costs tens of times a bare machine's).
    const touch = firstTouchMicros();
    const page = results.bundle ?? results.learner;
    const faults = page && median(page.map((x) => x.faults));
    console.log(`  page faults: the renderer's minor faults during compile + load (Linux /proc). A first touch of a page of memory costs ` +
      `${touch.toFixed(2)} µs on this machine (Node, 64 MB of fresh memory)${faults ? `: ${faults} faults ≈ ${(faults * touch / 1000).toFixed(1)} ms of the bundle's compile + load` : ''}.`);
    console.log('  (main): the faults of its main thread; main ran, waited: CPU time of the renderer\'s main thread during compile + load, and its time runnable but waiting for a CPU;' +
      ' workers: what the renderer\'s other threads ran (V8 compiles in the background); others: every other Chromium process (Linux schedstat).' +
      ' Each tab first waits for the browser to be idle (a new tab\'s browser UI runs in a renderer of its own).');
    // For summary.mjs's table: what a learner's page runs (the one-file bundle, else the learner entry).
    // The hinted bundle too: examples/intranet and the Moodle plugin hint what they import and the .wasm alike.
    for (const [key, list] of [['coldStart.chromium.snapshot', page], ['coldStart.chromium.snapshotHinted', results.hinted]]) {
      if (!list) continue;
      const m = (k) => median(list.map((x) => x[k]));
      // compileLoad and total: medians of each run's sum, as the table above prints them.
      record(key, { import: m('import'), create: m('create'), load: m('load'), compileLoad: median(list.map((x) => x.create + x.load)),
        total: median(list.map((x) => x.import + x.create + x.load)),
        faults: m('faults'), mainFaults: m('mainFaults'), faultMicros: touch, mainRun: m('mainRun'), mainWait: m('mainWait'), workersRun: m('workersRun'), othersRun: m('othersRun') });
    }
    if (!args['no-repeat']) await repeatVisits(visit, header, row);
  } finally {
    await browser.close();
    clearTimeout(stopper);
    server.closeAllConnections?.();
    server.close();
  }
}

// µs per first touch of a 4 KB page: one write per page of 64 MB of fresh memory, median of 3.
function firstTouchMicros() {
  const times = [];
  for (let r = 0; r < 3; r++) {
    const bytes = new Uint8Array(64 << 20);
    const t = performance.now();
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1;
    times.push(((performance.now() - t) * 1000) / (bytes.length / 4096));
  }
  return median(times);
}

// A returning learner: one profile on disk (the HTTP cache and Chromium's code caches live there;
// a fresh context is off the record and keeps no code cache), three visits of the page, each a new
// tab. Chromium makes a script's code cache on a repeat visit and uses it from the next one; it has
// made none for the .wasm here, so visits 2 and 3 still compile it, from the HTTP cache. Why is open:
// not the module's size (a copy padded past 128 KiB got none either) nor V8's caching threshold
// (none with --wasm-caching-threshold=1000), though the loader compiles while streaming.
async function repeatVisits(visit, header, row) {
  const which = variants.filter((v) => ['before-bundle', 'bundle', 'hinted', 'before-hinted'].includes(v.key));
  if (!which.length) return;
  const os = await import('node:os');
  const visits = 3;
  const results = Object.fromEntries(which.map((v) => [v.key, Array.from({ length: visits }, () => [])]));
  const cacheEntries = {};
  for (let r = 0; r < runs; r++) {
    for (const v of which) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-page-start-'));
      try {
        const context = await pw.chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'] });
        try {
          for (let i = 0; i < visits; i++) {
            results[v.key][i].push(await visit(context, v));
            // A returning learner comes back later: V8 writes a .wasm's code cache only once its
            // tier-up has been quiet for a while (wasm_caching_timeout_ms).
            await new Promise((resolve) => setTimeout(resolve, 2500));
          }
        } finally {
          await context.close();
        }
        // What Chromium kept: entries of its script and wasm code caches in the profile.
        for (const kind of ['js', 'wasm']) {
          const dir = path.join(profile, 'Default', 'Code Cache', kind);
          const n = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^[0-9a-f]{16}_0$/.test(f)).length : 0;
          (cacheEntries[`${v.key}.${kind}`] ??= []).push(n);
        }
      } finally {
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
  }
  console.log(`\n== repeat visits on one browser profile (files cacheable), medians of ${runs} profiles`);
  header('');
  for (const v of which) {
    console.log(`  ${v.label}: code cache entries after the visits (per profile): js ${cacheEntries[`${v.key}.js`].join(' ')}; wasm ${cacheEntries[`${v.key}.wasm`].join(' ')}`);
  }
  for (const v of which) for (let i = 0; i < visits; i++) row(`${v.key.startsWith('before') ? 'before: ' : ''}${v.hints ? 'bundle + hints' : 'bundle'}, visit ${i + 1}`, results[v.key][i]);
}

// ---- 3. the fixed cost of a call ---------------------------------------------------------------
// The same measurement as run.mjs's (tests/bench/fixed-cost.mjs), here with the base build beside it.
console.log('\n== engine.classify on an empty catalog, in Node (the fixed cost of a call; tests/bench/fixed-cost.mjs, median of 15 rounds x 2000 calls)');
for (const line of fixedCostLines(await measureFixedCost({ web, baseWeb: base }))) console.log(line);
