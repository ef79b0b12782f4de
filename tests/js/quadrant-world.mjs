// The hand-made quadrant world: one course per quadrant, a mandatory one, a mastered one, a
// completed one, one on the borderline and one the learner's role needs, with the learner that puts
// each where SPEC says. The quadrant tests use it as is; the golden corpus (make-inputs.mjs) adds a
// second role and its course to it. Functions, so no caller can change another's copy.

export function quadrantOrganization() {
  return {
    roles: [{ id: 'dev', title: 'Developer', skills: [{ skill: 'h', level: 3 }] }],
    priorities: [
      { skill: 'b', weight: 0.9, need: 'improve', rationale: 'B wins deals.' },
      { skill: 'c', weight: 0.8, need: 'future', rationale: 'C is the future.' },
    ],
    mandatory: ['m-course'],
    policy: { gifts: { allowed: true, note: 'Take it on a Friday.' } },
  };
}

export function quadrantCatalog() {
  return {
    courses: [
      { id: 'gift', title: 'Gift', skills: [{ skill: 'a', level: 3 }] },
      { id: 'uphill', title: 'Uphill', skills: [{ skill: 'b', level: 3 }] },
      { id: 'sweet', title: 'Sweet', skills: [{ skill: 'c', level: 3 }] },
      { id: 'waste', title: 'Waste', skills: [{ skill: 'd', level: 3 }] },
      { id: 'm-course', title: 'Compliance', skills: [{ skill: 'e', level: 1 }] },
      { id: 'mastered', title: 'Mastered', skills: [{ skill: 'f', level: 2 }] },
      { id: 'done', title: 'Done', skills: [{ skill: 'a', level: 2 }] },
      { id: 'edge', title: 'Edge', skills: [{ skill: 'g', level: 2 }] },
      { id: 'role', title: 'Role', skills: [{ skill: 'h', level: 4 }] },
    ],
  };
}

export function quadrantLearner(id = 'l') {
  return {
    id,
    role: 'dev',
    interests: [
      { skill: 'a', strength: 0.9 },
      { skill: 'c', strength: 0.8 },
      { skill: 'g', strength: 0.27 },
      { skill: 'f', strength: 0.9 },
    ],
    proficiency: [{ skill: 'f', level: 3 }, { skill: 'h', level: 1 }],
    completed: ['done'],
  };
}
