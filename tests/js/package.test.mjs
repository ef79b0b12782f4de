// The package as shipped: exports map and conditions, CSP-safe glue, the size budget, the d.ts
// naming what the entry exports, and no network use beyond the module's own .wasm.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';

import { DIST, ROOT } from './helpers.mjs';
import * as nodeEntry from '../../web/src/node.js';
import * as browserEntry from '../../web/src/index.js';

const WEB = `${ROOT}web/`;
const pkg = JSON.parse(readFileSync(`${WEB}package.json`, 'utf8'));

describe('web/package.json', () => {
  it('is the "sweetspot" ES module package with node and browser conditions and types', () => {
    assert.equal(pkg.name, 'sweetspot');
    assert.equal(pkg.type, 'module');
    const root = pkg.exports['.'];
    assert.equal(root.node, './src/node.js');
    assert.equal(root.default, './src/index.js');
    assert.equal(root.browser, './src/index.js');
    assert.equal(root.types, './index.d.ts');
    assert.equal(pkg.types, './index.d.ts');
    for (const f of ['src/node.js', 'src/index.js', 'index.d.ts', 'README.md']) statSync(WEB + f);
  });

  it('Node resolves the bare name to the node entry, which loads and classifies', () => {
    const script = `
      const m = await import('sweetspot');
      const e = await m.createEngine();
      e.load({ organization: {}, catalog: { courses: [{ id: 'c', title: 'C', skills: [{ skill: 'x', level: 2 }] }] } });
      console.log(import.meta.resolve('sweetspot').endsWith('/web/src/node.js'), e.classify({ id: 'l', interests: [{ skill: 'x', strength: 1 }] }).quadrant('c'));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: WEB, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'true gift');
  });

  it('"sweetspot/learner" resolves to the learner entry in Node, which loads a snapshot on the learner module', () => {
    assert.deepEqual(pkg.exports['./learner'], { types: './learner.d.ts', node: './src/learner-node.js', browser: './src/learner.js', default: './src/learner.js' });
    const script = `
      const full = await import('sweetspot');
      const learner = await import('sweetspot/learner');
      const doc = { organization: {}, catalog: { courses: [{ id: 'c', title: 'C', skills: [{ skill: 'x', level: 2 }] }] } };
      const snapshot = (await full.createEngine()).compileCatalog(doc);
      const e = await learner.createEngine();
      e.loadSnapshot(snapshot);
      console.log(import.meta.resolve('sweetspot/learner').endsWith('/web/src/learner-node.js'), e._module.file, e.classify({ id: 'l', interests: [{ skill: 'x', strength: 1 }] }).quadrant('c'));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: WEB, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'true sweetspot-learner.wasm gift');
  });

  it('both entries export the same names, all declared in index.d.ts', () => {
    assert.deepEqual(Object.keys(nodeEntry).sort(), Object.keys(browserEntry).sort());
    const dts = readFileSync(`${WEB}index.d.ts`, 'utf8');
    for (const name of Object.keys(nodeEntry)) {
      assert.match(dts, new RegExp(`export (declare )?(class|function|const|type|interface) ${name}\\b`), `${name} not in index.d.ts`);
    }
    for (const method of ['load', 'classify', 'classifyJSON', 'explain', 'audit', 'auditJSON', 'validate', 'validateJSON', 'classifyDocument', 'classifyDocumentJSON', 'auditDocument', 'auditDocumentJSON', 'dispose', 'memoryUsage']) {
      assert.equal(typeof nodeEntry.Engine.prototype[method], 'function', method);
      assert.match(dts, new RegExp(`\\b${method}\\(`), `${method} not in index.d.ts`);
    }
  });
});

describe('web/dist (the WebAssembly build)', () => {
  const glue = readFileSync(`${DIST}sweetspot-core.mjs`, 'utf8');
  const wasm = readFileSync(`${DIST}sweetspot-core.wasm`);

  it('the glue runs under CSP script-src \'self\' \'wasm-unsafe-eval\': no eval, no new Function', () => {
    const learner = [`${DIST}sweetspot-learner.mjs`, `${DIST}sweetspot-learner.js`];
    for (const file of [`${DIST}sweetspot-core.mjs`, ...learner, ...readdirSync(`${WEB}src`).filter((f) => f.endsWith('.js')).map((f) => `${WEB}src/${f}`)]) {
      const text = readFileSync(file, 'utf8');
      assert.ok(!/new\s+Function\s*\(/.test(text), `${file}: new Function`);
      assert.ok(!/(^|[^\w.$])eval\s*\(/.test(text), `${file}: eval(`);
    }
  });

  // A ratchet, not the goal: 63.9 KB before the direct learner reader (speed) came in, 71.4 KB with
  // it; 61.7 KB once the modules brought their own strtod and snprintf (wasm/libc_overrides.cpp:
  // -6.1 and -3.1 KB, musl's long-double scanner and printf gone); 59.2 KB with a learner-request
  // reader that leaves out the organization and catalog readers, FirstSeen's own hash table and
  // no std::sort instantiation for explain's terms; 60.3 KB when the popovers' new facts (the
  // learner's own "Not for me", the stated interest) met it on main; 59.95 KB once a learner request
  // carrying a taxonomy goes to the full reader (the direct one no longer links its own taxonomy
  // reader); 56.1 KB once that full reader's learner-request form (DocumentReader::
  // read_learner_request) stopped linking the organization, catalog and learners readers; 57.4 KB
  // with the load's TextList, its own memcpy/memset and the classify call's reused writer (issue 14,
  // session 12: faster, +1.3 KB); 57.5 KB after session 15; 58.2 KB once the engine keeps the
  // snapshot it loads and reads its ids and titles there (issue 14, session 16: a cold load touches
  // 1.3 MB less memory, +0.7 KB). Goal: 60 KB (of 1024 bytes); the ratchet holds the gain.
  it('the learner module is the smaller one a learner page loads: .wasm + glue <= 59 KB gzip (goal 60 KB)', (t) => {
    const gz = (f) => gzipSync(readFileSync(`${DIST}${f}`), { level: 9 }).length;
    const learner = gz('sweetspot-learner.wasm') + gz('sweetspot-learner.mjs');
    t.diagnostic(`learner module ${learner} B gzip, full module ${gz('sweetspot-core.wasm') + gz('sweetspot-core.mjs')} B`);
    assert.ok(learner <= 59 * 1024, `learner module ${learner} bytes gzip`);
    assert.ok(learner < gz('sweetspot-core.wasm') + gz('sweetspot-core.mjs'));
  });

  // The full module is what Node and admin pages load (audit, suggestions, JSON catalogs); learner
  // pages load the learner module above. Its ratchet moved from 100 to 112 KB when three changes met
  // on main: the direct reader beside the full one (+~5 KB), reasons as data, and the segment-aware
  // suggester (107.5 KB together).
  it('.wasm + glue of the full module within its budget: <= 112 KB gzip', (t) => {
    const raw = wasm.length + Buffer.byteLength(glue);
    const gz = gzipSync(wasm, { level: 9 }).length + gzipSync(glue, { level: 9 }).length;
    t.diagnostic(`wasm ${wasm.length} B (gzip ${gzipSync(wasm, { level: 9 }).length}), glue ${Buffer.byteLength(glue)} B (gzip ${gzipSync(glue, { level: 9 }).length}), total gzip ${gz}`);
    assert.ok(gz <= 112 * 1024, `gzip total ${gz} bytes`);
    assert.ok(raw < 400 * 1024);
  });

  it('exports exactly the C ABI of wasm/exports.txt, with no embind', async () => {
    const names = readFileSync(`${ROOT}wasm/exports.txt`, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
    for (const n of names) assert.ok(glue.includes(`Module["_${n}"]`), `${n} not exported`);
    assert.ok(!/embind|_embind_register/.test(glue));
    const mod = await WebAssembly.compile(wasm);
    const imports = WebAssembly.Module.imports(mod).map((i) => i.kind);
    assert.ok(imports.length <= 4, `unexpected imports: ${imports}`);
  });

  it('the only network access in the package is fetching its own .wasm', () => {
    const sources = readdirSync(`${WEB}src`).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(`${WEB}src/${f}`, 'utf8')]);
    for (const [f, text] of sources) {
      // The entries, and the Node entries' reader (an http(s) locateFile answer is fetched).
      if (['index.js', 'node.js', 'learner.js', 'learner-node.js', 'read-file-source.js'].includes(f)) continue;
      assert.ok(!/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/.test(text), `${f} touches the network`);
    }
  });
});
