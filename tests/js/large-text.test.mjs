// Large results in Node decode through ICU (web/src/node-text.js) instead of TextDecoder, which is
// ~3x slower on V8 for a full classification. The string must be the one TextDecoder gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { setLargeTextDecoder } from '../../web/src/marshal.js';
import { decodeUtf8, hasTranscode } from '../../web/src/node-text.js';
import { generateLearner, generateWorld, rng } from './generate.mjs';
import { createEngine, hasCLI, runCLI } from './helpers.mjs';

const textDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();
// Characters of every UTF-8 length, the JSON- and HTML-significant ones, the ends of each range.
const PIECES = ['a', '"', '\\', '<', '&', '\u007f', '\u0080', 'é', '\u07ff', '\u0800', '\u201c', '\u2028', '\ufeff', '\uffff',
  '\u{10000}', '🙂', '\u{10ffff}', 'plain ascii run of some length '];

describe('large results in Node', { skip: !hasTranscode && 'this Node has no ICU' }, () => {
  it('decode to the same string as TextDecoder: a leading BOM, every UTF-8 length, around the size threshold', () => {
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

  it('a full classification over the threshold, with non-ASCII titles and labels: the same text either way, and the CLI\'s', async () => {
    const world = generateWorld(14, { skills: 60, courses: 400 });
    for (const [i, c] of world.catalog.courses.entries()) c.title = `Cours ${i} « ${['café', 'naïve', '日本語', '🙂 emoji', 'x\u2028y'][i % 5]} »`;
    for (const s of world.taxonomy.skills) s.label = `compétence ${s.id} “${s.id}”`;
    const learner = generateLearner(3, world);
    const engine = await createEngine();
    try {
      engine.load(world);
      const viaNode = engine.classifyJSON(learner, { asOf: '2026-01-15' });
      assert.ok(encoder.encode(viaNode).length > 16 * 1024);
      setLargeTextDecoder(null); // TextDecoder for everything
      let viaTextDecoder;
      try {
        viaTextDecoder = engine.classifyJSON(learner, { asOf: '2026-01-15' });
      } finally {
        setLargeTextDecoder(decodeUtf8);
      }
      assert.equal(viaNode, viaTextDecoder);
      assert.match(viaNode, /日本語/);
      if (hasCLI()) {
        const native = runCLI(['classify', '-'], JSON.stringify({ ...world, learner, asOf: '2026-01-15' }));
        assert.equal(native.status, 0, native.stderr);
        assert.equal(native.stdout, `${viaNode}\n`);
      }
    } finally {
      engine.dispose();
    }
  });
});
