#!/usr/bin/env node
// The catalog audit at organization scale: `sweetspot audit` on L learners × C courses (default
// 10,000 × 10,000), the learners in one document and streamed as NDJSON (--learners), on 1 thread
// and on every core. Prints wall and CPU time, learner-course pairs per second (of wall time) and
// peak memory (maxRSS, by /usr/bin/time), and checks that every run printed the same bytes. On a
// shared machine the CPU time is the steadier number. Not part of the tests.
//
//   node tests/bench/audit-scale.mjs [--learners=10000] [--courses=10000] [--threads=N] [--runs=2]
//   SWEETSPOT_BUILD_DIR=build/native (the CLI measured)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => /^--([a-z]+)=(.*)$/.exec(a)?.slice(1) ?? [a, '']));
const learners = Number(args.learners ?? 10000);
const courses = Number(args.courses ?? 10000);
const threads = Number(args.threads ?? os.availableParallelism?.() ?? os.cpus().length);
const runs = Number(args.runs ?? 2);
const cli = path.resolve(ROOT, process.env.SWEETSPOT_BUILD_DIR ?? 'build/native', 'sweetspot');
const dir = path.join(ROOT, 'build', `bench-audit-${learners}x${courses}`);
if (!fs.existsSync(cli)) throw new Error(`${cli} not found (SWEETSPOT_BUILD_DIR)`);
if (!fs.existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is needed for peak memory (apt-get install time)');

// Data: tests/bench/generate.mjs, then the two shapes the CLI reads.
if (!fs.existsSync(path.join(dir, 'learners.ndjson'))) {
  const gen = spawnSync(process.execPath, [path.join(ROOT, 'tests/bench/generate.mjs'), `--out=${dir}`, `--courses=${courses}`,
    `--audit-courses=${courses}`, `--learners=${learners}`], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(1);
  const load = JSON.parse(fs.readFileSync(path.join(dir, `load-${courses}.json`), 'utf8'));
  const people = JSON.parse(fs.readFileSync(path.join(dir, `learners-${learners}.json`), 'utf8'));
  fs.writeFileSync(path.join(dir, 'base.json'), JSON.stringify({ ...load, asOf: people.asOf }));
  fs.writeFileSync(path.join(dir, 'combined.json'), JSON.stringify({ ...load, learners: people.learners, asOf: people.asOf }));
  fs.writeFileSync(path.join(dir, 'learners.ndjson'), `${people.learners.map((l) => JSON.stringify(l)).join('\n')}\n`);
}

const pairs = learners * courses;
const digests = new Set();
console.log(`audit ${learners} learners × ${courses} courses = ${pairs.toLocaleString('en')} pairs; ${cli}; best of ${runs}`);
for (const [mode, input] of [['document', ['combined.json']], ['ndjson', ['base.json', '--learners', 'learners.ndjson']]]) {
  for (const n of [...new Set([1, threads])]) {
    let best = null;
    for (let r = 0; r < runs; r++) {
      const out = path.join(dir, `out-${mode}-${n}.json`);
      const argv = ['-f', '%e %M %U %S', cli, 'audit', ...input.map((f) => (f.startsWith('--') ? f : path.join(dir, f))), '--threads', String(n), '--no-progress'];
      const p = spawnSync('/usr/bin/time', argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
      if (p.status !== 0) throw new Error(`${mode} ${n}: ${p.stderr}`);
      fs.writeFileSync(out, p.stdout);
      digests.add(createHash('sha256').update(p.stdout).digest('hex'));
      const [seconds, kb, user, sys] = p.stderr.trim().split('\n').at(-1).split(' ').map(Number);
      if (!best || seconds < best.seconds) best = { seconds, kb, cpu: user + sys };
    }
    console.log(`${mode.padEnd(8)} threads ${String(n).padStart(2)}: ${best.seconds.toFixed(2)} s wall, ${best.cpu.toFixed(2)} s CPU, ` +
      `${(pairs / best.seconds / 1e6).toFixed(1)} M pairs/s, peak ${(best.kb / 1024).toFixed(0)} MiB`);
  }
}
console.log(digests.size === 1 ? 'every run printed the same bytes' : `OUTPUTS DIFFER (${digests.size} digests)`);
process.exit(digests.size === 1 ? 0 : 1);
