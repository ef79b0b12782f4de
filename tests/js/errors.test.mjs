// Bad input through the JS API: every entry of tests/fixtures/malformed.json (shared with the native
// suite) must be refused with a SweetspotError at exactly its path, whatever form the document has.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { createEngine, ROOT, SweetspotError } from './helpers.mjs';

const TABLE = `${ROOT}tests/fixtures/malformed.json`;
const table = existsSync(TABLE) ? JSON.parse(readFileSync(TABLE, 'utf8')) : null;

// As in tests/unit/malformed_test.cpp: `repeat` replaces a marker by a repeated unit.
function inputText(entry) {
  if (!('text' in entry)) return JSON.stringify(entry.document);
  let text = entry.text;
  if (entry.repeat) text = text.replace(entry.repeat.marker, entry.repeat.unit.repeat(entry.repeat.count));
  return text;
}

const COMMANDS = {
  classify: (e, doc) => e.classifyDocumentJSON(doc, { asOf: null }),
  audit: (e, doc) => e.auditDocumentJSON(doc, { asOf: null }),
  validate: (e, doc) => e.validateJSON(doc),
};

function assertRefused(entry, run) {
  let error;
  try {
    const out = run();
    assert.fail(`accepted: ${String(out).slice(0, 200)}`);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof SweetspotError, `${entry.name}: ${error}`);
  assert.equal(error.path, entry.path, `${entry.name}: ${error.message.slice(0, 200)}`);
  assert.ok(error.expected.includes(entry.expected), `${entry.name}: expected "${error.expected.slice(0, 200)}"`);
  if (entry.message) assert.ok(error.message.includes(entry.message), `${entry.name}: ${error.message.slice(0, 200)}`);
  const where = error.path === '' ? '(document)' : error.path;
  assert.ok(error.message.startsWith(`${where}:`), `${entry.name}: ${error.message.slice(0, 200)}`);
  assert.equal(typeof error.found, 'string');
}

let engine;
before(async () => {
  engine = await createEngine();
});
after(() => engine.dispose());

describe('tests/fixtures/malformed.json through wasm', { skip: table ? false : 'tests/fixtures/malformed.json not present' }, () => {
  it('the table is there and not trivial', () => {
    assert.ok(Array.isArray(table) && table.length >= 10);
  });

  it('every entry, as JSON text, is refused at its path', () => {
    for (const entry of table ?? []) {
      const run = COMMANDS[entry.command];
      assert.ok(run, `${entry.name}: unknown command ${entry.command}`);
      assertRefused(entry, () => run(engine, inputText(entry)));
    }
  });

  it('every entry given as a document object is refused at the same path', () => {
    for (const entry of table ?? []) {
      const doc = entry.document;
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) continue;
      assertRefused(entry, () => COMMANDS[entry.command](engine, doc));
    }
  });

  it('a refused document leaves the engine usable', () => {
    engine.load({ organization: {}, catalog: { courses: [{ id: 'c', title: 'C', skills: [{ skill: 'x', level: 2 }] }] } });
    for (const entry of (table ?? []).slice(0, 20)) {
      try {
        COMMANDS[entry.command](engine, inputText(entry));
      } catch {}
    }
    assert.equal(engine.classify({ id: 'l', interests: [{ skill: 'x', strength: 1 }] }).quadrant('c'), 'gift');
  });
});

describe('SweetspotError', () => {
  it('is an Error with name, path, expected, found and a one-line message', () => {
    try {
      engine.classifyDocument({ organization: {}, catalog: { courses: [] }, learner: { id: 'l', interests: [{ skill: 'x', strength: 2 }] } });
      assert.fail('accepted');
    } catch (e) {
      assert.ok(e instanceof SweetspotError && e instanceof Error);
      assert.equal(e.name, 'SweetspotError');
      assert.equal(e.path, '/learner/interests/0/strength');
      assert.equal(e.expected, 'number 0..1');
      assert.equal(e.found, 'number 2');
      assert.equal(e.message, '/learner/interests/0/strength: expected number 0..1, found number 2');
      assert.ok(!e.message.includes('\n'));
      assert.deepEqual(e.toJSON(), { path: e.path, expected: e.expected, found: e.found, message: e.message });
      assert.ok(e.stack);
    }
  });

  it('the course list (ids and titles in index order) survives mixed scripts, surrogate pairs, a leading BOM and empty titles', () => {
    // The list crosses as one UTF-8 block with byte offsets; a non-ASCII string anywhere shifts
    // every later offset, so each course is checked against the full JSON result's id and title.
    const names = ['\uFEFFbom', 'a', 'é', '日本', '🎯x', 'z\u2028', 'plain', '\u0000nul', 'Ωmega'];
    const courses = names.map((n, i) => ({ id: `${n}-${i}`, title: i % 3 === 0 ? '' : `${n} title ${'é'.repeat(i)}`, skills: [{ skill: 's', level: 1 }] }));
    engine.load({ organization: {}, catalog: { courses } });
    const full = JSON.parse(engine.classifyJSON({ id: 'l', interests: [{ skill: 's', strength: 1 }] }));
    assert.deepEqual(engine.courseIds, full.courses.map((c) => c.course));
    assert.deepEqual(engine.courseTitles, full.courses.map((c) => c.title));
    assert.deepEqual([...engine.courseIds].sort(), courses.map((c) => c.id).sort());
    assert.equal(engine.courseIds.length, names.length);
    for (const c of courses) assert.equal(engine.courseTitles[engine.courseIndex(c.id)], c.title, c.id);
    // A BOM at the very start of the block (the first id in index order) is part of the id.
    engine.load({ organization: {}, catalog: { courses: [{ id: '\uFEFF1', title: '\uFEFFt' }, { id: '\uFEFF2' }] } });
    assert.deepEqual(engine.courseIds, ['\uFEFF1', '\uFEFF2']);
    assert.deepEqual(engine.courseTitles, ['\uFEFFt', '\uFEFF2']); // a missing title is the id
  });

  it('non-ASCII text crosses the boundary intact, in both directions', () => {
    const title = 'Führung & Kommunikation — 日本語 🎯';
    engine.load({ organization: {}, catalog: { courses: [{ id: 'ü-1', title, skills: [{ skill: 'ß', level: 2 }] }] } });
    assert.deepEqual(engine.courseIds, ['ü-1']);
    assert.equal(engine.courseTitles[0], title);
    const c = engine.classify({ id: 'l', interests: [{ skill: 'ß', strength: 1 }] });
    assert.equal(c.explain('ü-1').title, title);
    try {
      engine.classify({ id: 'l', interests: [{ skill: '🎯', strength: 'viel' }] });
      assert.fail('accepted');
    } catch (e) {
      assert.equal(e.found, 'string "viel"');
    }
  });

  it('large documents (beyond the scratch buffer) and errors in them', () => {
    const courses = Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, title: `Course ${i} ${'é'.repeat(20)}`, skills: [{ skill: `s${i % 50}`, level: 3 }] }));
    const r = engine.load({ organization: {}, catalog: { courses } });
    assert.equal(r.courses, 3000);
    courses[2999].skills[0].level = 6;
    assert.throws(() => engine.load({ organization: {}, catalog: { courses } }), (e) => e.path === '/catalog/courses/2999/skills/0/level');
    assert.equal(engine.courseIds.length, 3000);
  });
});
