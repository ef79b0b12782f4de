// engine.classify(learner, {into}): a loop over many learners refills one Classification instead of
// allocating new arrays per call. What it holds afterwards must be exactly what a fresh classify of
// the same learner gives; a failed classify leaves it as it was; a Classification that cannot be
// refilled (another engine, an earlier catalog, transferred arrays) is refused before anything runs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { generateLearner, generateWorld } from './generate.mjs';
import { createEngine, SweetspotError } from './helpers.mjs';
import { createEngine as createLearnerEngine } from '../../web/src/learner-node.js';

const world = generateWorld(5);
const learners = [11, 12, 13].map((seed) => generateLearner(seed, world));
const asOf = '2026-01-01';

// Everything a Classification shows, as plain data (the arrays as plain arrays).
function plain(c) {
  return {
    learner: c.learner, asOf: c.asOf, thresholds: c.thresholds, noPersonalAgenda: c.noPersonalAgenda,
    summary: c.summary, growth: c.growth, warnings: c.warnings, length: c.length,
    quadrants: [...c.quadrants], personalUnits: [...c.personalUnits], orgUnits: [...c.orgUnits], flags: [...c.flags],
    tags: [...c],
  };
}

describe('classify into an earlier classification', () => {
  for (const [label, make] of [['full module', null], ['learner module', createLearnerEngine]]) {
    it(`${label}: a refilled classification equals a fresh one, arrays and all, and explains its new learner`, async () => {
      const full = await createEngine();
      full.load(world);
      const engine = make ? await make() : full;
      if (make) engine.loadSnapshot(full.compileCatalog(world));
      const fresh = learners.map((l) => plain(engine.classify(l, { asOf })));
      const c = engine.classify(learners[0], { asOf });
      const buffer = c.quadrants.buffer;
      for (const k of [1, 2, 0, 2]) {
        const again = engine.classify(learners[k], { asOf, into: c });
        assert.equal(again, c, 'into is returned');
        assert.equal(c.quadrants.buffer, buffer, 'no new arrays');
        assert.deepEqual(plain(c), fresh[k], `learner ${k}`);
        const id = engine.courseIds[3];
        assert.deepEqual(c.explain(id), engine.classify(learners[k], { asOf }).explain(id));
      }
      if (make) engine.dispose();
      full.dispose();
    });
  }

  it('a classify that fails leaves `into` as it was', async () => {
    const engine = await createEngine();
    engine.load(world);
    const c = engine.classify(learners[1], { asOf });
    const before = plain(c);
    assert.throws(() => engine.classify({ id: 7 }, { asOf, into: c }), (e) => e instanceof SweetspotError && e.path === '/learner/id');
    assert.deepEqual(plain(c), before);
    engine.dispose();
  });

  it('refuses what it cannot refill, before classifying: no classification, another engine, an earlier catalog, transferred arrays', async () => {
    const engine = await createEngine();
    engine.load(world);
    const other = await createEngine();
    other.load(world);
    const refused = (into, found) =>
      assert.throws(() => engine.classify(learners[0], { asOf, into }),
        (e) => e instanceof SweetspotError && e.path === 'options.into' && e.found === found, String(found));
    refused({ quadrants: new Uint8Array(1) }, 'object');
    refused([], 'array');
    const notMine = 'a Classification of another engine, an earlier catalog, or with transferred arrays';
    refused(other.classify(learners[0], { asOf }), notMine);
    const earlier = engine.classify(learners[0], { asOf });
    const last = engine.classify(learners[2], { asOf });
    engine.load(world);
    refused(earlier, notMine);
    const current = engine.classify(learners[1], { asOf });
    structuredClone(current.flags.buffer, { transfer: [current.flags.buffer] });
    refused(current, notMine);
    assert.equal(last.learner, learners[2].id, 'a refused into is not touched');
    // null or undefined: a new classification
    assert.notEqual(engine.classify(learners[0], { asOf, into: null }), current);
    engine.dispose();
    other.dispose();
  });
});
