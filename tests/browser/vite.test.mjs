// The package as a Vite user gets it: `npm pack` of web/, installed offline into a temporary app's
// node_modules (so 'sweetspot' resolves through the exports map, browser condition, exactly as an
// installed package does), the app of tests/browser/vite-app bundled by Vite's build(), the output
// served with the strict CSP of scripts/serve.mjs and run in headless Chromium. The page's result
// must equal what the Node entry gives for the same steps (vite-app/scenario.js) on the same input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, createLogger } from 'vite';
import { launch, watchedPage, ready, repoRoot } from './helpers.mjs';
import { serve, CSP } from '../../scripts/serve.mjs';
import * as sweetspot from '../../web/src/node.js';
import { scenario } from './vite-app/scenario.js';

const INPUT = 'tests/golden/inputs/classify-quadrants.json';

let tmp;
let outDir;
let output; // Vite's build result (chunks with their module ids, assets)
const warnings = [];
const network = [];
let browser;
let server;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-vite-'));
  const app = path.join(tmp, 'app');
  outDir = path.join(tmp, 'dist');
  fs.cpSync(path.join(repoRoot, 'tests/browser/vite-app'), app, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, INPUT), path.join(app, 'input.json'));
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));

  // What `npm install sweetspot` would put there: the packed files (package.json "files"), no link.
  const npm = ['--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  const [packed] = JSON.parse(execFileSync('npm', ['pack', path.join(repoRoot, 'web'), '--pack-destination', tmp, '--json', ...npm], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  execFileSync('npm', ['install', '--no-save', path.join(tmp, packed.filename), ...npm], { cwd: app, stdio: 'ignore' });

  // Vite must not reach the network: every client socket and fetch from this process is recorded.
  const onSocket = () => network.push('socket');
  diagnostics.subscribe('net.client.socket', onSocket);
  const realFetch = globalThis.fetch;
  globalThis.fetch = (url) => { network.push(`fetch ${url}`); throw new Error('no network in the Vite build'); };
  const logger = createLogger('warn', { allowClearScreen: false });
  // PLUGIN_TIMINGS says how long plugins took: a loaded machine triggers it, the package cannot.
  const record = (msg) => { if (!String(msg).includes('PLUGIN_TIMINGS')) warnings.push(msg); };
  logger.warn = record;
  logger.warnOnce = record;
  try {
    output = await build({
      root: app,
      configFile: false,
      envDir: false,
      cacheDir: path.join(tmp, 'vite-cache'),
      customLogger: logger,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
    });
  } finally {
    globalThis.fetch = realFetch;
    diagnostics.unsubscribe('net.client.socket', onSocket);
  }
  [browser, server] = await Promise.all([launch(), serve({ port: 0, roots: { '/': outDir } })]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const files = (dir) => fs.readdirSync(path.join(outDir, dir)).sort();

test('Vite bundles the browser entry and emits each .wasm once, as a hashed asset', () => {
  assert.deepEqual(network, [], 'the build reached for the network');
  assert.deepEqual(warnings, [], 'Vite warned');
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const modules = chunks.flatMap((c) => c.moduleIds).map((id) => id.split(path.sep).join('/'));
  const inPackage = modules.filter((id) => id.includes('/node_modules/sweetspot/')).map((id) => id.replace(/^.*\/node_modules\/sweetspot\//, ''));
  assert.ok(inPackage.includes('src/index.js'), `the browser entry was not bundled: ${inPackage}`);
  assert.ok(!inPackage.includes('src/node.js'), 'the node entry was bundled');
  assert.ok(!modules.some((id) => /__vite-browser-external|^node:/.test(id)), 'a Node built-in in the bundle');

  const assets = files('assets');
  const wasm = assets.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 2, `wasm assets: ${wasm}`);
  assert.match(wasm[0], /^sweetspot-core-[\w-]{8}\.wasm$/);
  assert.match(wasm[1], /^sweetspot-import-[\w-]{8}\.wasm$/);
  for (const f of wasm) {
    const name = f.replace(/-[\w-]{8}\.wasm$/, '.wasm');
    assert.ok(fs.readFileSync(path.join(outDir, 'assets', f)).equals(fs.readFileSync(path.join(repoRoot, 'web/dist', name))), `${f} is not web/dist/${name}`);
  }
  // Nothing else copied out of the package: no glue file as a stray asset.
  assert.deepEqual(assets.filter((f) => !f.endsWith('.js') && !f.endsWith('.wasm')), []);

  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const entry = html.match(/<script type="module" crossorigin src="\/assets\/(index-[\w-]+\.js)">/)?.[1];
  assert.ok(entry, html);
  assert.ok(fs.readFileSync(path.join(outDir, 'assets', entry), 'utf8').includes(`/assets/${wasm[0]}`), 'the entry does not reference the core .wasm');
});

test('the bundled app classifies in Chromium under the strict CSP exactly as the Node entry does', async () => {
  const doc = JSON.parse(fs.readFileSync(path.join(repoRoot, INPUT), 'utf8'));
  const expected = await scenario(sweetspot, doc);
  // Anchored to the golden file too, so that both sides being wrong the same way still fails.
  const golden = JSON.parse(fs.readFileSync(path.join(repoRoot, INPUT.replace('/inputs/', '/expected/')), 'utf8'));
  assert.deepEqual(Object.fromEntries(Object.entries(expected.courses).map(([id, c]) => [id, c.quadrant])),
    Object.fromEntries(golden.courses.map((c) => [c.course, c.quadrant])));

  const context = await browser.newContext();
  try {
    const { page, log } = await watchedPage(context);
    const responses = new Map();
    page.on('response', (r) => responses.set(new URL(r.url()).pathname, r.headers()));
    await page.goto(server.url);
    await ready(page);
    const result = await page.evaluate(() => window.__result);
    assert.equal(result.error, undefined, result.error);
    assert.deepEqual(result, expected);
    assert.equal(await page.textContent('#result'), JSON.stringify(expected, null, 2));
    assert.equal(result.thrown.isSweetspotError, true);
    assert.equal(result.thrown.path, '/catalog/courses/0/skills/0/level');

    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(await page.cspViolations(), []);
    assert.equal(responses.get('/')['content-security-policy'], CSP);
    assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval';/);
    // The page, its one script and the core .wasm (application/wasm: compiled while streaming);
    // nothing elsewhere, and never the import module.
    for (const r of log.requests) assert.ok(r.url.startsWith(server.url) && r.method === 'GET', `${r.method} ${r.url}`);
    const wasm = files('assets').find((f) => f.startsWith('sweetspot-core-'));
    assert.deepEqual([...responses.keys()].sort(), ['/', `/assets/${files('assets').find((f) => /^index-.*\.js$/.test(f))}`, `/assets/${wasm}`].sort());
    assert.equal(responses.get(`/assets/${wasm}`)['content-type'], 'application/wasm');
  } finally {
    await context.close();
  }
});
