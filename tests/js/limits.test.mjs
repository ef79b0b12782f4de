// Limits inside WebAssembly: nesting far beyond the depth limit (100,000 levels, and JSONTestSuite's
// two deepest files) is refused with a SweetspotError that names the limit and its path — not a
// stack overflow, not an aborted module — through every entry point, and the engine keeps working.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { createEngine, ROOT, SweetspotError } from './helpers.mjs';

const SUITE = `${ROOT}tests/data/jsontestsuite/test_parsing/`;
const DEPTH = 64; // core/src/documents/input_limits.h kMaxDepth
const LEVELS = 100_000;

const arrays = (n) => '['.repeat(n) + ']'.repeat(n);
const objects = (n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

// The pointer of the container that would open level DEPTH + 1, below `prefix`.
function deepPath(prefix, openedAbove, step) {
  return prefix + step.repeat(DEPTH - openedAbove);
}

const CATALOG = {
  organization: { priorities: [{ skill: 'sql', weight: 1 }] },
  catalog: { courses: [{ id: 'c1', title: 'SQL', skills: [{ skill: 'sql', level: 2 }] }, { id: 'c2', title: 'Art', skills: [{ skill: 'art', level: 1 }] }] },
};
const LEARNER = { id: 'ana', interests: [{ skill: 'sql', strength: 1 }] };

let engine;
before(async () => {
  engine = await createEngine();
  engine.load(CATALOG);
});
after(() => engine?.dispose());

function assertDepthError(run, path) {
  let error;
  const start = performance.now();
  try {
    run();
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - start;
  assert.ok(error instanceof SweetspotError, `a SweetspotError, not ${error}`);
  assert.equal(error.expected, `nesting of at most ${DEPTH} levels`);
  assert.equal(error.found, 'deeper nesting');
  if (path !== undefined) assert.equal(error.path, path);
  assert.ok(error.message.startsWith(`${error.path || '(document)'}: expected nesting of at most ${DEPTH} levels`), error.message.slice(0, 200));
  assert.equal(engine._module.broken, null, 'the module is not aborted');
  assert.ok(ms < 2000, `refused in ${ms.toFixed(0)} ms`);
}

function stillWorks() {
  const c = engine.classify(LEARNER, { asOf: null });
  assert.equal(c.quadrant('c1'), 'sweet_spot');
  assert.equal(c.quadrant('c2'), 'waste');
  assert.equal(JSON.parse(engine.classifyDocumentJSON({ ...CATALOG, learner: LEARNER }, { asOf: null })).summary.sweet_spot, 1);
}

describe('nesting beyond the depth limit in wasm', () => {
  it(`${LEVELS} nested arrays inside a learner: refused at level ${DEPTH + 1}, every entry point`, () => {
    const learner = `{"id":"ana","x":${arrays(LEVELS)}}`;
    // {"learner": {.. "x": [ ... : "learner" and "x" open two levels, the arrays the rest.
    const path = deepPath('/learner/x', 2, '/0');
    assertDepthError(() => engine.classify(learner, { asOf: null }), path);
    stillWorks();
    assertDepthError(() => engine.classifyJSON(learner, { asOf: null }), path);
    assertDepthError(() => engine.classifyDocumentJSON(`{"organization":{},"catalog":{"courses":[]},"learner":${learner}}`, { asOf: null }), path);
    assertDepthError(() => engine.validateJSON(`{"learner":${learner}}`), path);
    assert.equal(engine.validate(`{"learner":${learner}}`).valid, false);
    assertDepthError(() => engine.audit(`[${learner}]`, { asOf: null }), deepPath('/learners/0/x', 3, '/0'));
    stillWorks();
  });

  it(`${LEVELS} nested objects in a catalog: refused, and the loaded catalog stays`, () => {
    const doc = `{"organization":{},"catalog":{"courses":[{"id":"c9","x":${objects(LEVELS)}}]}}`;
    assertDepthError(() => engine.load(doc), deepPath('/catalog/courses/0/x', 4, '/a'));
    assert.deepEqual(engine.courseIds, ['c1', 'c2']);
    stillWorks();
  });

  it(`${LEVELS} nested arrays in a suggestion request`, () => {
    assertDepthError(() => engine.suggestSkills(`{"courses":${arrays(LEVELS)}}`), deepPath('/courses', 1, '/0'));
    stillWorks();
  });

  it('JSONTestSuite n_structure_100000_opening_arrays.json (100,000 "[" and no end)', () => {
    const text = readFileSync(`${SUITE}n_structure_100000_opening_arrays.json`, 'utf8');
    assert.equal(text.length, 100_000);
    // Arrays 1..64 open; the 65th would sit at /0/0/…: 64 indexes.
    assertDepthError(() => engine.validateJSON(text), '/0'.repeat(DEPTH));
    assertDepthError(() => engine.classifyDocumentJSON(text, { asOf: null }), '/0'.repeat(DEPTH));
    stillWorks();
  });

  it('JSONTestSuite n_structure_open_array_object.json ([{"":[{"":… 50,000 times, unclosed)', () => {
    const text = readFileSync(`${SUITE}n_structure_open_array_object.json`, 'utf8');
    // [ {"": [ {"": ... : an array index and an empty key per two levels; the 65th container is an
    // array under the key "" of the 64th.
    assertDepthError(() => engine.validateJSON(text), '/0/'.repeat(DEPTH / 2));
    assertDepthError(() => engine.auditDocumentJSON(text, { asOf: null }));
    stillWorks();
  });

  it('exactly at the limit is fine; one more level is not', () => {
    // "x" sits at level 2 of {"learner": {...}}: DEPTH - 2 arrays reach level DEPTH exactly.
    const ok = `{"learner":{"id":"ana","x":${arrays(DEPTH - 2)}}}`;
    const result = engine.validate(ok);
    assert.equal(result.valid, true, JSON.stringify(result.error));
    assert.ok(result.warnings.some((w) => w.path === '/learner/x'), 'the unknown key is a warning');
    assertDepthError(() => engine.validateJSON(`{"learner":{"id":"ana","x":${arrays(DEPTH - 1)}}}`), deepPath('/learner/x', 2, '/0'));
    stillWorks();
  });

  it('many refusals in a row leave memory where it was', () => {
    const deep = `{"learner":{"id":"ana","x":${arrays(LEVELS)}}}`;
    engine.validate(deep);
    const before = engine.memoryUsage().heapTopBytes;
    for (let i = 0; i < 50; i++) engine.validate(deep);
    assert.ok(engine.memoryUsage().heapTopBytes <= before + 64 * 1024, 'no leak per refusal');
    stillWorks();
  });
});
