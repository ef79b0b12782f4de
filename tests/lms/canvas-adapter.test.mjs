// The Canvas adapter (examples/canvas/adapter.js) in Node: REST payloads shaped like Canvas's
// (/api/v1/dashboard/dashboard_cards, /api/v1/courses) and the admin's mapping file onto a catalog
// and learner that the engine loads without warnings.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import * as common from '../../web/src/adapters/index.js';
import { createAdapter } from '../../web/src/dom/adapters.js';
import { applyAgenda } from '../../web/src/ui/agenda-store.js';
import { tagKind } from '../../web/src/ui/reasons.js';
import { createEngine } from '../../web/src/node.js';
import * as C from '../../examples/canvas/adapter.js';
import { AGENDA, AS_OF, ROOT } from './helpers.mjs';

const A = { ...common, ...C, ...C.canvasAdapters({ ...common, createAdapter }) };
const fixture = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/canvas/fixtures', name), 'utf8'));

describe('Canvas adapter', () => {
  let engine;
  before(async () => { engine = await createEngine(); });
  const kinds = (c) => Object.fromEntries([...c].map((r) => [r.course, tagKind(r)]));

  it('dashboard cards + mapping file -> catalog and learner', () => {
    const mapping = A.parseMapping(fixture('mapping.json'));
    assert.deepEqual(mapping.problems, []);
    const courses = A.canvasCourses(fixture('dashboard_cards.json'));
    const c = A.catalogFromCanvas(courses, mapping);
    assert.deepEqual(c.catalog.courses.map((x) => x.id), ['dpe101', 'canvas-102', 'canvas-103', 'canvas-104', 'coc-2026']);
    assert.deepEqual(c.unmapped, ['105', '106']);
    assert.deepEqual(c.skipped, ['canvas-105']);
    assert.equal(c.catalog.courses[0].title, 'Data Privacy Essentials', 'the course name, not the user\'s nickname');
    const learner = A.canvasLearner({ userId: '7', roleData: fixture('custom_data_role.json'), organization: mapping.organization });
    assert.deepEqual(learner, { id: 'canvas-user-7', role: 'data-analyst' });
    assert.deepEqual(engine.load({ taxonomy: mapping.taxonomy, organization: mapping.organization, catalog: c.catalog }).warnings, []);
    assert.deepEqual(kinds(engine.classify(applyAgenda(learner, AGENDA), { asOf: AS_OF })), {
      'canvas-102': 'sweet_spot', 'canvas-103': 'uphill', 'canvas-104': 'gift', 'coc-2026': 'uphill', dpe101: 'uphill',
    });
  });

  it('reads Canvas course ids from links and payloads', () => {
    assert.equal(A.canvasCourseIdFromHref('/courses/42'), '42');
    assert.equal(A.canvasCourseIdFromHref('https://canvas.example.org/courses/42/modules?x=1'), '42');
    assert.equal(A.canvasCourseIdFromHref('/courses/1~42#top'), '1~42');
    assert.equal(A.canvasCourseIdFromHref('/courses/'), null);
    assert.equal(A.canvasCourseIdFromHref('/courses/42abc'), null);
    const fromApi = A.canvasCourses(fixture('courses.json'));
    const fromCards = A.canvasCourses(fixture('dashboard_cards.json'));
    assert.deepEqual(fromApi.map((c) => c.id), fromCards.map((c) => c.id));
    assert.equal(fromApi[0].name, 'Data Privacy Essentials', 'original_name over the nickname');
    assert.equal(fromApi[2].summary, 'Cloud computing for everyone.');
    assert.deepEqual(A.canvasCourses([{ assetString: 'course_7' }, { href: '/courses/8' }, {}]).map((c) => c.id), ['7', '8']);
    assert.equal(A.nextLink('<https://x/api/v1/courses?page=1>; rel="current",<https://x/api/v1/courses?page=2>; rel="next"'), 'https://x/api/v1/courses?page=2');
    assert.equal(A.nextLink(null), null);
  });

  it('makes no network request of its own (the theme script fetches; the adapter only maps)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/canvas/adapter.js'), 'utf8');
    assert.ok(!/\bfetch\b|XMLHttpRequest|WebSocket|sendBeacon|import\(|^import /m.test(text));
  });
});
