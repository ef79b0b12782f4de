// A pure-JS implementation of the engine's scoring, FOR BENCHMARK COMPARISON ONLY (never shipped).
// It answers "how fast would a careful JavaScript port be?" so that the WebAssembly build has an
// honest baseline: interned ids, flat typed arrays, per-learner dense demand vectors, taxonomy
// spreading through precomputed related lists, an inverted index skill -> courses, integer units.
//
//   const engine = createReferenceEngine();
//   engine.load({taxonomy, organization, catalog})      // or the JSON text of that object
//   const r = engine.classify(learner, {asOf})          // r.personal/org (Uint16Array, units),
//                                                       // r.quadrants/flags (Uint8Array), r.summary,
//                                                       // r.growth, r.json (the compact JSON text)
//
// Like Engine::classify_compact, the arrays are in course index order (courses sorted by id); like
// engine.classify in JS, they are copies that later calls leave alone. No validation: it expects
// input the engine accepts.
import { CatalogIndex, UNIT } from './catalog.mjs';
import { LearnerScorer, QUADRANT_NAMES, SWEET_SPOT } from './scorer.mjs';

export { QUADRANT_NAMES, FLAG_NAMES, SOURCE_NAMES } from './scorer.mjs';

// format_units (json_writer.cpp): exact decimal of units/10000, as JSON numbers print it.
const unitsNumber = (u) => u / UNIT;

// "When we grow, you grow" (explanations.cpp growth_messages).
function growthMessages(ix, scorer, quadrants) {
  const out = [];
  const learner = scorer.learner;
  const aspirations = learner.aspirations ?? [];
  const toward = new Uint8Array(ix.skillCount);
  const ep = scorer.effectivePersonal.units;
  for (let g = 0; g < ix.growth.length; g++) {
    let meets = false;
    for (const r of ix.growthRoles[g]) for (const a of aspirations) meets = meets || ix.roles[r].id === a;
    for (const s of ix.growthSkills[g]) meets = meets || ep[s] > 0;
    if (!meets) continue;
    toward.fill(0);
    for (const s of ix.growthSkills[g])
      for (let k = ix.relatedBegin[s]; k < ix.relatedBegin[s + 1]; k++) toward[ix.relatedSkill[k]] = 1;
    const courses = [];
    for (let s = 0; s < ix.skillCount; s++) {
      if (!toward[s]) continue;
      const held = scorer.currentLevel[s];
      for (let k = ix.postingBegin[s]; k < ix.postingBegin[s + 1]; k++) {
        const c = ix.postingCourse[k];
        if (ix.postingLevel[k] > held && quadrants[c] === SWEET_SPOT) courses.push(c);
      }
    }
    courses.sort((a, b) => a - b);
    const uniq = courses.filter((c, i) => i === 0 || c !== courses[i - 1]);
    const init = ix.growth[g];
    let message = `When we grow, you grow: ${init.name}.${init.rationale ? ` ${init.rationale}` : ''}`;
    if (uniq.length)
      message += ` ${uniq.length}${uniq.length === 1 ? ' Sweet Spot course builds' : ' Sweet Spot courses build'} toward it.`;
    out.push({ initiative: g, message, courses: uniq });
  }
  return out;
}

export function createReferenceEngine() {
  let ix = null, scorer = null, out = null;
  return {
    // docs: {taxonomy?, organization, catalog} or its JSON text.
    load(docs) {
      const d = typeof docs === 'string' ? JSON.parse(docs) : docs;
      ix = new CatalogIndex(d);
      scorer = new LearnerScorer(ix);
      const n = ix.courseCount;
      out = { personal: new Uint16Array(n), org: new Uint16Array(n), quadrant: new Uint8Array(n), flags: new Uint8Array(n), counts: new Uint32Array(4) };
      return { courses: n, skills: ix.skillCount };
    },
    get index() { return ix; },
    courseIds() { return ix.courseIds; },
    // learner: the learner object (or {learner, asOf} JSON text); options.asOf: ISO date.
    // options.into: an earlier result whose arrays are refilled (as engine.classify's {into}).
    classify(learner, { asOf = null, into = null } = {}) {
      if (typeof learner === 'string') {
        const doc = JSON.parse(learner);
        learner = doc.learner;
        asOf = doc.asOf ?? asOf;
      }
      const warnings = [];
      scorer.setLearner(learner, '/learner', warnings);
      scorer.scoreAll(out);
      const counts = out.counts;
      const growth = growthMessages(ix, scorer, out.quadrant);
      const summary = { sweet_spot: counts[0], uphill: counts[1], gift: counts[2], waste: counts[3] };
      const json = JSON.stringify({
        schema: 'sweetspot/1',
        learner: learner.id,
        asOf,
        thresholds: { personal: unitsNumber(ix.personalThreshold), org: unitsNumber(ix.orgThreshold) },
        noPersonalAgenda: scorer.noPersonalAgenda,
        summary,
        growth: growth.map((g) => {
          const { name, rationale } = ix.growth[g.initiative];
          return { initiative: name, ...(rationale ? { rationale } : {}), message: g.message, courses: g.courses.map((c) => ix.courseIds[c]) };
        }),
        warnings,
      });
      // Copies, as engine.classify returns them (its arrays stay valid after later calls): the
      // benchmark compares the two on the same contract. (Until 2026-12-03 these were the reused
      // arrays themselves, which the next call overwrote: the JS side skipped a copy wasm made.)
      // One ArrayBuffer for the four, as engine.classify copies them; with `into`, its arrays.
      const n = out.quadrant.length;
      const copies = into ? null : new ArrayBuffer(6 * n);
      const copy = (Type, offset, from, to = new Type(copies, offset, n)) => {
        to.set(from);
        return to;
      };
      return {
        personal: copy(Uint16Array, 0, out.personal, into?.personal), org: copy(Uint16Array, 2 * n, out.org, into?.org),
        quadrants: copy(Uint8Array, 4 * n, out.quadrant, into?.quadrants), flags: copy(Uint8Array, 5 * n, out.flags, into?.flags),
        summary, growth, json,
      };
    },
    // Scores only (set_learner + score_all, as the audit does per learner): the arrays, no texts.
    score(learner) {
      scorer.setLearner(learner, '/learner', []);
      scorer.scoreAll(out);
      return out;
    },
    dispose() { ix = scorer = out = null; },
  };
}

// Audit counts per course and quadrant (the scoring part of audit.cpp), for the audit benchmark.
export function auditCounts(engine, learners) {
  const ix = engine.index;
  const counts = new Uint32Array(ix.courseCount * 4);
  for (const learner of learners) {
    const q = engine.score(learner).quadrant;
    for (let c = 0; c < q.length; c++) counts[c * 4 + q[c]]++;
  }
  return counts;
}
