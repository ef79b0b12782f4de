#!/usr/bin/env node
// One cold start in a fresh Node process, printed as one JSON line (tests/bench/run.mjs spawns it
// several times and takes the median):
//   node tests/bench/cold-start.mjs --engine=wasm|learner|js --load=FILE [--web=DIR (default: web/)]
// The catalog (JSON text, or a snapshot's bytes when FILE ends in .sscat) is read before the clock
// starts (a host has it already, e.g. fetched); then
//   import  the package's JS (wasm: web/src/node.js, learner: web/src/learner-node.js, and the
//           Emscripten glue; js: the reference),
//   create  createEngine(): read + compile + instantiate the .wasm (js: nothing to do),
//   load    engine.load(text), or engine.loadSnapshot(bytes) for a .sscat.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const snapshot = args.load.endsWith('.sscat');
const input = snapshot ? new Uint8Array(fs.readFileSync(args.load)) : fs.readFileSync(args.load, 'utf8');

const t0 = performance.now();
let engine;
let t1;
if (args.engine === 'wasm' || args.engine === 'learner') {
  const entry = args.engine === 'learner' ? 'learner-node.js' : 'node.js';
  const { createEngine } = await import(pathToFileURL(path.join(args.web ?? path.join(REPO_ROOT, 'web'), 'src', entry)).href);
  t1 = performance.now();
  engine = await createEngine();
} else {
  const { createReferenceEngine } = await import(pathToFileURL(path.join(HERE, 'js-reference', 'index.mjs')).href);
  t1 = performance.now();
  engine = createReferenceEngine();
}
const t2 = performance.now();
const loaded = snapshot ? engine.loadSnapshot(input) : engine.load(input);
const t3 = performance.now();
process.stdout.write(`${JSON.stringify({ engine: args.engine, courses: loaded.courses, import: t1 - t0, create: t2 - t1, load: t3 - t2, total: t3 - t0 })}\n`);
engine.dispose?.();
