// The golden corpus (tests/golden): for every input, the native CLI's output, the expected file and
// the WebAssembly module's output are the same bytes. Regenerate with scripts/update-golden.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { cliArgs, expectedOf, goldenCases } from '../golden/cases.mjs';
import { createEngine, hasCLI, runCLI, SweetspotError } from './helpers.mjs';

const cases = goldenCases();

const WASM = {
  classify: (e, text, pretty) => e.classifyDocumentJSON(text, { asOf: null, pretty }),
  audit: (e, text, pretty) => e.auditDocumentJSON(text, { asOf: null, pretty }),
  validate: (e, text, pretty) => e.validateJSON(text, { pretty }),
};

// What the CLI would print for the same call: stdout + "\n", or its error line on stderr.
function wasmOutput(engine, c) {
  try {
    return { kind: 'json', text: `${WASM[c.command](engine, readFileSync(c.input, 'utf8'), c.pretty)}\n` };
  } catch (e) {
    if (!(e instanceof SweetspotError)) throw e;
    return { kind: 'err', text: `sweetspot: invalid input: ${e.message}\n` };
  }
}

let engine;
before(async () => {
  engine = await createEngine();
});
after(() => engine.dispose());

describe('golden corpus', () => {
  it('is big enough and covers all three commands, failures and every quadrant and flag', () => {
    assert.ok(cases.length >= 30, `${cases.length} cases`);
    for (const command of ['classify', 'audit', 'validate']) assert.ok(cases.some((c) => c.command === command), command);
    const outputs = cases.map(expectedOf);
    assert.ok(outputs.every(Boolean), `missing expected output for ${cases.filter((c, i) => !outputs[i]).map((c) => c.name)}; run node scripts/update-golden.mjs`);
    assert.ok(outputs.some((o) => o.kind === 'err'));
    const seen = new Set();
    outputs.forEach((o, i) => {
      if (o.kind !== 'json' || cases[i].command !== 'classify') return;
      const doc = JSON.parse(o.text);
      for (const course of doc.courses ?? []) {
        seen.add(course.quadrant);
        for (const f of course.flags) seen.add(f);
      }
      if (doc.warnings?.length) seen.add('warnings');
      if (doc.growth?.length) seen.add('growth');
    });
    for (const x of ['sweet_spot', 'uphill', 'gift', 'waste', 'mandatory', 'completed', 'mastered', 'borderline', 'no_personal_agenda', 'warnings', 'growth']) {
      assert.ok(seen.has(x), `no golden output shows ${x}`);
    }
  });

  // The engine's JSON is ASCII (README, json_writer.h): a host makes its string with a byte copy.
  // The corpus has non-ASCII ids, titles, labels and the reasons' quotes, all as \u escapes.
  it('holds only ASCII JSON, though its inputs and reasons are not all ASCII', () => {
    const json = cases.map(expectedOf).filter((o) => o?.kind === 'json');
    for (const o of json) assert.match(o.text, /^[\x00-\x7f]*$/, `${o.path} holds a byte from 0x80`);
    assert.ok(json.some((o) => /\\u201c/.test(o.text)), 'no reason quotes a skill');
    assert.ok(cases.some((c) => /[^\x00-\x7f]/.test(readFileSync(c.input, 'utf8'))), 'no input holds a character from U+0080');
  });

  for (const c of cases) {
    it(`${c.name}: native CLI == expected == wasm`, { skip: hasCLI() ? false : 'build/native/sweetspot not built' }, () => {
      const expected = expectedOf(c);
      assert.ok(expected, `no expected output for ${c.name}; run node scripts/update-golden.mjs`);
      const cli = runCLI(cliArgs(c));
      const native = cli.status === 0 ? { kind: 'json', text: cli.stdout } : { kind: 'err', text: cli.stderr };
      assert.ok(cli.status === 0 || cli.status === 1, `CLI exit ${cli.status}: ${cli.stderr}`);
      assert.equal(native.kind, expected.kind, `${c.name}: CLI ${native.kind} but expected ${expected.kind}`);
      assert.ok(native.text === expected.text, `${c.name}: native CLI output differs from ${expected.path} (run node scripts/update-golden.mjs if the change is intended)`);
      const wasm = wasmOutput(engine, c);
      assert.equal(wasm.kind, expected.kind);
      assert.ok(wasm.text === expected.text, `${c.name}: wasm output differs from ${expected.path}`);
    });
  }
});
