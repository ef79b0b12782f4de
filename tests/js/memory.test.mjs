// 100,000 classify calls must not grow the wasm heap by 1 MB or more: nothing leaks per call.
import assert from 'node:assert/strict';
import { it } from 'node:test';

import { generateLearner, generateWorld } from './generate.mjs';
import { createEngine } from './helpers.mjs';

it('100,000 classify calls grow the wasm heap by < 1 MB', async (t) => {
  // A module of its own (its own wasmBinary object), so other tests cannot grow this heap.
  const { readFileSync } = await import('node:fs');
  const { ROOT } = await import('./helpers.mjs');
  const engine = await createEngine({ wasmBinary: new Uint8Array(readFileSync(`${ROOT}web/dist/sweetspot-core.wasm`)) });
  const world = generateWorld(42, { courses: 12, skills: 16 });
  engine.load(world);
  const learners = Array.from({ length: 50 }, (_, i) => JSON.stringify(generateLearner(i, world)));
  // Warm up: allocator pools, the scratch buffer, the largest learner seen.
  for (const l of learners) engine.classify(l, { asOf: '2026-01-01' });
  engine.explain(0);
  const heap = () => engine.memoryUsage().heapTopBytes;
  const memory = () => engine.memoryUsage().memoryBytes;
  const memoryBefore = memory();
  const before = heap();
  const started = performance.now();
  for (let i = 0; i < 100_000; ++i) {
    const c = engine.classify(learners[i % learners.length], { asOf: '2026-01-01' });
    if (i % 10_000 === 0) c.explain(i % c.length);
  }
  const grown = heap() - before;
  const ms = performance.now() - started;
  const after = { heap: heap(), memory: memory() };
  engine.dispose();
  assert.ok(grown < 1024 * 1024, `heap grew by ${grown} bytes (${before} -> ${after.heap})`);
  assert.ok(after.memory - memoryBefore < 1024 * 1024, `linear memory grew by ${after.memory - memoryBefore} bytes`);
  t.diagnostic(`100,000 classify calls: ${Math.round(ms)} ms, malloc heap ${before} -> ${after.heap} bytes`);
});
