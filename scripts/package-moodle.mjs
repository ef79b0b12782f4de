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
//   node scripts/package-moodle.mjs [--out DIR] [--no-zip]
import { spawnSync } from 'node:child_process';
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
const WASM = 'sweetspot-core.wasm';
const LOADER_IMPORT = `'../dist/${GLUE}'`;

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

function ensureDist() {
  const ready = () => fs.existsSync(path.join(WEB_DIST, GLUE)) && fs.existsSync(path.join(WEB_DIST, WASM));
  if (ready()) return;
  console.log('package-moodle: web/dist is missing; building the WebAssembly module…');
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts/build.sh')], { stdio: 'inherit' });
  if (r.status !== 0 || !ready()) throw new Error('package-moodle: the build did not produce web/dist; run `npm run build` and read its output');
}

/**
 * Stages (and zips) the plugin. Options: outDir (default build/moodle), zip (default true).
 * Returns {stageDir, zipPath, files}: files are the staged paths relative to stageDir.
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
    entry.isDirectory() || (src.endsWith('.js') && path.relative(WEB_SRC, src) !== 'node.js'));
  const engineDist = path.join(stageDir, 'engine/dist');
  fs.mkdirSync(engineDist, { recursive: true });
  fs.copyFileSync(path.join(WEB_DIST, GLUE), path.join(engineDist, GLUE.replace(/\.mjs$/, '.js')));
  fs.copyFileSync(path.join(WEB_DIST, WASM), path.join(engineDist, WASM));

  const loader = path.join(engineSrc, 'loader.js');
  const text = fs.readFileSync(loader, 'utf8');
  const count = text.split(LOADER_IMPORT).length - 1;
  if (count !== 1) throw new Error(`package-moodle: expected one import of ${LOADER_IMPORT} in web/src/loader.js, found ${count}`);
  fs.writeFileSync(loader, text.replace(LOADER_IMPORT, `'../dist/${GLUE.replace(/\.mjs$/, '.js')}'`));

  const adapter = fs.readFileSync(ADAPTER, 'utf8');
  const imports = [...adapter.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
  const stray = imports.filter((i) => !i.startsWith(ADAPTER_IMPORT.slice(1)));
  if (!imports.length || stray.length) throw new Error(`package-moodle: examples/moodle/adapter.js may import only from ${ADAPTER_IMPORT.slice(1)}…; found ${stray.join(', ') || 'no import'}`);
  fs.writeFileSync(path.join(stageDir, 'js/adapter.js'), adapter.split(ADAPTER_IMPORT).join("'../engine/src/"));

  stageEngineSource(path.join(stageDir, 'engine'));

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
  return { stageDir, zipPath, files };
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
    if (result.zipPath) console.log(`package-moodle: ${path.relative(process.cwd(), result.zipPath)}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
