// node scripts/package-openedx.mjs [--out DIR] — the Open edX Tutor plugin, ready to install with
// no npm registry: DIR (default build/openedx-tutor/) gets
//   sweetspot.py                        examples/openedx/tutor/sweetspot.py
//   sweetspot-vendor/sweetspot-<v>.tgz  `npm pack` of web/ (needs web/dist: run scripts/build.sh)
//   sweetspot-vendor/sweetspot-openedx-<v>.tgz  `npm pack` of examples/openedx/
// Copy both into `tutor plugins printroot` (examples/openedx/README.md). Prints the paths made.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function packageOpenedx({ outDir = path.join(repoRoot, 'build/openedx-tutor') } = {}) {
  for (const f of ['sweetspot-core.mjs', 'sweetspot-core.wasm']) {
    if (!fs.existsSync(path.join(repoRoot, 'web/dist', f))) throw new Error(`package-openedx: web/dist/${f} is missing; run scripts/build.sh first`);
  }
  const vendor = path.join(outDir, 'sweetspot-vendor');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(vendor, { recursive: true });
  const made = [];
  for (const dir of ['web', 'examples/openedx']) {
    const r = spawnSync('npm', ['pack', '--json', '--pack-destination', vendor], { cwd: path.join(repoRoot, dir), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`package-openedx: npm pack in ${dir} failed: ${r.stderr}`);
    made.push(path.join(vendor, JSON.parse(r.stdout)[0].filename));
  }
  const plugin = path.join(outDir, 'sweetspot.py');
  fs.copyFileSync(path.join(repoRoot, 'examples/openedx/tutor/sweetspot.py'), plugin);
  return [plugin, ...made];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  for (const f of packageOpenedx(at > 0 ? { outDir: path.resolve(process.argv[at + 1]) } : {})) console.log(path.relative(process.cwd(), f));
}
