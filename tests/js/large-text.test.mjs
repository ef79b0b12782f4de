// Large results in Node decode through web/src/node-text.js instead of TextDecoder, which goes
// through ICU in Node 20 (~15x slower for a full classification). The string must be the one
// TextDecoder gives; the engine's JSON is ASCII, so a host can make it with a byte copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { setLargeTextDecoder } from '../../web/src/marshal.js';
import { decodeUtf8 } from '../../web/src/node-text.js';
import { generateLearner, generateWorld, rng } from './generate.mjs';
import { createEngine, hasCLI, runCLI } from './helpers.mjs';

const textDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();
// Characters of every UTF-8 length, the JSON- and HTML-significant ones, the ends of each range.
const PIECES = ['a', '"', '\\', '<', '&', '\u007f', '\u0080', 'é', '\u07ff', '\u0800', '\u201c', '\u2028', '\ufeff', '\uffff',
  '\u{10000}', '🙂', '\u{10ffff}', 'plain ascii run of some length '];
const ASCII_PIECES = ['a', '"', '\\', '<', '&', '\u0000', '\u007f', 'plain ascii run of some length '];

describe('large results in Node', () => {
  it('decode to the same string as TextDecoder: ASCII or not, a leading BOM, around the size threshold, from inside a larger buffer', () => {
    const r = rng(2028);
    for (let round = 0; round < 300; round++) {
      const pieces = round % 2 ? ASCII_PIECES : PIECES;
      let s = round % 3 === 0 && pieces === PIECES ? '\ufeff' : '';
      const target = round < 150 ? r.int(0, 300) : r.int(16 * 1024 - 64, 16 * 1024 + 64);
      while (s.length < target) s += r.pick(pieces);
      const bytes = encoder.encode(s);
      assert.equal(decodeUtf8(bytes), textDecoder.decode(bytes), `round ${round}`);
      // A view into a larger buffer, as a result is a view of wasm memory; the bytes around it are
      // not ASCII, so a check that looked past the view would take the wrong path.
      const inside = new Uint8Array(bytes.length + 7).fill(0xe9);
      inside.set(bytes, 3);
      assert.equal(decodeUtf8(inside.subarray(3, 3 + bytes.length)), s, `round ${round}, inside`);
    }
  });

  it('a full classification over the threshold, with non-ASCII titles and labels: ASCII JSON, the same text every way, and the CLI\'s', async () => {
    const world = generateWorld(14, { skills: 60, courses: 400 });
    const titles = ['café', 'naïve', '日本語', '🙂 emoji', 'x\u2028y'];
    for (const [i, c] of world.catalog.courses.entries()) c.title = `Cours ${i} « ${titles[i % 5]} »`;
    for (const s of world.taxonomy.skills) s.label = `compétence ${s.id} “${s.id}”`;
    const learner = generateLearner(3, world);
    const engine = await createEngine();
    let used = 0;
    const classify = (decode) => {
      setLargeTextDecoder(decode);
      try {
        return engine.classifyJSON(learner, { asOf: '2026-01-15' });
      } finally {
        setLargeTextDecoder(decodeUtf8);
      }
    };
    try {
      engine.load(world);
      const viaNode = classify((bytes) => (used++, decodeUtf8(bytes)));
      const viaTextDecoder = classify(null);
      assert.equal(used, 1);
      assert.ok(viaNode.length > 16 * 1024);
      assert.equal(viaNode, viaTextDecoder);
      assert.match(viaNode, /^[\x20-\x7e]*$/, 'the JSON is printable ASCII');
      assert.equal(engine.classifyJSON(learner, { asOf: '2026-01-15' }), viaNode); // the Node entry's own
      const parsed = JSON.parse(viaNode);
      assert.deepEqual(parsed.courses.slice(0, 5).map((c) => c.title), titles.map((t, i) => `Cours ${i} « ${t} »`));
      assert.ok(parsed.courses.some((c) => c.reasons?.some((r) => /the skill “/.test(r.text))), 'the reasons\' quotes come back as “');
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
