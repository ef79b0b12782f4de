// Instantiating sweetspot-core.wasm, once per source (memoized). The Emscripten factory gets an
// `instantiateWasm` hook so that this file alone decides where the bytes come from:
//   - `wasmBinary` given (or read from disk by the Node entry): WebAssembly.instantiate on it;
//   - otherwise fetch the URL (next to dist/sweetspot-core.mjs, or `locateFile`'s answer) and
//     compile while streaming when the server says application/wasm, else from an ArrayBuffer.
// No other network request is ever made.

import createSweetspotModule from '../dist/sweetspot-core.mjs';
import { SweetspotError } from './errors.js';
import { WasmModule } from './module.js';

export const WASM_FILE = 'sweetspot-core.wasm';
// A string literal, not a template: bundlers (Vite, webpack) emit the file that
// `new URL('literal', import.meta.url)` names as an asset; Vite turns a template with ${…} into a
// glob over ../dist/*, which also emits both glue files as unused assets.
const DEFAULT_URL = new URL('../dist/sweetspot-core.wasm', import.meta.url);

const modules = new Map(); // key -> Promise<WasmModule>

/** The wasm URL: `locateFile(name, prefix)` as in Emscripten, else next to the glue. */
export function wasmURL(options = {}) {
  if (typeof options.locateFile === 'function') {
    const prefix = new URL('.', DEFAULT_URL).href;
    return String(options.locateFile(WASM_FILE, prefix));
  }
  return DEFAULT_URL.href;
}

/**
 * Memoized: the same options (same wasmBinary object, same URL) share one module.
 * @param {{wasmBinary?: ArrayBuffer|ArrayBufferView, locateFile?: Function}} options
 * @param {(url: string) => Promise<ArrayBuffer|ArrayBufferView|Response>} readSource how this
 *        platform turns the URL into bytes or a Response (fetch in browsers, the file in Node)
 */
export function loadModule(options, readSource) {
  const key = options.wasmBinary ?? wasmURL(options);
  let promise = modules.get(key);
  if (!promise) {
    promise = instantiate(options, () => readSource(wasmURL(options)), key);
    modules.set(key, promise);
    // A failed load is not cached: the next call tries again.
    promise.catch(() => modules.delete(key));
  }
  return promise;
}

/** Forget a module that stopped (see WasmModule.guard), so the next createEngine builds a new one. */
export function forgetModule(wasmModule) {
  for (const [key, promise] of modules) {
    promise.then((m) => m === wasmModule && modules.get(key) === promise && modules.delete(key), () => {});
  }
}

async function instantiate(options, source, key) {
  let compiled = null; // kept for synchronous re-instantiation after an abort
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  const messages = [];
  const factory = createSweetspotModule({
    // Emscripten prints only when it aborts; keep its words for the error instead of the console.
    print: (text) => messages.push(text),
    printErr: (text) => messages.push(text),
    instantiateWasm(imports, receive) {
      compile(options.wasmBinary ?? null, source, imports).then(
        ({ instance, module }) => {
          compiled = module;
          receive(instance, module);
        },
        (e) => fail(e),
      );
      return {};
    },
  });
  let raw;
  try {
    raw = await Promise.race([factory, failed]);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new SweetspotError(`could not load ${WASM_FILE}: ${why}`, {
      expected: 'a loadable sweetspot-core.wasm',
      found: why,
    });
  }
  return adopt(new WasmModule(raw), compiled, key);
}

// A module's life after an abort: forgotten by loadModule, replaced on demand by a fresh instance
// of the same compiled code (WasmModule.successor), which loadModule then hands out.
function adopt(wasmModule, compiled, key) {
  wasmModule.onBroken = () => forgetModule(wasmModule);
  wasmModule.reinstantiate = () => {
    const next = adopt(instantiateSync(compiled), compiled, key);
    modules.set(key, Promise.resolve(next));
    return next;
  };
  return wasmModule;
}

// A new instance of the compiled module, synchronously: no fetch, no compile (WebAssembly.Instance of
// an already compiled module is allowed on a page's main thread). With MODULARIZE the object handed
// to the factory is the module, and a synchronous instantiateWasm leaves it running on return.
function instantiateSync(compiled) {
  const raw = {
    print() {},
    printErr() {},
    instantiateWasm(imports, receive) {
      const instance = new WebAssembly.Instance(compiled, imports);
      receive(instance, compiled);
      return instance.exports;
    },
  };
  createSweetspotModule(raw).catch(() => {});
  if (!raw.calledRun) throw new Error('the module did not start');
  return new WasmModule(raw);
}

async function compile(binary, source, imports) {
  const input = binary ?? (await source());
  // Bytes first: in Node the first look at the global `Response` loads its fetch implementation,
  // which took 25-30 ms of a 40 ms cold start.
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return WebAssembly.instantiate(input, imports);
  if (typeof Response !== 'undefined' && input instanceof Response) {
    if (!input.ok) throw new Error(`HTTP ${input.status} for ${input.url}`);
    const type = input.headers.get('content-type') || '';
    if (typeof WebAssembly.instantiateStreaming === 'function' && type.split(';')[0].trim() === 'application/wasm') {
      return WebAssembly.instantiateStreaming(input, imports);
    }
    return WebAssembly.instantiate(await input.arrayBuffer(), imports);
  }
  return WebAssembly.instantiate(input, imports);
}
