// The Open edX adapter (examples/openedx/src/adapter.js) and how the plugin finds the dashboard's
// current answer (learner-home.js), in Node: learner_home/init payloads (fixtures shaped like
// edx-platform's LearnerDashboardSerializer) onto a catalog and learner the engine loads without
// warnings; the slot attributes of a card always name the course of that card in the answer it was
// rendered from; the answer on screen is picked from query-cache entries as the dashboard picks it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import * as common from '../../web/src/adapters/index.js';
import { createAdapter } from '../../web/src/dom/adapters.js';
import { applyAgenda } from '../../web/src/ui/agenda-store.js';
import { tagKind } from '../../web/src/ui/reasons.js';
import { createEngine } from '../../web/src/node.js';
import * as O from '../../examples/openedx/src/adapter.js';
import { LEARNER_HOME_QUERY, learnerHomeOf, slotAttributes } from '../../examples/openedx/src/learner-home.js';
import { AGENDA, AS_OF, ROOT } from './helpers.mjs';

const A = { ...common, ...O, ...O.openedxAdapters({ ...common, createAdapter }) };
const fixture = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/openedx/fixtures', name), 'utf8'));

describe('Open edX adapter', () => {
  let engine;
  before(async () => { engine = await createEngine(); });
  const kinds = (c) => Object.fromEntries([...c].map((r) => [r.course, tagKind(r)]));

  it('learner_home/init + mapping -> catalog keyed by course run, and the learner', () => {
    const mapping = A.parseMapping(fixture('mapping.json'));
    assert.deepEqual(mapping.problems, []);
    const init = fixture('learner_home_init.json');
    const c = A.catalogFromLearnerHome(init, mapping);
    assert.deepEqual([...c.runs], [
      ['course-v1:Northwind+DPE101+2026', 'openedx-Northwind+DPE101'], ['course-v1:Northwind+PY201+2026_T1', 'py201'],
      ['course-v1:Northwind+CLD100+2026', 'openedx-Northwind+CLD100'], ['course-v1:Northwind+SQL400+2025', 'openedx-Northwind+SQL400'],
      ['course-v1:Northwind+ORI+2026', 'openedx-Northwind+ORI'],
    ]);
    assert.deepEqual(c.unmapped, ['course-v1:Northwind+ORI+2026']);
    assert.deepEqual(c.skipped, [], 'ORI is mandatory, so it stays');
    const learner = A.openedxLearner({ username: 'maya', account: fixture('account.json'), roleField: mapping.roleField, organization: mapping.organization, init, runs: c.runs });
    assert.deepEqual(learner, { id: 'openedx-user-maya', role: 'data-analyst', completed: ['openedx-Northwind+SQL400'] });
    assert.deepEqual(engine.load({ taxonomy: mapping.taxonomy, organization: mapping.organization, catalog: c.catalog }).warnings, []);
    const k = kinds(engine.classify(applyAgenda(learner, AGENDA), { asOf: AS_OF }));
    assert.equal(k.py201, 'sweet_spot');
    assert.equal(k['openedx-Northwind+ORI'], 'uphill');
  });

  it('parses course keys; catalog ids do not depend on the run', () => {
    assert.deepEqual(A.parseCourseKey('course-v1:Org+DPE101+2026'), { org: 'Org', number: 'DPE101', run: '2026', courseKey: 'Org+DPE101' });
    assert.deepEqual(A.parseCourseKey('Org+DPE101'), { org: 'Org', number: 'DPE101', courseKey: 'Org+DPE101' });
    assert.deepEqual(A.parseCourseKey('Org/DPE101/2014_T1'), { org: 'Org', number: 'DPE101', run: '2014_T1', courseKey: 'Org+DPE101' });
    assert.equal(A.parseCourseKey('nonsense'), null);
    assert.equal(A.openedxCatalogId('course-v1:Org+X+1'), 'openedx-Org+X');
    assert.equal(A.openedxCatalogId('course-v1:Org+X+2'), 'openedx-Org+X');
  });
});

describe('a card\'s course, from the answer it was rendered from', () => {
  const init = fixture('learner_home_init.json');

  it('slotAttributes: card-<i> is courses[i] of that answer, and says whose answer it is', () => {
    assert.deepEqual(slotAttributes(init, 'card-1'), { 'data-sweetspot-run': 'course-v1:Northwind+PY201+2026_T1', 'data-sweetspot-for': '' });
    assert.deepEqual(slotAttributes(init, 'card-1', 'lee'), { 'data-sweetspot-run': 'course-v1:Northwind+PY201+2026_T1', 'data-sweetspot-for': 'lee' });
    // After an unenroll the dashboard re-indexes: card-1 is now another course, and so is its slot.
    const after = { ...init, courses: init.courses.filter((c) => !c.courseRun.courseId.includes('PY201')).reverse() };
    assert.equal(slotAttributes(after, 'card-1')['data-sweetspot-run'], 'course-v1:Northwind+SQL400+2025');
    for (const missing of [slotAttributes(after, 'card-4'), slotAttributes(null, 'card-0'), slotAttributes(init, 'card-x')]) {
      assert.equal(missing['data-sweetspot-run'], '', 'no course: no run key, so no tag');
    }
  });

  // Entries shaped as @tanstack/query-core's Query: queryKey, queryHash, state, getObserversCount().
  const query = (user, state, observers) => ({
    queryKey: [...LEARNER_HOME_QUERY, user], queryHash: JSON.stringify([...LEARNER_HOME_QUERY, user ?? null]),
    state: { status: 'success', fetchStatus: 'idle', dataUpdatedAt: 0, errorUpdatedAt: 0, ...state },
    getObserversCount: () => observers,
  });
  const other = { queryKey: ['learner-dashboard', 'unenrollFromCourse'], queryHash: 'x', state: { data: { courses: [] } }, getObserversCount: () => 3 };

  it('learnerHomeOf: the observed answer; on a masquerade, the masqueraded learner\'s', () => {
    const own = query(undefined, { data: init, dataUpdatedAt: 100 }, 7);
    assert.deepEqual(learnerHomeOf([other, own]), { init, user: '', token: '["learner-dashboard","initialize",null]|100' });
    const lee = fixture('learner_home_init.lee.json');
    const masq = query('lee', { data: lee, dataUpdatedAt: 200 }, 3);
    own.getObserversCount = () => 0;
    assert.equal(learnerHomeOf([own, masq]).init, lee);
    assert.equal(learnerHomeOf([own, masq]).user, 'lee');
    // A refetch changes the token, so the components re-render.
    const refetched = query(undefined, { data: { ...init }, dataUpdatedAt: 300 }, 7);
    assert.notEqual(learnerHomeOf([refetched]).token, learnerHomeOf([query(undefined, { data: init, dataUpdatedAt: 100 }, 7)]).token);
  });

  it('learnerHomeOf: a failed masquerade shows the user\'s own answer; nothing while pending', () => {
    const own = query(undefined, { data: init, dataUpdatedAt: 100 }, 0);
    const failed = query('nobody', { status: 'error', errorUpdatedAt: 200 }, 5);
    assert.deepEqual(learnerHomeOf([own, failed]).init, init);
    assert.equal(learnerHomeOf([own, failed]).user, '');
    const pending = query('lee', { status: 'pending', fetchStatus: 'fetching' }, 5);
    assert.equal(learnerHomeOf([own, pending]).init, null);
    assert.equal(learnerHomeOf([own, pending]).user, 'lee');
    assert.deepEqual(learnerHomeOf([]), { init: null, user: '', token: '' });
  });
});
