// Nothing lost off the main thread: the package in a module Web Worker (new Worker(url, {type:
// 'module'}) importing web/src/index.js) under the strict CSP of scripts/serve.mjs classifies
// exactly as the main thread does; and two engines in one page, on different catalogs, give
// independent results (tests/browser/fixtures/worker.html, worker-page.js, worker.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchedPage, ready } from './helpers.mjs';
import { expected, learners } from './fixtures/data.js';

const AS_OF = '2026-06-01';

let browser;
let server;
let context;
let page;
let log;

before(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  context = await browser.newContext();
  ({ page, log } = await watchedPage(context));
  await page.goto(`${server.url}fixtures/worker.html`);
  await ready(page);
});
after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

test('a module worker classifies as the main thread does, byte for byte, under the strict CSP', async () => {
  const csp = (await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy'))));
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  for (const [name, learner] of Object.entries(learners)) {
    const [remote, local] = await page.evaluate(
      ({ learner, asOf }) => Promise.all([window.workerFixture.inWorker(learner, asOf), window.workerFixture.here(learner, asOf)]),
      { learner, asOf: AS_OF },
    );
    assert.equal(remote.error, undefined, `${name}: ${JSON.stringify(remote.error)}`);
    assert.deepEqual(remote.summary, local.summary, name);
    assert.deepEqual(remote.quadrants, local.quadrants, name);
    assert.equal(remote.json, local.json, `${name}: the worker's JSON is the main thread's`);
    assert.deepEqual(remote.violations, [], `${name}: CSP violations in the worker`);
    const total = Object.values(remote.summary).reduce((a, b) => a + b, 0);
    assert.equal(total, Object.keys(remote.quadrants).length);
    if (name === 'ana') assert.deepEqual(remote.quadrants, expected.ana);
  }
  // The HTML payload title travels as text, escaped in the JSON.
  const ana = await page.evaluate((asOf) => window.workerFixture.inWorker({ id: 'ana', interests: [{ skill: 'knit', strength: 1 }] }, asOf), AS_OF);
  assert.equal(ana.quadrants.xss1, 'gift');
  assert.ok(ana.json.includes('"title":"\\u003cimg src=x onerror=alert(1)\\u003e"'));
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(await page.cspViolations(), []);
  // Only the page's own files, the package and its .wasm: nothing else, nothing elsewhere.
  for (const r of log.requests) assert.ok(r.url.startsWith(server.url) && r.method === 'GET', `${r.method} ${r.url}`);
  assert.ok(log.requests.some((r) => r.url.endsWith('/fixtures/worker.js')));
  assert.ok(log.requests.some((r) => r.url.endsWith('/web/dist/sweetspot-core.wasm')));
});

test('an invalid learner in the worker comes back as a SweetspotError, and the worker goes on', async () => {
  const bad = await page.evaluate((asOf) => window.workerFixture.inWorker({ id: 'x', interests: [{ skill: 'py', strength: 2 }] }, asOf), AS_OF);
  assert.deepEqual(bad.error, {
    name: 'SweetspotError',
    path: '/learner/interests/0/strength',
    expected: 'number 0..1',
    found: 'number 2',
    message: '/learner/interests/0/strength: expected number 0..1, found number 2',
  });
  const good = await page.evaluate((learner) => window.workerFixture.inWorker(learner, '2026-06-01'), learners.ana);
  assert.deepEqual(good.quadrants, expected.ana);
});

test('two engines in one page on different catalogs are independent', async () => {
  const r = await page.evaluate(async ({ learner, asOf }) => {
    const { createEngine, documents } = window.workerFixture;
    const { taxonomy, organization, catalog } = documents;
    const a = await createEngine();
    const b = await createEngine();
    // B: no priorities or mandatory course, one course less and one of its own.
    const docA = { taxonomy, organization, catalog };
    const docB = {
      taxonomy,
      organization: { ...organization, priorities: [], mandatory: [] },
      catalog: { courses: [...catalog.courses.filter((c) => c.id !== 'knit101'), { id: 'b-only', title: 'Only in B', skills: [{ skill: 'py', level: 5 }] }] },
    };
    a.load(docA);
    const aFirst = a.classifyJSON(learner, { asOf });
    b.load(docB);
    const ca = a.classify(learner, { asOf });
    const cb = b.classify(learner, { asOf });
    const quadrants = (engine, c) => Object.fromEntries(engine.courseIds.map((id) => [id, c.quadrant(id)]));
    // Interleaved: B classifies another learner, then A's classification still explains itself.
    b.classify({ id: 'zed', interests: [{ skill: 'cloud', strength: 1 }] }, { asOf });
    const aExplain = ca.explain('cloud101');
    const bExplain = cb.explain('cloud101');
    const out = {
      aIds: a.courseIds, bIds: b.courseIds,
      aQuadrants: quadrants(a, ca), bQuadrants: quadrants(b, cb),
      aFirst, aAgain: a.classifyJSON(learner, { asOf }), bJSON: b.classifyJSON(learner, { asOf }),
      aOneShot: a.classifyDocumentJSON({ ...docA, learner }, { asOf }), bOneShot: b.classifyDocumentJSON({ ...docB, learner }, { asOf }),
      aExplain, bExplain,
    };
    b.dispose();
    out.aAfterDispose = a.classifyJSON(learner, { asOf });
    a.dispose();
    return out;
  }, { learner: learners.ana, asOf: AS_OF });

  assert.ok(r.aIds.includes('knit101') && !r.aIds.includes('b-only'));
  assert.ok(r.bIds.includes('b-only') && !r.bIds.includes('knit101'));
  assert.deepEqual(r.aQuadrants, expected.ana);
  // Without the organization's priorities, cloud101 and ml101 lose their org side in B only.
  assert.equal(r.aQuadrants.cloud101, 'uphill');
  assert.equal(r.bQuadrants.cloud101, 'waste');
  assert.equal(r.bQuadrants.ml101, 'gift');
  assert.equal(r.bQuadrants['b-only'], 'sweet_spot');
  assert.equal(r.aExplain.quadrant, 'uphill');
  assert.equal(r.bExplain.quadrant, 'waste');
  // Each engine's output is the one-shot classification of its own documents, before and after the
  // other engine loaded, classified and was disposed.
  assert.equal(r.aFirst, r.aOneShot);
  assert.equal(r.aAgain, r.aOneShot);
  assert.equal(r.aAfterDispose, r.aOneShot);
  assert.equal(r.bJSON, r.bOneShot);
  assert.notEqual(r.aOneShot, r.bOneShot);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await page.cspViolations(), []);
});

test('out of memory on the main thread: a SweetspotError, then the engine goes on on a fresh module', async () => {
  const r = await page.evaluate(async ({ learner, asOf }) => {
    const { createEngine, documents } = window.workerFixture;
    const e = await createEngine();
    e.load(documents);
    const before = e.classifyJSON(learner, { asOf });
    const old = e._module;
    // Use up the module's memory with its own allocator; the next request's allocations then fail
    // inside the engine and abort the instance.
    for (let size = 512 * 1024 * 1024; size >= 256; size >>>= 1) while (old.abi.alloc(size));
    let error = null;
    try {
      e.classifyJSON(learner, { asOf });
    } catch (err) {
      error = { name: err.name, message: err.message, path: err.path };
    }
    // The next call re-instantiates synchronously (allowed on the main thread for a compiled module).
    const after = e.classifyJSON(learner, { asOf });
    const out = { error, same: before === after, fresh: e._module !== old && !e._module.broken, memory: e.memoryUsage().memoryBytes };
    e.dispose();
    return out;
  }, { learner: learners.ana, asOf: AS_OF });
  assert.equal(r.error?.name, 'SweetspotError');
  assert.match(r.error.message, /^out of memory/);
  assert.equal(r.error.path, '');
  assert.ok(r.same, 'the same classification after the restart');
  assert.ok(r.fresh);
  assert.ok(r.memory < 256 * 1024 * 1024);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await page.cspViolations(), []);
});
