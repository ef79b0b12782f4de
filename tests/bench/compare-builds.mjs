#!/usr/bin/env node
// Several builds of the package (copies of web/ with their own dist/, e.g. the wasm module built
// with some files at -O2) measured against each other in ONE process, interleaved round by round so
// that the machine's load hits them alike: classify 1 learner x C courses (CPU time), the full
// JSON classify, classify on an empty catalog, a warm load, and the module's gzip size.
//   node tests/bench/compare-builds.mjs [--data=build/bench-data] [--rounds=12] NAME=WEB_DIR [NAME=WEB_DIR ...]
// Prints numbers; asserts only that every build gives the same classification.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const builds = [];
let data = 'build/bench-data';
let ROUNDS = 12;
for (const a of process.argv.slice(2)) {
  if (a.startsWith('--data=')) data = a.slice(7);
  else if (a.startsWith('--rounds=')) ROUNDS = Number(a.slice(9));
  else {
    const [name, dir] = a.split('=');
    builds.push({ name, dir: path.resolve(dir) });
  }
}
const meta = JSON.parse(fs.readFileSync(path.join(data, 'meta.json'), 'utf8'));
const loadText = fs.readFileSync(path.join(data, `load-${meta.counts.courses}.json`), 'utf8');
const { learners: samples, asOf } = JSON.parse(fs.readFileSync(path.join(data, 'sample-learners.json'), 'utf8'));

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

for (const b of builds) {
  const mod = await import(pathToFileURL(path.join(b.dir, 'src', 'node.js')).href);
  b.engine = await mod.createEngine();
  b.engine.load(loadText);
  b.empty = await mod.createEngine();
  b.empty.load({ organization: {}, catalog: { courses: [] } });
  const wasm = fs.readFileSync(path.join(b.dir, 'dist', 'sweetspot-core.wasm'));
  b.gzip = zlib.gzipSync(wasm, { level: 9 }).length;
  b.t = { classify: [], json: [], empty: [], load: [] };
}
const reference = builds[0].engine.classifyJSON(samples[0], { asOf });
for (const b of builds) if (b.engine.classifyJSON(samples[0], { asOf }) !== reference) throw new Error(`${b.name} classifies differently`);

const time = (list, n, fn) => {
  const c0 = cpu();
  for (let i = 0; i < n; i++) fn(i);
  list.push((cpu() - c0) / n);
};
for (let r = 0; r < ROUNDS + 2; r++) {
  for (const b of builds) {
    const keep = r >= 2;
    const t = keep ? b.t : { classify: [], json: [], empty: [], load: [] };
    time(t.classify, 32, (i) => b.engine.classify(samples[i % samples.length], { asOf }));
    time(t.json, 2, (i) => b.engine.classifyJSON(samples[i % samples.length], { asOf }));
    time(t.empty, 400, () => b.empty.classify({ id: 'u-1' }, { asOf }));
    if (r % 3 === 0) time(t.load, 1, () => b.engine.load(loadText));
  }
}
const base = builds[0];
console.log(`${''.padEnd(22)}${'gzip'.padStart(10)}${'classify'.padStart(12)}${'full JSON'.padStart(12)}${'empty'.padStart(10)}${'load'.padStart(10)}   (CPU medians; ratio to ${base.name})`);
for (const b of builds) {
  const m = (k) => median(b.t[k]);
  const rel = (k) => (b === base ? '' : ` ${(m(k) / median(base.t[k])).toFixed(2)}`);
  console.log(`${b.name.padEnd(22)}${`${(b.gzip / 1024).toFixed(1)} KiB`.padStart(10)}` +
    `${`${(m('classify') * 1000).toFixed(0)} µs`.padStart(12)}${`${m('json').toFixed(1)} ms`.padStart(12)}` +
    `${`${(m('empty') * 1000).toFixed(1)} µs`.padStart(10)}${`${m('load').toFixed(0)} ms`.padStart(10)}  ` +
    `${rel('classify')}${rel('json')}${rel('empty')}${rel('load')}`);
}
