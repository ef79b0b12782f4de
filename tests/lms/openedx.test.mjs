// The Open edX plugin (examples/openedx): its files in Node (plain ES modules that webpack reads
// untranspiled, a Tutor plugin that compiles), and its logic in headless Chromium on a fixture of
// the learner dashboard: cards keyed card-<index> of /api/learner_home/init, the course_card_action
// slot element marked by session.mount as the React component does, the interests panel in the
// sidebar. LMS endpoints and the mapping file are answered by route interception.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import * as A from '../../web/src/adapters/index.js';
import { applyAgenda } from '../../web/src/ui/agenda-store.js';
import { tagKind } from '../../web/src/ui/reasons.js';
import { createEngine } from '../../web/src/node.js';
import { CSP } from '../../scripts/serve.mjs';
import { launch, readFixture, startServer, watchedPage } from './browser.mjs';
import { AGENDA, ROOT } from './helpers.mjs';

const PLUGIN = path.join(ROOT, 'examples/openedx');

describe('Open edX plugin files', () => {
  it('src/ is plain JavaScript (no JSX syntax): frontend-build does not transpile it in node_modules', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-openedx-'));
    try {
      for (const f of ['src/index.jsx', 'src/session.js']) {
        const copy = path.join(dir, `${path.basename(f)}.mjs`);
        fs.copyFileSync(path.join(PLUGIN, f), copy);
        const r = spawnSync(process.execPath, ['--check', copy], { encoding: 'utf8' });
        assert.equal(r.status, 0, `${f}: ${r.stderr}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(PLUGIN, 'package.json'), 'utf8'));
    assert.equal(pkg.exports['.'], './src/index.jsx');
    assert.ok(pkg.peerDependencies.sweetspot && pkg.peerDependencies.react);
    const index = fs.readFileSync(path.join(PLUGIN, 'src/index.jsx'), 'utf8');
    for (const spec of ['sweetspot', 'sweetspot/ui', 'sweetspot/adapters']) assert.match(index, new RegExp(`from '${spec}'`));
    // Every subpath the plugin imports is exported by the sweetspot package.
    const web = JSON.parse(fs.readFileSync(path.join(ROOT, 'web/package.json'), 'utf8'));
    for (const sub of ['.', './ui', './adapters']) assert.ok(web.exports[sub], `web/package.json exports ${sub}`);
  });

  it('the Tutor plugin compiles and wires both slots of the learner dashboard', (t) => {
    const py = spawnSync('python3', ['-c', `import ast,sys; ast.parse(open(sys.argv[1]).read())`, path.join(PLUGIN, 'tutor/sweetspot.py')], { encoding: 'utf8' });
    if (py.error) return t.skip('python3 is not installed');
    assert.equal(py.status, 0, py.stderr);
    const text = fs.readFileSync(path.join(PLUGIN, 'tutor/sweetspot.py'), 'utf8');
    assert.match(text, /"org\.openedx\.frontend\.learner_dashboard\.course_card_action\.v1"/);
    assert.match(text, /"org\.openedx\.frontend\.learner_dashboard\.widget_sidebar\.v1"/);
    assert.match(text, /"mfe-dockerfile-post-npm-install-learner-dashboard"/);
    assert.match(text, /"mfe-env-config-runtime-definitions-learner-dashboard"/);
  });
});

describe('Open edX learner dashboard (fixture)', () => {
  let browser;
  let server;
  let origin;
  let expected;

  before(async () => {
    [browser, server] = await Promise.all([launch(), startServer({ '/openedx/': 'examples/openedx' })]);
    origin = server.url;
    const mapping = A.parseMapping(readFixture('openedx/mapping.json'));
    const init = readFixture('openedx/learner_home_init.json');
    const built = A.catalogFromLearnerHome(init, mapping);
    const learner = A.openedxLearner({ username: 'maya', account: readFixture('openedx/account.json'), roleField: mapping.roleField, organization: mapping.organization, init, runs: built.runs });
    const engine = await createEngine();
    engine.load({ taxonomy: mapping.taxonomy, organization: mapping.organization, catalog: built.catalog });
    const kinds = (l) => Object.fromEntries([...engine.classify(l)].map((r) => [r.course, tagKind(r)]));
    expected = { noAgenda: kinds(learner), agenda: kinds(applyAgenda(learner, AGENDA)) };
    engine.dispose();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await watchedPage(context);
    const api = [];
    const json = (body) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    await w.page.route(`${origin}learner-dashboard/`, (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP },
      body: fs.readFileSync(path.join(ROOT, 'tests/lms/fixtures/openedx/dashboard.html'), 'utf8'),
    }));
    await w.page.route(`${origin}api/**`, (route) => {
      const p = new URL(route.request().url()).pathname;
      api.push(p);
      if (p === '/api/learner_home/init') return route.fulfill(json(readFixture('openedx/learner_home_init.json')));
      if (p === '/api/user/v1/accounts/maya') return route.fulfill(json(readFixture('openedx/account.json')));
      return route.fulfill({ status: 404, body: '' });
    });
    await w.page.route(`${origin}static/sweetspot/openedx-mapping.json`, (route) => route.fulfill(json(readFixture('openedx/mapping.json'))));
    await w.page.goto(`${origin}learner-dashboard/`);
    return { ...w, context, api };
  }

  const settled = (page) => page.waitForFunction(() => {
    const slots = [...document.querySelectorAll('.sweetspot-course-tag')];
    return slots.length === 5 && slots.every((s) => (s.hasAttribute('data-sweetspot-slot') ? s.querySelectorAll('[data-sweetspot="tag"]').length === 1 : true))
      && slots.filter((s) => s.hasAttribute('data-sweetspot-slot')).length === 5;
  }, null, { timeout: 15000 });

  const tags = (page) => page.$$eval('.course-card', (cards) => cards.map((c) => {
    const t = c.querySelector('[data-sweetspot="tag"]');
    return { card: c.id, course: t?.dataset.sweetspotCourse, kind: t?.dataset.sweetspotKind, inSlot: !!t?.closest('.sweetspot-course-tag') };
  }));

  it('tags every course card through its cardId, and again after the list is re-sorted', async () => {
    const { page, log, api, context } = await open();
    await settled(page);
    let rows = await tags(page);
    assert.deepEqual(rows.map((r) => [r.card, r.course]), [
      ['card-2', 'openedx-Northwind+CLD100'], ['card-0', 'openedx-Northwind+DPE101'], ['card-4', 'openedx-Northwind+ORI'],
      ['card-1', 'py201'], ['card-3', 'openedx-Northwind+SQL400'],
    ]);
    assert.ok(rows.every((r) => r.inSlot));
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.course, r.kind])), expected.noAgenda);
    assert.deepEqual(api.sort(), ['/api/learner_home/init', '/api/learner_home/init', '/api/user/v1/accounts/maya'],
      'init twice (the dashboard and the plugin), the account once for the role');

    await page.click('#sort');
    await page.waitForFunction(() => document.documentElement.dataset.renders === '2');
    await settled(page);
    rows = await tags(page);
    assert.deepEqual(rows.map((r) => r.card), ['card-0', 'card-1', 'card-2', 'card-3', 'card-4']);
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.course, r.kind])), expected.noAgenda);
    assert.equal(await page.locator('[data-sweetspot="tag"]').count(), 5, 'no tag left behind by the old cards');
    assert.equal(log.requests.filter((r) => r.url.endsWith('.wasm')).length, 1);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(await page.cspViolations(), []);
    await context.close();
  });

  it('the sidebar\'s interests panel re-tags the cards; the agenda stays in the browser', async () => {
    const { page, log, context } = await open();
    await settled(page);
    const input = page.getByRole('combobox', { name: 'Add a skill' });
    await input.focus();
    await page.keyboard.type('python');
    const listId = await input.getAttribute('aria-controls');
    await page.locator(`#${listId} [role="option"][data-skill="esco-python"]`).click();
    await page.waitForFunction(() => document.querySelector('[data-sweetspot-slot="py201"] [data-sweetspot="tag"]')?.dataset.sweetspotKind === 'sweet_spot');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sweetspot:agenda:openedx-user-maya')));
    assert.deepEqual(stored.interests, [{ skill: 'esco-python', strength: 0.7 }]);
    assert.ok(!log.requests.some((r) => /esco-python/.test(r.url + r.postData)));
    await context.close();
  });
});
