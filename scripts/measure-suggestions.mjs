// Measures skill suggestions through the native CLI (`sweetspot suggest`); prints numbers, asserts
// nothing. A development tool and the suggestions benchmark (`npm run bench` runs it).
//
//   node scripts/measure-suggestions.mjs [--esco-full ESCO_DIR] [--ocw OCW_DIR] [--split dev|test] [--show T] [--missed T]
//
// Always: the labelled set (tests/data/suggest-eval) against the demo ESCO subset.
//   --esco-full DIR  also against the full ESCO export in DIR (skills_en.csv, broaderRelationsSkillPillar.csv,
//                    imported with `sweetspot import esco`)
//   --ocw DIR        also the whole MIT OCW catalog (ocw_oer_export.csv in DIR) in one request, against the
//                    subset and (with --esco-full) full ESCO; precision and recall there are those of the
//                    catalog's labelled courses
//   --split dev|test only the labelled courses of that half (tune on dev, report test)
//   --calibrate      the isotonic blocks (confidence -> observed precision, both taxonomies pooled): near
//                    the diagonal while skill_suggester.cpp's knots fit
//   --target P       try another precision for the threshold rule (default 0.8, the issue's goal)
//   --show T / --missed T  list the wrong suggestions at confidence >= T / the accepted skills below T
//
// It prints, per taxonomy: precision, recall and coverage per threshold; a 5-fold cross-validation of
// the calibration and of the threshold rule (fitted on four folds, measured on the fifth); and the
// table of the issue at the engine's default threshold. Files are read from wherever they are given
// (never the shared data at build or test time); nothing they hold is written anywhere.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from './csv.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.SWEETSPOT_CLI ?? path.join(root, 'build', 'native', 'sweetspot');
const evalDir = path.join(root, 'tests', 'data', 'suggest-eval');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-suggest-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// The engine's default threshold, in units of 1/10000 (read from the header so the two cannot drift).
const DEFAULT = Number(/kDefaultMinConfidence = (\d+)/.exec(fs.readFileSync(path.join(root, 'core/src/suggest/skill_suggester.h'), 'utf8'))[1]) / 10000;
const LIMIT = Number(/kDefaultSuggestionLimit = (\d+)/.exec(fs.readFileSync(path.join(root, 'core/src/suggest/skill_suggester.h'), 'utf8'))[1]);
const TARGET = Number(process.argv.includes('--target') ? process.argv[process.argv.indexOf('--target') + 1] : 0.8);  // the issue's precision goal (--target to try another rule)
const FOLDS = 5;

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
// The benchmark (scripts/bench.sh) passes nothing: SWEETSPOT_ESCO_FULL and SWEETSPOT_OCW may name the directories.
const escoFull = opt('--esco-full') ?? process.env.SWEETSPOT_ESCO_FULL, ocwDir = opt('--ocw') ?? process.env.SWEETSPOT_OCW;
const onlySplit = opt('--split');

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '-');
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}
// Fixed, content-independent assignments: the dev/test halves and the cross-validation folds.
const half = (slug) => (fnv1a(`split:${slug}`) % 2 === 0 ? 'dev' : 'test');
const fold = (slug) => fnv1a(`fold:${slug}`) % FOLDS;

function suggest(doc) {
  const file = path.join(tmp, 'request.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  const start = process.hrtime.bigint();
  const out = execFileSync(cli, ['suggest', file], { maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result: JSON.parse(out) };
}

// ---- taxonomies and judgments ---------------------------------------------------------------------

const shortId = (u) => u.replace('http://data.europa.eu/esco/skill/', 'esco:');
// A taxonomy from an ESCO CSV export through `sweetspot import esco`, with the labelled set's ids.
function importEsco(dir) {
  const files = ['skills_en.csv', 'broaderRelationsSkillPillar.csv'].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
  const { taxonomy } = JSON.parse(execFileSync(cli, ['import', 'esco', ...files], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
  return { skills: taxonomy.skills.map((s) => ({ ...s, id: shortId(s.id), ...(s.broader ? { broader: s.broader.map(shortId) } : {}) })) };
}

const labelledCourses = JSON.parse(fs.readFileSync(path.join(evalDir, 'courses.json'), 'utf8')).courses;
const labels = new Map(JSON.parse(fs.readFileSync(path.join(evalDir, 'labels.json'), 'utf8')).map((l) => [l.course, l]));

// Every suggestion (at any confidence) of a run, judged where the course is labelled.
// A match crosses a boundary when its words are not one contiguous run of one field.
const BOUNDARY = /[,;:!?()[\]{}|/\\"\n\r\u2013\u2014\u201c\u201d\u2022\u2026]|\.(?!\w)|(?<!\w)\.|\s-\s/;
function crossesBoundary(course, m) {
  if (BOUNDARY.test(m.text)) return true;
  if (m.field === 'title') return Buffer.from(course.title).subarray(m.start, m.end).toString() !== m.text;
  if (m.field === 'tags') return Buffer.from(course.tags[m.tag] ?? '').subarray(m.start, m.end).toString() !== m.text;
  return false;  // the summary's offsets are into the HTML-stripped text
}
function judge(courses, result, known) {
  const judged = [];
  result.courses.forEach((c, i) => {
    const l = labels.get(c.id);
    const yes = new Set(l?.accept.map((a) => a.skill)), no = new Set(l?.reject.map((a) => a.skill));
    c.suggestions.forEach((s, rank) => {
      const accepted = !l ? undefined : yes.has(s.skill) ? true : no.has(s.skill) ? false : null;
      judged.push({ course: i, slug: c.id, skill: s.skill, label: s.label, why: s.why, confidence: s.confidence, accepted,
        rank, crossing: s.matches.every((m) => crossesBoundary(courses[i], m)) });
    });
  });
  // Accepted skills of the taxonomy per labelled course of the run: recall's denominator.
  const relevant = new Map();
  for (const c of courses) if (labels.has(c.id)) relevant.set(c.id, labels.get(c.id).accept.filter((a) => known.has(a.skill)).length);
  return { courses, judged, relevant };
}

// Precision, recall and coverage at threshold t over the courses `keep` accepts (at most LIMIT
// suggestions per course, as the engine gives them by default).
function at(run, t, keep = () => true) {
  const kept = run.judged.filter((j) => j.confidence >= t && j.rank < LIMIT && keep(j.slug));
  const courses = run.courses.filter((c) => keep(c.id));
  const tp = kept.filter((j) => j.accepted === true).length, fp = kept.filter((j) => j.accepted === false).length;
  const relevant = [...run.relevant].filter(([slug]) => keep(slug)).reduce((n, [, r]) => n + r, 0);
  return {
    n: kept.length, tp, fp, unjudged: kept.filter((j) => j.accepted === null).length, precision: tp / (tp + fp), recall: tp / relevant,
    courses: courses.length, served: new Set(kept.map((j) => j.slug)).size, servedWell: new Set(kept.filter((j) => j.accepted).map((j) => j.slug)).size,
    crossing: kept.filter((j) => j.crossing).length,
    // courses with 0, 1, 2, 3 or more suggestions
    spread: courses.reduce((n, c) => { n[Math.min(3, kept.filter((j) => j.slug === c.id).length)]++; return n; }, [0, 0, 0, 0]),
  };
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
  return (x) => {
    let p = blocks.length ? blocks[0].sum / blocks[0].n : 0;
    for (const b of blocks) if (x >= b.lo) p = b.sum / b.n;
    return p;
  };
}

// The threshold rule: the lowest confidence at which the suggestions at or above it have precision >= TARGET.
function chooseThreshold(judged) {
  const sorted = judged.filter((j) => j.accepted !== null && j.accepted !== undefined).sort((a, b) => b.confidence - a.confidence);
  let tp = 0, fp = 0, best = 1;
  for (let i = 0; i < sorted.length; i++) {
    sorted[i].accepted ? tp++ : fp++;
    const next = sorted[i + 1];
    if (next && next.confidence === sorted[i].confidence) continue;  // a threshold keeps all of one confidence
    if (tp / (tp + fp) >= TARGET) best = sorted[i].confidence;
  }
  return best;
}

// ---- reports --------------------------------------------------------------------------------------

const inSplit = (slug) => !onlySplit || half(slug) === onlySplit;

function sweep(name, run) {
  const courses = run.courses.filter((c) => inSplit(c.id)).length;
  const relevant = [...run.relevant].filter(([s]) => inSplit(s));
  console.log(`\n${name}${onlySplit ? ` (${onlySplit} half)` : ''}: ${courses} courses; ${relevant.reduce((n, [, r]) => n + r, 0)} accepted skills ` +
    `of this taxonomy, in ${relevant.filter(([, r]) => r > 0).length} courses; ${run.ms.toFixed(0)} ms through the CLI`);
  console.log('threshold  suggestions  precision  recall  courses served  served with a right one  per course  (unjudged)');
  for (const t of [0, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const r = at(run, t, inSplit);
    console.log(`${t.toFixed(2).padStart(9)}  ${String(r.n).padStart(11)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${pct(r.served / r.courses).padStart(14)}  ${pct(r.servedWell / r.courses).padStart(23)}  ${(r.n / r.courses).toFixed(2).padStart(10)}  (${r.unjudged})`);
  }
}

// 5-fold cross-validation over the labelled courses: per fold, the calibration (isotonic, confidence ->
// precision) and the threshold rule are fitted on the other four folds and measured on this one.
function crossValidate(runs, what) {
  console.log(`\ncross-validation, ${what} (${FOLDS} folds by course; calibration and threshold fitted on 4 folds, measured on the 5th):`);
  const bands = [[0, 0.35], [0.35, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1.01]];
  const thresholds = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = (slug) => fold(slug) !== k;
    thresholds.push(Math.max(...runs.map(({ run }) => chooseThreshold(run.judged.filter((j) => train(j.slug))))));
  }
  console.log(`  threshold chosen on the training folds (precision >= ${TARGET} on every taxonomy): ${thresholds.map((t) => t.toFixed(4)).join(', ')}; ` +
    `the same rule on all labelled courses: ${Math.max(...runs.map(({ run }) => chooseThreshold(run.judged))).toFixed(4)} (the engine's default: ${DEFAULT})`);
  if (runs.length < 4) console.log(`  (the default was chosen with all four rows; with ${runs.length} the rule fits only these, so it can differ)`);
  for (const { name, run } of runs) {
    let tp = 0, fp = 0, relevant = 0, served = 0, courses = 0, n = 0;
    const reliability = bands.map(() => ({ predicted: 0, right: 0, n: 0 }));
    for (let k = 0; k < FOLDS; k++) {
      const test = (slug) => fold(slug) === k;
      const r = at(run, thresholds[k], test);
      tp += r.tp; fp += r.fp; served += r.served; courses += r.courses; n += r.n;
      relevant += [...run.relevant].filter(([s]) => test(s)).reduce((a, [, x]) => a + x, 0);
      const map = isotonic(run.judged.filter((j) => !test(j.slug) && j.accepted != null).map((j) => ({ x: j.confidence, y: j.accepted ? 1 : 0 })));
      for (const j of run.judged.filter((x) => test(x.slug) && x.accepted != null)) {
        const b = reliability[bands.findIndex(([lo, hi]) => j.confidence >= lo && j.confidence < hi)];
        b.predicted += map(j.confidence); b.right += j.accepted ? 1 : 0; b.n++;
      }
    }
    console.log(`  ${name}: held out, at each fold's threshold: precision ${pct(tp / (tp + fp))}, recall ${pct(tp / relevant)}, ` +
      `courses with a suggestion ${pct(served / courses)}, ${(n / courses).toFixed(2)} per course`);
    console.log(`    calibration held out (engine confidence band: refitted precision predicted -> observed, n): ` +
      reliability.map((b, i) => `${bands[i][0].toFixed(2)}-${Math.min(1, bands[i][1]).toFixed(2)}: ${pct(b.predicted / b.n)} -> ${pct(b.right / b.n)} (${b.n})`).join('; '));
  }
}

function table(rows) {
  console.log(`\nat the default threshold ${DEFAULT} (per course = suggestions per course; precision and recall on labelled courses only):`);
  console.log('| courses | taxonomy | precision | recall | courses with a suggestion | with a right one | per course | courses with 0/1/2/3+ | cross-boundary | unjudged |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const { set, name, run } of rows) {
    const all = at(run, DEFAULT, inSplit), labelled = at(run, DEFAULT, (s) => labels.has(s) && inSplit(s));
    const served = `${pct(all.served / all.courses)} (${all.served}/${all.courses})`;
    const right = set === 'labelled set' ? pct(all.servedWell / all.courses) : `${pct(labelled.servedWell / labelled.courses)} of labelled`;
    console.log(`| ${set} | ${name} | ${pct(labelled.precision)} (${labelled.tp}/${labelled.tp + labelled.fp}) | ${pct(labelled.recall)} | ${served} | ${right} | ${(all.n / all.courses).toFixed(2)} | ${all.spread.join(' / ')} | ${all.crossing} | ${labelled.unjudged} |`);
  }
}

function listings(run) {
  if (opt('--show') !== undefined) {
    const t = Number(opt('--show'));
    for (const j of run.judged.filter((x) => x.confidence >= t && x.accepted === false && inSplit(x.slug)))
      console.log(`- ${j.confidence} ${run.courses[j.course].title} -> ${j.label} :: ${j.why}`);
  }
  if (opt('--missed') !== undefined) {
    const t = Number(opt('--missed'));
    const found = new Map(run.judged.map((j) => [`${j.slug}|${j.skill}`, j]));
    for (const c of run.courses.filter((x) => inSplit(x.id) && labels.has(x.id)))
      for (const a of labels.get(c.id).accept) {
        const j = found.get(`${c.id}|${a.skill}`);
        if (run.known.has(a.skill) && !(j?.confidence >= t)) console.log(`missed: ${c.title} -> ${a.label} :: ${j ? `${j.confidence} ${j.why}` : 'not found'}`);
      }
  }
}

function runOn(courses, taxonomy) {
  const known = new Set(taxonomy.skills.map((s) => s.id));
  const { result, ms } = suggest({ taxonomy, courses, limit: 100, minConfidence: 0 });
  return { ...judge(courses, result, known), known, ms };
}

const taxonomies = [{ name: 'demo ESCO subset', taxonomy: JSON.parse(fs.readFileSync(path.join(evalDir, 'esco-subset-taxonomy.json'), 'utf8')) }];
if (escoFull) taxonomies.push({ name: 'full ESCO', taxonomy: importEsco(escoFull) });
for (const t of taxonomies) console.log(`${t.name}: ${t.taxonomy.skills.length} skills`);

const rows = [], labelledRuns = [];
for (const { name, taxonomy } of taxonomies) {
  const run = runOn(labelledCourses, taxonomy);
  sweep(`labelled set x ${name}`, run);
  listings(run);
  labelledRuns.push({ name, run });
  rows.push({ set: 'labelled set', name, run });
}
if (args.includes('--calibrate')) {
  const pooled = labelledRuns.flatMap(({ run }) => run.judged.filter((j) => j.accepted != null && inSplit(j.slug)));
  const blocks = [];
  for (const p of pooled.map((j) => ({ x: j.confidence, y: j.accepted ? 1 : 0 })).sort((a, b) => a.x - b.x)) {
    blocks.push({ lo: p.x, hi: p.x, sum: p.y, n: 1 });
    while (blocks.length > 1 && blocks.at(-2).sum / blocks.at(-2).n >= blocks.at(-1).sum / blocks.at(-1).n) {
      const b = blocks.pop(), a = blocks.pop();
      blocks.push({ lo: a.lo, hi: b.hi, sum: a.sum + b.sum, n: a.n + b.n });
    }
  }
  console.log('\nisotonic blocks over the engine confidences (lo..hi: observed precision, n):');
  for (const b of blocks) console.log(`  ${b.lo.toFixed(4)}..${b.hi.toFixed(4)}: ${(b.sum / b.n).toFixed(3)} (${b.n})`);
}
if (ocwDir) {
  const catalog = readCsv(path.join(ocwDir, 'ocw_oer_export.csv')).map((r) => ({
    id: r.CR_URL.split('/').filter(Boolean).pop(), title: r.CR_TITLE, summary: r.CR_ABSTRACT, tags: r.CR_KEYWORDS.split('|').filter(Boolean),
  }));
  // The issue's first measure: agreement of the suggestions with OCW's own topic tags. "Strict" when
  // a label or alias equals a tag after normalisation, "loose" when one is a whole-word run inside the other.
  const norm = (t) => t.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim().split(' ').map((w) => (w.length > 3 && /[^sui]s$/.test(w) ? w.slice(0, -1) : w)).join(' ');
  const within = (a, b) => ` ${b} `.includes(` ${a} `);
  for (const { name, taxonomy } of taxonomies) {
    const run = runOn(catalog, taxonomy);
    rows.push({ set: `whole OCW catalog`, name, run });
    const byId = new Map(taxonomy.skills.map((x) => [x.id, x]));
    let strict = 0, loose = 0, n = 0;
    for (const j of run.judged.filter((x) => x.confidence >= DEFAULT && x.rank < LIMIT)) {
      const tags = catalog[j.course].tags.map(norm);
      const terms = [byId.get(j.skill).label, ...(byId.get(j.skill).aliases ?? [])].map(norm);
      n++;
      if (terms.some((t) => tags.includes(t))) strict++;
      if (terms.some((t) => tags.some((g) => within(t, g) || within(g, t)))) loose++;
    }
    console.log(`\nwhole OCW catalog x ${name}: ${catalog.length} courses in one request, ${run.ms.toFixed(0)} ms through the CLI; ` +
      `at the default threshold ${pct(loose / n)} of suggestions agree with an OCW topic tag loosely, ${pct(strict / n)} strictly`);
  }
}
// The threshold rule holds for every row at once: each taxonomy, in the labelled set's own request and
// (with --ocw) within the whole catalog's, which is how a site asks (the phrase statistics differ).
if (!onlySplit) crossValidate(rows.map((r) => ({ name: `${r.set} x ${r.name}`, run: r.run })), 'every row at once');
if (!escoFull || !ocwDir) {
  console.log(`\n(rows left out: ${[!escoFull && 'full ESCO (--esco-full DIR or SWEETSPOT_ESCO_FULL)', !ocwDir && 'the whole OCW catalog (--ocw DIR or SWEETSPOT_OCW)'].filter(Boolean).join(', ')})`);
}
table(rows);
