// Pure-JS reference of core/src/index/catalog_index.cpp: the compiled, immutable form of taxonomy +
// organization + catalog. FOR BENCHMARK COMPARISON ONLY — not shipped, not a validator: it assumes
// input that the engine accepts (the engine's reader rejects everything else) and emits no
// load-time warnings. Same algorithms and the same integer arithmetic as the C++ engine, with the
// same care: interned ids, CSR arrays in typed arrays, an inverted index skill -> courses.
//
// Ids are interned in the engine's string order (bytewise UTF-8 == code point order), so index
// order, tie-breaks and results are identical to the native engine's.

export const UNIT = 10000;
// llround(x * 10000) for x >= 0: Math.round also rounds halves up.
export const toUnits = (x) => Math.round(x * UNIT);

export const DEFAULT_POLICY = Object.freeze({
  personalThreshold: 0.25,
  orgThreshold: 0.25,
  borderlineMargin: 0.05,
  giftsAllowed: true,
  giftNote: '',
  mandatoryNote: '',
  taxonomyDecay: 0.5,
  taxonomyMaxHops: 3,
  aspirationWeight: 0.8,
  roleWeight: 1.0,
});

// UTF-16 order equals code point order unless surrogates meet U+E000..U+FFFF.
const utf16 = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function codePointCompare(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const x = a.codePointAt(i), y = b.codePointAt(i);
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}
export function stringOrder(strings) {
  for (const s of strings) if (/[\uD800-\uFFFF]/.test(s)) return codePointCompare;
  return utf16;
}

export function readPolicy(p) {
  const out = { ...DEFAULT_POLICY };
  if (!p) return out;
  if (p.thresholds?.personal !== undefined) out.personalThreshold = p.thresholds.personal;
  if (p.thresholds?.org !== undefined) out.orgThreshold = p.thresholds.org;
  if (p.gifts?.allowed !== undefined) out.giftsAllowed = p.gifts.allowed;
  if (p.gifts?.note !== undefined) out.giftNote = p.gifts.note;
  if (p.borderlineMargin !== undefined) out.borderlineMargin = p.borderlineMargin;
  if (p.mandatoryNote !== undefined) out.mandatoryNote = p.mandatoryNote;
  if (p.taxonomy?.decay !== undefined) out.taxonomyDecay = p.taxonomy.decay;
  if (p.taxonomy?.maxHops !== undefined) out.taxonomyMaxHops = p.taxonomy.maxHops;
  if (p.weights?.aspiration !== undefined) out.aspirationWeight = p.weights.aspiration;
  if (p.weights?.role !== undefined) out.roleWeight = p.weights.role;
  return out;
}

const unique = (list) => [...new Set(list ?? [])];

export class CatalogIndex {
  // docs: {taxonomy?, organization, catalog} as parsed JSON.
  constructor({ taxonomy, organization, catalog }) {
    const tax = taxonomy ?? null;
    const org = organization ?? {};
    const courses = catalog?.courses ?? [];
    this.hasTaxonomy = tax !== null;
    const taxSkills = tax?.skills ?? [];

    // ---- skills, interned in string order ----
    const ids = [];
    for (const s of taxSkills) ids.push(s.id);
    for (const r of org.roles ?? []) for (const s of r.skills ?? []) ids.push(s.skill);
    for (const p of org.priorities ?? []) ids.push(p.skill);
    for (const g of org.growth ?? []) for (const s of g.skills ?? []) ids.push(s);
    for (const c of courses) for (const s of c.skills ?? []) ids.push(s.skill);
    const skillIds = [...new Set(ids)];
    this.cmp = stringOrder(skillIds);
    skillIds.sort(this.cmp);
    this.skillIds = skillIds;
    const n = skillIds.length;
    this.skillById = new Map();
    for (let i = 0; i < n; i++) this.skillById.set(skillIds[i], i);
    this.skillLabels = skillIds.slice();
    this.skillInTaxonomy = new Uint8Array(n);
    for (const s of taxSkills) {
      const i = this.skillById.get(s.id);
      this.skillLabels[i] = s.label ?? s.id;
      this.skillInTaxonomy[i] = 1;
    }

    const policy = readPolicy(org.policy);
    this.policy = policy;
    this.buildTaxonomy(taxSkills, policy);
    this.buildCourses(courses);
    this.buildOrganization(org, policy);
  }

  findSkill(id) { const i = this.skillById.get(id); return i === undefined ? -1 : i; }
  findCourse(id) { const i = this.courseById.get(id); return i === undefined ? -1 : i; }
  findRole(id) { const i = this.roleById.get(id); return i === undefined ? -1 : i; }
  knowsSkill(id) { const s = this.findSkill(id); return s >= 0 && (!this.hasTaxonomy || this.skillInTaxonomy[s] === 1); }
  get skillCount() { return this.skillIds.length; }
  get courseCount() { return this.courseIds.length; }

  buildTaxonomy(taxSkills, policy) {
    const n = this.skillIds.length;
    // Adjacency in CSR form (counting pass, then fill).
    const upCount = new Uint32Array(n + 1), downCount = new Uint32Array(n + 1);
    const edges = [];
    for (const s of taxSkills) {
      const child = this.skillById.get(s.id);
      for (const b of unique(s.broader)) {
        const parent = this.skillById.get(b);
        if (parent === undefined || !this.skillInTaxonomy[parent]) continue;
        edges.push(child, parent);
        upCount[child + 1]++;
        downCount[parent + 1]++;
      }
    }
    for (let i = 0; i < n; i++) { upCount[i + 1] += upCount[i]; downCount[i + 1] += downCount[i]; }
    const up = new Int32Array(upCount[n]), down = new Int32Array(downCount[n]);
    const upFill = upCount.slice(0, n), downFill = downCount.slice(0, n);
    for (let e = 0; e < edges.length; e += 2) {
      up[upFill[edges[e]]++] = edges[e + 1];
      down[downFill[edges[e + 1]]++] = edges[e];
    }
    // Narrower lists sorted (the veto closure walks them).
    for (let s = 0; s < n; s++) down.subarray(downCount[s], downCount[s + 1]).sort();
    this.narrowerBegin = downCount;
    this.narrower = down;

    const maxHops = policy.taxonomyMaxHops;
    this.matchByHops = new Float64Array(maxHops + 1);
    this.matchByHops[0] = 1;
    for (let h = 1; h <= maxHops; h++) this.matchByHops[h] = this.matchByHops[h - 1] * policy.taxonomyDecay;

    // Per skill, the skills within maxHops straight up or straight down (breadth-first keeps the
    // fewest hops), sorted by skill: CSR of (skill, hops).
    const visited = new Uint32Array(n);
    let stamp = 0;
    let cap = n * 8;
    let relSkill = new Int32Array(cap), relHops = new Uint8Array(cap);
    const begin = new Uint32Array(n + 1);
    const found = [], frontier = [], next = [];
    let size = 0;
    const dirs = [[upCount, up], [downCount, down]];
    for (let s = 0; s < n; s++) {
      found.length = 0;
      found.push(s * 8); // packed skill*8 + hops (hops <= 6), sorts by skill
      for (const [lb, links] of dirs) {
        visited[s] = ++stamp;
        frontier.length = 0;
        frontier.push(s);
        for (let h = 1; h <= maxHops && frontier.length; h++) {
          next.length = 0;
          for (const f of frontier)
            for (let k = lb[f]; k < lb[f + 1]; k++) {
              const r = links[k];
              if (visited[r] !== stamp) {
                visited[r] = stamp;
                next.push(r);
                found.push(r * 8 + h);
              }
            }
          frontier.length = 0;
          for (const x of next) frontier.push(x);
        }
      }
      found.sort((a, b) => a - b);
      if (size + found.length > cap) {
        cap = Math.max(cap * 2, size + found.length);
        const ns = new Int32Array(cap), nh = new Uint8Array(cap);
        ns.set(relSkill.subarray(0, size));
        nh.set(relHops.subarray(0, size));
        relSkill = ns;
        relHops = nh;
      }
      for (const x of found) {
        relSkill[size] = x >> 3;
        relHops[size] = x & 7;
        size++;
      }
      begin[s + 1] = size;
    }
    this.relatedBegin = begin;
    this.relatedSkill = relSkill.slice(0, size);
    this.relatedHops = relHops.slice(0, size);
  }

  buildCourses(courses) {
    const order = courses.map((_, i) => i);
    const cmp = stringOrder(courses.map((c) => c.id));
    order.sort((a, b) => cmp(courses[a].id, courses[b].id));
    const n = order.length;
    this.courseIds = new Array(n);
    this.courseTitles = new Array(n);
    this.courseById = new Map();
    let pairs = 0;
    for (const c of courses) pairs += c.skills?.length ?? 0;
    const csBegin = new Uint32Array(n + 1);
    const csSkill = new Int32Array(pairs), csLevel = new Uint8Array(pairs), csShare = new Uint16Array(pairs);
    this.courseMandatory = new Uint8Array(n);
    let at = 0;
    const entries = [];
    const units = [];
    const remainders = [];
    for (let ci = 0; ci < n; ci++) {
      const course = courses[order[ci]];
      this.courseIds[ci] = course.id;
      this.courseTitles[ci] = course.title ?? course.id;
      this.courseById.set(course.id, ci);
      const skills = course.skills ?? [];
      const defaultWeight = skills.length ? 1.0 / skills.length : 0;
      entries.length = 0;
      for (const cs of skills) entries.push({ skill: this.skillById.get(cs.skill), level: cs.level, weight: cs.weight ?? defaultWeight });
      entries.sort((a, b) => a.skill - b.skill);
      // Shares: weights normalized to UNIT by largest remainder, so they sum to UNIT exactly.
      let total = 0;
      for (const e of entries) total += e.weight;
      units.length = 0;
      remainders.length = 0;
      let given = 0;
      for (let k = 0; k < entries.length; k++) {
        const exact = total > 0 ? (entries[k].weight / total) * UNIT : 0;
        units.push(Math.floor(exact));
        given += units[k];
        remainders.push([exact - units[k], k]);
      }
      remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]); // stable: equal remainders keep order
      for (let k = 0; total > 0 && given < UNIT && k < remainders.length; k++, given++) units[remainders[k][1]]++;
      for (let k = 0; k < entries.length; k++, at++) {
        csSkill[at] = entries[k].skill;
        csLevel[at] = entries[k].level;
        csShare[at] = units[k];
      }
      csBegin[ci + 1] = at;
    }
    this.courseSkillBegin = csBegin;
    this.courseSkill = csSkill;
    this.courseSkillLevel = csLevel;
    this.courseSkillShare = csShare;

    // Postings by counting sort over skills; courses stay in index order within a skill.
    const skills = this.skillIds.length;
    const pb = new Uint32Array(skills + 1);
    for (let k = 0; k < pairs; k++) pb[csSkill[k] + 1]++;
    for (let s = 0; s < skills; s++) pb[s + 1] += pb[s];
    const pc = new Int32Array(pairs), pl = new Uint8Array(pairs), ps = new Uint16Array(pairs);
    const fill = pb.slice(0, skills);
    for (let ci = 0; ci < n; ci++)
      for (let k = csBegin[ci]; k < csBegin[ci + 1]; k++) {
        const slot = fill[csSkill[k]]++;
        pc[slot] = ci;
        pl[slot] = csLevel[k];
        ps[slot] = csShare[k];
      }
    this.postingBegin = pb;
    this.postingCourse = pc;
    this.postingLevel = pl;
    this.postingShare = ps;
  }

  buildOrganization(given, policy) {
    const cmp = this.cmp;
    const roles = (given.roles ?? []).map((r) => ({ id: r.id, title: r.title ?? r.id, skills: r.skills ?? [], next: r.next ?? [] }));
    roles.sort((a, b) => cmp(a.id, b.id));
    const priorities = (given.priorities ?? []).map((p) => ({ skill: p.skill, weight: p.weight, need: p.need ?? 'improve', rationale: p.rationale ?? '' }));
    // (skill asc, weight desc, need asc, rationale asc), as the engine's canonical order.
    priorities.sort((a, b) => cmp(a.skill, b.skill) || b.weight - a.weight || cmp(a.need, b.need) || cmp(a.rationale, b.rationale));
    // Initiatives in the engine's canonical order: (name, rationale, sorted skills, sorted roles).
    const growth = (given.growth ?? []).map((g) => ({
      name: g.name, rationale: g.rationale ?? '', skills: unique(g.skills).sort(cmp), roles: unique(g.roles).sort(cmp),
    }));
    const lexicographic = (x, y) => {
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return cmp(x[i], y[i]);
      return x.length - y.length;
    };
    growth.sort((a, b) => cmp(a.name, b.name) || cmp(a.rationale, b.rationale) || lexicographic(a.skills, b.skills) || lexicographic(a.roles, b.roles));
    this.roles = roles;
    this.priorities = priorities;
    this.growth = growth;
    this.roleById = new Map(roles.map((r, i) => [r.id, i]));
    // Per role: requirements as parallel typed arrays sorted by (skill, level).
    this.roleRequirements = roles.map((r) => {
      const reqs = r.skills.map((k) => [this.skillById.get(k.skill), k.level]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      return { skill: Int32Array.from(reqs, (x) => x[0]), level: Uint8Array.from(reqs, (x) => x[1]) };
    });
    this.prioritySkill = Int32Array.from(priorities, (p) => this.skillById.get(p.skill));
    this.priorityUnits = Uint16Array.from(priorities, (p) => toUnits(p.weight));
    for (const m of given.mandatory ?? []) {
      const c = this.findCourse(m);
      if (c >= 0) this.courseMandatory[c] = 1;
    }
    this.growthSkills = growth.map((g) => Int32Array.from(g.skills, (s) => this.skillById.get(s)).sort());
    this.growthRoles = growth.map((g) => Int32Array.from(g.roles.map((r) => this.findRole(r)).filter((r) => r >= 0)).sort());
    this.personalThreshold = toUnits(policy.personalThreshold);
    this.orgThreshold = toUnits(policy.orgThreshold);
    this.borderlineMargin = toUnits(policy.borderlineMargin);
    this.aspirationUnits = toUnits(policy.aspirationWeight);
    this.roleUnits = toUnits(policy.roleWeight);
  }
}
