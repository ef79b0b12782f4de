// The import module, dist/sweetspot-import.wasm: the skill-framework importers (ESCO, O*NET, CASE,
// plain CSV) behind one C export, ss_import_request. A module of its own so that the learner-facing
// sweetspot-core.wasm stays small; it is fetched (or read) on the first engine.importFramework()
// call and then kept, once per source, like the core module (instantiate.js).
//
// Where the bytes come from, as for the core module: `importWasmBinary` if the host has them, else
// the URL `locateFile('sweetspot-import.wasm', prefix)` or the file next to the glue, read by the
// platform's readSource (fetch in browsers, the file system in Node).

import { usageError } from './errors.js';
import { loadWasm, locate } from './instantiate.js';

export const IMPORT_WASM_FILE = 'sweetspot-import.wasm';
// A string literal, so that Vite emits the .wasm as an asset (see loader.js). webpack is told not
// to (webpackIgnore): most bundled apps (the Open edX dashboard) never import a framework and would
// ship 145 KB never fetched; a webpack app that does passes locateFile (or importWasmBinary).
// Vite only transforms a module whose raw text matches new URL('…', import.meta.url) with nothing
// between the parentheses but the literal, so this comment line carries that form for it:
//   new URL('../dist/sweetspot-import.wasm', import.meta.url)
// (Vite then finds the real expression below with comments blanked out; tests/browser/vite.test.mjs.)
const DEFAULT_URL = new URL(/* webpackIgnore: true */ '../dist/sweetspot-import.wasm', import.meta.url);

/** The import module's URL: `locateFile(name, prefix)` as in Emscripten, else next to the glue. */
export const importWasmURL = (options = {}) => locate(options, IMPORT_WASM_FILE, DEFAULT_URL);

/**
 * The import module, loaded once per source (instantiate.js, as the core module). Its glue is
 * imported dynamically, so a page that never imports a framework never loads a byte of it.
 * @param {{importWasmBinary?: ArrayBuffer|ArrayBufferView, locateFile?: Function}} options
 * @param {(url: string) => Promise<ArrayBuffer|ArrayBufferView|Response>} readSource
 */
export function loadImportModule(options, readSource) {
  return loadWasm({
    file: IMPORT_WASM_FILE,
    glue: async () => (await import('../dist/sweetspot-import.mjs')).default,
    binary: options.importWasmBinary,
    url: importWasmURL(options),
    readSource,
  });
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
