#!/usr/bin/env node
// Regenerates tests/golden/expected/ from the native CLI (build it first: bash scripts/build.sh).
//   node scripts/update-golden.mjs          rewrite every expected output
//   node scripts/update-golden.mjs --check  only report what would change (exit 1 if anything)
// The inputs come from tests/golden/inputs/ (tests/golden/make-inputs.mjs writes them) and the demo
// samples listed in tests/golden/external.json. tests/js/golden.test.mjs then checks that the CLI,
// the expected files and the WebAssembly module agree byte for byte.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import { cliArgs, GOLDEN, goldenCases, ROOT } from '../tests/golden/cases.mjs';

const check = process.argv.includes('--check');
const cli = `${ROOT}build/native/sweetspot`;
if (!existsSync(cli)) {
  console.error(`update-golden: ${cli} not found; run bash scripts/build.sh first`);
  process.exit(2);
}

const dir = `${GOLDEN}expected/`;
mkdirSync(dir, { recursive: true });
const wanted = new Map();
for (const c of goldenCases()) {
  const r = spawnSync(cli, cliArgs(c), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status === 0) wanted.set(`${c.name}.json`, r.stdout);
  else if (r.status === 1) wanted.set(`${c.name}.err`, r.stderr);
  else {
    console.error(`update-golden: ${c.name}: the CLI exited with ${r.status}: ${r.stderr}`);
    process.exit(2);
  }
}

let changed = 0;
for (const f of readdirSync(dir)) {
  if (!wanted.has(f)) {
    changed += 1;
    console.log(`stale    ${f}`);
    if (!check) rmSync(dir + f);
  }
}
for (const [f, text] of wanted) {
  const old = existsSync(dir + f) ? readFileSync(dir + f, 'utf8') : null;
  if (old === text) continue;
  changed += 1;
  console.log(`${old === null ? 'new     ' : 'changed '} ${f}`);
  if (!check) writeFileSync(dir + f, text);
}
console.log(`${wanted.size} golden cases, ${changed} ${check ? 'would change' : 'updated'}`);
process.exit(check && changed ? 1 : 0);
