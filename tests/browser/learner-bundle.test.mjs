// The one-file learner bundle (web/dist/sweetspot-learner.js, issue 14) in Chromium under the strict
// CSP: the page imports one JS file, the engine runs on sweetspot-learner.wasm, loads a snapshot
// compiled by the full module and classifies and explains byte for byte as the Node entry does; the
// UI is in the same file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchedPage, ready, repoRoot } from './helpers.mjs';
import { createEngine } from '../../web/src/node.js';

const INPUT = path.join(repoRoot, 'tests/golden/inputs/classify-quadrants.json');

let browser;
let server;
let context;

before(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  context = await browser.newContext();
});
after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

test('one file: the bundle loads a snapshot on the learner module and classifies as the Node entry does', async () => {
  const { learner, asOf = null, ...catalog } = JSON.parse(fs.readFileSync(INPUT, 'utf8'));
  const node = await createEngine();
  const snapshot = node.compileCatalog(catalog);
  node.load(catalog);
  const expected = node.classifyJSON(learner, { asOf });
  node.dispose();

  const { page, log } = await watchedPage(context);
  await page.goto(`${server.url}fixtures/learner-bundle.html`);
  await ready(page);
  const r = await page.evaluate(async ({ bytes, learner, asOf }) => {
    const s = window.learnerBundle;
    const engine = await s.createEngine();
    engine.loadSnapshot(new Uint8Array(bytes));
    const c = engine.classify(learner, { asOf });
    let admin = null;
    try {
      engine.audit([learner]);
    } catch (e) {
      admin = { name: e.name, found: e.found };
    }
    return {
      json: engine.classifyJSON(learner, { asOf }),
      explained: Array.from({ length: c.length }, (_, i) => c.explain(i)),
      ui: ['tagCourses', 'createAdapter', 'translator'].filter((name) => typeof s[name] === 'function'),
      admin,
    };
  }, { bytes: [...snapshot], learner, asOf });

  assert.equal(r.json, expected);
  assert.deepEqual(r.explained, JSON.parse(expected).courses);
  assert.deepEqual(r.ui, ['tagCourses', 'createAdapter', 'translator']);
  assert.deepEqual(r.admin, { name: 'SweetspotError', found: 'an engine on sweetspot-learner.wasm' });
  const scripts = log.requests.map((x) => new URL(x.url).pathname).filter((p) => /\.m?js$/.test(p));
  assert.deepEqual(scripts, ['/fixtures/learner-bundle.js', '/web/dist/sweetspot-learner.js'], 'the page imports one file of the package');
  assert.ok(log.requests.some((x) => x.url.endsWith('/web/dist/sweetspot-learner.wasm')));
  assert.ok(!log.requests.some((x) => /sweetspot-core\.wasm/.test(x.url)), 'the full module is never loaded');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await page.cspViolations(), []);
});
