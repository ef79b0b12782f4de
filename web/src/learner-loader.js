// The learner module, sweetspot-learner.wasm: load a catalog snapshot, classify, explain; nothing
// else, so a learner's page downloads far fewer bytes than the full module's. What
// createEngine() from 'sweetspot/learner' loads (instantiate.js does the work, once per source).

import createSweetspotLearnerModule from '../dist/sweetspot-learner.mjs';
import { loadWasm, locate } from './instantiate.js';

export const LEARNER_WASM_FILE = 'sweetspot-learner.wasm';
// A string literal, so that bundlers emit the .wasm as an asset (see loader.js).
const DEFAULT_URL = new URL('../dist/sweetspot-learner.wasm', import.meta.url);

/** The learner module's URL: `locateFile(name, prefix)` as in Emscripten, else next to the glue. */
export const learnerWasmURL = (options = {}) => locate(options, LEARNER_WASM_FILE, DEFAULT_URL);

/** As loader.js's loadModule, for the learner module. */
export function loadLearnerModule(options, readSource) {
  return loadWasm({
    file: LEARNER_WASM_FILE, glue: async () => createSweetspotLearnerModule, binary: options.wasmBinary, url: learnerWasmURL(options), readSource,
  });
}
