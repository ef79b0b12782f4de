// The import module, dist/sweetspot-import.wasm: the skill-framework importers (ESCO, O*NET, CASE,
// plain CSV) behind one C export, ss_import_request. A module of its own so that the learner-facing
// sweetspot-core.wasm stays small; it is fetched (or read) on the first engine.importFramework()
// call and then kept, once per source, like the core module (loader.js). Its glue is imported
// dynamically, so a page that never imports a framework never loads a byte of it.
//
// Where the bytes come from, as for the core module: `importWasmBinary` if the host has them, else
// the URL `locateFile('sweetspot-import.wasm', prefix)` or the file next to the glue, read by the
// platform's readSource (fetch in browsers, the file system in Node).

import { SweetspotError, usageError } from './errors.js';
import { WasmModule } from './module.js';

export const IMPORT_WASM_FILE = 'sweetspot-import.wasm';
// A string literal, so that Vite emits the .wasm as an asset (see loader.js). webpack is told not
// to (webpackIgnore): most bundled apps (the Open edX dashboard) never import a framework and would
// ship 145 KB never fetched; a webpack app that does passes locateFile (or importWasmBinary).
// Vite only transforms a module whose raw text matches new URL('…', import.meta.url) with nothing
// between the parentheses but the literal, so this comment line carries that form for it:
//   new URL('../dist/sweetspot-import.wasm', import.meta.url)
// (Vite then finds the real expression below with comments blanked out; tests/browser/vite.test.mjs.)
const DEFAULT_URL = new URL(/* webpackIgnore: true */ '../dist/sweetspot-import.wasm', import.meta.url);

const modules = new Map(); // key -> Promise<WasmModule>

/** The import module's URL: `locateFile(name, prefix)` as in Emscripten, else next to the glue. */
export function importWasmURL(options = {}) {
  if (typeof options.locateFile === 'function') {
    return String(options.locateFile(IMPORT_WASM_FILE, new URL('.', DEFAULT_URL).href));
  }
  return DEFAULT_URL.href;
}

/**
 * The import module, loaded once per source.
 * @param {{importWasmBinary?: ArrayBuffer|ArrayBufferView, locateFile?: Function}} options
 * @param {(url: string) => Promise<ArrayBuffer|ArrayBufferView|Response>} readSource
 */
export function loadImportModule(options, readSource) {
  const key = options.importWasmBinary ?? importWasmURL(options);
  let promise = modules.get(key);
  if (!promise) {
    promise = instantiate(options, readSource);
    modules.set(key, promise);
    promise.then((m) => { m.onBroken = () => modules.get(key) === promise && modules.delete(key); }, () => {});
    promise.catch(() => modules.delete(key)); // a failed load is not cached
  }
  return promise;
}

async function instantiate(options, readSource) {
  let raw;
  try {
    const { default: createModule } = await import('../dist/sweetspot-import.mjs');
    let fail;
    const failed = new Promise((_, reject) => (fail = reject));
    const messages = [];
    const factory = createModule({
      print: (text) => messages.push(text),
      printErr: (text) => messages.push(text),
      instantiateWasm(imports, receive) {
        compile(options.importWasmBinary ?? null, () => readSource(importWasmURL(options)), imports).then(
          ({ instance, module }) => receive(instance, module),
          (e) => fail(e),
        );
        return {};
      },
    });
    raw = await Promise.race([factory, failed]);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new SweetspotError(`could not load ${IMPORT_WASM_FILE}: ${why}`, { expected: `a loadable ${IMPORT_WASM_FILE}`, found: why });
  }
  return new WasmModule(raw);
}

async function compile(binary, source, imports) {
  const input = binary ?? (await source());
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

export const IMPORT_FORMATS = Object.freeze(['esco', 'onet', 'case', 'csv']);

const isBlob = (v) => typeof Blob !== 'undefined' && v instanceof Blob;

/**
 * The request's files as {name: text}: from an object or Map of name -> string | Blob, or an array
 * of File objects (their names) or {name, text} records.
 */
export async function fileTexts(files) {
  let entries;
  if (Array.isArray(files)) {
    entries = files.map((f, i) => {
      const name = f?.name;
      if (typeof name !== 'string' || name === '') throw usageError('a File or {name, text}', describe(f), `/files/${i}`);
      return [name, isBlob(f) ? f : f.text];
    });
  } else if (files instanceof Map) {
    entries = [...files];
  } else if (files && typeof files === 'object') {
    entries = Object.entries(files);
  } else {
    throw usageError('files as {name: contents}, a Map or an array of File', describe(files), '/files');
  }
  const out = {};
  for (const [name, value] of entries) {
    if (Object.prototype.hasOwnProperty.call(out, name)) throw usageError('each file name once', `"${name}" twice`, '/files');
    if (typeof value === 'string') out[name] = value;
    else if (isBlob(value)) out[name] = await value.text();
    else throw usageError('the file\'s contents as a string or Blob', describe(value), `/files/${pointerToken(name)}`);
  }
  return out;
}

const pointerToken = (s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');

function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? 'a string' : typeof v;
}
