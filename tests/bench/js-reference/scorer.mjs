// Pure-JS reference of core/src/scoring/scoring.cpp (LearnerScorer). FOR BENCHMARK COMPARISON ONLY.
// Same model, same order of operations, same integer arithmetic: per-learner dense demand vectors
// (structure-of-arrays in typed arrays, reset through a `touched` list so a learner costs what its
// agenda touches), taxonomy spreading through the precomputed related lists, and scoring through
// the inverted index so that courses no demanded skill reaches cost one pass of the final loop.
import { UNIT, toUnits } from './catalog.mjs';

// Sources in order of precedence (scoring.h): the first one wins a tie.
export const Source = Object.freeze({ None: 0, Interest: 1, Feedback: 2, Aspiration: 3, Priority: 4, Role: 5, Mandatory: 6 });
export const SOURCE_NAMES = ['none', 'interest', 'feedback', 'aspiration', 'priority', 'role', 'mandatory'];
export const QUADRANT_NAMES = ['sweet_spot', 'uphill', 'gift', 'waste'];
export const SWEET_SPOT = 0, UPHILL = 1, GIFT = 2, WASTE = 3;
export const FLAG_MANDATORY = 1, FLAG_COMPLETED = 2, FLAG_MASTERED = 4, FLAG_BORDERLINE = 8, FLAG_NO_PERSONAL_AGENDA = 16;
export const FLAG_NAMES = [[1, 'mandatory'], [2, 'completed'], [4, 'mastered'], [8, 'borderline'], [16, 'no_personal_agenda']];

// One demand per skill, structure of arrays: the strongest demand and where it comes from.
class DemandTable {
  constructor(n) {
    this.units = new Uint16Array(n);
    this.source = new Uint8Array(n);
    this.ref = new Int32Array(n).fill(-1);
    this.origin = new Int32Array(n).fill(-1);
    this.hops = new Uint8Array(n);
  }
  clear(s) {
    this.units[s] = 0;
    this.source[s] = 0;
    this.ref[s] = -1;
    this.origin[s] = -1;
    this.hops[s] = 0;
  }
  // "Strongest counts"; ties: earlier source, fewer hops, smaller origin, smaller ref (scoring.cpp).
  weaker(s, units, source, hops, origin, ref) {
    const u = this.units[s];
    if (units !== u) return units > u;
    const src = this.source[s];
    if (source !== src) return source < src;
    const h = this.hops[s];
    if (hops !== h) return hops < h;
    const o = this.origin[s];
    if (origin !== o) return origin < o;
    return ref < this.ref[s];
  }
  set(s, units, source, hops, origin, ref) {
    this.units[s] = units;
    this.source[s] = source;
    this.hops[s] = hops;
    this.origin[s] = origin;
    this.ref[s] = ref;
  }
}

// A growable Int32 list without allocation per push in steady state.
class IntList {
  constructor(cap = 64) { this.a = new Int32Array(cap); this.n = 0; }
  push(x) {
    if (this.n === this.a.length) { const b = new Int32Array(this.a.length * 2); b.set(this.a); this.a = b; }
    this.a[this.n++] = x;
  }
  clear() { this.n = 0; }
}

export class LearnerScorer {
  constructor(ix) {
    this.ix = ix;
    const skills = ix.skillCount, courses = ix.courseCount;
    this.currentLevel = new Uint8Array(skills);
    this.vetoed = new Uint8Array(skills);
    this.inTouched = new Uint8Array(skills);
    this.inEffective = new Uint8Array(skills);
    this.directPersonal = new DemandTable(skills);
    this.directOrg = new DemandTable(skills);
    this.effectivePersonal = new DemandTable(skills);
    this.effectiveOrg = new DemandTable(skills);
    this.touched = new IntList();
    this.demanded = new IntList();
    this.effectiveTouched = new IntList(1024);
    this.stack = new IntList();
    this.completed = new Uint8Array(courses);
    this.personalSum = new Uint32Array(courses);
    this.orgSum = new Uint32Array(courses);
    this.masteredSkills = new Uint16Array(courses);
    this.courseSkillCount = new Uint16Array(courses);
    for (let c = 0; c < courses; c++) this.courseSkillCount[c] = ix.courseSkillBegin[c + 1] - ix.courseSkillBegin[c];
    this.learner = null;
    this.role = -1;
    this.noPersonalAgenda = true;
  }

  reset() {
    const t = this.touched.a;
    for (let i = 0; i < this.touched.n; i++) {
      const s = t[i];
      this.currentLevel[s] = 0;
      this.vetoed[s] = 0;
      this.directPersonal.clear(s);
      this.directOrg.clear(s);
      this.inTouched[s] = 0;
    }
    const e = this.effectiveTouched.a;
    for (let i = 0; i < this.effectiveTouched.n; i++) {
      const s = e[i];
      this.effectivePersonal.clear(s);
      this.effectiveOrg.clear(s);
      this.inEffective[s] = 0;
    }
    this.touched.clear();
    this.demanded.clear();
    this.effectiveTouched.clear();
    this.completed.fill(0);
  }

  touch(s) {
    if (!this.inTouched[s]) {
      this.inTouched[s] = 1;
      this.touched.push(s);
    }
  }

  addDirect(table, s, units, source, ref) {
    this.touch(s);
    if (table.units[s] === 0 && units > 0) this.demanded.push(s);
    if (table.weaker(s, units, source, 0, s, ref)) table.set(s, units, source, 0, s, ref);
  }

  vetoNarrowerClosure(skill) {
    const ix = this.ix, stack = this.stack;
    stack.clear();
    stack.push(skill);
    while (stack.n > 0) {
      const s = stack.a[--stack.n];
      if (this.vetoed[s]) continue;
      this.vetoed[s] = 1;
      this.touch(s);
      for (let k = ix.narrowerBegin[s]; k < ix.narrowerBegin[s + 1]; k++) stack.push(ix.narrower[k]);
    }
  }

  // ---- 1. The agenda as direct demand ----
  setLearner(learner, path, warnings) {
    const ix = this.ix;
    this.reset();
    this.learner = learner;
    const knownSkill = (id, at) => {
      if (!ix.knowsSkill(id)) warnings.push({ path: at, message: `unknown skill "${id}"` });
      return ix.findSkill(id);
    };
    const proficiency = learner.proficiency ?? [];
    for (let i = 0; i < proficiency.length; i++) {
      const s = knownSkill(proficiency[i].skill, `${path}/proficiency/${i}/skill`);
      if (s < 0) continue;
      this.currentLevel[s] = proficiency[i].level;
      this.touch(s);
    }
    this.role = -1;
    if (learner.role) {
      this.role = ix.findRole(learner.role);
      if (this.role < 0) warnings.push({ path: `${path}/role`, message: `unknown role "${learner.role}"` });
    }
    const aspirations = [...new Set(learner.aspirations ?? [])];
    const aspired = [];
    for (let i = 0; i < aspirations.length; i++) {
      const r = ix.findRole(aspirations[i]);
      if (r < 0) warnings.push({ path: `${path}/aspirations/${i}`, message: `unknown role "${aspirations[i]}"` });
      else aspired.push(r);
    }
    const completed = [...new Set(learner.completed ?? [])];
    for (let i = 0; i < completed.length; i++) {
      const c = ix.findCourse(completed[i]);
      if (c < 0) warnings.push({ path: `${path}/completed/${i}`, message: `unknown course "${completed[i]}"` });
      else this.completed[c] = 1;
    }
    const interests = learner.interests ?? [], feedback = learner.feedback ?? [];
    this.noPersonalAgenda = interests.length === 0 && aspirations.length === 0 && feedback.length === 0;

    // Personal: interests, accepted 360 needs, aspired roles' requirements above the current level.
    const vetoes = [];
    const P = this.directPersonal, O = this.directOrg;
    for (let i = 0; i < interests.length; i++) {
      const s = knownSkill(interests[i].skill, `${path}/interests/${i}/skill`);
      if (s < 0) continue;
      if (interests[i].strength === 0) vetoes.push(s);
      else this.addDirect(P, s, toUnits(interests[i].strength), Source.Interest, i);
    }
    for (let i = 0; i < feedback.length; i++) {
      const s = knownSkill(feedback[i].skill, `${path}/feedback/${i}/skill`);
      if (s >= 0) this.addDirect(P, s, toUnits(feedback[i].need), Source.Feedback, i);
    }
    for (const r of aspired) {
      const req = ix.roleRequirements[r];
      for (let k = 0; k < req.skill.length; k++)
        if (req.level[k] > this.currentLevel[req.skill[k]]) this.addDirect(P, req.skill[k], ix.aspirationUnits, Source.Aspiration, r);
    }
    for (const s of vetoes) this.vetoNarrowerClosure(s);

    // Org: the own role's requirements above the current level, and the priorities.
    if (this.role >= 0) {
      const req = ix.roleRequirements[this.role];
      for (let k = 0; k < req.skill.length; k++)
        if (req.level[k] > this.currentLevel[req.skill[k]]) this.addDirect(O, req.skill[k], ix.roleUnits, Source.Role, this.role);
    }
    for (let p = 0; p < ix.prioritySkill.length; p++) this.addDirect(O, ix.prioritySkill[p], ix.priorityUnits[p], Source.Priority, p);

    // ---- 2. Spread through the taxonomy ----
    const d = this.demanded;
    const sorted = d.a.subarray(0, d.n).sort();
    let m = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[m++] = sorted[i];
    d.n = m;
    this.spread(P, this.effectivePersonal, true);
    this.spread(O, this.effectiveOrg, false);
  }

  spread(direct, effective, personal) {
    const ix = this.ix, vetoed = this.vetoed, match = ix.matchByHops;
    const rb = ix.relatedBegin, rs = ix.relatedSkill, rh = ix.relatedHops;
    const inEffective = this.inEffective, touched = this.effectiveTouched;
    const dem = this.demanded.a, nd = this.demanded.n;
    for (let i = 0; i < nd; i++) {
      const t = dem[i];
      const units = direct.units[t];
      if (units === 0 || (personal && vetoed[t])) continue;
      const source = direct.source[t], ref = direct.ref[t], origin = direct.origin[t];
      for (let k = rb[t], end = rb[t + 1]; k < end; k++) {
        const s = rs[k];
        if (personal && vetoed[s]) continue;
        const hops = rh[k];
        const u = Math.round(units * match[hops]);
        if (u === 0 || !effective.weaker(s, u, source, hops, origin, ref)) continue;
        effective.set(s, u, source, hops, origin, ref);
        if (!inEffective[s]) {
          inEffective[s] = 1;
          touched.push(s);
        }
      }
    }
  }

  // ---- 3 and 4. Course scores and quadrants, into out {personal, org, quadrant, flags, counts} ----
  scoreAll(out) {
    const ix = this.ix, courses = ix.courseCount;
    const personalSum = this.personalSum, orgSum = this.orgSum, mastered = this.masteredSkills;
    personalSum.fill(0);
    orgSum.fill(0);
    mastered.fill(0);
    const pb = ix.postingBegin, pc = ix.postingCourse, pl = ix.postingLevel, ps = ix.postingShare;
    const current = this.currentLevel;
    const ep = this.effectivePersonal.units, eo = this.effectiveOrg.units;
    // Only the courses that teach a demanded skill (the inverted index); the rest score 0.
    const et = this.effectiveTouched.a;
    for (let i = 0, n = this.effectiveTouched.n; i < n; i++) {
      const s = et[i];
      const personal = ep[s], org = eo[s], held = current[s];
      for (let k = pb[s], end = pb[s + 1]; k < end; k++) {
        if (pl[k] <= held) continue; // no growth in a skill already held at that level
        const share = ps[k], c = pc[k];
        personalSum[c] += ((share * personal) / UNIT) | 0;
        orgSum[c] += ((share * org) / UNIT) | 0;
      }
    }
    // "Mastered": every skill of the course is held at or above the level it teaches.
    const t = this.touched.a;
    for (let i = 0, n = this.touched.n; i < n; i++) {
      const s = t[i];
      const held = current[s];
      if (held === 0) continue;
      for (let k = pb[s], end = pb[s + 1]; k < end; k++) if (pl[k] <= held) mastered[pc[k]]++;
    }
    const tp = ix.personalThreshold, to = ix.orgThreshold, margin = ix.borderlineMargin;
    const mandatory = ix.courseMandatory, completed = this.completed, skillCount = this.courseSkillCount;
    const npa = this.noPersonalAgenda;
    const baseFlags = npa ? FLAG_NO_PERSONAL_AGENDA : 0;
    const P = out.personal, O = out.org, Q = out.quadrant, F = out.flags;
    let sweet = 0, uphill = 0, gift = 0; // the summary, counted here in registers
    for (let c = 0; c < courses; c++) {
      const personal = personalSum[c];
      const org = mandatory[c] ? UNIT : orgSum[c];
      const wanted = personal >= tp, needed = org >= to;
      P[c] = personal;
      O[c] = org;
      let q;
      if (needed) {
        if (wanted) { q = SWEET_SPOT; sweet++; } else { q = UPHILL; uphill++; }
      } else if (wanted) { q = GIFT; gift++; } else q = WASTE;
      Q[c] = q;
      let flags = baseFlags | (mandatory[c] ? FLAG_MANDATORY : 0) | (completed[c] ? FLAG_COMPLETED : 0);
      const k = skillCount[c];
      if (k > 0 && mastered[c] === k) flags |= FLAG_MASTERED;
      if (Math.abs(org - to) < margin || (!npa && Math.abs(personal - tp) < margin)) flags |= FLAG_BORDERLINE;
      F[c] = flags;
    }
    const counts = out.counts;
    counts[0] = sweet;
    counts[1] = uphill;
    counts[2] = gift;
    counts[3] = courses - sweet - uphill - gift;
  }
}
