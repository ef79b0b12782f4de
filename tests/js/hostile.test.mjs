// The hostile-input corpus (tests/fixtures/hostile.json, made by tests/fixtures/make-hostile.mjs and
// shared with tests/unit/hostile_test.cpp) through the WebAssembly module: every entry gives its
// error (exact path, expected, message) or its result (checks), every result is safe inside a
// <script> block, and every result is byte for byte what the native CLI prints.
//
// Raw-byte entries (invalid UTF-8) cannot travel through a JS string, so they are written straight
// into wasm memory and handed to the same exports the API calls; suggest entries load their
// taxonomy (the first member) with engine.load() and send the rest to suggestSkills, as a host does.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { CLI, createEngine, ROOT, SweetspotError } from './helpers.mjs';

const MANIFEST = `${ROOT}tests/fixtures/hostile.json`;
const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : [];
const cli = process.env.SWEETSPOT_CLI ?? CLI;

// ---- inputs and outcomes -------------------------------------------------------------------

function expand(entry, value) {
  if (!entry.repeat) return value;
  const { marker, unit, count } = entry.repeat;
  const big = unit.repeat(count);
  const walk = (v) => {
    if (typeof v === 'string') return v.replaceAll(marker, big);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [walk(k), walk(x)]));
    return v;
  };
  return walk(value);
}

/** {text} or {bytes} of an entry's input. */
function inputOf(entry) {
  if ('base64' in entry) return { bytes: Buffer.from(entry.base64, 'base64') };
  if ('text' in entry) return { text: expand(entry, entry.text) };
  return { text: JSON.stringify(entry.document) };
}

// A suggest input starts with its taxonomy: {"taxonomy":<value>,<rest>}. Splits it into the
// taxonomy's JSON text and the request {<rest>} by scanning to the end of that one value.
function splitTaxonomy(text) {
  const head = '{"taxonomy":';
  assert.ok(text.startsWith(head), 'a suggest input starts with its taxonomy');
  let depth = 0;
  let i = head.length;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    if (depth === 0) break;
  }
  const rest = text.slice(i + 1).replace(/^\s*,/, '');
  return { taxonomy: text.slice(head.length, i + 1), request: `{${rest}` };
}

// ---- the four commands through wasm --------------------------------------------------------

// Bytes as they are, straight into wasm memory (what a string input becomes after TextEncoder).
function callBytes(engine, command, bytes) {
  return engine._module.run((abi) => abi.document(command, bytes, false));
}

// The JSON text of suggestSkills (the API returns it parsed; the text is compared with the CLI's).
function suggestText(engine, request) {
  const h = engine.handle();
  return engine._module.run((abi) => abi.suggestSkills(h, request));
}

function runWasm(engine, entry) {
  const input = inputOf(entry);
  if (input.bytes) {
    assert.notEqual(entry.command, 'suggest');
    return callBytes(engine, entry.command, input.bytes);
  }
  switch (entry.command) {
    case 'classify':
      return engine.classifyDocumentJSON(input.text, { asOf: null });
    case 'audit':
      return engine.auditDocumentJSON(input.text, { asOf: null });
    case 'validate':
      return engine.validateJSON(input.text);
    case 'suggest': {
      const { taxonomy, request } = splitTaxonomy(input.text);
      engine.load(`{"taxonomy":${taxonomy},"organization":{},"catalog":{"courses":[]}}`);
      return suggestText(engine, request);
    }
    default:
      throw new Error(`unknown command ${entry.command}`);
  }
}

// The CLI on the same input: {status, stdout, stderr}. Asynchronous, so a few run at once.
function runNative(entry) {
  const input = inputOf(entry);
  return new Promise((resolve, reject) => {
    const child = spawn(cli, [entry.command, '-']);
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything
    child.stdin.end(input.bytes ?? input.text);
  });
}

// ---- checks (the same vocabulary as tests/unit/hostile_test.cpp) ---------------------------

function at(value, pointer) {
  if (pointer === '') return value;
  let node = value;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(token in node)) return undefined;
    node = node[Array.isArray(node) ? Number(token) : token];
  }
  return node;
}

function courseOf(result, id) {
  const c = (result.courses ?? []).find((x) => x.course === id || x.id === id);
  assert.ok(c, `no course ${JSON.stringify(id).slice(0, 80)} in the result`);
  return c;
}

function check(result, c) {
  if (c.quadrants) {
    for (const [id, quadrant] of Object.entries(c.quadrants)) assert.equal(courseOf(result, id).quadrant, quadrant, `quadrant of ${id.slice(0, 80)}`);
    return;
  }
  if ('warning' in c) {
    assert.ok(result.warnings.some((w) => w.path === c.warning), `a warning at ${c.warning.slice(0, 80)}`);
    return;
  }
  if ('noWarning' in c) {
    assert.ok(!result.warnings.some((w) => w.path === c.noWarning), `no warning at ${c.noWarning.slice(0, 80)}`);
    return;
  }
  const base = 'course' in c ? courseOf(result, c.course) : result;
  const v = at(base, c.pointer);
  assert.notEqual(v, undefined, `nothing at ${c.pointer}`);
  if ('equals' in c) assert.deepEqual(v, c.equals, c.pointer);
  if ('contains' in c) assert.ok(typeof v === 'string' && v.includes(c.contains), `${c.pointer} contains ${c.contains.slice(0, 60)}`);
  if ('bytes' in c) assert.equal(Buffer.byteLength(v, 'utf8'), c.bytes, `${c.pointer} bytes`);
}

const UNSAFE = /[<>&\u2028\u2029]/;

function assertOutcome(entry, run) {
  const outcome = expand(entry, entry.error ?? entry.result);
  let out;
  let error;
  try {
    out = run();
  } catch (e) {
    error = e;
  }
  if (entry.error) {
    assert.ok(error, `accepted: ${String(out).slice(0, 200)}`);
    assert.ok(error instanceof SweetspotError, String(error));
    assert.equal(error.path, outcome.path, error.message.slice(0, 300));
    assert.ok(error.expected.includes(outcome.expected), `expected "${error.expected.slice(0, 300)}"`);
    if (outcome.message) assert.ok(error.message.includes(outcome.message), error.message.slice(0, 300));
    const where = error.path === '' ? '(document)' : error.path;
    assert.ok(error.message.startsWith(`${where}:`), error.message.slice(0, 300));
    assert.ok(!/[\n\r]/.test(error.message), 'one line');
    // Invalid bytes in the input never reach the error (the engine shows them as \xNN): decoded
    // in JS, a raw one would be U+FFFD.
    if ('base64' in entry) assert.ok(!`${error.message}${error.found}`.includes('\uFFFD'), error.message.slice(0, 300));
    return null;
  }
  if (error) throw error;
  assert.ok(!UNSAFE.test(out), `raw ${out.match(UNSAFE)?.[0]} in the output`);
  const result = JSON.parse(out);
  for (const c of outcome.checks) check(result, c);
  return out;
}

// ---- the tests -----------------------------------------------------------------------------

let engine;
before(async () => {
  engine = await createEngine();
});
after(() => engine?.dispose());

const categories = [...new Set(manifest.map((e) => e.category))];

describe('tests/fixtures/hostile.json through wasm', { skip: manifest.length ? false : 'tests/fixtures/hostile.json not present' }, () => {
  it('has at least 200 entries in every category the issue names', () => {
    assert.ok(manifest.length >= 200, `${manifest.length} entries`);
    for (const c of ['types/taxonomy', 'types/organization', 'types/policy', 'types/catalog', 'types/learner', 'types/audit', 'types/suggest',
      'numbers', 'strings', 'unicode', 'bytes', 'duplicates', 'ids', 'html']) {
      assert.ok(categories.includes(c), c);
    }
    assert.equal(new Set(manifest.map((e) => e.name)).size, manifest.length, 'unique names');
  });

  const valid = [];
  for (const category of categories) {
    it(category, () => {
      const failures = [];
      for (const entry of manifest.filter((e) => e.category === category)) {
        try {
          const out = assertOutcome(entry, () => runWasm(engine, entry));
          if (out !== null) valid.push([entry, out]);
        } catch (e) {
          failures.push(`${entry.name}: ${String(e.message).slice(0, 400)}`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  it('the engine still works after all of it', () => {
    engine.load({ organization: {}, catalog: { courses: [{ id: 'c', skills: [{ skill: 'x', level: 2 }] }] } });
    assert.equal(engine.classify({ id: 'l', interests: [{ skill: 'x', strength: 1 }] }).quadrant('c'), 'gift');
  });

  it('every valid entry: wasm output == native CLI output, byte for byte', { skip: existsSync(cli) ? false : `${cli} not built` }, async () => {
    assert.ok(valid.length > 100, `${valid.length} valid entries`);
    const failures = [];
    let next = 0;
    const worker = async () => {
      while (next < valid.length) {
        const [entry, out] = valid[next++];
        const native = await runNative(entry);
        if (native.status !== 0 || native.stdout !== `${out}\n`) {
          failures.push(`${entry.name}: status ${native.status} ${native.stderr.slice(0, 200)} ${native.stdout.slice(0, 200)} vs ${out.slice(0, 200)}`);
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    assert.deepEqual(failures, []);
  });
});
