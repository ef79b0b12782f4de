#!/usr/bin/env node
// Deterministic synthetic data for the benchmarks (schema sweetspot/1). No npm dependencies.
//
//   node tests/bench/generate.mjs [--out=DIR] [--seed=N] [--skills=3000] [--courses=10000]
//                                 [--audit-courses=5000] [--learners=1000] [--samples=16]
//
// Shapes follow what an organization's data looks like, not a uniform toy:
//   - taxonomy: a DAG of ~3000 skills in 14 domains (domain > area > topic > skill > sub-skill);
//     ~7% of skills have a second broader skill, some of them in another domain;
//   - organization: 10 job families x 3 levels = 30 roles of 8-12 skills each (ladders share
//     skills at rising levels), 20 priorities (half on broad skills, which spread through the
//     taxonomy), 12 mandatory compliance courses, 6 growth initiatives;
//   - catalog: courses of 1-6 skills (about 3 on average), a primary skill drawn from a Zipf
//     popularity and the others mostly near it in the taxonomy; a quarter of them weighted;
//   - learners: a role, a roleSince, 1-2 aspirations, 5-15 interests (some "not for me"),
//     0-3 accepted 360 needs, 5-20 proficiency levels, 0-12 completed courses, a team; ~4% have
//     no personal agenda at all.
// Same seed and parameters -> same bytes. Writes into DIR (default build/bench-data):
//   load-<C>.json         {schema, taxonomy, organization, catalog}  for C = courses, audit-courses
//   learners-<L>.json     {schema, learners, asOf}
//   sample-learners.json  {schema, learners: the first <samples> learners, asOf} (classify rotation)
//   meta.json             parameters and counts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCHEMA = 'sweetspot/1';
export const AS_OF = '2026-06-01';

// ---- seeded randomness (sfc32 seeded through splitmix32) ----------------------------------------
export function makeRandom(seed) {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  const r = {
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    // Index drawn from a table of cumulative weights.
    weighted: (cumulative) => {
      const x = next() * cumulative[cumulative.length - 1];
      let lo = 0, hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
      }
      return lo;
    },
    // A number in [lo, hi] on a grid of `step` (weights, strengths), exact in decimal.
    grid: (lo, hi, step) => {
      const n = Math.round((hi - lo) / step);
      return Number((lo + Math.floor(next() * (n + 1)) * step).toFixed(4));
    },
    shuffle: (arr) => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [arr[i], arr[j]] = [arr[j], arr[i]];
      }
      return arr;
    },
  };
  return r;
}

const cumulativeOf = (weights) => {
  const out = new Float64Array(weights.length);
  let acc = 0;
  weights.forEach((w, i) => { acc += w; out[i] = acc; });
  return out;
};
const zipf = (n, s) => cumulativeOf(Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s)));

// ---- vocabulary --------------------------------------------------------------------------------
const DOMAINS = [
  ['software', 'Software Engineering'], ['data', 'Data and Analytics'], ['cloud', 'Cloud and Infrastructure'],
  ['security', 'Information Security'], ['product', 'Product Management'], ['design', 'Design and UX'],
  ['sales', 'Sales'], ['marketing', 'Marketing'], ['finance', 'Finance and Accounting'],
  ['people', 'People and HR'], ['legal', 'Legal and Compliance'], ['operations', 'Operations and Supply Chain'],
  ['service', 'Customer Service'], ['leadership', 'Leadership and Communication'],
];
const VERBS = ['apply', 'design', 'manage', 'analyse', 'build', 'coordinate', 'evaluate', 'develop', 'operate',
  'negotiate', 'present', 'audit', 'plan', 'test', 'automate', 'secure', 'model', 'forecast', 'coach', 'write',
  'review', 'monitor', 'optimise', 'document', 'facilitate', 'prioritise', 'measure', 'deploy', 'integrate', 'migrate'];
const NOUNS = ['api', 'database', 'pipeline', 'dashboard', 'contract', 'budget', 'campaign', 'roadmap', 'incident',
  'release', 'survey', 'interview', 'forecast', 'report', 'model', 'workflow', 'policy', 'risk', 'vendor', 'pricing',
  'inventory', 'network', 'container', 'cluster', 'identity', 'access', 'ledger', 'invoice', 'payroll', 'benefit',
  'onboarding', 'feedback', 'meeting', 'negotiation', 'prototype', 'wireframe', 'persona', 'experiment', 'metric',
  'query', 'schema', 'cache', 'queue', 'service', 'interface', 'component', 'test-suite', 'spreadsheet', 'forecasting',
  'regression', 'classifier', 'visualisation', 'storytelling', 'stakeholder', 'portfolio', 'audit-trail', 'privacy',
  'encryption', 'firewall', 'compliance', 'procurement', 'logistics', 'warehouse', 'quality', 'customer', 'ticket',
  'escalation', 'account', 'territory', 'pipeline-review', 'brand', 'content', 'search', 'social-media', 'lead'];
const QUALIFIERS = ['advanced', 'basic', 'strategic', 'operational', 'agile', 'lean', 'remote', 'secure', 'scalable',
  'inclusive', 'data-driven', 'cross-functional', 'regulated', 'global', 'automated', 'ethical'];
const COURSE_TEMPLATES = ['Introduction to %s', '%s in practice', 'Advanced %s', '%s for managers', '%s fundamentals',
  'Mastering %s', '%s: a hands-on workshop', 'Certificate in %s', '%s bootcamp', 'Applied %s'];
const FIRST = ['Maya', 'Jonas', 'Aisha', 'Li', 'Carlos', 'Fatima', 'Noah', 'Elena', 'Kwame', 'Sofia', 'Ravi', 'Ines',
  'Tomas', 'Yuki', 'Amara', 'Lukas', 'Priya', 'Mateo', 'Hana', 'Oskar'];
const LAST = ['Lindqvist', 'Okafor', 'Schmidt', 'Haddad', 'Nakamura', 'Silva', 'Kowalski', 'Mensah', 'Rossi', 'Chen',
  'Dubois', 'Patel', 'Novak', 'Garcia', 'Berg', 'Ivanova', 'Moreau', 'Tanaka', 'Ahmed', 'Larsen'];
const NEEDS = ['job', 'improve', 'future', 'leadership'];
const LEVELS = ['associate', 'senior', 'lead'];
const LEVEL_TITLES = ['Associate', 'Senior', 'Lead'];
const FAMILIES = [
  ['backend-engineer', 'Backend Engineer', 'software', 'cloud'], ['data-analyst', 'Data Analyst', 'data', 'finance'],
  ['data-scientist', 'Data Scientist', 'data', 'software'], ['sre', 'Site Reliability Engineer', 'cloud', 'security'],
  ['security-analyst', 'Security Analyst', 'security', 'legal'], ['product-manager', 'Product Manager', 'product', 'design'],
  ['ux-designer', 'UX Designer', 'design', 'product'], ['account-executive', 'Account Executive', 'sales', 'marketing'],
  ['hr-partner', 'HR Business Partner', 'people', 'legal'], ['support-specialist', 'Support Specialist', 'service', 'operations'],
];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const labelOf = (slug) => cap(slug.replace(/-/g, ' '));

// ---- taxonomy ----------------------------------------------------------------------------------
function makeTaxonomy(rnd, target) {
  const skills = []; // {id, label, depth, domain, parents: [index], aliases?}
  const used = new Set();
  const add = (domain, depth, parents, slug) => {
    let id = `sk.${DOMAINS[domain][0]}.${slug}`;
    for (let k = 2; used.has(id); k++) id = `sk.${DOMAINS[domain][0]}.${slug}-${k}`;
    used.add(id);
    skills.push({ id, label: labelOf(slug), depth, domain, parents });
    return skills.length - 1;
  };
  const byDepth = [[], [], [], [], []];
  DOMAINS.forEach(([, label], d) => {
    const i = add(d, 0, [], label.toLowerCase().replace(/[^a-z]+/g, '-'));
    skills[i].label = label;
    byDepth[0].push(i);
  });
  for (const root of byDepth[0])
    for (let a = rnd.range(5, 8); a > 0; a--)
      byDepth[1].push(add(skills[root].domain, 1, [root], `${rnd.pick(QUALIFIERS)}-${rnd.pick(NOUNS)}`));
  for (const area of byDepth[1])
    for (let t = rnd.range(4, 8); t > 0; t--)
      byDepth[2].push(add(skills[area].domain, 2, [area], `${rnd.pick(NOUNS)}-${rnd.pick(NOUNS)}`));
  const leaves = Math.max(0, target - skills.length);
  const topicChildren = new Map();
  for (let n = 0; n < leaves; n++) {
    if (n > leaves * 0.85 && topicChildren.size) {
      // Sub-skills one level below an existing skill.
      const topic = rnd.pick(byDepth[2]);
      const kids = topicChildren.get(topic);
      if (kids && kids.length) {
        const parent = rnd.pick(kids);
        byDepth[4].push(add(skills[parent].domain, 4, [parent], `${rnd.pick(VERBS)}-${rnd.pick(NOUNS)}-${rnd.pick(QUALIFIERS)}`));
        continue;
      }
    }
    const topic = rnd.pick(byDepth[2]);
    const i = add(skills[topic].domain, 3, [topic], `${rnd.pick(VERBS)}-${rnd.pick(NOUNS)}`);
    byDepth[3].push(i);
    if (!topicChildren.has(topic)) topicChildren.set(topic, []);
    topicChildren.get(topic).push(i);
  }
  // A second broader skill, one level up (so the graph stays acyclic), sometimes in another domain.
  for (const s of skills) {
    if (s.depth < 2 || !rnd.chance(0.07)) continue;
    const pool = byDepth[s.depth - 1];
    for (let tries = 0; tries < 20; tries++) {
      const p = rnd.pick(pool);
      if (s.parents.includes(p)) continue;
      if (skills[p].domain !== s.domain && rnd.chance(0.6)) continue;
      s.parents.push(p);
      break;
    }
  }
  for (const s of skills) if (rnd.chance(0.2)) s.aliases = [s.label.toLowerCase(), s.id.split('.').pop().replace(/-/g, '')];
  return { skills, byDepth };
}

// ---- catalog -----------------------------------------------------------------------------------
function makeCourses(rnd, tax, count) {
  const { skills, byDepth } = tax;
  // Popularity: a Zipf law over a shuffled order of skills, per depth class.
  const leafPool = rnd.shuffle([...byDepth[3], ...byDepth[4]]);
  const topicPool = rnd.shuffle([...byDepth[2]]);
  const areaPool = rnd.shuffle([...byDepth[1]]);
  const pools = [[leafPool, zipf(leafPool.length, 0.9)], [topicPool, zipf(topicPool.length, 0.8)], [areaPool, zipf(areaPool.length, 0.7)]];
  const poolWeights = cumulativeOf([0.75, 0.2, 0.05]);
  const drawPrimary = () => {
    const [pool, cum] = pools[rnd.weighted(poolWeights)];
    return pool[rnd.weighted(cum)];
  };
  const children = skills.map(() => []);
  skills.forEach((s, i) => s.parents.forEach((p) => children[p].push(i)));
  const domainSkills = DOMAINS.map(() => []);
  skills.forEach((s, i) => { if (s.depth >= 2) domainSkills[s.domain].push(i); });
  const transversal = domainSkills[DOMAINS.findIndex(([d]) => d === 'leadership')];
  const sizeCum = cumulativeOf([0.14, 0.26, 0.28, 0.18, 0.09, 0.05]);
  const levelCum = cumulativeOf([0.15, 0.35, 0.3, 0.15, 0.05]);
  const formats = ['online', 'classroom', 'blended', 'video', 'mentoring'];
  const languages = ['en', 'en', 'en', 'en', 'de', 'fr', 'es', 'pt'];
  const courses = [];
  const ids = new Set();
  for (let n = 0; n < count; n++) {
    const primary = drawPrimary();
    const want = 1 + rnd.weighted(sizeCum);
    const chosen = [primary];
    for (let tries = 0; chosen.length < want && tries < 40; tries++) {
      const x = rnd.next();
      let s;
      if (x < 0.55) {
        // Near the primary skill: a sibling, a child, or the broader skill itself.
        const parent = rnd.pick(skills[primary].parents.length ? skills[primary].parents : [primary]);
        const near = [...children[parent], ...children[primary], parent];
        s = rnd.pick(near);
      } else if (x < 0.8) s = rnd.pick(domainSkills[skills[primary].domain]);
      else if (x < 0.9) s = rnd.pick(transversal);
      else s = drawPrimary();
      if (s !== undefined && !chosen.includes(s)) chosen.push(s);
    }
    let id;
    do id = `crs-${rnd.int(0x1000000).toString(16).padStart(6, '0')}`; while (ids.has(id));
    ids.add(id);
    const weighted = rnd.chance(0.25);
    const course = {
      id,
      title: COURSE_TEMPLATES[rnd.int(COURSE_TEMPLATES.length)].replace('%s', skills[primary].label),
      skills: chosen.map((s, k) => {
        const e = { skill: skills[s].id, level: 1 + rnd.weighted(levelCum) };
        if (weighted) e.weight = k === 0 ? rnd.grid(0.4, 1, 0.05) : rnd.grid(0.05, 0.5, 0.05);
        return e;
      }),
      hours: rnd.grid(0.5, 40, 0.5),
      language: rnd.pick(languages),
      format: rnd.pick(formats),
    };
    if (rnd.chance(0.3)) course.tags = [DOMAINS[skills[primary].domain][0], rnd.pick(QUALIFIERS)];
    courses.push(course);
  }
  return courses;
}

// ---- organization ------------------------------------------------------------------------------
function makeOrganization(rnd, tax, courses, mandatoryPool) {
  const { skills, byDepth } = tax;
  const domainIndex = Object.fromEntries(DOMAINS.map(([d], i) => [d, i]));
  const ofDomain = (d, minDepth = 2) => skills.map((s, i) => [s, i]).filter(([s]) => s.domain === d && s.depth >= minDepth).map(([, i]) => i);
  const transversal = ofDomain(domainIndex.leadership);
  const roles = [];
  FAMILIES.forEach(([fid, ftitle, home, second], f) => {
    const homeSkills = ofDomain(domainIndex[home]), secondSkills = ofDomain(domainIndex[second]);
    const pool = new Set();
    while (pool.size < 14) {
      const x = rnd.next();
      pool.add(x < 0.6 ? rnd.pick(homeSkills) : x < 0.85 ? rnd.pick(secondSkills) : rnd.pick(transversal));
    }
    const poolList = [...pool];
    LEVELS.forEach((lv, l) => {
      const own = rnd.shuffle([...poolList]).slice(0, rnd.range(8, 12));
      if (l === 2) own.push(rnd.pick(transversal));
      const uniq = [...new Set(own)];
      const next = [];
      if (l < 2) next.push(`${LEVELS[l + 1]}-${fid}`);
      else if (rnd.chance(0.5)) next.push(`lead-${FAMILIES[(f + 1 + rnd.int(FAMILIES.length - 1)) % FAMILIES.length][0]}`);
      roles.push({
        id: `${lv}-${fid}`,
        title: `${LEVEL_TITLES[l]} ${ftitle}`,
        skills: uniq.map((s) => ({ skill: skills[s].id, level: Math.max(1, Math.min(5, 2 + l + rnd.range(-1, 1))) })),
        ...(next.length ? { next } : {}),
      });
    });
  });
  const priorities = [];
  const prioSkills = new Set();
  while (prioSkills.size < 20) prioSkills.add(rnd.chance(0.5) ? rnd.pick([...byDepth[1], ...byDepth[2]]) : rnd.pick([...byDepth[3], ...byDepth[4]]));
  for (const s of prioSkills) {
    const need = rnd.pick(NEEDS);
    priorities.push({
      skill: skills[s].id,
      weight: rnd.grid(0.3, 1, 0.05),
      need,
      rationale: `We ${rnd.pick(['win', 'grow', 'keep customers', 'stay compliant', 'ship faster'])} when more of us can ${skills[s].label.toLowerCase()}.`,
    });
  }
  // Compliance courses: mandatory for everyone; drawn from the legal domain where possible.
  const legal = domainIndex.legal;
  const legalCourses = mandatoryPool.filter((c) => c.skills.some((k) => k.skill.startsWith(`sk.${DOMAINS[legal][0]}.`)));
  const mandatory = new Set();
  while (mandatory.size < 12) mandatory.add(rnd.pick(legalCourses.length >= 24 ? legalCourses : mandatoryPool).id);
  const growth = [];
  const names = ['Cloud migration', 'AI in every team', 'New market: Iberia', 'Customer 360', 'Zero trust', 'Leadership pipeline'];
  for (const name of names) {
    const gs = new Set();
    for (let k = rnd.range(2, 5); k > 0; k--) gs.add(skills[rnd.pick([...byDepth[2], ...byDepth[3]])].id);
    const gr = [];
    for (let k = rnd.range(0, 2); k > 0; k--) gr.push(rnd.pick(roles).id);
    growth.push({ name, rationale: `${name} opens new roles and skills for people who grow with it.`, skills: [...gs], ...(gr.length ? { roles: [...new Set(gr)] } : {}) });
  }
  return {
    schema: SCHEMA,
    roles,
    priorities,
    mandatory: [...mandatory],
    growth,
    policy: {
      thresholds: { personal: 0.25, org: 0.25 },
      gifts: { allowed: true, note: 'Ask your manager: one gift course per year is on us.' },
      taxonomy: { decay: 0.5, maxHops: 3 },
    },
  };
}

// ---- learners ----------------------------------------------------------------------------------
function makeLearners(rnd, tax, org, completablePool, count) {
  const { skills } = tax;
  const skillIndex = new Map(skills.map((s, i) => [s.id, i]));
  const roleById = new Map(org.roles.map((r) => [r.id, r]));
  const interestPool = skills.map((s, i) => i).filter((i) => skills[i].depth >= 1);
  const interestCum = zipf(interestPool.length, 0.6);
  rnd.shuffle(interestPool);
  const roleCum = cumulativeOf(org.roles.map((r) => (r.id.startsWith('associate') ? 3 : r.id.startsWith('senior') ? 2 : 1)));
  const learners = [];
  for (let n = 0; n < count; n++) {
    const role = org.roles[rnd.weighted(roleCum)];
    const family = role.id.replace(/^(associate|senior|lead)-/, '');
    const year = 2014 + rnd.int(12);
    const learner = {
      id: `u-${String(10000 + n * 7 + rnd.int(7))}`,
      name: `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`,
      team: `${family}-team-${1 + rnd.int(6)}`,
      role: role.id,
      roleSince: `${year}-${String(1 + rnd.int(12)).padStart(2, '0')}-${String(1 + rnd.int(28)).padStart(2, '0')}`,
    };
    const noAgenda = rnd.chance(0.04);
    if (!noAgenda) {
      const asp = new Set(role.next ?? []);
      if (asp.size === 0 || rnd.chance(0.3)) asp.add(rnd.pick(org.roles).id);
      learner.aspirations = [...asp].slice(0, 2);
      // Interests: near the own and aspired roles' skills, and popular skills elsewhere.
      const near = [role, ...learner.aspirations.map((a) => roleById.get(a))].flatMap((r) => r.skills.map((k) => skillIndex.get(k.skill)));
      const interests = new Map();
      for (let k = rnd.range(5, 15), tries = 0; interests.size < k && tries < 100; tries++) {
        let s = rnd.chance(0.5) ? rnd.pick(near) : interestPool[rnd.weighted(interestCum)];
        if (rnd.chance(0.3) && skills[s].parents.length) s = rnd.pick(skills[s].parents);
        if (!interests.has(s)) interests.set(s, rnd.chance(0.05) ? 0 : rnd.grid(0.1, 1, 0.05));
      }
      learner.interests = [...interests].map(([s, strength]) => ({ skill: skills[s].id, strength }));
      if (rnd.chance(0.5)) {
        const fb = new Set();
        for (let k = rnd.range(1, 3); k > 0; k--) fb.add(rnd.pick(role.skills).skill);
        learner.feedback = [...fb].map((skill) => ({ skill, need: rnd.grid(0.3, 0.9, 0.05) }));
      }
    }
    const prof = new Map();
    const wantProf = rnd.range(5, 20);
    for (const req of rnd.shuffle([...role.skills])) {
      if (prof.size >= Math.min(wantProf, role.skills.length - 1)) break;
      prof.set(req.skill, Math.max(0, Math.min(5, req.level + rnd.range(-2, 1))));
    }
    for (let tries = 0; prof.size < wantProf && tries < 100; tries++) prof.set(skills[interestPool[rnd.weighted(interestCum)]].id, rnd.range(0, 4));
    learner.proficiency = [...prof].map(([skill, level]) => ({ skill, level }));
    const done = new Set();
    for (let k = rnd.range(0, 12); k > 0; k--) done.add(rnd.pick(completablePool).id);
    if (done.size) learner.completed = [...done];
    learners.push(learner);
  }
  return learners;
}

// ---- main --------------------------------------------------------------------------------------
export function generate({ seed = 20260601, skills = 3000, courses = 10000, auditCourses = 5000, learners = 1000 } = {}) {
  const rnd = makeRandom(seed);
  const tax = makeTaxonomy(rnd, skills);
  const allCourses = makeCourses(rnd, tax, Math.max(courses, auditCourses));
  const smaller = allCourses.slice(0, Math.min(courses, auditCourses));
  const organization = makeOrganization(rnd, tax, allCourses, smaller);
  const people = makeLearners(rnd, tax, organization, smaller, learners);
  const taxonomy = {
    schema: SCHEMA,
    skills: tax.skills.map((s) => ({
      id: s.id,
      label: s.label,
      ...(s.aliases ? { aliases: s.aliases } : {}),
      ...(s.parents.length ? { broader: s.parents.map((p) => tax.skills[p].id) } : {}),
    })),
  };
  return { taxonomy, organization, courses: allCourses, learners: people };
}

function parseArgs(argv) {
  const o = {};
  for (const a of argv) {
    const m = /^--([a-z-]+)=(.*)$/.exec(a);
    if (!m) throw new Error(`generate.mjs: unknown argument ${a}`);
    o[m[1]] = m[2];
  }
  return o;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate.mjs')) {
  const args = parseArgs(process.argv.slice(2));
  const params = {
    seed: Number(args.seed ?? 20260601),
    skills: Number(args.skills ?? 3000),
    courses: Number(args.courses ?? 10000),
    auditCourses: Number(args['audit-courses'] ?? 5000),
    learners: Number(args.learners ?? 1000),
  };
  const samples = Number(args.samples ?? 16);
  const out = path.resolve(args.out ?? path.join(REPO_ROOT, 'build', 'bench-data'));
  const t0 = performance.now();
  const data = generate(params);
  fs.mkdirSync(out, { recursive: true });
  const write = (name, doc) => {
    const text = JSON.stringify(doc);
    fs.writeFileSync(path.join(out, name), text);
    return text.length;
  };
  const sizes = {};
  for (const n of [...new Set([params.courses, params.auditCourses])]) {
    sizes[`load-${n}.json`] = write(`load-${n}.json`, {
      schema: SCHEMA, taxonomy: data.taxonomy, organization: data.organization, catalog: { schema: SCHEMA, courses: data.courses.slice(0, n) },
    });
  }
  sizes[`learners-${params.learners}.json`] = write(`learners-${params.learners}.json`, { schema: SCHEMA, learners: data.learners, asOf: AS_OF });
  sizes['sample-learners.json'] = write('sample-learners.json', { schema: SCHEMA, learners: data.learners.slice(0, samples), asOf: AS_OF });
  const courseSkills = (n) => data.courses.slice(0, n).reduce((a, c) => a + c.skills.length, 0);
  const mean = (f) => Number((data.learners.reduce((a, l) => a + f(l), 0) / data.learners.length).toFixed(2));
  const meta = {
    generator: 'tests/bench/generate.mjs',
    params: { ...params, samples },
    asOf: AS_OF,
    counts: {
      skills: data.taxonomy.skills.length,
      skillsWithTwoParents: data.taxonomy.skills.filter((s) => (s.broader?.length ?? 0) > 1).length,
      roles: data.organization.roles.length,
      roleSkills: data.organization.roles.reduce((a, r) => a + r.skills.length, 0),
      priorities: data.organization.priorities.length,
      mandatory: data.organization.mandatory.length,
      growth: data.organization.growth.length,
      courses: params.courses,
      courseSkills: courseSkills(params.courses),
      auditCourses: params.auditCourses,
      auditCourseSkills: courseSkills(params.auditCourses),
      learners: data.learners.length,
      meanInterests: mean((l) => l.interests?.length ?? 0),
      meanProficiency: mean((l) => l.proficiency.length),
      meanCompleted: mean((l) => l.completed?.length ?? 0),
      noPersonalAgenda: data.learners.filter((l) => !l.interests && !l.aspirations && !l.feedback).length,
    },
    bytes: sizes,
  };
  write('meta.json', meta);
  const c = meta.counts;
  console.log(`generate: ${c.skills} skills (${c.skillsWithTwoParents} with two parents), ${c.roles} roles (${c.roleSkills} role skills), ` +
    `${c.priorities} priorities, ${c.courses} courses (${c.courseSkills} course-skills), ${c.learners} learners ` +
    `(mean ${c.meanInterests} interests, ${c.meanProficiency} proficiency, ${c.noPersonalAgenda} without agenda) ` +
    `-> ${path.relative(process.cwd(), out) || '.'} in ${(performance.now() - t0).toFixed(0)} ms`);
}
