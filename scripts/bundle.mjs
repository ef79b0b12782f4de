#!/usr/bin/env node
// Bundles web/src/learner-page.js (the learner engine, its Emscripten glue and the UI) into ONE
// ES module, web/dist/sweetspot-learner.js, next to sweetspot-learner.wasm which it fetches from
// its own URL. A page then imports one file instead of ~30 (each import a round trip on a cold
// load). The import module's glue stays a file of its own, imported only by importFramework().
// scripts/build.sh runs this after the wasm build; it needs rolldown (Vite's bundler, a
// devDependency of the workspace).
//   node scripts/bundle.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'web', 'dist');
const OUT = path.join(DIST, 'sweetspot-learner.js');

let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  console.error('bundle: rolldown is not installed (npm ci in the workspace); dist/sweetspot-learner.js not written');
  process.exit(2);
}

const bundle = await rolldown({
  input: path.join(ROOT, 'web', 'src', 'learner-page.js'),
  platform: 'browser',
  logLevel: 'warn',
  // Loaded on demand from next to the bundle, never inlined.
  external: [/sweetspot-import\.mjs$/],
});
await bundle.write({
  file: OUT,
  format: 'es',
  minify: true,
  codeSplitting: false,
  paths: (id) => (/sweetspot-import\.mjs$/.test(id) ? './sweetspot-import.mjs' : id),
  // After minification, which drops comments (`banner` never reached the file).
  postBanner: '// sweetspot: the learner engine and UI in one module (scripts/bundle.mjs); MIT licence.',
  // Minified (137 KB, 39.7 KB gzip; 205 KB, 55.2 KB gzip without), and debuggable through
  // sweetspot-learner.js.map next to it (sources inside), which developer tools fetch when open.
  sourcemap: true,
});
await bundle.close();
console.log(`bundle: wrote ${path.relative(ROOT, OUT)}`);
