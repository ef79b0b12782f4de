// Measures skill suggestions through the native CLI (`sweetspot suggest`); prints numbers, asserts
// nothing. A development tool and the suggestions benchmark (`npm run bench` runs its default mode).
//
//   node scripts/measure-suggestions.mjs               the labelled set (tests/data/suggest-eval):
//                                                      precision / recall / coverage per threshold
//   node scripts/measure-suggestions.mjs --calibrate   the same, plus the isotonic calibration blocks
//                                                      (confidence -> precision) behind skill_suggester.cpp's knots
//   ... [--esco ESCO_DIR]                              the labelled set against another ESCO export (e.g. the full one)
//   node scripts/measure-suggestions.mjs --catalog OCW_DIR ESCO_DIR...
//        the whole MIT OCW catalog (ocw_oer_export.csv in OCW_DIR) against each ESCO CSV export
//        (skills_en.csv + broaderRelationsSkillPillar.csv in ESCO_DIR, imported with `sweetspot import
//        esco`): courses with a suggestion, suggestions per course, agreement with OCW's own topic
//        tags, and matches that cross a boundary (must be 0)
//
// The catalog and ESCO files are read from wherever they are given (never from the repository's
// tests); nothing they hold is written anywhere.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.SWEETSPOT_CLI ?? path.join(root, 'build', 'native', 'sweetspot');
const evalDir = path.join(root, 'tests', 'data', 'suggest-eval');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-suggest-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function suggest(doc) {
  const file = path.join(tmp, 'request.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  const start = process.hrtime.bigint();
  const out = execFileSync(cli, ['suggest', file], { maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result: JSON.parse(out) };
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;

// A match crosses a boundary when its words are not one contiguous run of one field: the text
// holds sentence or list punctuation, or is not what the field holds at its offsets.
const BOUNDARY = /[,;:!?()[\]{}|/\\"\n\r\u2013\u2014\u201c\u201d\u2022\u2026]|\.(?!\w)|(?<!\w)\.|\s-\s/;
function crossesBoundary(course, m) {
  if (BOUNDARY.test(m.text)) return true;
  if (m.field === 'title') return course.title.slice(m.start, m.end) !== m.text && Buffer.from(course.title).subarray(m.start, m.end).toString() !== m.text;
  if (m.field === 'tags') return Buffer.from(course.tags[m.tag] ?? '').subarray(m.start, m.end).toString() !== m.text;
  return false;  // the summary's offsets are into the HTML-stripped text
}

function catalogStats(courses, result, threshold) {
  let withAny = 0, total = 0, crossing = 0;
  result.courses.forEach((c, i) => {
    const kept = c.suggestions.filter((s) => s.confidence >= threshold);
    if (kept.length) withAny++;
    total += kept.length;
    for (const s of kept) if (s.matches.every((m) => crossesBoundary(courses[i], m))) crossing++;
  });
  return { withAny, share: withAny / courses.length, perCourse: total / courses.length, total, crossing };
}

// ---- the labelled set -----------------------------------------------------------------------------

// A taxonomy from an ESCO CSV export through `sweetspot import esco`, with the labelled set's ids
// ("esco:" + the concept's UUID).
function importEsco(dir) {
  const files = ['skills_en.csv', 'broaderRelationsSkillPillar.csv'].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
  const { taxonomy } = JSON.parse(execFileSync(cli, ['import', 'esco', ...files], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
  const short = (u) => u.replace('http://data.europa.eu/esco/skill/', 'esco:');
  return { skills: taxonomy.skills.map((s) => ({ ...s, id: short(s.id), ...(s.broader ? { broader: s.broader.map(short) } : {}) })) };
}

function labelled(escoDir) {
  const taxonomy = escoDir ? importEsco(escoDir) : JSON.parse(fs.readFileSync(path.join(evalDir, 'esco-subset-taxonomy.json'), 'utf8'));
  const { courses } = JSON.parse(fs.readFileSync(path.join(evalDir, 'courses.json'), 'utf8'));
  const labels = new Map(JSON.parse(fs.readFileSync(path.join(evalDir, 'labels.json'), 'utf8')).map((l) => [l.course, l]));
  const known = new Set(taxonomy.skills.map((s) => s.id));
  const run = suggest({ taxonomy, courses, limit: 100, minConfidence: 0 });
  const judged = [];  // {course, skill, confidence, points?, accepted|null}
  run.result.courses.forEach((c, i) => {
    const l = labels.get(c.id);
    const yes = new Set(l.accept.map((a) => a.skill)), no = new Set(l.reject.map((a) => a.skill));
    for (const s of c.suggestions) judged.push({ course: i, skill: s.skill, label: s.label, why: s.why, confidence: s.confidence, accepted: yes.has(s.skill) ? true : no.has(s.skill) ? false : null });
  });
  const relevant = [...labels.values()].reduce((n, l) => n + l.accept.filter((a) => known.has(a.skill)).length, 0);
  const coursesWithRelevant = [...labels.values()].filter((l) => l.accept.some((a) => known.has(a.skill))).length;
  const at = (t) => {
    const kept = judged.filter((j) => j.confidence >= t);
    const tp = kept.filter((j) => j.accepted === true).length, fp = kept.filter((j) => j.accepted === false).length;
    const unjudged = kept.filter((j) => j.accepted === null).length;
    const served = new Set(kept.map((j) => j.course)).size;
    const servedWell = new Set(kept.filter((j) => j.accepted).map((j) => j.course)).size;
    return { t, n: kept.length, tp, fp, unjudged, precision: tp / Math.max(1, tp + fp), recall: tp / relevant, coverage: served / courses.length, servedWell, perCourse: kept.length / courses.length };
  };
  return { courses, judged, relevant, coursesWithRelevant, at, known, ms: run.ms };
}

// Pool adjacent violators over (confidence, accepted): a monotone precision per confidence.
function isotonic(points) {
  const blocks = [];
  for (const p of [...points].sort((a, b) => a.x - b.x)) {
    blocks.push({ lo: p.x, hi: p.x, sum: p.y, n: 1 });
    while (blocks.length > 1 && blocks.at(-2).sum / blocks.at(-2).n >= blocks.at(-1).sum / blocks.at(-1).n) {
      const b = blocks.pop(), a = blocks.pop();
      blocks.push({ lo: a.lo, hi: b.hi, sum: a.sum + b.sum, n: a.n + b.n });
    }
  }
  return blocks;
}

function reportLabelled(calibrate, escoDir) {
  const L = labelled(escoDir);
  console.log(`labelled set: ${L.courses.length} MIT OCW courses, ${L.relevant} accepted skills in ${escoDir ? `the ESCO export in ${escoDir}` : 'the demo ESCO subset'} ` +
    `(${L.coursesWithRelevant} courses have at least one); ${L.judged.length} suggestions at confidence >= 0 in ${L.ms.toFixed(0)} ms`);
  console.log('threshold  suggestions  precision  recall  courses served  served with a right one  per course  (unjudged)');
  for (const t of [0, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const r = L.at(t);
    console.log(`${t.toFixed(2).padStart(9)}  ${String(r.n).padStart(11)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${pct(r.coverage).padStart(14)}  ${pct(r.servedWell / L.courses.length).padStart(23)}  ${r.perCourse.toFixed(2).padStart(10)}  (${r.unjudged})`);
  }
  if (calibrate) {
    const blocks = isotonic(L.judged.filter((j) => j.accepted !== null).map((j) => ({ x: j.confidence, y: j.accepted ? 1 : 0 })));
    console.log('\nisotonic calibration on the current confidences (lo..hi: precision, n):');
    for (const b of blocks) console.log(`  ${b.lo.toFixed(4)}..${b.hi.toFixed(4)}: ${(b.sum / b.n).toFixed(3)} (${b.n})`);
  }
  if (process.env.SHOW) {
    const t = Number(process.env.SHOW);
    const kept = L.judged.filter((j) => j.confidence >= t);
    for (const j of kept.filter((k) => k.accepted !== true)) console.log(`${j.accepted === null ? '?' : '-'} ${j.confidence} ${L.courses[j.course].title} -> ${j.label} [${j.skill}] :: ${j.why}`);
  }
  if (process.env.MISSED) {
    const t = Number(process.env.MISSED);
    const labels = JSON.parse(fs.readFileSync(path.join(evalDir, 'labels.json'), 'utf8'));
    const found = new Set(L.judged.filter((j) => j.confidence >= t).map((j) => `${j.course}|${j.skill}`));
    const conf = new Map(L.judged.map((j) => [`${j.course}|${j.skill}`, `${j.confidence} ${j.why}`]));
    labels.forEach((l, i) => l.accept.forEach((a) => { if (L.known.has(a.skill) && !found.has(`${i}|${a.skill}`)) console.log(`missed: ${L.courses[i].title} -> ${a.label} :: ${conf.get(`${i}|${a.skill}`) ?? 'not found'}`); }));
  }
}

// ---- the whole catalog --------------------------------------------------------------------------

function rows(file) {
  const [header, ...records] = parseCsv(fs.readFileSync(file, 'utf8'), path.basename(file));
  return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
const norm = (s) => s.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim().split(' ').map((w) => (w.length > 3 && /[^sui]s$/.test(w) ? w.slice(0, -1) : w)).join(' ');
const within = (a, b) => ` ${b} `.includes(` ${a} `);

function reportCatalog(ocwDir, escoDirs) {
  const courses = rows(path.join(ocwDir, 'ocw_oer_export.csv')).map((r) => ({
    id: r.CR_URL.split('/').filter(Boolean).pop(), title: r.CR_TITLE, summary: r.CR_ABSTRACT, tags: r.CR_KEYWORDS.split('|').filter(Boolean),
  }));
  for (const dir of escoDirs) {
    const files = ['skills_en.csv', 'broaderRelationsSkillPillar.csv'].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
    const { taxonomy } = JSON.parse(execFileSync(cli, ['import', 'esco', ...files], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
    const byId = new Map(taxonomy.skills.map((s) => [s.id, s]));
    const run = suggest({ taxonomy, courses, limit: 100, minConfidence: 0 });
    const def = suggest({ taxonomy, courses, limit: 10 });  // at the default threshold and limit
    const stats = catalogStats(courses, def.result, 0);
    // Agreement with OCW's own topic tags: a suggestion is "strict" when its label or an alias equals
    // a tag after normalisation, "loose" when one is a whole-word run inside the other.
    let strict = 0, loose = 0, onlyTags = 0;
    def.result.courses.forEach((c, i) => {
      const tags = courses[i].tags.map(norm);
      for (const s of c.suggestions) {
        const terms = [byId.get(s.skill).label, ...(byId.get(s.skill).aliases ?? [])].map(norm);
        if (terms.some((t) => tags.includes(t))) strict++;
        if (terms.some((t) => tags.some((g) => within(t, g) || within(g, t)))) loose++;
        if (s.matches.every((m) => m.field === 'tags')) onlyTags++;
      }
    });
    const all = catalogStats(courses, run.result, 0);
    // The labelled set is a uniform sample of this catalog: its 200 courses, judged inside this run.
    const labels = new Map(JSON.parse(fs.readFileSync(path.join(evalDir, 'labels.json'), 'utf8')).map((l) => [l.course, l]));
    const short = (u) => u.replace('http://data.europa.eu/esco/skill/', 'esco:');
    const known = new Set(taxonomy.skills.map((s) => short(s.id)));
    let right = 0, wrong = 0, unjudged = 0, relevant = 0;
    def.result.courses.forEach((c) => {
      const l = labels.get(c.id);
      if (!l) return;
      relevant += l.accept.filter((a) => known.has(a.skill)).length;
      for (const s of c.suggestions) {
        const id = short(s.skill);
        if (l.accept.some((a) => a.skill === id)) right++;
        else if (l.reject.some((a) => a.skill === id)) wrong++;
        else unjudged++;
      }
    });
    console.log(`\n${path.basename(path.resolve(dir))}: ${taxonomy.skills.length} skills; MIT OCW: ${courses.length} courses`);
    console.log(`  default threshold: ${stats.withAny} courses with a suggestion (${pct(stats.share)}), ${stats.perCourse.toFixed(2)} per course, ` +
      `agreement with OCW topic tags ${pct(loose / stats.total)} loose / ${pct(strict / stats.total)} strict, ${pct(onlyTags / stats.total)} rest on tags only, ` +
      `${stats.crossing} cross a boundary`);
    console.log(`  the labelled courses within this run: precision ${pct(right / Math.max(1, right + wrong))}, recall ${pct(right / Math.max(1, relevant))} (${right} right, ${wrong} wrong, ${unjudged} unjudged)`);
    console.log(`  any confidence:    ${all.withAny} courses (${pct(all.share)}), ${all.perCourse.toFixed(2)} per course, ${all.crossing} cross a boundary; ` +
      `${def.ms.toFixed(0)} ms for the catalog through the CLI`);
  }
}

const args = process.argv.slice(2);
if (args[0] === '--catalog') reportCatalog(args[1], args.slice(2));
else reportLabelled(args.includes('--calibrate'), args.includes('--esco') ? args[args.indexOf('--esco') + 1] : null);
