// The loaded catalog's course list stays in the engine until it is asked for: a load reads no ids
// out of wasm memory, courseIndex(id) and a Classification's find(id) and title(course) ask the
// engine for one course, and courseIds / courseTitles / a Classification's courses read the list on
// first use, the same frozen arrays as before, also after another load or dispose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { generateLearner, generateWorld } from './generate.mjs';
import { createEngine } from './helpers.mjs';
import { createEngine as createLearnerEngine } from '../../web/src/learner-node.js';

const world = generateWorld(7);
const learner = generateLearner(11, world);
const asOf = '2026-01-01';

// Counts the calls that read the course list out of the module.
function countListReads(engine) {
  const abi = engine._module.abi;
  const read = abi.courseTexts;
  const counter = { ids: 0, titles: 0 };
  abi.courseTexts = function (handle, part) {
    counter[part === 0 ? 'ids' : 'titles'] += 1;
    return read.call(this, handle, part);
  };
  return counter;
}

describe('course list on demand', () => {
  it('a snapshot load, a classify and a few lookups read no course list; courseIndex agrees with courseIds', async () => {
    const full = await createEngine();
    const snapshot = full.compileCatalog(world);
    const engine = await createLearnerEngine();
    const reads = countListReads(engine);
    engine.loadSnapshot(snapshot);
    const c = engine.classify(learner, { asOf });
    const ids = world.catalog.courses.map((course) => course.id);
    const sorted = [...ids].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)); // byte order
    const byId = new Map(world.catalog.courses.map((course) => [course.id, course.title ?? course.id]));
    for (const id of ids.slice(0, 12)) {
      assert.equal(engine.courseIndex(id), sorted.indexOf(id), id);
      assert.equal(c.get(id).course, id);
      assert.deepEqual(c.find(id), c.get(id));
      assert.equal(c.title(id), byId.get(id));
      assert.equal(c.title(c.indexOf(id)), byId.get(id));
      assert.deepEqual(c.get(c.indexOf(id)), c.get(id), 'by index, its id read on its own');
      assert.ok(['sweet_spot', 'uphill', 'gift', 'waste'].includes(c.quadrant(id)));
    }
    assert.equal(c.find('no such course'), null);
    assert.equal(c.find(7), null);
    assert.throws(() => c.title('no such course'), /a course id of the loaded catalog/);
    assert.throws(() => c.title(ids.length), /a course id of the loaded catalog/);
    assert.deepEqual(reads, { ids: 0, titles: 0 }, 'nothing read the whole list');

    assert.deepEqual(engine.courseIds, sorted);
    assert.ok(Object.isFrozen(engine.courseIds));
    assert.equal(engine.courseIds, engine.courseIds, 'read once, the same array after');
    assert.equal(c.courses, engine.courseIds);
    assert.deepEqual(reads, { ids: 1, titles: 0 });
    engine.courseIds.forEach((id, i) => assert.equal(engine.courseIndex(id), i, id));
    assert.deepEqual(engine.courseTitles, sorted.map((id) => byId.get(id)));
    assert.deepEqual(reads, { ids: 1, titles: 1 });
    engine.dispose();
    full.dispose();
  });

  it('courseIndex is -1 for what is no course id of the loaded catalog', async () => {
    const engine = await createEngine();
    assert.equal(engine.courseIndex(world.catalog.courses[0].id), -1, 'nothing loaded');
    assert.deepEqual(engine.courseIds, []);
    assert.ok(Object.isFrozen(engine.courseIds));
    engine.load({ organization: {}, catalog: { courses: [{ id: '\uFFFD' }, { id: '7' }, { id: 'é' }, { id: 'x'.repeat(60000) }] } });
    for (const id of ['', 'nope', 7, null, undefined, {}, ['7'], '\uD800', 'e\u0301', '7 ', 'x'.repeat(59999)]) {
      assert.equal(engine.courseIndex(id), -1, String(id).slice(0, 20));
    }
    // Byte order: "7", "xx…", "é" (C3 A9), U+FFFD (EF BF BD). A lone surrogate would reach the
    // engine as U+FFFD, which is an id here.
    assert.equal(engine.courseIndex('7'), 0);
    assert.equal(engine.courseIndex('x'.repeat(60000)), 1, 'an id longer than the scratch buffer');
    assert.equal(engine.courseIndex('é'), 2);
    assert.equal(engine.courseIndex('\uFFFD'), 3);
    engine.dispose();
  });

  it('title(course) reads one title, whatever its characters, the same as courseTitles', async () => {
    const engine = await createEngine();
    const titles = ['Ünïcødé ✓', '😀 in the astral plane', 'plain', 'x'.repeat(3000), '<b>not HTML</b>', ''];
    engine.load({ organization: {}, catalog: { courses: titles.map((title, i) => ({ id: `c${i}`, title })) } });
    const c = engine.classify({ id: 'l' }, { asOf });
    const reads = countListReads(engine);
    const one = titles.map((_, i) => c.title(`c${i}`));
    assert.deepEqual(reads, { ids: 0, titles: 0 });
    assert.deepEqual(one, titles);
    assert.deepEqual(titles.map((_, i) => c.title(engine.courseIndex(`c${i}`))), one);
    assert.deepEqual(engine.courseIds.map((id) => c.title(id)), engine.courseTitles);
  });

  it('a Classification keeps the ids of its own catalog after another load, and dispose keeps the lists', async () => {
    const engine = await createEngine();
    engine.load({ organization: {}, catalog: { courses: [{ id: 'b', title: 'B' }, { id: 'a', title: 'A' }] } });
    const first = engine.classify({ id: 'l' }, { asOf });
    const reads = countListReads(engine);
    engine.load({ organization: {}, catalog: { courses: [{ id: 'c', title: 'C' }] } });
    assert.deepEqual(reads, { ids: 1, titles: 1 }, 'the held list was read before it went');
    assert.deepEqual(first.courses, ['a', 'b']);
    assert.equal(first.title('a'), 'A');
    assert.equal(first.title(1), 'B');
    assert.deepEqual(first.find('b'), { course: 'b', index: 1, quadrant: first.quadrant('b'), personal: 0, org: 0, flags: first.flagNames('b') });
    assert.deepEqual(engine.courseIds, ['c']);
    const second = engine.classify({ id: 'l' }, { asOf });
    engine.load({ organization: {}, catalog: { courses: [{ id: 'd' }] } });
    assert.deepEqual(second.courses, ['c']);
    assert.deepEqual(first.courses, ['a', 'b']);
    // A Classification finds the ids of its own catalog, not of the one loaded since.
    assert.equal(first.indexOf('b'), 1);
    assert.equal(first.indexOf('d'), -1);
    assert.equal(second.indexOf('c'), 0);
    assert.equal(second.indexOf('a'), -1);
    assert.equal(first.get('a').index, 0);
    // A failed load keeps the catalog and its list.
    const ids = engine.courseIds;
    assert.throws(() => engine.load('{"organization": {}, "catalog": '));
    assert.equal(engine.courseIds, ids);
    engine.load({ organization: {}, catalog: { courses: [{ id: 'f', title: 'F' }, { id: 'e' }] } });
    engine.dispose();
    assert.deepEqual(engine.courseIds, ['e', 'f']);
    assert.deepEqual(engine.courseTitles, ['e', 'F']);
    assert.equal(engine.courseIndex('f'), 1);
    assert.equal(engine.courseIndex('d'), -1);
  });
});
