// The four quadrants, the flags, and SPEC's five properties, through the JS API and WebAssembly.
// Property cases are generated from fixed seeds (a few hundred in all), so failures reproduce.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { generateLearner, generateWorld, rng, shuffled } from './generate.mjs';
import { createEngine, QUADRANTS } from './helpers.mjs';
import { quadrantCatalog, quadrantLearner as quadrantLearnerOf, quadrantOrganization } from './quadrant-world.mjs';

const AS_OF = { asOf: '2026-01-01' };
const units = (x) => Math.round(x * 10000);

const quadrantWorld = { organization: quadrantOrganization(), catalog: quadrantCatalog() };
const quadrantLearner = quadrantLearnerOf();

let engine;
before(async () => {
  engine = await createEngine();
});
after(() => engine.dispose());

describe('quadrants and flags', () => {
  const expected = {
    gift: ['gift', 0.9, 0, []],
    uphill: ['uphill', 0, 0.9, []],
    sweet: ['sweet_spot', 0.8, 0.8, []],
    waste: ['waste', 0, 0, []],
    'm-course': ['uphill', 0, 1, ['mandatory']],
    mastered: ['waste', 0, 0, ['mastered']],
    done: ['gift', 0.9, 0, ['completed']],
    edge: ['gift', 0.27, 0, ['borderline']],
    role: ['uphill', 0, 1, []],
  };

  it('each hand-made course lands where SPEC says, with its flags', () => {
    engine.load(quadrantWorld);
    const c = engine.classify(quadrantLearner, AS_OF);
    for (const [id, [quadrant, personal, org, flags]] of Object.entries(expected)) {
      assert.deepEqual(c.get(id), { course: id, index: c.indexOf(id), quadrant, personal, org, flags }, id);
    }
    assert.deepEqual(c.summary, { sweet_spot: 1, uphill: 3, gift: 3, waste: 2 });
    assert.equal(c.noPersonalAgenda, false);
  });

  it('Uphill carries the framing of its largest org reason; Gift the gift note', () => {
    engine.load(quadrantWorld);
    engine.classify(quadrantLearner, AS_OF);
    assert.equal(engine.explain('uphill').framing, 'B wins deals.');
    assert.equal(engine.explain('gift').framing, 'Take it on a Friday.');
    assert.equal(typeof engine.explain('m-course').framing, 'string');
    assert.equal(engine.explain('sweet').framing, undefined);
    assert.equal(engine.explain('waste').framing, undefined);
  });

  it('a learner with no interests, aspirations or feedback: no_personal_agenda on every course', () => {
    engine.load(quadrantWorld);
    const c = engine.classify({ id: 'quiet', role: 'dev' }, AS_OF);
    assert.equal(c.noPersonalAgenda, true);
    for (let i = 0; i < c.length; ++i) assert.ok(c.hasFlag(i, 'no_personal_agenda'), c.courses[i]);
  });

  it('thresholds come from the policy', () => {
    const strict = structuredClone(quadrantWorld);
    strict.organization.policy.thresholds = { personal: 0.85, org: 0.85 };
    engine.load(strict);
    const c = engine.classify(quadrantLearner, AS_OF);
    assert.deepEqual(c.thresholds, { personal: 0.85, org: 0.85 });
    assert.equal(c.quadrant('sweet'), 'waste');
    assert.equal(c.quadrant('uphill'), 'uphill');
    assert.equal(c.quadrant('gift'), 'gift');
  });

  it('a "not for me" interest (strength 0) zeroes the personal side of that skill', () => {
    engine.load(quadrantWorld);
    const learner = structuredClone(quadrantLearner);
    learner.interests[1].strength = 0; // c
    learner.feedback = [{ skill: 'c', need: 0.9 }];
    const c = engine.classify(learner, AS_OF);
    assert.equal(c.personal('sweet'), 0);
    assert.equal(c.quadrant('sweet'), 'uphill');
  });
});

describe('SPEC properties on generated data', () => {
  const SEEDS = Array.from({ length: 60 }, (_, i) => 1000 + i);
  const worldOf = (seed) => generateWorld(seed, { courses: 25, skills: 20 });

  function full(world, learner) {
    engine.load(world);
    return JSON.parse(engine.classifyJSON(learner, AS_OF));
  }
  const byId = (result) => new Map(result.courses.map((c) => [c.course, c]));

  it('1. bounded: every score in [0, 1]', () => {
    for (const seed of SEEDS) {
      const world = worldOf(seed);
      engine.load(world);
      for (let k = 0; k < 4; ++k) {
        const c = engine.classify(generateLearner(seed * 10 + k, world), AS_OF);
        for (let i = 0; i < c.length; ++i) {
          assert.ok(c.personalUnits[i] <= 10000 && c.orgUnits[i] <= 10000, `seed ${seed}`);
          assert.ok(QUADRANTS[c.quadrants[i]] !== undefined);
        }
      }
    }
  });

  it('2a. monotone: a stronger interest never lowers personal', () => {
    for (const seed of SEEDS) {
      const world = worldOf(seed);
      const r = rng(seed);
      const learner = generateLearner(seed, world);
      if (learner.interests.length === 0) learner.interests.push({ skill: 's1', strength: 0.2 });
      const stronger = structuredClone(learner);
      const i = r.int(0, stronger.interests.length - 1);
      stronger.interests[i].strength = Math.min(1, stronger.interests[i].strength + r.unit());
      const a = byId(full(world, learner));
      const b = byId(full(world, stronger));
      for (const [id, x] of a) assert.ok(b.get(id).personal >= x.personal, `seed ${seed} course ${id}`);
    }
  });

  it('2b. monotone: a new priority never lowers org', () => {
    for (const seed of SEEDS) {
      const world = worldOf(seed);
      const r = rng(seed);
      const learner = generateLearner(seed, world);
      const more = structuredClone(world);
      const taken = new Set(more.organization.priorities.map((p) => p.skill));
      const free = more.taxonomy.skills.map((s) => s.id).filter((s) => !taken.has(s));
      more.organization.priorities.push({ skill: r.pick(free), weight: r.unit(), need: 'future', rationale: 'New.' });
      const a = byId(full(world, learner));
      const b = byId(full(more, learner));
      for (const [id, x] of a) assert.ok(b.get(id).org >= x.org, `seed ${seed} course ${id}`);
    }
  });

  it('2c. monotone: a higher current level never raises either score', () => {
    for (const seed of SEEDS) {
      const world = worldOf(seed);
      const r = rng(seed);
      const learner = generateLearner(seed, world);
      const better = structuredClone(learner);
      const skill = r.pick(world.taxonomy.skills).id;
      const known = better.proficiency.find((p) => p.skill === skill);
      if (known) known.level = Math.min(5, known.level + r.int(1, 3));
      else better.proficiency.push({ skill, level: r.int(1, 5) });
      const a = byId(full(world, learner));
      const b = byId(full(world, better));
      for (const [id, x] of a) {
        assert.ok(b.get(id).personal <= x.personal, `seed ${seed} course ${id} personal`);
        assert.ok(b.get(id).org <= x.org, `seed ${seed} course ${id} org`);
      }
    }
  });

  it('3. explainable: the reasons of each axis sum to its score', () => {
    for (const seed of SEEDS) {
      const world = worldOf(seed);
      for (let k = 0; k < 2; ++k) {
        const result = full(world, generateLearner(seed * 7 + k, world));
        for (const c of result.courses) {
          for (const axis of ['personal', 'org']) {
            const sum = c.reasons.filter((x) => x.axis === axis).reduce((s, x) => s + units(x.amount), 0);
            assert.equal(sum, units(c[axis]), `seed ${seed} course ${c.course} ${axis}`);
          }
        }
      }
    }
  });

  it('4. deterministic: same input, same bytes, whatever the order of the input arrays', () => {
    for (const seed of SEEDS) {
      const world = worldOf(seed);
      const learner = generateLearner(seed, world);
      const doc = { ...world, learner, asOf: '2026-01-01' };
      const once = engine.classifyDocumentJSON(doc);
      assert.equal(engine.classifyDocumentJSON(doc), once);
      assert.equal(engine.classifyDocumentJSON(shuffled(doc, seed)), once, `seed ${seed}`);
      const learners = [1, 2, 3].map((k) => generateLearner(seed + k, world));
      const audit = engine.auditDocumentJSON({ ...world, learners, asOf: '2026-01-01' });
      assert.equal(engine.auditDocumentJSON(shuffled({ ...world, learners, asOf: '2026-01-01' }, seed)), audit, `audit seed ${seed}`);
    }
  });

  it('5. absolute: adding a course does not change another course', () => {
    for (const seed of SEEDS) {
      const world = worldOf(seed);
      const r = rng(seed);
      const learner = generateLearner(seed, world);
      const more = structuredClone(world);
      const skills = r.sample(world.taxonomy.skills, r.int(1, 3)).map((s) => ({ skill: s.id, level: r.int(1, 5) }));
      more.catalog.courses.push({ id: 'zz-added', title: 'Added', skills });
      const a = full(world, learner);
      const b = byId(full(more, learner));
      for (const c of a.courses) assert.deepEqual(b.get(c.course), c, `seed ${seed} course ${c.course}`);
    }
  });
});
