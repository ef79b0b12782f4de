// Every PHP file of the repository passes `php -l` (PHP 8.2 from Debian's php-cli; bootstrap
// installs it). Moodle itself cannot be installed here, so this and moodle-plugin.test.mjs are the
// static half of the plugin's checks.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.mjs';

const SKIP = new Set(['.git', 'node_modules', 'build']);

function phpFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...phpFiles(p));
    else if (entry.name.endsWith('.php')) out.push(p);
  }
  return out.sort();
}

test('php -l passes on every PHP file', () => {
  const which = spawnSync('php', ['--version'], { encoding: 'utf8' });
  assert.equal(which.error, undefined, 'php is not installed: run scripts/bootstrap.sh (Debian package php-cli)');
  assert.match(which.stdout, /^PHP 8\./);
  const files = phpFiles(ROOT);
  assert.ok(files.length >= 15, `expected the plugin's PHP files, found ${files.length}`);
  const failures = [];
  for (const file of files) {
    const r = spawnSync('php', ['-n', '-l', file], { encoding: 'utf8' });
    if (r.status !== 0) failures.push(`${path.relative(ROOT, file)}: ${(r.stdout + r.stderr).trim()}`);
  }
  assert.deepEqual(failures, []);
});

test('php -l reports a broken file (the check can fail)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-php-lint-'));
  try {
    const bad = path.join(dir, 'bad.php');
    fs.writeFileSync(bad, "<?php\nfunction broken( {\n");
    assert.throws(() => execFileSync('php', ['-n', '-l', bad], { stdio: 'pipe' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
