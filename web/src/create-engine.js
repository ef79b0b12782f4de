// createEngine(): the one way in. Loads (once) a WebAssembly module and returns a new Engine on it.

import { Engine } from './engine.js';

/**
 * @param {(url: string) => Promise<ArrayBuffer|ArrayBufferView|Response>} readSource how this
 *        platform reads a URL (fetch in browsers, the file in Node)
 * @param {(options: object, readSource: Function) => Promise<import('./module.js').WasmModule>} loadModule
 *        which module: the full one (loader.js) or the learner one (learner-loader.js)
 * @returns {(options?: {locateFile?: Function, wasmBinary?: ArrayBuffer|ArrayBufferView}) => Promise<Engine>}
 */
export function engineFactory(readSource, loadModule) {
  return async function createEngine(options = {}) {
    const module = await loadModule(options, readSource);
    // The engine keeps how it was loaded, to load the import module the same way on first use.
    return new Engine(module, { options, readSource });
  };
}
