// The Canvas theme script (examples/canvas/sweetspot-canvas.js) in headless Chromium, on fixtures
// that reproduce the Canvas dashboard's card markup (DashboardCard.tsx: no data-course-id, the id
// is in a.ic-DashboardCard__link) and re-render it as React does: the classic card dashboard, and
// the widget dashboard whose "Courses" tab renders the same cards, unmounted on every tab switch.
// Canvas's REST API, the custom data store and the admin's mapping file are answered by route
// interception on 127.0.0.1, with payloads shaped like Canvas's (examples/canvas/fixtures/).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import fs from 'node:fs';
import path from 'node:path';

import * as common from '../../web/src/adapters/index.js';
import { createAdapter } from '../../web/src/dom/adapters.js';
import { applyAgenda } from '../../web/src/ui/agenda-store.js';
import { tagKind } from '../../web/src/ui/reasons.js';
import { createEngine } from '../../web/src/node.js';
import { CSP } from '../../scripts/serve.mjs';
import * as C from '../../examples/canvas/adapter.js';
import { launch, startServer, watchedPage } from './browser.mjs';
import { AGENDA, ROOT } from './helpers.mjs';

const A = { ...common, ...C, ...C.canvasAdapters({ ...common, createAdapter }) };
const fixtureText = (name) => fs.readFileSync(path.join(ROOT, 'examples/canvas/fixtures', name), 'utf8');
const readFixture = (name) => JSON.parse(fixtureText(name));
const mappingDoc = readFixture('mapping.json');
const cards = readFixture('dashboard_cards.json');
const apiCourses = readFixture('courses.json');
const KEY = 'sweetspot:agenda:canvas-user-7';

// Opens the interests panel, adds "photography" by typing, and waits for course canvas-104
// (a photography course) to re-tag as a Gift.
async function addPhotographyInterest(page) {
    await page.locator('[data-sweetspot-panel] summary').click();
    const input = page.getByRole('combobox', { name: 'Add a skill' });
    await input.focus();
    await page.keyboard.type('photograph');
    const listId = await input.getAttribute('aria-controls');
    await page.locator(`#${listId} [role="option"][data-skill="esco-photography"]`).click();
    await page.waitForFunction(() => document.querySelector('[data-sweetspot-course="canvas-104"]')?.dataset.sweetspotKind === 'gift');
}

let browser;
let server;
let origin;
let expected;

before(async () => {
  [browser, server] = await Promise.all([launch(), startServer({ '/canvas/': 'examples/canvas', '/fixtures/canvas/': 'examples/canvas/fixtures' })]);
  origin = server.url;
  const engine = await createEngine();
  const mapping = A.parseMapping(mappingDoc);
  const built = A.catalogFromCanvas(A.canvasCourses(cards), mapping);
  engine.load({ taxonomy: mapping.taxonomy, organization: mapping.organization, catalog: built.catalog });
  const learner = A.canvasLearner({ userId: '7', roleData: { data: 'data-analyst' }, organization: mapping.organization });
  const kinds = (l) => Object.fromEntries([...engine.classify(l)].map((r) => [r.course, tagKind(r)]));
  expected = { noAgenda: kinds(learner), agenda: kinds(applyAgenda(learner, AGENDA)) };
  engine.dispose();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the dashboard at `path` with Canvas's endpoints routed. Options: config (theme config
 * overrides), agenda (stored in this browser first), prefix (Canvas's "while(1);" on JSON).
 */
async function openDashboard({ path: at = 'dashboard', page: html = 'dashboard.html', config, agenda, prefix = true, role = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const w = await watchedPage(context);
  const page = w.page;
  const api = [];
  const canvasJSON = (body, headers = {}) => ({
    status: 200, contentType: 'application/json; charset=utf-8', headers, body: (prefix ? 'while(1);' : '') + JSON.stringify(body),
  });
  await page.route((url) => url.origin === new URL(origin).origin && ['/', '/dashboard', '/courses/101'].includes(url.pathname), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body: fixtureText(html) }));
  await page.route(`${origin}api/v1/**`, (route) => {
    const url = new URL(route.request().url());
    // The fixture's own "Canvas" code asks with Accept: application/json+canvas-string-ids; only
    // the theme script's requests (Accept: application/json) are recorded.
    if (route.request().headers().accept === 'application/json') {
      api.push({ method: route.request().method(), path: url.pathname + url.search });
    }
    if (url.pathname === '/api/v1/dashboard/dashboard_cards') return route.fulfill(canvasJSON(cards));
    if (url.pathname === '/api/v1/users/self/custom_data/role') {
      if (!role || url.searchParams.get('ns') !== 'org.example.sweetspot') return route.fulfill({ status: 404, contentType: 'application/json', body: '{"message":"no data for scope"}' });
      return route.fulfill(canvasJSON(readFixture('custom_data_role.json')));
    }
    if (url.pathname === '/api/v1/courses') {
      const pageNo = Number(url.searchParams.get('page') ?? 1);
      const slice = apiCourses.slice((pageNo - 1) * 3, pageNo * 3);
      const next = pageNo < 2 ? `<${origin}api/v1/courses?page=${pageNo + 1}&per_page=3>; rel="next",` : '';
      return route.fulfill(canvasJSON(slice, { Link: `${next}<${origin}api/v1/courses?page=1&per_page=3>; rel="first"` }));
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.route(`${origin}canvas-data/canvas-mapping.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(mappingDoc) }));
  await page.addInitScript(([cfg, key, stored]) => {
    if (cfg) sessionStorage.setItem('fixture-canvas-config', JSON.stringify(cfg));
    if (stored) localStorage.setItem(key, JSON.stringify({ schema: 'sweetspot-agenda/1', learner: 'canvas-user-7', ...stored }));
  }, [config ?? null, KEY, agenda ?? null]);
  await page.goto(`${origin}${at}`);
  return { ...w, context, api };
}

async function settled(page) {
  await page.waitForFunction(() => {
    const cs = [...document.querySelectorAll('.ic-DashboardCard')];
    return cs.length > 0 && cs.every((c) => c.getAttribute('aria-label') === 'Orientation Week'
      ? c.querySelectorAll('[data-sweetspot="tag"]').length === 0
      : c.querySelectorAll('[data-sweetspot="tag"]').length === 1);
  }, null, { timeout: 15000 });
}

const tags = (page) => page.$$eval('.ic-DashboardCard', (cs) => cs.map((c) => {
  const t = c.querySelector('[data-sweetspot="tag"]');
  return {
    href: c.querySelector('a.ic-DashboardCard__link').getAttribute('href'),
    course: t?.dataset.sweetspotCourse,
    kind: t?.dataset.sweetspotKind,
    inLink: !!t?.closest('a'),
    count: c.querySelectorAll('[data-sweetspot="tag"]').length,
  };
}));
const kindsOf = (rows) => Object.fromEntries(rows.filter((r) => r.course).map((r) => [r.course, r.kind]));

describe('Canvas theme script', () => {
  it('tags every mapped dashboard card from the REST course list and the mapping file', async () => {
    const { page, log, api, context } = await openDashboard();
    await settled(page);
    const rows = await tags(page);
    assert.equal(rows.length, 6);
    assert.deepEqual(kindsOf(rows), expected.noAgenda);
    assert.deepEqual(rows.map((r) => r.course), ['dpe101', 'canvas-102', 'canvas-103', 'canvas-104', undefined, 'coc-2026']);
    assert.ok(rows.every((r) => !r.inLink && r.count <= 1));
    assert.equal(kindsOf(rows)['coc-2026'], 'org_needed', 'mandatory, named by the mapping\'s own id');
    // Only GETs to Canvas; the session does the authentication.
    assert.deepEqual(api.map((a) => `${a.method} ${a.path}`), ['GET /api/v1/dashboard/dashboard_cards', 'GET /api/v1/users/self/custom_data/role?ns=org.example.sweetspot']);
    const wasm = log.requests.filter((r) => r.url.endsWith('.wasm')).map((r) => new URL(r.url).pathname);
    assert.deepEqual(wasm, ['/web/dist/sweetspot-core.wasm']);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(await page.cspViolations(), []);
    await context.close();
  });

  it('keeps the tags right when Canvas re-renders, reorders or hides the cards', async () => {
    const { page, context } = await openDashboard();
    await settled(page);
    await page.evaluate(() => window.fixtureCanvas.reorder());
    await settled(page);
    assert.deepEqual((await tags(page)).map((r) => r.course), ['coc-2026', undefined, 'canvas-104', 'canvas-103', 'canvas-102', 'dpe101']);
    await page.evaluate(() => window.fixtureCanvas.nickname('101', 'My privacy course'));
    await settled(page);
    await page.click('#view-list');
    await page.waitForFunction(() => !document.querySelector('.ic-DashboardCard'));
    assert.equal(await page.locator('[data-sweetspot="tag"]').count(), 0);
    await page.click('#view-card');
    await settled(page);
    assert.deepEqual(kindsOf(await tags(page)), expected.noAgenda);
    await context.close();
  });

  it('the interests panel re-tags live and keeps the agenda in this browser only', async () => {
    const { page, log, api, context } = await openDashboard();
    await settled(page);
    await addPhotographyInterest(page);
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
    assert.deepEqual(stored.interests, [{ skill: 'esco-photography', strength: 0.7 }]);
    assert.ok(api.every((a) => a.method === 'GET'));
    assert.ok(!log.requests.some((r) => /photography/.test(r.url + r.postData)));
    await context.close();
  });

  it('a stored agenda gives quadrants; /api/v1/courses with Link pagination works as the source', async () => {
    const { page, api, context } = await openDashboard({ agenda: AGENDA, config: { source: 'courses' }, prefix: false });
    await settled(page);
    assert.deepEqual(kindsOf(await tags(page)), expected.agenda);
    assert.deepEqual(api.filter((a) => a.path.startsWith('/api/v1/courses')).map((a) => a.path),
      ['/api/v1/courses?enrollment_state=active&per_page=100&include[]=public_description', '/api/v1/courses?page=2&per_page=3']);
    await context.close();
  });

  it('does nothing off the dashboard, and without a role store it still tags', async () => {
    const off = await openDashboard({ path: 'courses/101' });
    // The theme script decides when it runs (a deferred script, before the cards are rendered).
    await off.page.waitForSelector('.ic-DashboardCard');
    assert.ok(!off.log.requests.some((r) => r.url.includes('/web/src/')), 'no module loaded');
    assert.deepEqual(off.api, []);
    await off.context.close();

    const { page, context } = await openDashboard({ path: '', role: false });
    await settled(page);
    const rows = await tags(page);
    // Without a role, only priorities and mandatory courses make the organization's side.
    assert.equal(kindsOf(rows)['canvas-102'], 'optional');
    assert.equal(kindsOf(rows)['canvas-103'], 'org_needed');
    await context.close();
  });
});

describe('Canvas widget dashboard (ui/features/widget_dashboard)', () => {
  const panels = (page) => page.locator('[data-sweetspot-panel]').count();

  it('tags the cards of the Courses tab when the learner opens it, and again after every switch', async () => {
    const { page, log, api, context } = await openDashboard({ path: '', page: 'widget-dashboard.html' });
    // The Dashboard tab comes first: no cards, so nothing is loaded yet.
    await page.waitForSelector('[data-testid="dashboard-tab-content"]');
    assert.deepEqual(api, []);
    for (let round = 0; round < 3; round += 1) {
      await page.click('[data-testid="tab-courses"]');
      await settled(page);
      const rows = await tags(page);
      assert.deepEqual(rows.map((r) => r.course), ['dpe101', 'canvas-102', 'canvas-103', 'canvas-104', undefined, 'coc-2026'], `round ${round}`);
      assert.deepEqual(kindsOf(rows), expected.noAgenda);
      assert.equal(await panels(page), 1, `round ${round}: the interests panel is above the cards again`);
      assert.ok(await page.locator('[data-sweetspot-panel] + div .ic-DashboardCard__box').count() === 1, 'right before the cards');
      await page.click('[data-testid="tab-dashboard"]');
      await page.waitForFunction(() => !document.querySelector('.ic-DashboardCard'));
      assert.equal(await page.locator('[data-sweetspot="tag"]').count(), 0);
    }
    assert.deepEqual(api.map((a) => `${a.method} ${a.path}`), ['GET /api/v1/dashboard/dashboard_cards', 'GET /api/v1/users/self/custom_data/role?ns=org.example.sweetspot'],
      'the theme script loads once, whatever the switches');
    assert.equal(log.requests.filter((r) => r.url.endsWith('.wasm')).length, 1);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  it('the interests panel still re-tags after a tab switch', async () => {
    const { page, context } = await openDashboard({ path: '', page: 'widget-dashboard.html' });
    await page.click('[data-testid="tab-courses"]');
    await settled(page);
    await page.click('[data-testid="tab-dashboard"]');
    await page.click('[data-testid="tab-courses"]');
    await settled(page);
    await addPhotographyInterest(page);
    await context.close();
  });
});
