// The Open edX plugin (examples/openedx): its files in Node (plain ES modules that webpack reads
// untranspiled, a Tutor plugin that compiles), and its logic in headless Chromium on a fixture of
// the learner dashboard as it is since 2026 (examples/openedx/fixtures/dashboard.js): one query per
// viewed user, cards keyed card-<index> and reused by key after a refetch, sort / filter / paging
// at render time, unenroll and masquerade. LMS endpoints and the mapping file are answered by
// route interception, with state: an unenroll removes the course and the LMS answers the
// remaining ones in another order.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import * as common from '../../web/src/adapters/index.js';
import { createAdapter } from '../../web/src/dom/adapters.js';
import { applyAgenda } from '../../web/src/ui/agenda-store.js';
import { tagKind } from '../../web/src/ui/reasons.js';
import { createEngine } from '../../web/src/node.js';
import { CSP } from '../../scripts/serve.mjs';
import * as O from '../../examples/openedx/src/adapter.js';
import { launch, startServer, watchedPage } from './browser.mjs';
import { AGENDA, ROOT } from './helpers.mjs';

const PLUGIN = path.join(ROOT, 'examples/openedx');
const A = { ...common, ...O, ...O.openedxAdapters({ ...common, createAdapter }) };
const fixture = (name) => JSON.parse(fs.readFileSync(path.join(PLUGIN, 'fixtures', name), 'utf8'));

describe('Open edX plugin files', () => {
  it('src/ is plain JavaScript (no JSX syntax): frontend-build does not transpile it in node_modules', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-openedx-'));
    try {
      for (const f of fs.readdirSync(path.join(PLUGIN, 'src'))) {
        const copy = path.join(dir, `${f}.mjs`);
        fs.copyFileSync(path.join(PLUGIN, 'src', f), copy);
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
    // Defaults that build with no registry: the vendored tarballs, and the runtime config's mapping URL.
    assert.match(text, /\("SWEETSPOT_NPM_PACKAGES", ""\)/);
    assert.match(text, /\("SWEETSPOT_MAPPING_URL", ""\)/);
    assert.match(text, /COPY \.\/sweetspot-vendor /);
    assert.doesNotMatch(text, /sweetspot@0\.1|sweetspot-openedx@0\.1/, 'no unpublished package name as a default');
  });

  it('the Tutor plugin renders the vendored tarballs into the mfe image\'s build context, where its Dockerfile copies them', (t) => {
    // Tutor itself is not installed here: a stand-in for the parts of tutor and tutor-mfe the
    // plugin uses records what it registers. tutor-mfe builds the mfe image in
    // env/plugins/mfe/build/mfe (its IMAGES_BUILD item), so the tarballs must be rendered there.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-tutor-stub-'));
    try {
      fs.copyFileSync(path.join(PLUGIN, 'tutor/sweetspot.py'), path.join(dir, 'sweetspot.py'));
      fs.mkdirSync(path.join(dir, 'sweetspot-vendor'));
      const script = [
        'import importlib.util, json, os, sys, types',
        'class Filter:',
        '    def __init__(self): self.items = []',
        '    def add_item(self, item): self.items.append(item)',
        '    def add_items(self, items): self.items.extend(items)',
        '    def add(self, *args, **kwargs): return lambda f: f',
        'class Filters:',
        '    def __getattr__(self, name): f = Filter(); setattr(self, name, f); return f',
        'tutor = types.ModuleType("tutor"); env = types.ModuleType("tutor.env"); hooks = types.ModuleType("tutor.hooks")',
        'env.BIN_FILE_EXTENSIONS = [".png"]; hooks.Filters = Filters(); tutor.env = env; tutor.hooks = hooks',
        'mfe = types.ModuleType("tutormfe"); mfe_hooks = types.ModuleType("tutormfe.hooks"); mfe_hooks.PLUGIN_SLOTS = Filter(); mfe.hooks = mfe_hooks',
        'sys.modules.update({"tutor": tutor, "tutor.env": env, "tutor.hooks": hooks, "tutormfe": mfe, "tutormfe.hooks": mfe_hooks})',
        'spec = importlib.util.spec_from_file_location("sweetspot", os.path.join(sys.argv[1], "sweetspot.py"))',
        'spec.loader.exec_module(importlib.util.module_from_spec(spec))',
        'print(json.dumps({"targets": hooks.Filters.ENV_TEMPLATE_TARGETS.items, "roots": hooks.Filters.ENV_TEMPLATE_ROOTS.items,',
        '  "bin": env.BIN_FILE_EXTENSIONS, "patches": dict(hooks.Filters.ENV_PATCHES.items)}))',
      ].join('\n');
      const py = spawnSync('python3', ['-c', script, dir], { encoding: 'utf8' });
      if (py.error) return t.skip('python3 is not installed');
      assert.equal(py.status, 0, py.stderr);
      const out = JSON.parse(py.stdout);
      assert.deepEqual(out.targets, [['sweetspot-vendor', 'plugins/mfe/build/mfe']]);
      assert.deepEqual(out.roots, [dir]);
      assert.ok(out.bin.includes('.tgz'), 'the tarballs are copied, not rendered');
      assert.match(out.patches['mfe-dockerfile-post-npm-install-learner-dashboard'], /COPY \.\/sweetspot-vendor /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every plugin-framework Insert in the README and the Tutor plugin is valid (id, type, priority, RenderWidget)', () => {
    const texts = ['README.md', 'tutor/sweetspot.py'].map((f) => fs.readFileSync(path.join(PLUGIN, f), 'utf8'));
    const widgets = texts.flatMap((t) => [...t.matchAll(/widget:\s*\{([^}]*)\}/g)].map((m) => m[1]));
    assert.ok(widgets.length >= 4, `found ${widgets.length} widgets`);
    for (const w of widgets) {
      for (const key of ['id', 'type', 'priority', 'RenderWidget']) assert.match(w, new RegExp(`\\b${key}:`), `${key} missing in {${w}}`);
    }
    // configureSweetspot in the Tutor patch falls back to the runtime config when the URL is empty.
    const index = fs.readFileSync(path.join(PLUGIN, 'src/index.jsx'), 'utf8');
    assert.match(index, /settings\.mappingUrl \|\| config\.SWEETSPOT_MAPPING_URL/);
  });

  it('scripts/package-openedx.mjs packs the Tutor plugin with both tarballs', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-tutor-'));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/package-openedx.mjs'), '--out', out], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(fs.readdirSync(path.join(out, 'sweetspot-vendor')).sort(), ['sweetspot-0.1.0.tgz', 'sweetspot-openedx-0.1.0.tgz']);
      assert.ok(fs.existsSync(path.join(out, 'sweetspot.py')));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('Open edX learner dashboard (fixture)', () => {
  let browser;
  let server;
  let origin;
  const mapping = A.parseMapping(fixture('mapping.json'));
  const expected = {}; // user -> {noAgenda, agenda}: catalog id -> kind

  async function kindsFor(username, init, account, engine) {
    const built = A.catalogFromLearnerHome(init, mapping);
    const learner = A.openedxLearner({ username, account, roleField: mapping.roleField, organization: mapping.organization, init, runs: built.runs });
    engine.load({ taxonomy: mapping.taxonomy, organization: mapping.organization, catalog: built.catalog });
    const kinds = (l) => Object.fromEntries([...engine.classify(l)].map((r) => [r.course, tagKind(r)]));
    return { noAgenda: kinds(learner), agenda: kinds(applyAgenda(learner, AGENDA)) };
  }

  before(async () => {
    [browser, server] = await Promise.all([launch(), startServer({ '/openedx/': 'examples/openedx', '/fixtures/openedx/': 'examples/openedx/fixtures' })]);
    origin = server.url;
    const engine = await createEngine();
    expected.maya = await kindsFor('maya', fixture('learner_home_init.json'), fixture('account.json'), engine);
    const maya = fixture('learner_home_init.json');
    maya.courses = maya.courses.filter((c) => c.courseRun.courseId !== 'course-v1:Northwind+PY201+2026_T1');
    expected.mayaAfterUnenroll = await kindsFor('maya', maya, fixture('account.json'), engine);
    expected.lee = await kindsFor('lee', fixture('learner_home_init.lee.json'), fixture('account.lee.json'), engine);
    engine.dispose();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // The LMS: maya's enrollments (an unenroll removes one, and the next answer lists the rest in
  // reverse order, as an LMS ordering by last activity may), lee's for staff masquerade (?user=lee).
  // Options: accountStatus (the accounts API fails), extra (more courses in maya's answer).
  async function open({ accountStatus = 200, extra = [], width = 1280, mappingStatus = 200 } = {}) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const w = await watchedPage(context);
    const api = [];
    const json = (body) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    let maya = fixture('learner_home_init.json');
    maya.courses = [...extra, ...maya.courses];
    await w.page.route(`${origin}learner-dashboard/`, (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP },
      body: fs.readFileSync(path.join(PLUGIN, 'fixtures/dashboard.html'), 'utf8'),
    }));
    await w.page.route(`${origin}change_enrollment`, (route) => {
      const body = route.request().postData() ?? '';
      const run = /name="course_id"\r\n\r\n([^\r]+)/.exec(body)?.[1];
      api.push(`POST /change_enrollment ${run}`);
      maya = { ...maya, courses: maya.courses.filter((c) => c.courseRun.courseId !== run).reverse() };
      return route.fulfill({ status: 200, body: '' });
    });
    await w.page.route(`${origin}api/**`, (route) => {
      const url = new URL(route.request().url());
      api.push(url.pathname + url.search);
      if (url.pathname === '/api/learner_home/init') {
        const user = url.searchParams.get('user');
        if (!user) return route.fulfill(json(maya));
        if (user === 'lee') return route.fulfill(json(fixture('learner_home_init.lee.json')));
        return route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"no such user"}' });
      }
      if (url.pathname === '/api/user/v1/accounts/maya') {
        return accountStatus === 200 ? route.fulfill(json(fixture('account.json'))) : route.fulfill({ status: accountStatus, body: '' });
      }
      if (url.pathname === '/api/user/v1/accounts/lee') return route.fulfill(json(fixture('account.lee.json')));
      return route.fulfill({ status: 404, body: '' });
    });
    await w.page.route(`${origin}static/sweetspot/openedx-mapping.json`, (route) => (mappingStatus === 200
      ? route.fulfill(json(fixture('mapping.json'))) : route.fulfill({ status: mappingStatus, body: '' })));
    await w.page.goto(`${origin}learner-dashboard/`);
    return { ...w, context, api };
  }

  // Every card shown, its own course (data-course-run, set by the dashboard from the data it
  // rendered) and the tag in its slot.
  const cards = (page) => page.$$eval('.course-card', (list) => list.map((c) => {
    const t = c.querySelectorAll('[data-sweetspot="tag"]');
    return {
      card: c.id, run: c.dataset.courseRun, tags: t.length, course: t[0]?.dataset.sweetspotCourse ?? null,
      kind: t[0]?.dataset.sweetspotKind ?? null, inSlot: !!t[0]?.closest('.sweetspot-course-tag'),
    };
  }));
  const settled = (page, count) => page.waitForFunction((n) => {
    const list = [...document.querySelectorAll('.course-card')];
    return list.length === n && list.every((c) => c.querySelectorAll('[data-sweetspot="tag"]').length === 1);
  }, count, { timeout: 15000 });

  /** How many cards carry the tag of their own course, with the kind the learner's data gives. */
  function ownTags(rows, kinds) {
    const own = rows.filter((r) => r.tags === 1 && r.inSlot && r.course === A.openedxCatalogId(r.run, mapping) && r.kind === kinds[r.course]);
    return { own: own.length, of: rows.length, wrong: rows.filter((r) => !own.includes(r)) };
  }

  it('first load: every card carries its own course\'s tag; one init request for the page', async () => {
    const { page, log, api, context } = await open();
    await settled(page, 3);
    const rows = await cards(page);
    assert.deepEqual(ownTags(rows, expected.maya.noAgenda), { own: 3, of: 3, wrong: [] });
    assert.deepEqual(api.filter((p) => p.startsWith('/api/learner_home/init')), ['/api/learner_home/init'],
      'the plugin reads the dashboard\'s own answer instead of fetching it again');
    assert.equal(log.requests.filter((r) => r.url.endsWith('.wasm')).length, 1);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(await page.cspViolations(), []);
    await context.close();
  });

  it('in the card\'s action row (flex, nowrap) the tag stays within its card on a phone, and its popover\'s text wraps', async () => {
    const { page, context } = await open({ width: 390 });
    await settled(page, 3);
    const outside = await page.$$eval('.course-card', (list) => list.flatMap((card) => {
      const box = card.getBoundingClientRect();
      return [...card.querySelectorAll('.ss-tag__badge, .ss-tag__why')].map((el) => el.getBoundingClientRect())
        .filter((r) => r.left < box.left - 0.5 || r.right > box.right + 0.5).map((r) => `${card.id}: ${Math.round(r.left)}..${Math.round(r.right)}`);
    }));
    assert.deepEqual(outside, [], 'every badge and Why? button lies within its card');
    for (const why of await page.$$('.course-card .ss-tag__why')) {
      await why.click();
      const pop = await page.waitForSelector('.ss-pop:popover-open');
      const fit = await pop.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, whiteSpace: getComputedStyle(el).whiteSpace }));
      assert.ok(fit.scroll <= fit.client, `the popover's text fits its width (${JSON.stringify(fit)})`);
      await page.keyboard.press('Escape');
    }
    await context.close();
  });

  it('after an unenroll (refetch, courses re-indexed and reordered) every card keeps its own course\'s tag', async () => {
    const { page, api, context } = await open();
    await settled(page, 3);
    // "Python for Data Analysis" is card-1, on the first page; unenroll from it.
    await page.locator('.course-card', { hasText: 'Python for Data Analysis' }).getByRole('button', { name: 'Unenroll' }).click();
    await page.waitForFunction(() => ![...document.querySelectorAll('.course-card')].some((c) => c.dataset.courseRun.includes('PY201')));
    await settled(page, 3);
    let rows = await cards(page);
    assert.deepEqual(ownTags(rows, expected.mayaAfterUnenroll.noAgenda), { own: 3, of: 3, wrong: [] });
    await page.click('#next');
    await settled(page, 1);
    rows = await cards(page);
    assert.deepEqual(ownTags(rows, expected.mayaAfterUnenroll.noAgenda), { own: 1, of: 1, wrong: [] });
    assert.ok(api.includes('POST /change_enrollment course-v1:Northwind+PY201+2026_T1'));
    assert.equal(api.filter((p) => p.startsWith('/api/learner_home/init')).length, 2, 'the page load and the dashboard\'s refetch');
    await context.close();
  });

  it('sorting, filtering and paging never move a tag to another course', async () => {
    const { page, context } = await open();
    await settled(page, 3);
    const seen = [];
    for (const step of [
      () => page.selectOption('#sort', 'title'), () => page.click('#next'), () => page.click('#prev'),
      () => page.selectOption('#sort', 'enrolled'), () => page.check('#filter-not-started'), () => page.uncheck('#filter-not-started'),
    ]) {
      await step();
      const n = await page.locator('.course-card').count();
      await settled(page, n);
      const rows = await cards(page);
      seen.push(ownTags(rows, expected.maya.noAgenda));
    }
    assert.deepEqual(seen.map((s) => s.wrong), seen.map(() => []));
    assert.ok(seen.reduce((n, s) => n + s.of, 0) >= 12);
    await context.close();
  });

  it('under staff masquerade (?user=lee) the cards carry lee\'s tags; the mandatory course is never Gift or Waste for want of data', async () => {
    const { page, api, context } = await open();
    await settled(page, 3);
    await page.fill('#masquerade input[name="user"]', 'lee');
    await page.click('#masquerade button[type="submit"]');
    await page.waitForFunction(() => [...document.querySelectorAll('.course-card')].some((c) => c.dataset.courseRun.includes('ORI')));
    await settled(page, 3);
    const rows = await cards(page);
    assert.deepEqual(ownTags(rows, expected.lee.noAgenda), { own: 3, of: 3, wrong: [] });
    const mandatory = rows.find((r) => r.run === 'course-v1:Northwind+ORI+2026');
    assert.ok(!['gift', 'waste'].includes(mandatory.kind), `mandatory course shows ${mandatory.kind}`);
    assert.ok(api.includes('/api/learner_home/init?user=lee'));
    assert.ok(api.includes('/api/user/v1/accounts/lee'), 'the role is the masqueraded learner\'s');
    await context.close();
  });

  it('unknown is no tag, with a reason: a course outside the mapping, and every course while the role cannot be read', async () => {
    const unmapped = structuredClone(fixture('learner_home_init.json').courses[2]);
    unmapped.course.courseName = 'Knitting for Analysts';
    unmapped.courseRun.courseId = 'course-v1:Northwind+KNT100+2026';
    let { page, context } = await open({ extra: [unmapped] });
    await page.waitForFunction(() => document.querySelectorAll('.course-card [data-sweetspot="tag"]').length === 2);
    const slots = (p) => p.$$eval('.course-card', (list) => list.map((c) => ({
      run: c.dataset.courseRun, tagged: !!c.querySelector('[data-sweetspot="tag"]'), reason: c.querySelector('.sweetspot-course-tag').dataset.sweetspotReason ?? null,
    })));
    await page.waitForFunction(() => document.querySelector('.course-card .sweetspot-course-tag[data-sweetspot-reason]'));
    assert.deepEqual((await slots(page))[0], { run: 'course-v1:Northwind+KNT100+2026', tagged: false, reason: 'not-in-catalog' });
    assert.ok((await slots(page)).slice(1).every((r) => r.tagged && r.reason === null));
    await context.close();

    ({ page, context } = await open({ accountStatus: 500 }));
    await page.waitForFunction(() => [...document.querySelectorAll('.course-card .sweetspot-course-tag')].every((s) => s.dataset.sweetspotReason === 'role-unknown'));
    assert.equal(await page.locator('[data-sweetspot="tag"]').count(), 0, 'no Gift or Waste (nor anything else) without the role');
    await page.click('#next');
    await page.waitForFunction(() => document.querySelector('.course-card[data-course-run*="ORI"] .sweetspot-course-tag')?.dataset.sweetspotReason === 'role-unknown');
    assert.equal(await page.locator('[data-sweetspot="tag"]').count(), 0, 'the mandatory course included');
    await context.close();

    // The mapping file cannot be read (a 404): every card says so, none is tagged.
    ({ page, context } = await open({ mappingStatus: 404 }));
    await page.waitForFunction(() => {
      const list = [...document.querySelectorAll('.course-card .sweetspot-course-tag')];
      return list.length === 3 && list.every((s) => s.dataset.sweetspotReason === 'unavailable');
    });
    assert.equal(await page.locator('[data-sweetspot="tag"]').count(), 0);
    await context.close();
  });

  it('the sidebar\'s interests panel has a heading and re-tags the cards; the agenda stays in the browser', async () => {
    const { page, log, context } = await open();
    await settled(page, 3);
    assert.equal(await page.getByRole('heading', { name: 'Your interests' }).count(), 1);
    const input = page.getByRole('combobox', { name: 'Add a skill' });
    await input.focus();
    await page.keyboard.type('python');
    const listId = await input.getAttribute('aria-controls');
    await page.locator(`#${listId} [role="option"][data-skill="esco-python"]`).click();
    await page.waitForFunction(() => document.querySelector('.course-card[data-course-run*="PY201"] [data-sweetspot="tag"]')?.dataset.sweetspotKind === 'sweet_spot');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sweetspot:agenda:openedx-user-maya')));
    assert.deepEqual(stored.interests, [{ skill: 'esco-python', strength: 0.7 }]);
    assert.ok(!log.requests.some((r) => /esco-python/.test(r.url + r.postData)));
    await context.close();
  });
});
