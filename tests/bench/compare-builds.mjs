#!/usr/bin/env node
// Several builds of the package (copies of web/ with their own dist/, e.g. the wasm module built
// with some files at -O2) measured against each other: classify 1 learner x C courses (CPU time),
// the full JSON classify, classify on an empty catalog, a warm load, and the module's gzip size.
//   node tests/bench/compare-builds.mjs [--data=build/bench-data] [--rounds=12] NAME=WEB_DIR [NAME=WEB_DIR ...]
// Prints numbers; asserts only that every build gives the same classification.
//
// Each round measures every build in a fresh process of its own, the builds in a rotating order.
// They used to share one process: the same build against itself then differed by up to 34 % (the
// full JSON classify, 6.5 vs 8.7 ms), mostly in favour of the module instantiated first, which is
// more than most changes measured with it. Apart, the noise is still large on a shared two-core
// machine: the same build against itself measured classify 0.80-0.89 and full JSON 0.81-1.00 at
// 10-24 rounds (processes differ among themselves by up to +-20 %), so a difference under ~20 %
// needs several runs, in both orders of the builds, before it means anything.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// One build in this process: per-call CPU medians after a warm-up, and its full JSON of the first
// sample learner's classification (for the agreement check).
async function measureOne(dir, data) {
  const meta = JSON.parse(fs.readFileSync(path.join(data, 'meta.json'), 'utf8'));
  const loadText = fs.readFileSync(path.join(data, `load-${meta.counts.courses}.json`), 'utf8');
  const { learners: samples, asOf } = JSON.parse(fs.readFileSync(path.join(data, 'sample-learners.json'), 'utf8'));
  const mod = await import(pathToFileURL(path.join(dir, 'src', 'node.js')).href);
  const engine = await mod.createEngine();
  engine.load(loadText);
  const empty = await mod.createEngine();
  empty.load({ organization: {}, catalog: { courses: [] } });
  const t = { classify: [], json: [], empty: [], load: [] };
  const time = (list, n, fn) => {
    const c0 = cpu();
    for (let i = 0; i < n; i++) fn(i);
    list.push((cpu() - c0) / n);
  };
  const round = (into, r) => {
    time(into.classify, 32, (i) => engine.classify(samples[i % samples.length], { asOf }));
    time(into.json, 2, (i) => engine.classifyJSON(samples[i % samples.length], { asOf }));
    time(into.empty, 400, () => empty.classify({ id: 'u-1' }, { asOf }));
    if (r % 3 === 0) time(into.load, 1, () => engine.load(loadText));
  };
  // A time-based warm-up: V8 runs some 600 classify calls at its baseline tier before the
  // optimized code is in.
  const warm = { classify: [], json: [], empty: [], load: [] };
  for (let r = 0, t0 = performance.now(); performance.now() - t0 < 1500; r++) round(warm, r);
  for (let r = 0; r < 9; r++) round(t, r);
  const medians = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  return { ...medians, reference: engine.classifyJSON(samples[0], { asOf }) };
}

const args = process.argv.slice(2);
const child = args.find((a) => a.startsWith('--child='));
let data = 'build/bench-data';
let rounds = 12;
const builds = [];
for (const a of args) {
  if (a.startsWith('--data=')) data = path.resolve(a.slice(7));
  else if (a.startsWith('--rounds=')) rounds = Number(a.slice(9));
  else if (!a.startsWith('--')) {
    const [name, dir] = a.split('=');
    builds.push({ name, dir: path.resolve(dir), t: { classify: [], json: [], empty: [], load: [] } });
  }
}

if (child) {
  process.stdout.write(JSON.stringify(await measureOne(child.slice(8), data)));
} else {
  const self = fileURLToPath(import.meta.url);
  let reference = null;
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < builds.length; k++) {
      const b = builds[(r + k) % builds.length];
      const m = JSON.parse(execFileSync(process.execPath, [self, `--child=${b.dir}`, `--data=${data}`], { encoding: 'utf8', maxBuffer: 1 << 26 }));
      reference ??= m.reference;
      if (m.reference !== reference) throw new Error(`${b.name} classifies differently`);
      for (const key of Object.keys(b.t)) b.t[key].push(m[key]);
    }
  }
  const base = builds[0];
  console.log(`${''.padEnd(22)}${'gzip'.padStart(10)}${'classify'.padStart(12)}${'full JSON'.padStart(12)}${'empty'.padStart(10)}${'load'.padStart(10)}   ` +
    `(CPU, medians of ${rounds} processes; ratio to ${base.name})`);
  for (const b of builds) {
    const gzip = zlib.gzipSync(fs.readFileSync(path.join(b.dir, 'dist', 'sweetspot-core.wasm')), { level: 9 }).length;
    const m = (k) => median(b.t[k]);
    const rel = (k) => (b === base ? '' : ` ${(m(k) / median(base.t[k])).toFixed(2)}`);
    console.log(`${b.name.padEnd(22)}${`${(gzip / 1024).toFixed(1)} KiB`.padStart(10)}` +
      `${`${(m('classify') * 1000).toFixed(0)} µs`.padStart(12)}${`${m('json').toFixed(1)} ms`.padStart(12)}` +
      `${`${(m('empty') * 1000).toFixed(1)} µs`.padStart(10)}${`${m('load').toFixed(0)} ms`.padStart(10)}  ` +
      `${rel('classify')}${rel('json')}${rel('empty')}${rel('load')}`);
  }
}
