// Catalog snapshots in JS (docs/snapshot.md): compileCatalog() gives the bytes `sweetspot compile`
// writes; an engine after loadSnapshot() answers byte for byte as one after load() (load result,
// course list, classifyJSON, classify's arrays, explain, audit, suggestions) on the golden
// classify/audit cases and the demo sample; bad bytes throw SweetspotError with a snapshot path and
// keep the previous catalog; every input form (Uint8Array, ArrayBuffer, other views) works.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { goldenCases } from '../golden/cases.mjs';
import { createEngine, hasCLI, ROOT, runCLI, SweetspotError } from './helpers.mjs';

// {catalog part, request part} of a combined document, as the engine's load and classify read them.
function split(doc) {
  const catalog = {};
  const request = {};
  for (const [k, v] of Object.entries(doc)) (k === 'learner' || k === 'learners' || k === 'asOf' ? request : catalog)[k] = v;
  return { catalog, request };
}

function attempt(f) {
  try {
    return { ok: f() };
  } catch (e) {
    if (!(e instanceof SweetspotError)) throw e;
    return { error: e.message };
  }
}

let fromJSON;
let fromSnapshot;
let compiler;
before(async () => {
  [fromJSON, fromSnapshot, compiler] = await Promise.all([createEngine(), createEngine(), createEngine()]);
});
after(() => {
  for (const e of [fromJSON, fromSnapshot, compiler]) e?.dispose();
});

function expectSameEngines(doc, name) {
  const { catalog, request } = split(doc);
  const text = JSON.stringify(catalog);
  const loaded = attempt(() => fromJSON.load(text));
  const compiled = attempt(() => compiler.compileCatalog(text));
  assert.equal(!!loaded.ok, !!compiled.ok, `${name}: load and compileCatalog disagree`);
  if (!loaded.ok) {
    assert.equal(compiled.error, loaded.error, name);
    return 0;
  }
  assert.ok(compiled.ok instanceof Uint8Array, name);
  assert.deepEqual(fromSnapshot.loadSnapshot(compiled.ok), loaded.ok, name);
  assert.deepEqual(fromSnapshot.courseIds, fromJSON.courseIds, name);
  assert.deepEqual(fromSnapshot.courseTitles, fromJSON.courseTitles, name);
  const options = { asOf: request.asOf ?? null };
  const learners = request.learners ?? (request.learner ? [request.learner] : []);
  for (const learner of Array.isArray(learners) ? learners : []) {
    const a = attempt(() => fromJSON.classifyJSON(learner, options));
    const b = attempt(() => fromSnapshot.classifyJSON(learner, options));
    assert.deepEqual(b, a, `${name}: classifyJSON`);
    if (!a.ok) continue;
    const ca = fromJSON.classify(learner, options);
    const cb = fromSnapshot.classify(learner, options);
    assert.deepEqual(cb.summary, ca.summary, name);
    for (const key of ['personalUnits', 'orgUnits', 'quadrants', 'flags']) assert.deepEqual(cb[key], ca[key], `${name}: ${key}`);
    for (let i = 0; i < fromJSON.courseIds.length; i++) assert.deepEqual(fromSnapshot.explain(i), fromJSON.explain(i), `${name}: explain ${i}`);
  }
  if (Array.isArray(request.learners)) {
    assert.deepEqual(attempt(() => fromSnapshot.auditJSON(request.learners, options)), attempt(() => fromJSON.auditJSON(request.learners, options)), `${name}: audit`);
  }
  const suggest = { courses: fromJSON.courseTitles.map((title) => ({ title })), minConfidence: 0 };
  assert.deepEqual(attempt(() => fromSnapshot.suggestSkills(suggest)), attempt(() => fromJSON.suggestSkills(suggest)), `${name}: suggestSkills`);
  return 1;
}

describe('catalog snapshots', () => {
  it('an engine from loadSnapshot answers byte for byte as one from load, on every golden classify/audit case', () => {
    let loaded = 0;
    for (const c of goldenCases()) {
      if (c.command === 'validate') continue;
      let doc;
      try {
        doc = JSON.parse(readFileSync(c.input, 'utf8'));
      } catch {
        continue;
      }
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
      loaded += expectSameEngines(doc, c.name);
    }
    assert.ok(loaded >= 20, `only ${loaded} cases loaded`);
  });

  it('and on the demo sample', () => {
    expectSameEngines(JSON.parse(readFileSync(`${ROOT}examples/intranet/data/sample-classify.json`, 'utf8')), 'sample-classify');
  });

  it('compileCatalog gives the bytes of `sweetspot compile`', { skip: !hasCLI() && 'build/native/sweetspot is not built' }, (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sweetspot-snapshot-'));
    try {
      const { catalog } = split(JSON.parse(readFileSync(`${ROOT}examples/intranet/data/sample-classify.json`, 'utf8')));
      const output = path.join(dir, 'catalog.sscat');
      const text = JSON.stringify(catalog);
      const run = runCLI(['compile', '-', '-o', output], text);
      if (run.status === 2 && /unknown (command|option)/.test(run.stderr)) return t.skip('build/native/sweetspot predates `compile`: rebuild it');
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(compiler.compileCatalog(text), new Uint8Array(readFileSync(output)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the bytes as a Uint8Array, an ArrayBuffer or any other view; nothing else', async () => {
    const { catalog } = split(JSON.parse(readFileSync(`${ROOT}tests/golden/inputs/classify-quadrants.json`, 'utf8')));
    const bytes = compiler.compileCatalog(catalog);
    const engine = await createEngine();
    try {
      const expected = engine.loadSnapshot(bytes);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      assert.deepEqual(engine.loadSnapshot(buffer), expected);
      const padded = new Uint8Array(bytes.length + 3);
      padded.set(bytes, 3);
      assert.deepEqual(engine.loadSnapshot(new DataView(padded.buffer, 3, bytes.length)), expected);
      for (const wrong of ['SWSPCAT1', [1, 2, 3], null, 42]) {
        assert.throws(() => engine.loadSnapshot(wrong), (e) => e instanceof SweetspotError && /Uint8Array or an ArrayBuffer/.test(e.expected));
      }
    } finally {
      engine.dispose();
    }
  });

  it('after an abort (out of memory), the engine comes back with its snapshot catalog', async () => {
    const { catalog, request } = split(JSON.parse(readFileSync(`${ROOT}tests/golden/inputs/classify-quadrants.json`, 'utf8')));
    const bytes = compiler.compileCatalog(catalog);
    const engine = await createEngine();
    try {
      engine.loadSnapshot(bytes);
      bytes.fill(0); // the engine kept its own copy for the restart
      const options = { asOf: request.asOf ?? null };
      const before = engine.classifyJSON(request.learner, options);
      // Use up the module's memory with its own allocator (as tests/js/oom.test.mjs), then ask for more.
      const abi = engine._module.abi;
      for (let size = 512 * 1024 * 1024; size >= 256; size >>>= 1) while (abi.alloc(size));
      assert.throws(() => engine.classifyJSON(request.learner, options), (e) => e instanceof SweetspotError && /^out of memory/.test(e.message));
      assert.equal(engine.classifyJSON(request.learner, options), before);
    } finally {
      engine.dispose();
    }
  });

  it('refuses bad bytes with the snapshot path and keeps the previous catalog', async () => {
    const doc = JSON.parse(readFileSync(`${ROOT}tests/golden/inputs/classify-quadrants.json`, 'utf8'));
    const { catalog, request } = split(doc);
    const bytes = compiler.compileCatalog(catalog);
    const engine = await createEngine();
    try {
      engine.loadSnapshot(bytes);
      const before = engine.classifyJSON(request.learner, { asOf: request.asOf ?? null });
      const cases = [
        [bytes.slice(0, 10), 'snapshot:/header@0'],
        [bytes.slice(0, bytes.length - 1), 'snapshot:/header/length@16'],
        [Uint8Array.from(bytes, (b, i) => (i === bytes.length - 5 ? b ^ 1 : b)), 'snapshot:/header/hash@24'],
        [new TextEncoder().encode(JSON.stringify(catalog)), 'snapshot:/header/magic@0'],
      ];
      for (const [bad, path] of cases) {
        assert.throws(() => engine.loadSnapshot(bad), (e) => e instanceof SweetspotError && e.path === path && e.message.startsWith(`${path}: expected `));
      }
      assert.equal(engine.classifyJSON(request.learner, { asOf: request.asOf ?? null }), before);
      // compileCatalog refuses what load refuses, with the same error.
      assert.throws(() => engine.compileCatalog({ organization: {}, catalog: { courses: [{ id: 'a', skills: [{ skill: 'x', level: 9 }] }] } }),
        (e) => e instanceof SweetspotError && e.path === '/catalog/courses/0/skills/0/level');
    } finally {
      engine.dispose();
    }
  });
});
