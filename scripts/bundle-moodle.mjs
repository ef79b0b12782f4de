#!/usr/bin/env node
// Bundles the staged Moodle plugin's learner start-up (js/learner-start.js: the learner engine, its
// Emscripten glue, the UI, the adapters) into ONE ES module, js/mycourses.bundle.js, which My courses
// imports (scripts/package-moodle.mjs stages the plugin, runs this and points mycourses.js at it).
// Each module is a request to static.php; the ~45 of the tree took Apache's connections from Moodle's
// own requests for the cards. Left out, and imported from their own files when needed: the full
// module (engine/src/index.js, only when the snapshot cannot be used) and the import module's glue.
// Needs rolldown (a devDependency of the workspace, as for scripts/bundle.mjs).
//   node scripts/bundle-moodle.mjs STAGE_DIR
import fs from 'node:fs';
import path from 'node:path';

const stageDir = process.argv[2];
if (!stageDir || !fs.existsSync(path.join(stageDir, 'js', 'learner-start.js'))) {
  console.error('usage: node scripts/bundle-moodle.mjs STAGE_DIR (a staged plugin with js/learner-start.js)');
  process.exit(2);
}

let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  console.error('bundle-moodle: rolldown is not installed (npm ci in the workspace)');
  process.exit(2);
}

// Specifier (as written in the staged files) -> the same file as the bundle in js/ imports it.
const LEFT_OUT = [
  [/(^|\/)engine\/src\/index\.js$/, '../engine/src/index.js'],
  [/(^|\/)dist\/sweetspot-import\.js$/, '../engine/dist/sweetspot-import.js'],
];
const leftOut = (id) => LEFT_OUT.find(([pattern]) => pattern.test(id.split(path.sep).join('/')));

const bundle = await rolldown({
  input: path.join(stageDir, 'js', 'learner-start.js'),
  platform: 'browser',
  logLevel: 'warn',
  external: (id) => !!leftOut(id),
});
await bundle.write({
  file: path.join(stageDir, 'js', 'mycourses.bundle.js'),
  format: 'es',
  minify: true,
  codeSplitting: false,
  paths: (id) => leftOut(id)?.[1] ?? id,
  postBanner: '// Sweetspot for Moodle: js/learner-start.js and what it imports, in one module (scripts/bundle-moodle.mjs); GPL v3 or later.',
});
await bundle.close();
