// Every program that scripts/, tests/ or .ci/ spawns is installed by scripts/bootstrap.sh or comes
// with every Debian (a package of priority "required", as on a debootstrap minbase). Issue 11: a
// test spawned `unzip`, which only the development machines happened to have.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { filesUnder, programsInJs, programsInShell } from './spawned-programs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Programs that only run where the bootstrap cannot install them anyway.
const NOT_INSTALLED_ON_PURPOSE = new Map([['sudo', 'bootstrap.sh uses it only when not root, to install packages']]);

function bootstrapList() {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/bootstrap.sh'), '--list'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return new Map(r.stdout.trim().split('\n').map((line) => line.split(' ')));
}

/** program -> files that spawn it */
function spawnedPrograms() {
  const found = new Map();
  const add = (programs, file) => {
    for (const p of programs) found.set(p, [...(found.get(p) ?? []), path.relative(ROOT, file)]);
  };
  for (const f of [...filesUnder(ROOT, 'scripts', /\.sh$/), ...filesUnder(ROOT, '.ci', /^run$/)]) add(programsInShell(fs.readFileSync(f, 'utf8')), f);
  for (const f of [...filesUnder(ROOT, 'scripts', /\.(mjs|js)$/), ...filesUnder(ROOT, 'tests', /\.(mjs|js)$/)]) add(programsInJs(fs.readFileSync(f, 'utf8')), f);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const [name, command] of Object.entries(pkg.scripts)) add(programsInShell(command), `package.json scripts.${name}`);
  return found;
}

/** Where PATH finds a program (not a builtin or keyword: `time` is both), or ''. */
function onPath(program) {
  return spawnSync('bash', ['-c', 'type -P -- "$1"', 'bash', program], { encoding: 'utf8' }).stdout.trim();
}

/** program -> the Debian package that owns its file on this machine (one dpkg-query for all). */
function owners(programs) {
  const candidates = new Map(); // file path -> program
  for (const program of programs) {
    const where = onPath(program);
    if (!where) continue;
    for (const p of new Set([where, fs.realpathSync(where)])) {
      candidates.set(p, program);
      candidates.set(p.replace(/^\/usr\/bin\//, '/bin/'), program); // usrmerge: dpkg may know either
      candidates.set(p.replace(/^\/bin\//, '/usr/bin/'), program);
    }
  }
  const result = new Map();
  const r = spawnSync('dpkg-query', ['-S', ...candidates.keys()], { encoding: 'utf8' });
  for (const line of r.stdout.split('\n')) {
    const m = /^([^:]+): (.+)$/.exec(line);
    if (m && candidates.has(m[2])) result.set(candidates.get(m[2]), m[1].split(',')[0].trim());
  }
  return result;
}

function dpkgField(pkg, field) {
  return spawnSync('dpkg-query', ['-W', `-f=\${${field}}`, pkg], { encoding: 'utf8' }).stdout.trim();
}

test('the readers find spawned programs and skip the rest', () => {
  assert.deepEqual([...programsInJs("spawnSync('unzip', ['-Z1', z]); execFileSync(cli, []); spawn(`php -n`)")], ['unzip', 'php']);
  const shell = [
    'set -euo pipefail', 'cd "$(dirname "$0")/.."', 'x=(alpha beta)', 'run() { true; }', 'run',
    'FOO=1 cmake -S . | grep -q x && emcc --version', 'if [[ $(id -u) -eq 0 ]]; then echo "(not a command)"; fi',
    "node -e 'notACommand(1)'", '"$bench" --data=x', 'build/native/sweetspot classify', '((n++))', '# zip in a comment',
    'cat <<EOF', 'unzip is text here', 'EOF', 'for p in a b; do /usr/bin/time -v ls; done',
  ].join('\n');
  assert.deepEqual([...programsInShell(shell)].sort(), ['cat', 'cmake', 'dirname', 'emcc', 'grep', 'id', 'node', '/usr/bin/time'].sort());
});

test('bootstrap.sh installs every program the project spawns', () => {
  const listed = bootstrapList();
  const spawned = spawnedPrograms();
  const unlisted = [...spawned.keys()].filter((p) => !listed.has(path.basename(p)) && !NOT_INSTALLED_ON_PURPOSE.has(p));
  const owner = owners(unlisted);
  const missing = [];
  for (const program of unlisted) {
    const pkg = owner.get(program);
    const priority = pkg ? dpkgField(pkg, 'Priority') : '';
    if (priority === 'required') continue; // on every Debian, even a minbase
    missing.push(`${program} (spawned by ${spawned.get(program).join(', ')}; ${pkg ? `package ${pkg}, priority ${priority}` : 'no Debian package has it here'})`);
  }
  assert.deepEqual(missing, [], 'add these to `programs` in scripts/bootstrap.sh');
});

test("bootstrap.sh's packages are installed and put each program on PATH", () => {
  const wrong = [];
  for (const [program, pkg] of bootstrapList()) {
    // node and npm may be a nodejs 20 .deb (npm inside it) or binaries outside dpkg.
    const packaged = dpkgField(pkg, 'Status') === 'install ok installed' || program === 'node' || program === 'npm';
    if (!packaged) wrong.push(`${program}: package ${pkg} is not installed after bootstrap`);
    if (!onPath(program)) wrong.push(`${program}: not on PATH after installing ${pkg}`);
  }
  assert.deepEqual(wrong, []);
});
