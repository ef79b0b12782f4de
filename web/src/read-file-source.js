// How the Node entries read a module: Emscripten 3.1.6's web build cannot fetch a file path in
// Node, so the .wasm is read from disk (or from locateFile()'s path or file: URL) and handed over
// as bytes; an http(s) URL is fetched.

import { readFile } from 'node:fs/promises';

export async function readFileSource(url) {
  if (/^https?:/i.test(url)) return fetch(url);
  return readFile(url.startsWith('file:') ? new URL(url) : url);
}
