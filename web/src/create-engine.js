// createEngine(): the one way in. Loads (once) the WebAssembly module and returns a new Engine on it.

import { Engine } from './engine.js';
import { loadModule } from './loader.js';

/**
 * @param {(url: string) => Promise<ArrayBuffer|ArrayBufferView|Response>} readSource
 * @returns {(options?: {locateFile?: Function, wasmBinary?: ArrayBuffer|ArrayBufferView}) => Promise<Engine>}
 */
export function engineFactory(readSource) {
  return async function createEngine(options = {}) {
    const module = await loadModule(options, readSource);
    // The engine keeps how it was loaded, to load the import module the same way on first use.
    return new Engine(module, { options, readSource });
  };
}
