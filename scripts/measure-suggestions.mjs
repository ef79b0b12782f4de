// Measures skill suggestions on real data: the MIT OpenCourseWare catalog (titles, topic tags and
// descriptions, held in memory only) against the ESCO skills of ../shared/data, through the
// native CLI. A development tool: nothing it reads is committed or needed by builds and tests.
//
//   node scripts/measure-suggestions.mjs [path-to-shared-data]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './build-demo-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'data'));
const cli = process.env.SWEETSPOT_CLI ?? path.join(root, 'build', 'native', 'sweetspot');

function rows(file) {
  const [header, ...records] = parseCsv(fs.readFileSync(file, 'utf8'), path.basename(file));
  return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const skills = rows(path.join(data, 'esco', 'skills_en.csv')).map((r, i) => ({
  id: `s${i}`,
  label: r.preferredLabel,
  aliases: r.altLabels.split('\n').map((a) => a.trim()).filter(Boolean),
}));
const courses = rows(path.join(data, 'mit_ocw', 'ocw_oer_export.csv')).map((r) => ({
  id: r.CR_URL.split('/').filter(Boolean).pop(),
  title: r.CR_TITLE,
  summary: r.CR_ABSTRACT,
  tags: r.CR_KEYWORDS.split('|').filter(Boolean),
}));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-suggest-'));
function run(doc) {
  const file = path.join(tmp, 'request.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  const start = process.hrtime.bigint();
  const out = execFileSync(cli, ['suggest', file], { maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result: JSON.parse(out) };
}

// The same taxonomy with no courses: what parsing it and building the matcher costs.
const baseline = Math.min(...[0, 1, 2].map(() => run({ taxonomy: { skills }, courses: [] }).ms));
const timings = [0, 1, 2].map(() => run({ taxonomy: { skills }, courses, limit: 10 }));
const best = timings.reduce((a, b) => (a.ms < b.ms ? a : b));
const titlesOnly = run({ taxonomy: { skills }, courses: courses.map(({ id, title, tags }) => ({ id, title, tags })), limit: 10 });

function stats(result) {
  const counts = result.courses.map((c) => c.suggestions.length);
  const withAny = counts.filter((n) => n > 0).length;
  return { withAny, share: withAny / counts.length, perCourse: counts.reduce((a, b) => a + b, 0) / counts.length };
}
const all = stats(best.result);
const titles = stats(titlesOnly.result);
fs.rmSync(tmp, { recursive: true });

console.log(`ESCO skills: ${skills.length} (${skills.reduce((n, s) => n + s.aliases.length, 0)} aliases); OCW courses: ${courses.length}`);
console.log(`title + tags + summary: ${all.withAny}/${courses.length} courses get suggestions (${(all.share * 100).toFixed(1)} %), ${all.perCourse.toFixed(2)} per course`);
console.log(`title + tags only:      ${titles.withAny}/${courses.length} (${(titles.share * 100).toFixed(1)} %), ${titles.perCourse.toFixed(2)} per course`);
console.log(`time: ${best.ms.toFixed(1)} ms for the whole catalog through the CLI, of which ${baseline.toFixed(1)} ms reading the taxonomy and building the matcher (no courses); ` +
  `${((best.ms - baseline) / courses.length * 1000).toFixed(1)} µs per course`);
const sample = best.result.courses.find((c) => c.suggestions.length >= 3);
if (sample) console.log(`e.g. ${sample.id}: ${sample.suggestions.slice(0, 5).map((s) => `${s.label} ${s.confidence}`).join(', ')}`);
if (process.env.SHOW) {
  for (const c of best.result.courses.slice(0, Number(process.env.SHOW))) {
    console.log(`\n${c.id}`);
    for (const s of c.suggestions) console.log(`  ${s.confidence}  ${s.label}  <- ${s.matches.map((m) => `${m.field}:"${m.text}"(${m.kind})`).join(' ')}`);
  }
}
