// The JS API over the WebAssembly module: load, classify (compact), explain, classifyJSON, audit,
// validate, one-shot documents, asOf, dispose, several engines, a failed load.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';

import { generateLearner, generateWorld } from './generate.mjs';
import { createEngine, FLAGS, QUADRANTS, ROOT, SweetspotError, today } from './helpers.mjs';
import { Classification, Engine } from '../../web/src/node.js';

const world = generateWorld(7);
const learner = generateLearner(11, world);

describe('engine basics', () => {
  let engine;
  before(async () => {
    engine = await createEngine();
  });

  it('createEngine returns an Engine; modules are shared', async () => {
    assert.ok(engine instanceof Engine);
    const other = await createEngine();
    assert.equal(other._module, engine._module, 'one module for the same options');
    other.dispose();
  });

  it('load returns {courses, skills, warnings} and caches course ids in index order', () => {
    const r = engine.load(world);
    assert.equal(r.courses, world.catalog.courses.length);
    assert.equal(r.skills, world.taxonomy.skills.length);
    assert.deepEqual(r.warnings, []);
    assert.equal(engine.courseIds.length, r.courses);
    assert.ok(Object.isFrozen(engine.courseIds));
    assert.deepEqual([...engine.courseIds].sort(), world.catalog.courses.map((c) => c.id).sort());
    assert.equal(engine.courseIndex(engine.courseIds[3]), 3);
    assert.equal(engine.courseIndex('nope'), -1);
    assert.ok(engine.loaded);
  });

  it('load accepts JSON text, and parts given as JSON text', () => {
    const a = engine.load(JSON.stringify(world));
    const b = engine.load({ taxonomy: JSON.stringify(world.taxonomy), organization: world.organization, catalog: JSON.stringify(world.catalog) });
    assert.deepEqual(a, b);
  });

  it('classify gives typed arrays, summary and per-course lookup consistent with classifyJSON', () => {
    engine.load(world);
    const c = engine.classify(learner, { asOf: '2026-01-01' });
    assert.ok(c instanceof Classification);
    assert.equal(c.length, engine.courseIds.length);
    assert.ok(c.quadrants instanceof Uint8Array && c.flags instanceof Uint8Array);
    assert.ok(c.personalUnits instanceof Uint16Array && c.orgUnits instanceof Uint16Array);
    assert.equal(c.courses, engine.courseIds);
    assert.equal(c.learner, learner.id);
    assert.equal(c.asOf, '2026-01-01');
    const full = JSON.parse(engine.classifyJSON(learner, { asOf: '2026-01-01' }));
    assert.deepEqual(c.summary, full.summary);
    assert.deepEqual(c.growth, full.growth);
    assert.deepEqual(c.warnings, full.warnings);
    assert.deepEqual(c.thresholds, full.thresholds);
    assert.equal(c.noPersonalAgenda, full.noPersonalAgenda);
    // Every field of the full JSON but its courses, in its order (the numbers come from memory).
    const { courses: _, ...rest } = full;
    assert.deepEqual(Object.keys(c).filter((k) => k in rest), Object.keys(rest));
    for (const [key, value] of Object.entries(rest)) assert.deepEqual(c[key], value, key);
    full.courses.forEach((course, i) => {
      assert.equal(c.courses[i], course.course);
      const got = c.get(course.course);
      assert.deepEqual(got, { course: course.course, index: i, quadrant: course.quadrant, personal: course.personal, org: course.org, flags: course.flags });
      assert.equal(c.quadrant(i), course.quadrant);
      assert.equal(c.personal(course.course), course.personal);
      assert.equal(c.org(course.course), course.org);
      assert.deepEqual(c.flagNames(i), course.flags);
      for (const name of Object.keys(FLAGS)) assert.equal(c.hasFlag(i, name), course.flags.includes(name));
      assert.deepEqual(c.explain(course.course), course);
      assert.deepEqual(engine.explain(course.course), course);
    });
    const counts = Object.fromEntries(QUADRANTS.map((q) => [q, c.indexesIn(q).length]));
    assert.deepEqual(counts, full.summary);
    assert.equal([...c].length, c.length);
  });

  it('compact arrays are copies: a later classify does not change them', () => {
    engine.load(world);
    const a = engine.classify(learner, { asOf: '2026-01-01' });
    const snapshot = [Array.from(a.quadrants), Array.from(a.personalUnits)];
    engine.classify({ id: 'nobody' }, { asOf: '2026-01-01' });
    assert.deepEqual([Array.from(a.quadrants), Array.from(a.personalUnits)], snapshot);
    // explain() of the older classification recomputes it first
    const id = a.courses[0];
    const expected = JSON.parse(engine.classifyJSON(learner, { asOf: '2026-01-01' })).courses[0];
    engine.classify({ id: 'nobody' });
    assert.deepEqual(a.explain(id), expected);
  });

  it('explain of a classification from an earlier catalog throws', () => {
    engine.load(world);
    const a = engine.classify(learner);
    engine.load(world);
    assert.throws(() => a.explain(0), SweetspotError);
  });

  it('unknown course ids throw SweetspotError', () => {
    engine.load(world);
    const c = engine.classify(learner);
    assert.throws(() => c.get('no-such-course'), (e) => e instanceof SweetspotError && e.found === '"no-such-course"');
    assert.throws(() => engine.explain('no-such-course'), SweetspotError);
    assert.throws(() => c.indexesIn('great'), SweetspotError);
  });

  it('asOf defaults to today in the JS layer; null leaves it out; a Date is accepted', () => {
    engine.load(world);
    assert.equal(engine.classify(learner).asOf, today());
    assert.equal(engine.classify(learner, { asOf: null }).asOf, null);
    assert.equal(engine.classify(learner, { asOf: new Date(2024, 1, 29) }).asOf, '2024-02-29');
    assert.match(today(), /^\d{4}-\d{2}-\d{2}$/);
    assert.throws(() => engine.classify(learner, { asOf: '2024-02-30' }), (e) => e.path === '/asOf');
  });

  it('learner as JSON text equals learner as object', () => {
    engine.load(world);
    assert.equal(engine.classifyJSON(JSON.stringify(learner), { asOf: '2026-01-01' }), engine.classifyJSON(learner, { asOf: '2026-01-01' }));
  });

  it('classifyJSON pretty is the same value, indented', () => {
    engine.load(world);
    const pretty = engine.classifyJSON(learner, { asOf: '2026-01-01', pretty: true });
    assert.ok(pretty.includes('\n'));
    assert.deepEqual(JSON.parse(pretty), JSON.parse(engine.classifyJSON(learner, { asOf: '2026-01-01' })));
  });

  it('audit over the loaded catalog equals the one-shot audit document', () => {
    engine.load(world);
    const learners = [1, 2, 3, 4].map((s) => generateLearner(s, world));
    const a = engine.auditJSON(learners, { asOf: '2026-01-01' });
    const b = engine.auditDocumentJSON({ ...world, learners, asOf: '2026-01-01' });
    assert.equal(a, b);
    assert.deepEqual(engine.audit(learners, { asOf: '2026-01-01' }), JSON.parse(a));
  });

  it('one-shot classifyDocument equals load + classifyJSON when the catalog has no warnings', () => {
    engine.load(world);
    const one = engine.classifyDocumentJSON({ ...world, learner, asOf: '2026-01-01' });
    assert.equal(one, engine.classifyJSON(learner, { asOf: '2026-01-01' }));
    // as text: a missing asOf is filled with the option (or today); a present one is kept
    const text = JSON.stringify({ ...world, learner });
    assert.equal(engine.classifyDocument(text, { asOf: '2026-01-01' }).asOf, '2026-01-01');
    assert.equal(engine.classifyDocument(text).asOf, today());
    assert.equal(engine.classifyDocument(text, { asOf: null }).asOf, null);
    const dated = JSON.stringify({ ...world, learner, asOf: '2025-05-05' });
    assert.equal(engine.classifyDocument(dated, { asOf: '2026-01-01' }).asOf, '2025-05-05');
  });

  it('validate returns a verdict and never throws for bad content', () => {
    const ok = engine.validate(world);
    assert.equal(ok.valid, true);
    assert.equal(ok.kind, 'combined');
    assert.equal(ok.counts.courses, world.catalog.courses.length);
    assert.equal(engine.validate(world.catalog).kind, 'catalog');
    assert.equal(engine.validate(JSON.stringify(learner)).kind, 'learner');
    const bad = engine.validate({ catalog: { courses: [{ id: 'x', skills: [{ skill: 's1', level: 9 }] }] } });
    assert.equal(bad.valid, false);
    assert.equal(bad.error.path, '/catalog/courses/0/skills/0/level');
    assert.match(bad.error.expected, /\d\.\.5/);
    assert.equal(bad.error.found, 'number 9');
    assert.throws(() => engine.validateJSON('{"catalog": 1}'), SweetspotError);
  });

  it('warnings are returned, never printed', () => {
    const logged = [];
    const saved = [console.log, console.warn, console.error];
    console.log = console.warn = console.error = (...a) => logged.push(a);
    try {
      const w = engine.load({ ...world, catalog: { courses: [{ id: 'x', title: 'X', skills: [{ skill: 'unknown-skill', level: 2 }], color: 'red' }] } });
      assert.ok(w.warnings.length >= 2);
      assert.ok(w.warnings.every((x) => typeof x.path === 'string' && typeof x.message === 'string'));
      const c = engine.classify({ id: 'l', interests: [{ skill: 'nope', strength: 1 }] });
      assert.ok(c.warnings.some((x) => x.path.startsWith('/learner/interests/0')));
    } finally {
      [console.log, console.warn, console.error] = saved;
    }
    assert.deepEqual(logged, []);
  });
});

describe('failed load, several engines, dispose', () => {
  it('a failed load throws SweetspotError and keeps the previous catalog', async () => {
    const engine = await createEngine();
    engine.load(world);
    const before = engine.classifyJSON(learner, { asOf: '2026-01-01' });
    const ids = engine.courseIds;
    const broken = structuredClone(world);
    broken.catalog.courses[2].skills[0].level = 'high';
    assert.throws(
      () => engine.load(broken),
      (e) => e instanceof SweetspotError && e instanceof Error && e.name === 'SweetspotError' &&
        e.path === '/catalog/courses/2/skills/0/level' && /level \d\.\.5/.test(e.expected) && e.found === 'string "high"' &&
        e.message.startsWith('/catalog/courses/2/skills/0/level:'),
    );
    assert.throws(() => engine.load('{"organization": {}, "catalog": '), SweetspotError);
    assert.equal(engine.courseIds, ids);
    assert.equal(engine.classifyJSON(learner, { asOf: '2026-01-01' }), before);
    engine.dispose();
  });

  it('classify before load, explain before classify: errors, not crashes', async () => {
    const engine = await createEngine();
    assert.throws(() => engine.classify(learner), (e) => e instanceof SweetspotError && /load/.test(e.expected));
    engine.load(world);
    assert.throws(() => engine.explain(0), (e) => e instanceof SweetspotError && /classif/.test(e.expected));
    engine.dispose();
  });

  it('several engines hold different catalogs at once', async () => {
    const worlds = [generateWorld(1), generateWorld(2, { courses: 12 }), generateWorld(3, { courses: 50 })];
    const engines = await Promise.all(worlds.map(() => createEngine()));
    engines.forEach((e, i) => e.load(worlds[i]));
    const learners = worlds.map((w, i) => generateLearner(100 + i, w));
    const first = engines.map((e, i) => e.classifyJSON(learners[i], { asOf: '2026-01-01' }));
    // interleave calls: each engine keeps its own catalog and learner
    for (let round = 0; round < 3; ++round) {
      engines.forEach((e, i) => {
        assert.equal(e.classifyJSON(learners[i], { asOf: '2026-01-01' }), first[i]);
        assert.equal(e.classify(learners[i]).length, worlds[i].catalog.courses.length);
      });
    }
    const solo = await createEngine();
    worlds.forEach((w, i) => assert.equal(solo.classifyDocumentJSON({ ...w, learner: learners[i], asOf: '2026-01-01' }), first[i]));
    for (const e of [...engines, solo]) e.dispose();
  });

  it('dispose frees the engine; later calls throw; dispose twice is fine', async () => {
    const engine = await createEngine();
    engine.load(world);
    engine.dispose();
    engine.dispose();
    assert.equal(engine.disposed, true);
    assert.throws(() => engine.classify(learner), (e) => e instanceof SweetspotError && e.found === 'a disposed engine');
    assert.throws(() => engine.load(world), SweetspotError);
  });

  it('createEngine takes wasmBinary and locateFile', async () => {
    const bytes = readFileSync(`${ROOT}web/dist/sweetspot-core.wasm`);
    const a = await createEngine({ wasmBinary: bytes });
    const b = await createEngine({ locateFile: (name) => new URL(`../../web/dist/${name}`, import.meta.url).href });
    for (const e of [a, b]) {
      e.load(world);
      assert.equal(e.classify(learner).length, world.catalog.courses.length);
      e.dispose();
    }
    await assert.rejects(createEngine({ locateFile: () => '/nonexistent/sweetspot-core.wasm' }), SweetspotError);
    await assert.rejects(createEngine({ wasmBinary: new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9]) }), SweetspotError);
  });

  it('documents of the wrong type are SweetspotErrors', async () => {
    const engine = await createEngine();
    assert.throws(() => engine.load(42), SweetspotError);
    assert.throws(() => engine.load(null), SweetspotError);
    assert.throws(() => engine.classifyDocument([1, 2]), SweetspotError);
    assert.throws(() => engine.validateJSON(undefined), SweetspotError);
    engine.dispose();
  });
});
