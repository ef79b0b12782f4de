// One source for the values shared across the boundary (wasm/abi.json, issue 16): the generated
// copies are up to date, the engine writes the names the codes stand for, and only
// web/src/marshal.js knows the C ABI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { goldenCases, expectedOf } from '../golden/cases.mjs';
import { createEngine, ROOT } from './helpers.mjs';
import { ABI_VERSION, AXES, FLAGS, QUADRANTS, REASON_SOURCES, RECORDS, SCORE_UNITS } from '../../web/src/abi.js';
import { flagNames } from '../../web/src/constants.js';

const abi = JSON.parse(readFileSync(`${ROOT}wasm/abi.json`, 'utf8'));
const read = (relative) => readFileSync(ROOT + relative, 'utf8');
const exportsOf = (file) => read(file).split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);

describe('wasm/abi.json is the one source', () => {
  it('the generated files are up to date (node scripts/gen-abi.mjs --check)', () => {
    const r = spawnSync(process.execPath, [`${ROOT}scripts/gen-abi.mjs`, '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('web/src/abi.js holds its values', () => {
    assert.equal(ABI_VERSION, abi.abiVersion);
    assert.deepEqual([...QUADRANTS], abi.quadrants);
    assert.deepEqual({ ...FLAGS }, abi.flags);
    assert.equal(SCORE_UNITS, abi.scoreUnits);
    assert.deepEqual([...AXES], abi.axes);
    assert.deepEqual([...REASON_SOURCES], abi.reasonSources);
    for (const [name, { fields }] of Object.entries(abi.records)) {
      assert.equal(RECORDS[name].WORDS, fields.length);
      fields.forEach(([field], i) => assert.equal(RECORDS[name][field], i, `${name}.${field}`));
    }
  });

  it('no other file of the package writes a quadrant list, a flag bit or the ABI version', () => {
    const files = readdirSync(`${ROOT}web/src`, { recursive: true }).filter((x) => x.endsWith('.js') && x !== 'abi.js');
    assert.ok(files.includes('ui/reasons.js') && files.includes('ui/audit-chart.js'), 'the UI folder is searched too');
    for (const f of files) {
      const text = read(`web/src/${f}`);
      assert.doesNotMatch(text, /\[\s*'sweet_spot',\s*'uphill',\s*'gift',\s*'waste'\s*\]/, `${f} lists the quadrants`);
      assert.doesNotMatch(text, /no_personal_agenda:\s*16/, `${f} writes the flag bits`);
      assert.doesNotMatch(text, /ABI_VERSION\s*=\s*\d/, `${f} writes the ABI version`);
    }
    // The engine takes Quadrant, Flag and kScoreUnits from the generated core/include/sweetspot/codes.h.
    const engineFiles = ['core/src', 'core/include', 'core/cli'].flatMap((dir) =>
      readdirSync(`${ROOT}${dir}`, { recursive: true }).filter((f) => /\.(h|cpp)$/.test(f)).map((f) => `${dir}/${f}`));
    assert.ok(engineFiles.includes('core/src/scoring/scoring.h'), 'the engine is searched');
    for (const f of engineFiles.filter((x) => x !== 'core/include/sweetspot/codes.h')) {
      const text = read(f);
      assert.doesNotMatch(text, /"sweet_spot",\s*"uphill",\s*"gift",\s*"waste"/, `${f} lists the quadrant names`);
      assert.doesNotMatch(text, /enum\s+(class\s+)?(Quadrant|Flag)\b/, `${f} defines Quadrant or Flag`);
      assert.doesNotMatch(text, /kFlagNoPersonalAgenda\s*=\s*16/, `${f} writes the flag bits`);
    }
    assert.doesNotMatch(read('wasm/result.h'), /kAbiVersion\s*=/);
    assert.doesNotMatch(read('wasm/bindings.cpp'), /struct (Result|Arrays|CourseList)\b/);
  });

  it('web/src/ui.d.ts takes the engine\'s types from web/index.d.ts instead of restating them', () => {
    const ui = read('web/src/ui.d.ts');
    for (const type of ['Quadrant', 'FlagName', 'Reason', 'CourseResult', 'Frame', 'GrowthMessage']) {
      assert.doesNotMatch(ui, new RegExp(`(type|interface) ${type}\\b`), `ui.d.ts defines ${type}`);
      assert.match(ui, new RegExp(`import type \\{[^}]*\\b${type}\\b[^}]*\\} from '\\.\\./index\\.js'`), `ui.d.ts imports ${type}`);
    }
    const index = read('web/index.d.ts');
    assert.match(index, /interface CourseResult \{[^}]*\btitle: string;/, 'the engine always writes a title');
    assert.match(index, /interface Reason \{[^}]*\bskill\?: string;/, 'the mandatory reason has no skill');
  });
});

describe('only web/src/marshal.js knows the C ABI', () => {
  it('no other file of the package, the tests or the benchmarks calls an _ss_ export', () => {
    const files = [
      ...readdirSync(`${ROOT}web/src`, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => `web/src/${f}`),
      ...readdirSync(`${ROOT}tests/js`).map((f) => `tests/js/${f}`),
      ...readdirSync(`${ROOT}tests/browser`).filter((f) => f.endsWith('.mjs')).map((f) => `tests/browser/${f}`),
      'tests/bench/run.mjs',
    ];
    const calling = files.filter((f) => f !== 'tests/js/abi.test.mjs' && /\b_ss_\w+|\.raw\._/.test(read(f)));
    assert.deepEqual(calling, ['web/src/marshal.js']);
  });

  it('the marshal reads records by name, and calls exactly the exports the modules list', () => {
    const marshal = read('web/src/marshal.js');
    assert.doesNotMatch(marshal, /\[at \+ \d/, 'a record word by a magic offset');
    const called = new Set([...marshal.matchAll(/_ss_(\w+)/g)].map((m) => `ss_${m[1]}`));
    const listed = new Set(['wasm/exports.txt', 'wasm/learner_exports.txt', 'wasm/import_exports.txt'].flatMap(exportsOf));
    assert.deepEqual([...called].sort(), [...listed].sort());
    const full = new Set(exportsOf('wasm/exports.txt'));
    for (const name of exportsOf('wasm/learner_exports.txt')) assert.ok(full.has(name), `${name}: the learner module is a subset of the full one`);
  });
});

describe('the engine agrees with wasm/abi.json', () => {
  let engine;
  before(async () => {
    engine = await createEngine();
  });
  after(() => engine.dispose());

  it('on the golden corpus, every code in the arrays names what the JSON says, every reason source and axis is listed, every key is typed', () => {
    const seen = { quadrants: new Set(), flags: new Set(), sources: new Set(), keys: { reason: new Set(), course: new Set(), growth: new Set() } };
    // The keys web/index.d.ts declares for what the engine writes: a key the engine adds must be typed.
    const dts = read('web/index.d.ts');
    const declared = (name) => {
      const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(dts)[1];
      return new Set([...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]));
    };
    const typed = { reason: declared('Reason'), course: declared('CourseResult'), growth: declared('GrowthMessage') };
    const keysOf = (kind, object, where) => {
      for (const k of Object.keys(object)) {
        assert.ok(typed[kind].has(k), `${where}: "${k}" is not declared in web/index.d.ts (${kind})`);
        seen.keys[kind].add(k);
      }
    };
    let courses = 0;
    for (const c of goldenCases().filter((x) => x.command === 'classify' && expectedOf(x)?.kind === 'json')) {
      const { learner, asOf = null, ...catalog } = JSON.parse(readFileSync(c.input, 'utf8'));
      engine.load(catalog);
      const full = JSON.parse(engine.classifyJSON(learner, { asOf }));
      const compact = engine.classify(learner, { asOf });
      full.growth.forEach((g) => keysOf('growth', g, c.name));
      full.courses.forEach((course, i) => {
        keysOf('course', course, `${c.name} ${course.course}`);
        assert.equal(QUADRANTS[compact.quadrants[i]], course.quadrant, `${c.name} ${course.course}`);
        assert.deepEqual(flagNames(compact.flags[i]), course.flags, `${c.name} ${course.course}`);
        assert.equal(compact.personalUnits[i] / SCORE_UNITS, course.personal);
        assert.equal(compact.orgUnits[i] / SCORE_UNITS, course.org);
        seen.quadrants.add(course.quadrant);
        course.flags.forEach((f) => seen.flags.add(f));
        for (const r of course.reasons) {
          keysOf('reason', r, `${c.name} ${course.course}`);
          assert.ok(AXES.includes(r.axis), r.axis);
          assert.ok(REASON_SOURCES.includes(r.source), r.source);
          seen.sources.add(r.source);
        }
        courses += 1;
      });
    }
    assert.ok(courses > 50, `${courses} courses`);
    assert.ok(seen.keys.reason.size > 4, 'reason keys seen');
    assert.deepEqual([...seen.quadrants].sort(), [...QUADRANTS].sort());
    assert.deepEqual([...seen.flags].sort(), Object.keys(FLAGS).sort());
    assert.deepEqual([...seen.sources].sort(), [...REASON_SOURCES].sort());
  });
});
