// Instantiating one of the package's WebAssembly modules, once per source (memoized): shared by the
// full module (loader.js), the learner module (learner-loader.js) and the import module
// (importer.js). The Emscripten factory gets an `instantiateWasm` hook so that this file alone
// decides where the bytes come from:
//   - `binary` given (or read from disk by the Node entry): WebAssembly.instantiate on it;
//   - otherwise read the URL (next to the glue, or `locateFile`'s answer) with the platform's
//     readSource, compiling while streaming when the server says application/wasm.
// No other network request is ever made.

import { SweetspotError } from './errors.js';
import { WasmModule } from './module.js';

const modules = new Map(); // binary or URL -> Promise<WasmModule>

/** A module's URL: `locateFile(file, prefix)` as in Emscripten, else `defaultURL` (next to the glue). */
export function locate(options, file, defaultURL) {
  if (typeof options?.locateFile === 'function') return String(options.locateFile(file, new URL('.', defaultURL).href));
  return defaultURL.href;
}

/**
 * The module, instantiated once per source; a failed load is not cached (the next call tries again).
 * @param {{file: string, glue: () => Promise<Function>, binary?: ArrayBuffer|ArrayBufferView|null,
 *          url: string, readSource: (url: string) => Promise<ArrayBuffer|ArrayBufferView|Response>}} spec
 */
export function loadWasm(spec) {
  const key = spec.binary ?? spec.url;
  let promise = modules.get(key);
  if (!promise) {
    promise = instantiate(spec, key);
    modules.set(key, promise);
    promise.catch(() => modules.delete(key));
  }
  return promise;
}

async function instantiate({ file, glue, binary, url, readSource }, key) {
  let compiled = null; // kept for synchronous re-instantiation after an abort
  let factory;
  let raw;
  try {
    factory = await glue();
    let fail;
    const failed = new Promise((_, reject) => (fail = reject));
    const running = factory({
      // Emscripten prints only when it aborts; the abort's error says it, not the console.
      print() {},
      printErr() {},
      instantiateWasm(imports, receive) {
        compile(binary ?? null, () => readSource(url), imports).then(({ instance, module }) => {
          compiled = module;
          receive(instance, module);
        }, fail);
        return {};
      },
    });
    raw = await Promise.race([running, failed]);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new SweetspotError(`could not load ${file}: ${why}`, { expected: `a loadable ${file}`, found: why });
  }
  return adopt(new WasmModule(raw, file), { factory, compiled, file, key });
}

// A module's life after an abort: forgotten here, replaced on demand by a fresh instance of the
// same compiled code (WasmModule.successor), which loadWasm then hands out.
function adopt(wasmModule, made) {
  wasmModule.onBroken = () => {
    for (const [key, promise] of modules) {
      promise.then((m) => m === wasmModule && modules.get(key) === promise && modules.delete(key), () => {});
    }
  };
  wasmModule.reinstantiate = () => {
    const next = adopt(instantiateSync(made), made);
    modules.set(made.key, Promise.resolve(next));
    return next;
  };
  return wasmModule;
}

// A new instance of the compiled module, synchronously: no fetch, no compile (WebAssembly.Instance of
// an already compiled module is allowed on a page's main thread). With MODULARIZE the object handed
// to the factory is the module, and a synchronous instantiateWasm leaves it running on return.
function instantiateSync({ factory, compiled, file }) {
  const raw = {
    print() {},
    printErr() {},
    instantiateWasm(imports, receive) {
      const instance = new WebAssembly.Instance(compiled, imports);
      receive(instance, compiled);
      return instance.exports;
    },
  };
  factory(raw).catch(() => {});
  if (!raw.calledRun) throw new Error('the module did not start');
  return new WasmModule(raw, file);
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
