// Out of memory in WebAssembly becomes a SweetspotError and leaves the engine usable. The module is
// built with -fno-exceptions, so a failed allocation aborts the whole wasm instance; web/src then
// throws a SweetspotError ("out of memory: …", path "") for that call, and the engine's next call
// moves it to a fresh instance of the compiled module and loads its last good catalog again.
//
// The allocations that fail are real ones inside the engine. Most cases first use up the module's
// memory (2 GB, Emscripten's default maximum) with the C ABI's own allocator, which is quick; one
// case gets there from a single document, as a host could (a 64 KiB skill label repeated in the
// reasons of 40,000 courses: over 2 GB of output), which takes a few seconds.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { createEngine, SweetspotError } from './helpers.mjs';

const CATALOG = {
  taxonomy: { skills: [{ id: 'sql', label: 'SQL' }, { id: 'art', label: 'Drawing' }] },
  organization: { priorities: [{ skill: 'sql', weight: 1, rationale: 'Data matters.' }] },
  catalog: {
    courses: [
      { id: 'c1', title: 'SQL', skills: [{ skill: 'sql', level: 2 }] },
      { id: 'c2', title: 'Drawing', skills: [{ skill: 'art', level: 1 }] },
    ],
  },
};
const OTHER = {
  organization: {},
  catalog: { courses: [{ id: 'x1', title: 'Other', skills: [{ skill: 'art', level: 2 }] }] },
};
const LEARNER = { id: 'ana', interests: [{ skill: 'sql', strength: 1 }, { skill: 'art', strength: 0.5 }] };
const opts = { asOf: '2026-01-15' };

/**
 * Uses up the module's memory with its own allocator: what is left cannot hold a request. Down to
 * the smallest blocks: a warm compact classify allocates nothing but its result (~200 bytes here).
 */
function exhaust(engine) {
  engine.handle(); // on its current module (a module broken by another engine is replaced first)
  const abi = engine._module.abi;
  let taken = 0;
  for (let size = 512 * 1024 * 1024; size >= 8; size >>>= 1) {
    while (abi.alloc(size)) taken += size;
  }
  return taken;
}

function assertOutOfMemory(run) {
  let error;
  try {
    run();
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof SweetspotError, `a SweetspotError, not ${error}`);
  assert.match(error.message, /^out of memory/);
  assert.equal(error.path, '');
  assert.equal(error.expected, 'a request that fits in memory');
  assert.match(error.found, /^out of memory/);
  return error;
}

/**
 * `load` (of OTHER) runs out of memory on an engine that has CATALOG: the engine still classifies
 * as `expected` with CATALOG's courses; then the same load replaces it as usual.
 */
function assertFailedLoadKeepsCatalog(e, load, expected) {
  exhaust(e);
  assertOutOfMemory(load);
  assert.equal(e.classifyJSON(LEARNER, opts), expected);
  assert.deepEqual(e.courseIds, ['c1', 'c2']);
  load();
  assert.deepEqual(e.courseIds, ['x1']);
}

let engine;
let baseline;
before(async () => {
  engine = await createEngine();
  engine.load(CATALOG);
  baseline = engine.classifyJSON(LEARNER, opts);
});
after(() => engine?.dispose());

describe('out of memory in WebAssembly', () => {
  it('a classification that cannot fit: a SweetspotError, then the next call works on a fresh module with the same catalog', () => {
    const before = engine.classify(LEARNER, opts); // kept across the restart
    const old = engine._module;
    assert.ok(exhaust(engine) > 1024 * 1024 * 1024, 'memory taken');
    assertOutOfMemory(() => engine.classifyJSON(LEARNER, opts));
    assert.ok(old.broken, 'the aborted module is marked');
    // The next call: transparently on a new module, the catalog loaded again.
    assert.equal(engine.classifyJSON(LEARNER, opts), baseline);
    assert.notEqual(engine._module, old);
    assert.equal(engine._module.broken, null);
    assert.ok(engine.memoryUsage().memoryBytes < 256 * 1024 * 1024, 'a small fresh memory');
    assert.deepEqual(engine.courseIds, ['c1', 'c2']);
    assert.equal(before.quadrant('c1'), 'sweet_spot');
    assert.equal(before.explain('c1').quadrant, 'sweet_spot'); // explains itself on the new module
    assert.equal(engine.classify(LEARNER, opts).quadrant('c2'), 'gift');
  });

  it('every entry point recovers: classify, explain, audit, suggestSkills, validate, documents', () => {
    const calls = [
      () => engine.classify(LEARNER, opts).summary,
      () => engine.explain('c1').quadrant,
      () => engine.audit([LEARNER, { id: 'bo' }], opts).learners,
      () => engine.suggestSkills({ title: 'SQL for analysts' }).suggestions[0].skill,
      () => engine.validate({ learner: LEARNER }).valid,
      () => engine.classifyDocument({ ...CATALOG, learner: LEARNER }, opts).summary,
    ];
    engine.classify(LEARNER, opts); // so that explain has a learner
    const expected = calls.map((call) => call());
    calls.forEach((call, i) => {
      exhaust(engine);
      assertOutOfMemory(call);
      if (i === 1) engine.classify(LEARNER, opts); // explain needs a classification on the new module
      assert.deepEqual(call(), expected[i], `call ${i} after the restart`);
    });
  });

  it('two engines on one module: both move to the fresh module, each with its own catalog', async () => {
    const a = await createEngine();
    const b = await createEngine();
    assert.equal(a._module, b._module, 'one module');
    a.load(CATALOG);
    b.load(OTHER);
    const aBefore = a.classifyJSON(LEARNER, opts);
    const bBefore = b.classifyJSON(LEARNER, opts);
    exhaust(a);
    assertOutOfMemory(() => a.classifyJSON(LEARNER, opts));
    // b had nothing to do with it, but its module is gone too: it recovers on its own next call.
    assert.equal(b.classifyJSON(LEARNER, opts), bBefore);
    assert.equal(a.classifyJSON(LEARNER, opts), aBefore);
    assert.equal(a._module, b._module, 'the same fresh module');
    // A new engine now gets that fresh module too.
    const c = await createEngine();
    assert.equal(c._module, a._module);
    a.dispose();
    b.dispose();
    c.dispose();
  });

  it('a load that runs out of memory keeps the previous catalog', () => {
    assertFailedLoadKeepsCatalog(engine, () => engine.load(OTHER), baseline);
    engine.load(CATALOG);
  });

  it('a snapshot catalog comes back from the engine\'s own bytes, whatever the host did with its buffer', async () => {
    const e = await createEngine();
    const bytes = engine.compileCatalog(CATALOG);
    const other = engine.compileCatalog(OTHER);
    e.loadSnapshot(bytes);
    const expected = e.classifyJSON(LEARNER, opts);
    assert.equal(expected, baseline);
    bytes.fill(0); // the host reuses its buffer: the engine never kept a reference to it
    for (let round = 0; round < 2; round++) {
      // twice: the engine on the fresh module keeps its snapshot's bytes as the first did
      const old = e._module;
      exhaust(e);
      assertOutOfMemory(() => e.classifyJSON(LEARNER, opts));
      assert.equal(e.classifyJSON(LEARNER, opts), expected, `round ${round}`);
      assert.notEqual(e._module, old);
    }
    // A snapshot load that runs out of memory keeps the previous catalog, which comes back.
    assertFailedLoadKeepsCatalog(e, () => e.loadSnapshot(other), expected);
    e.dispose();
    assert.equal(engine.classifyJSON(LEARNER, opts), baseline); // the suite's engine shared the module
  });

  it('an engine that never loaded a catalog recovers too (one-shot documents)', async () => {
    const e = await createEngine({ wasmBinary: await (await import('node:fs/promises')).readFile(new URL('../../web/dist/sweetspot-core.wasm', import.meta.url)) });
    const doc = { ...CATALOG, learner: LEARNER };
    const expected = e.classifyDocumentJSON(doc, opts);
    exhaust(e);
    assertOutOfMemory(() => e.classifyDocumentJSON(doc, opts));
    assert.equal(e.loaded, false);
    assert.equal(e.classifyDocumentJSON(doc, opts), expected);
    e.dispose();
  });

  it('a trap that is not out of memory says the engine failed, and the engine recovers', () => {
    const m = engine._module;
    let error;
    try {
      m.run((abi) => abi.explain(0x7ffffff0, 0)); // no engine there: an out-of-bounds access
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof SweetspotError, String(error));
    assert.match(error.message, /^the engine failed: /);
    assert.equal(engine.classifyJSON(LEARNER, opts), baseline);
  });

  it('a single document whose output cannot fit in 2 GB: out of memory, then the next call works', () => {
    // 40,000 courses teach one skill whose label is 64 KiB: each reason repeats it (2.6 GB).
    const label = 'L'.repeat(65536);
    const doc = {
      taxonomy: { skills: [{ id: 's', label }] },
      organization: {},
      catalog: { courses: Array.from({ length: 40000 }, (_, i) => ({ id: `c${i}`, skills: [{ skill: 's', level: 2 }] })) },
      learner: { id: 'l', interests: [{ skill: 's', strength: 1 }] },
    };
    const text = JSON.stringify(doc);
    assert.ok(text.length < 4 * 1024 * 1024, 'a 2 MB document, far below the 64 MiB limit');
    assertOutOfMemory(() => engine.classifyDocumentJSON(text, { asOf: null }));
    assert.equal(engine.classifyJSON(LEARNER, opts), baseline);
  });
});
