// Large results in Node decode through the module's UTF-16 (ss_utf16) or ICU (web/src/node-text.js)
// instead of TextDecoder, which is ~3x slower on V8 for a full classification. The string must be
// the one TextDecoder gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { setLargeTextDecoders } from '../../web/src/marshal.js';
import { decodeUtf16, decodeUtf8, nodeTextDecoders } from '../../web/src/node-text.js';
import { generateLearner, generateWorld, rng } from './generate.mjs';
import { createEngine, hasCLI, runCLI } from './helpers.mjs';

const textDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();
// Characters of every UTF-8 length, the JSON- and HTML-significant ones, the ends of each range.
const PIECES = ['a', '"', '\\', '<', '&', '\u007f', '\u0080', 'é', '\u07ff', '\u0800', '\u201c', '\u2028', '\ufeff', '\uffff',
  '\u{10000}', '🙂', '\u{10ffff}', 'plain ascii run of some length '];

const hasIcu = Boolean(process.versions.icu);

describe('large results in Node', () => {
  it('decode to the same string as TextDecoder: a leading BOM, every UTF-8 length, around the size threshold', { skip: !hasIcu && 'no ICU' }, () => {
    const r = rng(2028);
    for (let round = 0; round < 200; round++) {
      let s = round % 3 === 0 ? '\ufeff' : '';
      const target = round < 100 ? r.int(0, 300) : r.int(16 * 1024 - 64, 16 * 1024 + 64);
      while (s.length < target) s += r.pick(PIECES);
      const bytes = encoder.encode(s);
      assert.equal(decodeUtf8(bytes), textDecoder.decode(bytes), `round ${round}`);
      // A view into a larger buffer, as a result is a view of wasm memory.
      const inside = new Uint8Array(bytes.length + 7);
      inside.set(bytes, 3);
      assert.equal(decodeUtf8(inside.subarray(3, 3 + bytes.length)), s);
    }
  });

  it('UTF-16 bytes become the string they spell, from any even offset', () => {
    const r = rng(16);
    for (let round = 0; round < 100; round++) {
      let s = '\ufeff';
      while (s.length < r.int(1, 500)) s += r.pick(PIECES);
      const bytes = new Uint8Array(2 * s.length + 6);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < s.length; i++) view.setUint16(4 + 2 * i, s.charCodeAt(i), true);
      assert.equal(decodeUtf16(bytes.subarray(4, 4 + 2 * s.length)), s, `round ${round}`);
    }
  });

  it('a full classification over the threshold, with non-ASCII titles and labels: the same text every way, and the CLI\'s', async () => {
    const world = generateWorld(14, { skills: 60, courses: 400 });
    for (const [i, c] of world.catalog.courses.entries()) c.title = `Cours ${i} « ${['café', 'naïve', '日本語', '🙂 emoji', 'x\u2028y'][i % 5]} »`;
    for (const s of world.taxonomy.skills) s.label = `compétence ${s.id} “${s.id}”`;
    const learner = generateLearner(3, world);
    const engine = await createEngine();
    const used = { utf16: 0, utf8: 0 };
    const counted = (name, f) => (bytes) => (used[name]++, f(bytes));
    const classify = (decoders) => {
      setLargeTextDecoders(decoders);
      try {
        return engine.classifyJSON(learner, { asOf: '2026-01-15' });
      } finally {
        setLargeTextDecoders(nodeTextDecoders);
      }
    };
    try {
      engine.load(world);
      const viaUtf16 = classify({ utf16: counted('utf16', decodeUtf16) }); // the full module's ss_utf16
      const viaTextDecoder = classify(null);
      assert.equal(used.utf16, 1);
      assert.ok(encoder.encode(viaTextDecoder).length > 16 * 1024);
      assert.equal(viaUtf16, viaTextDecoder);
      if (hasIcu) {
        const viaIcu = classify({ utf8: counted('utf8', decodeUtf8) }); // what the learner module takes
        assert.equal(used.utf8, 1);
        assert.equal(viaIcu, viaTextDecoder);
      }
      assert.equal(engine.classifyJSON(learner, { asOf: '2026-01-15' }), viaTextDecoder); // the Node entry's own
      assert.match(viaTextDecoder, /日本語/);
      if (hasCLI()) {
        const native = runCLI(['classify', '-'], JSON.stringify({ ...world, learner, asOf: '2026-01-15' }));
        assert.equal(native.status, 0, native.stderr);
        assert.equal(native.stdout, `${viaUtf16}\n`);
      }
    } finally {
      engine.dispose();
    }
  });
});
