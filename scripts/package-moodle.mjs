// npm run package:moodle — the installable Moodle plugin zip.
//
// Stages examples/moodle/local_sweetspot/ plus the Sweetspot package (web/src, web/dist) into
// build/moodle/sweetspot/ and zips it as build/moodle/local_sweetspot-<release>.zip, with the one
// top-level folder "sweetspot/" that Moodle's plugin installer expects for local_sweetspot.
//
// In the plugin the package lives in engine/ (not vendor/: Moodle's recommended web-server rules
// deny /vendor/ paths). The Emscripten glue is renamed from .mjs to .js, because web servers that
// do not know .mjs serve it with a MIME type browsers refuse for module scripts; the one import of
// it (web/src/loader.js) is rewritten to match. Node-only files (web/src/node.js) and type
// declarations are left out. The plugin's adapter (examples/moodle/adapter.js, which imports the
// package from ../../web/src/) is staged as js/adapter.js importing it from ../engine/src/.
// The engine's C++ source (the .wasm is built from it; the plugin is GPL, which asks that the
// source of what it ships be available) goes with it in engine/source/, with engine/SOURCE.md
// saying which commit it is and how to rebuild the .wasm.
//
// Two numbers move with what is packaged, so that a site and its learners' browsers notice a new
// build:
// - engine/REVISION, a hash of the staged files: the plugin's static files are served under it
//   (static.php/<revision>/js/…; classes/local/static_files.php), so browsers keep them for 90 days
//   and never mix an old module with a new .wasm.
// - $plugin->version in the staged version.php: the time of the newest change to what is packaged
//   (its last commit; now, for uncommitted changes), as YYYYMMDDXX with XX the hundredth of the day
//   (UTC), never below the version.php in the repository (raise that one for db/ changes). So each
//   build with new content installs as an upgrade and admin/cli/upgrade.php runs.
//
//   node scripts/package-moodle.mjs [--out DIR] [--no-zip]
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN_DIR = path.join(repoRoot, 'examples/moodle/local_sweetspot');
const ADAPTER = path.join(repoRoot, 'examples/moodle/adapter.js');
const ADAPTER_IMPORT = "'../../web/src/";
const WEB_SRC = path.join(repoRoot, 'web/src');
const WEB_DIST = path.join(repoRoot, 'web/dist');
const GLUE = 'sweetspot-core.mjs';
// web/src files the plugin does not ship: the Node-only ones, and the one-file learner bundle's
// entry (the plugin imports the learner module, learner.js, from the source tree it ships).
const LEFT_OUT = new Set(['node.js', 'learner-node.js', 'read-file-source.js', 'learner-page.js']);
const WASM = 'sweetspot-core.wasm';
const LOADER_IMPORT = `'../dist/${GLUE}'`;
// The learner module (learner pages load the site's snapshot with it): its glue and .wasm.
const LEARNER_GLUE = 'sweetspot-learner.mjs';
const LEARNER_WASM = 'sweetspot-learner.wasm';
// The framework importers (the admin's import page loads them on first use).
const IMPORT_GLUE = 'sweetspot-import.mjs';
const IMPORT_WASM = 'sweetspot-import.wasm';

/** $plugin->release and ->version from version.php. */
export function pluginVersion(dir = PLUGIN_DIR) {
  const text = fs.readFileSync(path.join(dir, 'version.php'), 'utf8');
  const release = /\$plugin->release\s*=\s*'([^']+)'/.exec(text)?.[1];
  const version = /\$plugin->version\s*=\s*([0-9]{10})/.exec(text)?.[1];
  if (!release || !version) throw new Error('package-moodle: version.php has no $plugin->release or $plugin->version');
  return { release, version };
}

function copyTree(from, to, keep = () => true) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (!keep(src, entry)) continue;
    if (entry.isDirectory()) {
      fs.mkdirSync(dst, { recursive: true });
      copyTree(src, dst, keep);
    } else if (entry.isFile()) {
      fs.mkdirSync(path.dirname(dst), { recursive: true });
      fs.copyFileSync(src, dst);
    }
  }
}

function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p, base));
    else out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out.sort();
}

const DEMO_TAXONOMY = path.join(repoRoot, 'examples/intranet/data/taxonomy.json');
const DEMO_ATTRIBUTION = path.join(repoRoot, 'examples/intranet/data/ATTRIBUTION.md');
const TAXONOMY_ADDITIONS = path.join(repoRoot, 'examples/moodle/taxonomy-additions.json');

/**
 * The taxonomy a site uses until an admin uploads its own: the ESCO subset of the intranet demo
 * (CC BY 4.0) with the plugin's aliases added (examples/moodle/taxonomy-additions.json), and the
 * attribution ESCO's licence asks for.
 */
export function defaultTaxonomy() {
  const taxonomy = JSON.parse(fs.readFileSync(DEMO_TAXONOMY, 'utf8'));
  const { aliases } = JSON.parse(fs.readFileSync(TAXONOMY_ADDITIONS, 'utf8'));
  for (const [id, extra] of Object.entries(aliases)) {
    const skill = taxonomy.skills.find((s) => s.id === id);
    if (!skill) throw new Error(`package-moodle: taxonomy-additions.json names ${id}, which the ESCO subset does not have`);
    skill.aliases = [...new Set([...(skill.aliases ?? []), ...extra])];
  }
  return taxonomy;
}

function stageDefaultTaxonomy(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'default.json'), `${JSON.stringify(defaultTaxonomy())}\n`);
  const esco = fs.readFileSync(DEMO_ATTRIBUTION, 'utf8').split('\n## ')[1];
  fs.writeFileSync(path.join(dir, 'ATTRIBUTION.md'), `# The bundled default taxonomy (taxonomy/default.json)

This service uses the ESCO classification of the European Commission.

It is the ESCO skills subset of the Sweetspot intranet demo (examples/intranet/data/taxonomy.json in
the Sweetspot repository), with aliases added by the Sweetspot contributors so that learners find a
skill by everyday words (e.g. "Spanish" for "speak different languages";
examples/moodle/taxonomy-additions.json). The European Commission has not endorsed these
modifications. Upload your own taxonomy in the plugin settings to replace it.

## ${esco.trim()}
`);
}

/** The engine's sources that build the .wasm: CMake files, core/ (headers, sources, CLI), wasm/. */
export const ENGINE_SOURCES = ['CMakeLists.txt', 'LICENSE', 'core/CMakeLists.txt', 'core/include', 'core/src', 'core/cli', 'wasm'];

function stageEngineSource(engineDir) {
  const target = path.join(engineDir, 'source');
  for (const rel of ENGINE_SOURCES) {
    const from = path.join(repoRoot, rel);
    const to = path.join(target, rel);
    if (fs.statSync(from).isDirectory()) {
      fs.mkdirSync(to, { recursive: true });
      copyTree(from, to);
    } else {
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
  const git = spawnSync('git', ['-C', repoRoot, 'describe', '--always', '--dirty', '--abbrev=40'], { encoding: 'utf8' });
  const commit = git.status === 0 ? git.stdout.trim() : 'unknown (not packaged from a git checkout)';
  fs.writeFileSync(path.join(engineDir, 'SOURCE.md'), `# Source of the Sweetspot engine in this folder

\`dist/sweetspot-core.wasm\` and its loader \`dist/sweetspot-core.js\` are compiled from the C++17
engine whose complete source is in \`source/\` (MIT licence, \`source/LICENSE\`): the same files as
the Sweetspot repository at commit \`${commit}\`. \`src/\` is the package's JavaScript, as written.

Rebuild the WebAssembly module (Debian: emscripten, cmake, nlohmann-json3-dev):

    cd source
    NODE_PATH=/usr/share/nodejs emcmake cmake -S . -B build -DCMAKE_BUILD_TYPE=Release \\
      -DSWEETSPOT_TESTS=OFF -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node
    cmake --build build --target sweetspot_wasm    # -> build/wasm/sweetspot-core.{mjs,wasm}

The result is byte-identical to \`dist/sweetspot-core.wasm\` with the same emscripten (3.1.6).
`);
}

/** What the packaged files are made from: a commit touching any of these may change the zip. */
export const PACKAGED_SOURCES = ['examples/moodle/local_sweetspot', 'examples/moodle/adapter.js', 'examples/moodle/taxonomy-additions.json',
  'examples/intranet/data/taxonomy.json', 'examples/intranet/data/ATTRIBUTION.md', 'web/src', 'scripts/package-moodle.mjs', 'scripts/bundle-moodle.mjs', 'scripts/build.sh',
  ...ENGINE_SOURCES];

/** Staged files that say how the package was made, not what it holds: left out of the revision. */
const NOT_CONTENT = new Set(['version.php', 'engine/REVISION', 'engine/SOURCE.md']);

/** A hash of the staged files (paths and bytes), 20 hex digits: the static files' URL revision. */
export function contentRevision(stageDir, files = listFiles(stageDir)) {
  const hash = crypto.createHash('sha1');
  for (const rel of files.filter((f) => !NOT_CONTENT.has(f))) {
    hash.update(`${rel}\0`);
    hash.update(fs.readFileSync(path.join(stageDir, rel)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

/**
 * The Moodle version of content last changed at `seconds` (Unix time): YYYYMMDDXX (UTC), XX the
 * hundredth of the day (14.4 minutes each), never below `base` (version.php's own).
 */
export function versionAt(seconds, base) {
  const day = Number(new Date(seconds * 1000).toISOString().slice(0, 10).replace(/-/g, ''));
  const slot = Math.floor((((seconds % 86400) + 86400) % 86400) / 864);
  return Math.max(day * 100 + slot, Number(base));
}

/**
 * When what is packaged last changed (Unix seconds): now if any of PACKAGED_SOURCES has uncommitted
 * changes (or this is no git checkout), else the newest commit touching them (the newest of all, so
 * that a merge of an older branch still counts, and the number only grows with history).
 */
export function contentTime({ root = repoRoot, now = Date.now() } = {}) {
  const git = (...args) => spawnSync('git', ['-C', root, ...args, '--', ...PACKAGED_SOURCES], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const status = git('status', '--porcelain');
  if (status.status !== 0 || status.stdout.trim()) return Math.floor(now / 1000);
  const times = git('log', '--format=%ct');
  const newest = Math.max(...times.stdout.split('\n').filter(Boolean).map(Number));
  return times.status === 0 && Number.isFinite(newest) ? newest : Math.floor(now / 1000);
}

/** Writes engine/REVISION and the moving $plugin->version into the staged plugin. */
function stampBuild(stageDir) {
  const revision = contentRevision(stageDir);
  fs.writeFileSync(path.join(stageDir, 'engine/REVISION'), `${revision}\n`);
  const file = path.join(stageDir, 'version.php');
  const { version: base } = pluginVersion(stageDir);
  const version = versionAt(contentTime(), base);
  const text = fs.readFileSync(file, 'utf8');
  const line = /^\$plugin->version\s*=\s*[0-9]{10};.*$/m;
  if (!line.test(text)) throw new Error('package-moodle: version.php has no `$plugin->version = YYYYMMDDXX;` line');
  fs.writeFileSync(file, text.replace(line, `$plugin->version   = ${version}; // Set by scripts/package-moodle.mjs (the repository's: ${base}).`));
  return { revision, version };
}

function ensureDist() {
  const ready = () => [GLUE, WASM, LEARNER_GLUE, LEARNER_WASM, IMPORT_GLUE, IMPORT_WASM].every((f) => fs.existsSync(path.join(WEB_DIST, f)));
  if (ready()) return;
  console.log('package-moodle: web/dist is missing; building the WebAssembly module…');
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts/build.sh')], { stdio: 'inherit' });
  if (r.status !== 0 || !ready()) throw new Error('package-moodle: the build did not produce web/dist; run `npm run build` and read its output');
}

/**
 * My courses imports its start-up (js/learner-start.js and the ~45 modules under it) as one file,
 * js/mycourses.bundle.js (scripts/bundle-moodle.mjs): the staged mycourses.js is pointed at it. The
 * other pages keep the modules, which they share with learner-start.js.
 */
function bundleLearnerStart(stageDir) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/bundle-moodle.mjs'), stageDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`package-moodle: bundling js/learner-start.js failed: ${r.stderr || r.error || r.status}`);
  const file = path.join(stageDir, 'js/mycourses.js');
  const text = fs.readFileSync(file, 'utf8');
  const from = "import('./learner-start.js')";
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`package-moodle: expected one ${from} in js/mycourses.js, found ${count}`);
  fs.writeFileSync(file, text.replace(from, "import('./mycourses.bundle.js')"));
}

/**
 * Stages (and zips) the plugin. Options: outDir (default build/moodle), zip (default true).
 * Returns {stageDir, zipPath, files, revision, version}: files are the staged paths relative to
 * stageDir; revision and version are what stampBuild() wrote.
 */
export function packageMoodle({ outDir = path.join(repoRoot, 'build/moodle'), zip = true } = {}) {
  ensureDist();
  const { release } = pluginVersion();
  const stageDir = path.join(outDir, 'sweetspot');
  fs.rmSync(stageDir, { recursive: true, force: true });
  fs.mkdirSync(stageDir, { recursive: true });

  copyTree(PLUGIN_DIR, stageDir, (src) => path.basename(src) !== 'engine');

  const engineSrc = path.join(stageDir, 'engine/src');
  copyTree(WEB_SRC, engineSrc, (src, entry) =>
    entry.isDirectory() || (src.endsWith('.js') && !LEFT_OUT.has(path.relative(WEB_SRC, src))));
  const engineDist = path.join(stageDir, 'engine/dist');
  fs.mkdirSync(engineDist, { recursive: true });
  fs.copyFileSync(path.join(WEB_DIST, GLUE), path.join(engineDist, GLUE.replace(/\.mjs$/, '.js')));
  fs.copyFileSync(path.join(WEB_DIST, WASM), path.join(engineDist, WASM));

  fs.copyFileSync(path.join(WEB_DIST, LEARNER_GLUE), path.join(engineDist, LEARNER_GLUE.replace(/\.mjs$/, '.js')));
  fs.copyFileSync(path.join(WEB_DIST, LEARNER_WASM), path.join(engineDist, LEARNER_WASM));
  fs.copyFileSync(path.join(WEB_DIST, IMPORT_GLUE), path.join(engineDist, IMPORT_GLUE.replace(/\.mjs$/, '.js')));
  fs.copyFileSync(path.join(WEB_DIST, IMPORT_WASM), path.join(engineDist, IMPORT_WASM));
  // Web servers send .mjs with a type browsers refuse for modules more often than .js: ship .js.
  for (const [file, glue] of [['loader.js', GLUE], ['learner-loader.js', LEARNER_GLUE], ['importer.js', IMPORT_GLUE]]) {
    const loader = path.join(engineSrc, file);
    const text = fs.readFileSync(loader, 'utf8');
    const from = `'../dist/${glue}'`;
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`package-moodle: expected one import of ${from} in web/src/${file}, found ${count}`);
    fs.writeFileSync(loader, text.replace(from, `'../dist/${glue.replace(/\.mjs$/, '.js')}'`));
  }

  const adapter = fs.readFileSync(ADAPTER, 'utf8');
  const imports = [...adapter.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
  const stray = imports.filter((i) => !i.startsWith(ADAPTER_IMPORT.slice(1)));
  if (!imports.length || stray.length) throw new Error(`package-moodle: examples/moodle/adapter.js may import only from ${ADAPTER_IMPORT.slice(1)}…; found ${stray.join(', ') || 'no import'}`);
  fs.writeFileSync(path.join(stageDir, 'js/adapter.js'), adapter.split(ADAPTER_IMPORT).join("'../engine/src/"));
  bundleLearnerStart(stageDir);

  stageEngineSource(path.join(stageDir, 'engine'));
  stageDefaultTaxonomy(path.join(stageDir, 'taxonomy'));
  const { revision, version } = stampBuild(stageDir);

  const files = listFiles(stageDir);
  let zipPath = null;
  if (zip) {
    zipPath = path.join(outDir, `local_sweetspot-${release}.zip`);
    fs.rmSync(zipPath, { force: true });
    // -X: no extra file attributes, so the same input gives the same archive contents.
    const r = spawnSync('zip', ['-r', '-X', '-q', zipPath, 'sweetspot'], { cwd: outDir, encoding: 'utf8' });
    if (r.error?.code === 'ENOENT') throw new Error('package-moodle: the `zip` command is missing (Debian package "zip"; scripts/bootstrap.sh installs it)');
    if (r.status !== 0) throw new Error(`package-moodle: zip failed: ${r.stderr || r.status}`);
  }
  return { stageDir, zipPath, files, revision, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  try {
    const result = packageMoodle({
      outDir: at >= 0 && args[at + 1] ? path.resolve(args[at + 1]) : undefined,
      zip: !args.includes('--no-zip'),
    });
    console.log(`package-moodle: ${result.files.length} files staged in ${path.relative(process.cwd(), result.stageDir) || '.'}`);
    console.log(`package-moodle: version ${result.version}, static files' revision ${result.revision}`);
    if (result.zipPath) console.log(`package-moodle: ${path.relative(process.cwd(), result.zipPath)}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
