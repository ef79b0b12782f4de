// Writes the golden corpus inputs (tests/golden/inputs/*.json): small hand-made documents that
// between them reach every quadrant, flag, warning kind and policy knob, a few invalid ones, and a
// few bigger generated ones (fixed seeds). Run it only to change the corpus, then run
// scripts/update-golden.mjs to regenerate the expected outputs with the native CLI.
//   node tests/golden/make-inputs.mjs
// File names say the command: classify-*, audit-*, validate-*; "-pretty" in a name adds --pretty.
// The demo samples are not copied: tests/golden/external.json lists them by path.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { generateLearner, generateWorld, shuffled } from '../js/generate.mjs';
import { quadrantCatalog, quadrantLearner, quadrantOrganization } from '../js/quadrant-world.mjs';

const DIR = fileURLToPath(new URL('./inputs/', import.meta.url));
const AS_OF = '2026-01-01';
const clone = (x) => structuredClone(x);

// The quadrant world of the quadrant tests, with a role to aspire to ("lead") and its course.
const org = quadrantOrganization();
org.roles = [
  { ...org.roles[0], next: ['lead'] },
  { id: 'lead', title: 'Team Lead', skills: [{ skill: 'lead', level: 3 }, { skill: 'h', level: 4 }] },
];
const catalog = quadrantCatalog();
catalog.courses.push({ id: 'lead-course', title: 'Leading Teams', skills: [{ skill: 'lead', level: 4 }] });
const { role, interests, proficiency, completed } = quadrantLearner();
const learner = { id: 'l1', name: 'Ada', role, roleSince: '2021-06-01', interests, proficiency, completed };
const base = { schema: 'sweetspot/1', organization: org, catalog };

const taxonomy = {
  skills: [
    { id: 'programming', label: 'computer programming', aliases: ['coding'] },
    { id: 'python', label: 'Python', aliases: ['Python 3', 'python'], broader: ['programming'] },
    { id: 'django', label: 'Django', broader: ['python'] },
    { id: 'leadership', label: 'leadership' },
    { id: 'coaching', label: 'coaching', broader: ['leadership'] },
    { id: 'mentoring', label: 'mentoring', broader: ['coaching'] },
    { id: 'statistics', label: 'statistics' },
  ],
};
const taxCatalog = {
  courses: [
    { id: 'py-101', title: 'Python 101', skills: [{ skill: 'python', level: 2 }] },
    { id: 'django', title: 'Web apps with Django', skills: [{ skill: 'django', level: 3 }] },
    { id: 'prog', title: 'Programming Foundations', skills: [{ skill: 'programming', level: 3 }] },
    { id: 'coach', title: 'Coaching Skills', skills: [{ skill: 'coaching', level: 3 }] },
    { id: 'mentor', title: 'Mentoring Juniors', skills: [{ skill: 'mentoring', level: 2 }] },
    { id: 'stats', title: 'Statistics', skills: [{ skill: 'statistics', level: 3 }, { skill: 'python', level: 2, weight: 0.25 }] },
  ],
};
const taxOrg = {
  roles: [
    { id: 'analyst', title: 'Analyst', skills: [{ skill: 'statistics', level: 3 }] },
    { id: 'manager', title: 'Manager', skills: [{ skill: 'leadership', level: 3 }] },
  ],
  priorities: [{ skill: 'programming', weight: 0.6, need: 'future', rationale: 'Everyone automates.' }],
  growth: [
    { name: 'People leads', rationale: 'We open ten team-lead roles next year.', skills: ['leadership'], roles: ['manager'] },
    { name: 'Data platform', rationale: 'A new data platform team.', skills: ['python', 'statistics'] },
  ],
};
const taxBase = { schema: 'sweetspot/1', taxonomy, organization: taxOrg, catalog: taxCatalog };
const taxLearner = {
  id: 'l2',
  role: 'analyst',
  roleSince: '2023-09-01',
  aspirations: ['manager'],
  interests: [{ skill: 'python', strength: 0.8 }],
  proficiency: [{ skill: 'statistics', level: 1 }],
  feedback: [{ skill: 'coaching', need: 0.6 }],
};

const inputs = {};
const classify = (name, doc) => (inputs[`classify-${name}`] = { asOf: AS_OF, ...doc });
const audit = (name, doc) => (inputs[`audit-${name}`] = { asOf: AS_OF, ...doc });
const validate = (name, doc) => (inputs[`validate-${name}`] = doc);

// ---- classify: quadrants, flags, sources ------------------------------------------------------
classify('quadrants', { ...base, learner });
classify('quadrants-pretty', { ...base, learner });
classify('no-personal-agenda', { ...base, learner: { id: 'quiet', role: 'dev', proficiency: [{ skill: 'h', level: 1 }] } });
classify('not-for-me', { ...taxBase, learner: { ...taxLearner, interests: [{ skill: 'leadership', strength: 0 }, { skill: 'python', strength: 0.8 }] } });
classify('taxonomy-hops', { ...taxBase, learner: taxLearner });
classify('aspiration', { ...base, learner: { id: 'climber', role: 'dev', aspirations: ['lead'], proficiency: [{ skill: 'lead', level: 1 }] } });
classify('feedback', { ...base, learner: { id: 'fb', role: 'dev', feedback: [{ skill: 'd', need: 0.7 }, { skill: 'b', need: 0.3 }] } });
classify('no-taxonomy', { organization: taxOrg, catalog: taxCatalog, learner: taxLearner });
classify('empty-catalog', { organization: org, catalog: { courses: [] }, learner });
classify('weights', {
  organization: { priorities: [{ skill: 'x', weight: 1, need: 'job', rationale: 'X.' }] },
  catalog: { courses: [
    { id: 'mixed', title: 'Mixed', skills: [{ skill: 'x', level: 3, weight: 0.75 }, { skill: 'y', level: 3, weight: 0.25 }] },
    { id: 'equal', title: 'Equal shares', skills: [{ skill: 'x', level: 3 }, { skill: 'y', level: 3 }, { skill: 'z', level: 3 }] },
  ] },
  learner: { id: 'w', interests: [{ skill: 'y', strength: 1 }] },
});
classify('unicode', {
  organization: { priorities: [{ skill: 'führung', weight: 0.7, need: 'leadership', rationale: 'Führung zählt — «vraiment» 🎯.' }] },
  catalog: { courses: [{ id: 'kurs-ü', title: 'Führung für Einsteiger: 日本語 \u2028 "quoted" \\ back', skills: [{ skill: 'führung', level: 2 }] }] },
  learner: { id: 'lö', name: 'Zoë', interests: [{ skill: 'führung', strength: 0.5 }] },
});

// ---- classify: policy -------------------------------------------------------------------------
const policyOrg = (policy) => ({ ...org, policy });
classify('policy-thresholds', { organization: policyOrg({ thresholds: { personal: 0.5, org: 0.85 }, borderlineMargin: 0.1 }), catalog, learner });
classify('policy-gifts-not-allowed', { organization: policyOrg({ gifts: { allowed: false } }), catalog, learner });
classify('policy-gift-note-default', { organization: policyOrg({}), catalog, learner });
classify('policy-mandatory-note', { organization: policyOrg({ mandatoryNote: 'Required by the regulator, sorry.' }), catalog, learner: { id: 'm', role: 'dev' } });
classify('policy-taxonomy-weights', {
  ...taxBase,
  organization: { ...taxOrg, policy: { taxonomy: { decay: 0.8, maxHops: 1 }, weights: { aspiration: 0.4, role: 0.6 } } },
  learner: taxLearner,
});
classify('growth', { ...taxBase, learner: { ...taxLearner, interests: [{ skill: 'leadership', strength: 0.9 }, { skill: 'python', strength: 0.9 }] } });

// ---- classify: warnings -----------------------------------------------------------------------
classify('warnings-unknown-keys', {
  ...base,
  color: 'blue',
  organization: { ...org, budget: 3, priorities: [{ ...org.priorities[0], owner: 'cfo' }] },
  catalog: { courses: [{ ...catalog.courses[0], vendor: 'acme', skills: [{ skill: 'a', level: 3, hint: 1 }] }] },
  learner: { ...learner, shoeSize: 44 },
});
classify('warnings-unknown-references', {
  ...taxBase,
  organization: {
    ...taxOrg,
    roles: [{ id: 'analyst', title: 'Analyst', skills: [{ skill: 'no-such-skill', level: 2 }], next: ['no-such-role'] }],
    priorities: [{ skill: 'ghost', weight: 0.5, need: 'job', rationale: 'Boo.' }],
    mandatory: ['no-such-course'],
  },
  catalog: { courses: [...taxCatalog.courses, { id: 'odd', title: 'Odd', skills: [{ skill: 'unknown', level: 2 }] }] },
  learner: { ...taxLearner, role: 'astronaut', aspirations: ['ceo'], interests: [{ skill: 'juggling', strength: 1 }], completed: ['nope'] },
});
classify('no-asof', { ...base, learner });
delete inputs['classify-no-asof'].asOf;

// ---- audit ------------------------------------------------------------------------------------
const team = [
  learner,
  { id: 'l2', role: 'dev', roleSince: '2019-01-15', interests: [{ skill: 'd', strength: 0.9 }] },
  { id: 'l3', role: 'dev', roleSince: '2025-11-01' },
  { id: 'l4', role: 'lead', roleSince: '2020-03-01', interests: [{ skill: 'c', strength: 0.6 }], completed: ['sweet'] },
  { id: 'l5', role: 'lead', roleSince: '2018-05-05', interests: [{ skill: 'a', strength: 0.6 }], completed: ['uphill'] },
];
audit('team', { ...base, learners: team });
audit('team-pretty', { ...base, learners: team });
audit('coverage-gaps', {
  organization: { ...taxOrg, priorities: [...taxOrg.priorities, { skill: 'statistics', weight: 0.4, need: 'improve', rationale: 'Data.' }, { skill: 'negotiation', weight: 0.7, need: 'leadership', rationale: 'Deals.' }], roles: [...taxOrg.roles, { id: 'sales', title: 'Sales', skills: [{ skill: 'negotiation', level: 3 }] }] },
  taxonomy: { skills: [...taxonomy.skills, { id: 'negotiation', label: 'negotiation' }] },
  catalog: taxCatalog,
  learners: [taxLearner, { id: 's1', role: 'sales', roleSince: '2020-01-01' }],
});
audit('stagnation', { ...base, learners: [{ id: 'old', role: 'dev', roleSince: '2019-01-01' }, { id: 'new', role: 'dev', roleSince: '2025-12-01' }, { id: 'unknown-since', role: 'dev' }] });
audit('empty-team', { ...base, learners: [] });
audit('warnings', { ...base, learners: [{ id: 'w1', role: 'pilot', interests: [{ skill: 'zz', strength: 1 }], hat: true }] });

// ---- validate ---------------------------------------------------------------------------------
validate('combined', { ...base, learner, asOf: AS_OF });
validate('combined-audit', { ...base, learners: team });
validate('taxonomy', taxonomy);
validate('organization', taxOrg);
validate('catalog', taxCatalog);
validate('learner', taxLearner);
validate('warnings', { ...taxBase, catalog: { courses: [{ id: 'x', title: 'X', skills: [{ skill: 'nope', level: 1 }], extra: 1 }] } });
validate('pretty', { ...taxBase });

// ---- invalid (expected output: the CLI's error line) ------------------------------------------
classify('error-level', { ...base, catalog: { courses: [{ id: 'x', title: 'X', skills: [{ skill: 'a', level: 7 }] }] }, learner });
classify('error-missing-learner', { ...base });
audit('error-learners-not-array', { ...base, learners: { id: 'x' } });
validate('error-taxonomy-cycle', { skills: [{ id: 'a', broader: ['b'] }, { id: 'b', broader: ['a'] }] });
validate('error-date', { ...base, learner: { ...learner, roleSince: '2021-02-30' } });

// ---- generated (fixed seeds) ------------------------------------------------------------------
const big = generateWorld(2024, { skills: 60, courses: 150, roles: 8, priorities: 12, mandatory: 4, growth: 4 });
classify('generated-1', { ...big, learner: generateLearner(1, big) });
classify('generated-2-shuffled', shuffled({ ...big, learner: generateLearner(2, big) }, 99));
audit('generated', { ...big, learners: Array.from({ length: 40 }, (_, i) => generateLearner(100 + i, big)) });
validate('generated', { ...big, learners: Array.from({ length: 5 }, (_, i) => generateLearner(200 + i, big)) });

mkdirSync(DIR, { recursive: true });
for (const f of readdirSync(DIR)) if (f.endsWith('.json')) rmSync(DIR + f);
for (const [name, doc] of Object.entries(inputs)) {
  const text = name.includes('generated') ? JSON.stringify(doc) : JSON.stringify(doc, null, 2);
  writeFileSync(`${DIR}${name}.json`, `${text}\n`);
}
console.log(`wrote ${Object.keys(inputs).length} inputs to ${DIR}`);
