// The package's Node entry: Emscripten 3.1.6's web build cannot fetch a file path in Node, so the
// .wasm is read from disk here (or from locateFile()'s path or file: URL) and handed over as bytes.

import { readFile } from 'node:fs/promises';

import { engineFactory } from './create-engine.js';

export { SweetspotError } from './errors.js';
export { Engine } from './engine.js';
export { Classification } from './classification.js';
export { QUADRANTS, FLAGS, flagNames } from './constants.js';
export { today } from './documents.js';

export const createEngine = engineFactory(async (url) => {
  if (/^https?:/i.test(url)) return fetch(url);
  return readFile(url.startsWith('file:') ? new URL(url) : url);
});
