// The Moodle plugin's mapping of site rows onto the audit's learner documents
// (classes/local/audit_learners.php), run by php-cli without a Moodle: roles by id or title,
// role-since dates, teams, completions mapped to the catalog ids the JavaScript side uses (unknown
// courses skipped and counted), shared interests only for learners who opted in, hostile strings
// kept as text; and the check of what a learner shares.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import * as A from '../../examples/moodle/adapter.js';
import { fold } from '../../web/src/adapters/common.js';
import { courseRows, fixture, runAuditLearners } from './helpers.mjs';

const review = fixture('moodle/review-courses.json');
const rows = fixture('moodle/audit-rows.json');
const learnersCall = (extra = {}) => ({
  op: 'learners', organization: review.organization, courses: courseRows(review), idscheme: 'id',
  users: rows.users, completions: rows.completions, preferences: rows.preferences, ...extra,
});

describe('audit_learners (php-cli, no Moodle)', () => {
  let byId;
  let counts;
  before(async () => {
    const [result] = await runAuditLearners([learnersCall()]);
    byId = Object.fromEntries(result.learners.map((l) => [l.id, l]));
    counts = result.counts;
    assert.deepEqual(result.learners.map((l) => l.id), rows.users.map((u) => `moodle-user-${u.id}`), 'every user, in order');
  });

  it('maps a learner who shares their agenda: role by title, roleSince, completions, interests', () => {
    assert.deepEqual(byId['moodle-user-7'], {
      id: 'moodle-user-7',
      name: 'Ana Müller',
      team: 'Data & Analytics',
      role: 'data-analyst',
      roleSince: '2023-01-01',
      completed: ['moodle-42', 'moodle-43'],
      // Duplicate skills are dropped (the engine refuses them); aspirations name agenda roles only.
      interests: [{ skill: 'esco-python', strength: 0.9 }, { skill: 'esco-photography', strength: 0.8 }],
      aspirations: ['data-scientist'],
    });
  });

  it('keeps hostile strings as text, trimmed but never escaped or stripped', () => {
    const ben = byId['moodle-user-8'];
    assert.equal(ben.name, 'Ben <script>window.__pwned=1</script>');
    assert.equal(ben.team, 'Platform <img src=x onerror="window.__pwned=2">');
    assert.equal(ben.role, 'data-scientist');
    assert.equal(ben.roleSince, '2020-02-29');
    assert.deepEqual(ben.completed, ['moodle-50'], 'a completion listed twice counts once');
    assert.deepEqual([ben.interests, ben.aspirations], [[], []], 'shared, but an empty agenda');
    assert.equal(byId['moodle-user-11'].team, '=HYPERLINK("http://evil.example")');
  });

  it('leaves out what is not there: no role, no team, no date, no name', () => {
    assert.deepEqual(byId['moodle-user-9'], { id: 'moodle-user-9', completed: [] });
    assert.deepEqual(byId['moodle-user-10'], { id: 'moodle-user-10', name: 'Cleo', team: 'Data & Analytics', completed: [] },
      'a role naming no agenda role gives none; a shared agenda without the opt-in is not read');
    assert.equal(byId['moodle-user-11'].role, 'data-scientist', 'case, spaces and underscores ignored');
    assert.equal(byId['moodle-user-11'].roleSince, undefined, '2023-02-30 is no date');
    assert.equal(byId['moodle-user-12'].role, 'data-analyst');
  });

  it('includes interests only when the learner opted in, with a valid agenda', () => {
    const shared = Object.values(byId).filter((l) => 'interests' in l).map((l) => l.id);
    assert.deepEqual(shared, ['moodle-user-7', 'moodle-user-8']);
    assert.equal(byId['moodle-user-12'].interests, undefined, 'preference "0": not shared');
    assert.equal(byId['moodle-user-13'].interests, undefined, 'a broken stored copy is ignored');
  });

  it('counts', () => {
    assert.deepEqual(counts, {
      learners: 7, withoutrole: 2, unknownrole: 1, shared: 2, completions: 5,
      // 9999 (deleted) and 1 (the site course) are not courses of the site's catalog.
      skippedcompletions: 2,
    });
  });

  it('names courses exactly as the JavaScript adapter does, under both id schemes', async () => {
    const everything = review.courses.map((c) => ({ userid: 1, course: c.id }));
    const dup = { ...courseRows(review), 51: 'HR-DPE', 52: '  ' };
    const [byNumber, byIdnumber] = await runAuditLearners([
      learnersCall({ users: [{ id: 1 }], completions: everything, preferences: [] }),
      learnersCall({ users: [{ id: 1 }], completions: [...everything, { userid: 1, course: 51 }, { userid: 1, course: 52 }], preferences: [], idscheme: 'idnumber', courses: dup }),
    ]);
    const js = (scheme, courses) => [...A.catalogFromMoodle(courses, { idScheme: scheme, includeUnmapped: true }).idMap.values()].sort();
    assert.deepEqual(byNumber.learners[0].completed, js('id', review.courses));
    const extra = [...review.courses, { id: 51, idnumber: 'HR-DPE', fullname: 'Copy' }, { id: 52, idnumber: '  ', fullname: 'Blank' }];
    assert.deepEqual(byIdnumber.learners[0].completed, js('idnumber', extra));
    assert.ok(byIdnumber.learners[0].completed.includes('moodle-51'), 'a second course with the same ID number falls back to its id');
  });

  it('folds role names as the JavaScript adapter does (ASCII; accents need intl, which Moodle has)', async () => {
    const texts = ['Data Analyst', '  data_ANALYST ', 'Data - Analyst', 'x\u00a0y'];
    const folded = await runAuditLearners(texts.map((text) => ({ op: 'fold', text })));
    assert.deepEqual(folded, texts.map((t) => fold(t)));
  });
});

describe('what a learner shares (audit_learners::encode_shared_agenda)', () => {
  const encode = (agenda) => ({ op: 'encode', agenda: typeof agenda === 'string' ? agenda : JSON.stringify(agenda) });

  it('stores a compact copy; refuses what the agenda store would not hold; respects the preference size', async () => {
    const long = { interests: Array.from({ length: 60 }, (_, i) => ({ skill: `esco-some-rather-long-skill-id-${i}`, strength: 0.5 })), aspirations: [] };
    const results = await runAuditLearners([
      encode({ interests: [{ skill: 'esco-python', strength: 0.7 }, { skill: 'esco-sql', strength: 0 }], aspirations: ['data-scientist'] }),
      encode(''),
      encode({ interests: [{ skill: 'esco-python', strength: 1.5 }], aspirations: [] }),
      encode({ interests: [{ skill: 'a', strength: 0.5 }, { skill: 'a', strength: 0.6 }], aspirations: [] }),
      encode({ interests: [], aspirations: 'data-scientist' }),
      encode('[1, 2]'),
      encode('{"interests": [{"skill": "<b>x</b>", "strength": 0.123456}]}'),
      encode(long),
    ]);
    const value = '{"interests":[["esco-python",0.7],["esco-sql",0.0]],"aspirations":["data-scientist"]}';
    assert.deepEqual(results[0], { value, error: null, length: value.length, interests: 2, aspirations: 1 });
    assert.equal(results[1].value, '{"interests":[],"aspirations":[]}');
    assert.deepEqual(results.slice(2, 6).map((r) => [r.value, r.error]), Array(4).fill([null, 'invalid']));
    assert.equal(results[6].value, '{"interests":[["<b>x</b>",0.1235]],"aspirations":[]}', 'text kept; strengths to 4 decimals');
    assert.equal(results[7].error, 'toolong');
    assert.ok(results[7].length > 1333);
  });
});
