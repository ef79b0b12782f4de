// The full module, sweetspot-core.wasm: what createEngine() from 'sweetspot' loads (instantiate.js
// does the work, once per source). Its glue is imported here and nowhere else (the Moodle packager
// rewrites this one import).

import createSweetspotModule from '../dist/sweetspot-core.mjs';
import { loadWasm, locate } from './instantiate.js';

export const WASM_FILE = 'sweetspot-core.wasm';
// A string literal, not a template: bundlers (Vite, webpack) emit the file that
// `new URL('literal', import.meta.url)` names as an asset; Vite turns a template with ${…} into a
// glob over ../dist/*, which also emits both glue files as unused assets.
const DEFAULT_URL = new URL('../dist/sweetspot-core.wasm', import.meta.url);

/** The wasm URL: `locateFile(name, prefix)` as in Emscripten, else next to the glue. */
export const wasmURL = (options = {}) => locate(options, WASM_FILE, DEFAULT_URL);

/**
 * Memoized: the same options (same wasmBinary object, same URL) share one module.
 * @param {{wasmBinary?: ArrayBuffer|ArrayBufferView, locateFile?: Function}} options
 * @param {(url: string) => Promise<ArrayBuffer|ArrayBufferView|Response>} readSource how this
 *        platform turns the URL into bytes or a Response (fetch in browsers, the file in Node)
 */
export function loadModule(options, readSource) {
  return loadWasm({ file: WASM_FILE, glue: async () => createSweetspotModule, binary: options.wasmBinary, url: wasmURL(options), readSource });
}
