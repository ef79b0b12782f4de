// A small app as a package user writes it: the bare specifier 'sweetspot', resolved by Vite through
// the package's exports map (browser condition), with the .wasm left for Vite to emit as an asset.
import { createEngine, SweetspotError } from 'sweetspot';
import { scenario } from './scenario.js';
import doc from './input.json';

const out = document.getElementById('result');
scenario({ createEngine, SweetspotError }, doc).then(
  (result) => {
    window.__result = result;
    out.textContent = JSON.stringify(result, null, 2);
  },
  (e) => {
    window.__result = { error: String(e && e.stack ? e.stack : e) };
    out.textContent = `failed: ${e}`;
  },
).finally(() => {
  document.documentElement.dataset.ready = 'true';
});
