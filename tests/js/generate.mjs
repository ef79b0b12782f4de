// Seeded generation of sweetspot/1 documents for the property tests and the golden corpus.
// Deterministic: the same seed gives the same documents on every machine.

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    // A weight or strength with at most 2 decimals, in [0, 1].
    unit: () => Math.round(next() * 100) / 100,
    sample(list, n) {
      const copy = list.slice();
      const out = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

const NEEDS = ['job', 'improve', 'future', 'leadership'];

/** {taxonomy, organization, catalog}: skills s0..s(n-1) in a DAG (broader edges point to lower ids). */
export function generateWorld(seed, { skills = 24, courses = 30, roles = 4, priorities = 5, mandatory = 2, growth = 2 } = {}) {
  const r = rng(seed);
  const ids = Array.from({ length: skills }, (_, i) => `s${i}`);
  const taxonomy = {
    skills: ids.map((id, i) => {
      const skill = { id, label: `skill ${i}` };
      if (i > 2 && r.chance(0.6)) skill.broader = r.sample(ids.slice(0, i), r.int(1, 2)).sort();
      if (r.chance(0.2)) skill.aliases = [`Skill ${i}`];
      return skill;
    }),
  };
  const roleIds = Array.from({ length: roles }, (_, i) => `r${i}`);
  const organization = {
    roles: roleIds.map((id, i) => ({
      id,
      title: `Role ${i}`,
      skills: r.sample(ids, r.int(1, 4)).map((skill) => ({ skill, level: r.int(1, 5) })),
      ...(i + 1 < roles ? { next: [roleIds[i + 1]] } : {}),
    })),
    priorities: r.sample(ids, priorities).map((skill) => ({
      skill,
      weight: r.unit(),
      need: r.pick(NEEDS),
      rationale: `We need ${skill} because of reason ${r.int(1, 99)}.`,
    })),
    mandatory: [],
    growth: Array.from({ length: growth }, (_, i) => ({
      name: `Initiative ${i}`,
      rationale: `Growth in area ${i}.`,
      skills: r.sample(ids, r.int(1, 3)),
      ...(r.chance(0.5) ? { roles: [r.pick(roleIds)] } : {}),
    })),
  };
  const courseList = Array.from({ length: courses }, (_, i) => ({
    id: `c${String(i).padStart(3, '0')}`,
    title: `Course ${i}`,
    skills: r.sample(ids, r.int(1, 3)).map((skill) => ({
      skill,
      level: r.int(1, 5),
      ...(r.chance(0.3) ? { weight: r.int(1, 20) / 20 } : {}),
    })),
    ...(r.chance(0.5) ? { hours: r.int(1, 40) } : {}),
  }));
  organization.mandatory = r.sample(courseList, mandatory).map((c) => c.id);
  return { taxonomy, organization, catalog: { courses: courseList } };
}

/** One learner for a world made by generateWorld(seed, ...). */
export function generateLearner(seed, world, id = `l${seed}`) {
  const r = rng(seed ^ 0x5eed);
  const ids = world.taxonomy.skills.map((s) => s.id);
  const roleIds = world.organization.roles.map((x) => x.id);
  const courseIds = world.catalog.courses.map((c) => c.id);
  const learner = {
    id,
    role: r.pick(roleIds),
    roleSince: `20${r.int(18, 25)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
    aspirations: r.chance(0.6) ? r.sample(roleIds, 1) : [],
    interests: r.sample(ids, r.int(0, 5)).map((skill) => ({ skill, strength: r.chance(0.15) ? 0 : r.unit() })),
    proficiency: r.sample(ids, r.int(0, 6)).map((skill) => ({ skill, level: r.int(0, 5) })),
    feedback: r.sample(ids, r.int(0, 2)).map((skill) => ({ skill, need: r.unit() })),
    completed: r.sample(courseIds, r.int(0, 3)),
  };
  return learner;
}

/** The same value with every array shuffled (recursively): the engine must not care. */
export function shuffled(value, seed) {
  const r = rng(seed);
  const walk = (v) => {
    if (Array.isArray(v)) return r.sample(v.map(walk), v.length);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}
