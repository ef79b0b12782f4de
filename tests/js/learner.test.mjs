// The learner module (issue 14): sweetspot-learner.wasm through 'sweetspot/learner' gives, from a
// snapshot, the same load, classifications and explanations as the full module from JSON; the
// other calls say which module they need; and results stand alone (issue 16): a classification
// explains itself whatever the engine classified since.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

import { expectedOf, goldenCases } from '../golden/cases.mjs';
import { createEngine, DIST, SweetspotError } from './helpers.mjs';
import { createEngine as createLearnerEngine } from '../../web/src/learner-node.js';

// The golden classify inputs, split as a host has them: catalog documents, and a learner request.
const worlds = goldenCases()
  .filter((c) => c.command === 'classify' && expectedOf(c)?.kind === 'json')
  .map((c) => {
    const { learner, asOf = null, ...catalog } = JSON.parse(readFileSync(c.input, 'utf8'));
    return { name: c.name, catalog, learner, asOf };
  });

let full;
let lean;
before(async () => {
  full = await createEngine();
  lean = await createLearnerEngine();
});
after(() => {
  full.dispose();
  lean.dispose();
});

describe('the learner module', () => {
  it('is its own, smaller module', () => {
    assert.notEqual(lean._module, full._module);
    assert.equal(lean._module.file, 'sweetspot-learner.wasm');
    const gz = (f) => gzipSync(readFileSync(DIST + f), { level: 9 }).length;
    assert.ok(gz('sweetspot-learner.wasm') < gz('sweetspot-core.wasm'));
  });

  it('from a snapshot: the full module\'s load, classification and explanations from JSON, byte for byte', () => {
    assert.ok(worlds.length >= 10, `${worlds.length} golden worlds`);
    for (const w of worlds) {
      const options = { asOf: w.asOf };
      const loaded = full.load(w.catalog);
      const expected = full.classifyJSON(w.learner, options);
      const snapshot = full.compileCatalog(w.catalog);
      for (const load of [() => lean.loadSnapshot(snapshot), () => lean.loadSnapshot(snapshot.buffer)]) {
        assert.deepEqual(load(), loaded, w.name);
        assert.deepEqual(lean.courseIds, full.courseIds, w.name);
        assert.deepEqual(lean.courseTitles, full.courseTitles, w.name);
        assert.equal(lean.classifyJSON(w.learner, options), expected, w.name);
        const c = lean.classify(w.learner, options);
        JSON.parse(expected).courses.forEach((course, i) => assert.deepEqual(c.explain(i), course, `${w.name} ${course.course}`));
      }
    }
  });

  it('a JSON catalog and the admin calls throw a SweetspotError naming the full module', () => {
    lean.loadSnapshot(full.compileCatalog(worlds[0].catalog));
    const calls = {
      load: () => lean.load(worlds[0].catalog),
      audit: () => lean.audit([worlds[0].learner]),
      suggestSkills: () => lean.suggestSkills({ title: 'x' }),
      compileCatalog: () => lean.compileCatalog(worlds[0].catalog),
      validate: () => lean.validateJSON(worlds[0].catalog),
      classifyDocument: () => lean.classifyDocument({ ...worlds[0].catalog, learner: worlds[0].learner }),
      auditDocument: () => lean.auditDocument({ ...worlds[0].catalog, learners: [] }),
    };
    for (const [name, call] of Object.entries(calls)) {
      assert.throws(call, (e) => e instanceof SweetspotError && /full module/.test(e.expected) && e.found === 'an engine on sweetspot-learner.wasm', name);
    }
    assert.equal(lean.classify(worlds[0].learner, { asOf: worlds[0].asOf }).length, lean.courseIds.length, 'and the engine goes on');
  });
});

describe('results stand alone', () => {
  for (const [label, create] of [['full module', () => full], ['learner module', () => lean]]) {
    it(`${label}: a classification explains itself after any number of others, and leaves the engine's last one as it was`, () => {
      const engine = create();
      const w = worlds.find((x) => x.name === 'classify-demo-sample') ?? worlds[0];
      engine.loadSnapshot(full.compileCatalog(w.catalog));
      const options = { asOf: w.asOf };
      const first = engine.classify(w.learner, options);
      const expected = JSON.parse(engine.classifyJSON(w.learner, options)).courses;
      const others = Array.from({ length: 25 }, (_, i) => ({ id: `other-${i}`, interests: [] }));
      const last = others.map((l) => engine.classify(l, options)).at(-1);
      const lastExpected = JSON.parse(engine.classifyJSON(others.at(-1), options)).courses;
      engine.classify(others.at(-1), options);
      // Interleaved: the older one, the engine's own last learner, the newest one — each its own.
      expected.forEach((course, i) => {
        assert.deepEqual(first.explain(i), course);
        assert.deepEqual(engine.explain(i), lastExpected[i]);
        assert.deepEqual(last.explain(course.course), lastExpected[i]);
      });
      // The engine's arrays still belong to the last classify: nothing was classified again.
      const again = engine.classify(others.at(-1), options);
      assert.deepEqual([...again.quadrants], [...last.quadrants]);
    });
  }

  it('a bad request is refused with its path, and explains nothing of another learner', () => {
    const w = worlds[0];
    full.load(w.catalog);
    const c = full.classify(w.learner, { asOf: w.asOf });
    const h = full.handle();
    assert.throws(() => full._module.run((abi) => abi.explainLearner(h, '{"learner": 3}', 0)), (e) => e instanceof SweetspotError && e.path === '/learner');
    assert.throws(() => full._module.run((abi) => abi.explainLearner(h, full._last.text, full.courseIds.length)), (e) => e instanceof SweetspotError && /course index/.test(e.expected));
    assert.deepEqual(c.explain(0), JSON.parse(full.classifyJSON(w.learner, { asOf: w.asOf })).courses[0]);
  });
});
