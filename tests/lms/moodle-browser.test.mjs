// The Moodle plugin in headless Chromium, on fixture pages that reproduce Moodle 4.5: My courses
// with block_myoverview's exact markup (re-rendered on every filter, sort, page and view change),
// the default Dashboard (no cards), the learner's interests page, the admin's agenda and skill
// suggestion pages. The plugin is the packaged one (npm run package:moodle), served under
// /local/sweetspot/ by the project's strict-CSP server; lib/ajax/service.php and pluginfile.php are
// answered by route interception with payloads shaped like Moodle's.
//
// Not covered, because Moodle cannot be installed on this machine: the PHP running inside Moodle
// (hook registration, external functions, the custom field handler). tests/lms/php-lint.test.mjs
// and moodle-plugin.test.mjs check that code statically.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';

import * as A from '../../examples/moodle/adapter.js';
import { parseOrganization } from '../../web/src/adapters/common.js';
import { applyAgenda } from '../../web/src/ui/agenda-store.js';
import { tagKind } from '../../web/src/ui/reasons.js';
import { createEngine } from '../../web/src/node.js';
import { createEngine as createLearnerEngine } from '../../web/src/learner-node.js';
import { fixtureTaxonomyUrl, launch, readFixture, routeMoodle, stagedMoodlePlugin, startServer, watchedPage } from './browser.mjs';
import { AGENDA } from './helpers.mjs';

const taxonomy = readFixture('taxonomy.json');
const courses = readFixture('moodle/timeline-courses.json');
const AGENDA_KEY = 'sweetspot:agenda:moodle-user-7';

let browser;
let server;
let staged;
let origin;
let learnerData;
let review;
let expectedKinds; // {noAgenda: {id: kind}, agenda: {id: kind}} from the engine in Node
let suggestionsSupported = false;

before(async () => {
  staged = stagedMoodlePlugin();
  [browser, server] = await Promise.all([launch(), startServer({ '/local/sweetspot/': staged.stageDir })]);
  origin = server.url;
  learnerData = readFixture('moodle/learner-data.json');
  learnerData.taxonomyurl = fixtureTaxonomyUrl(origin);
  learnerData.settings.interestsurl = `${origin}fixtures/moodle/interests.html`;
  review = readFixture('moodle/review-courses.json');
  review.taxonomyurl = learnerData.taxonomyurl;

  // What the tags must say: the same adapters and engine, in Node.
  const engine = await createEngine();
  const m = A.fromLearnerData(learnerData, { taxonomy });
  engine.load({ taxonomy, organization: m.organization, catalog: m.catalog });
  const kinds = (learner) => Object.fromEntries([...engine.classify(learner)].map((r) => [r.course, tagKind(r)]));
  expectedKinds = { noAgenda: kinds(m.learner), agenda: kinds(applyAgenda(m.learner, AGENDA)) };
  try {
    engine.suggestSkills({ courses: [{ id: 'x', title: 'Python' }] });
    suggestionsSupported = true;
  } catch {
    suggestionsSupported = false;
  }
  engine.dispose();
});
after(async () => {
  await browser?.close();
  await server?.close();
  staged?.cleanup();
});

async function openPage(path, { agenda, setup } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const w = await watchedPage(context);
  const log = await routeMoodle(w.page, origin, { learnerData, review, courses, taxonomy });
  if (agenda) {
    await w.page.addInitScript(([key, value]) => localStorage.setItem(key, value), [AGENDA_KEY, JSON.stringify({ schema: 'sweetspot-agenda/1', learner: 'moodle-user-7', ...agenda })]);
  }
  await setup?.(w.page);
  await w.page.goto(`${origin}fixtures/moodle/${path}`);
  return { ...w, context, calls: log };
}

/** Waits until every visible course card of a known course carries exactly one tag. */
async function settled(page) {
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('[data-region="course-content"][data-course-id]')].filter((c) => c.offsetParent !== null);
    if (!cards.length) return false;
    return cards.every((c) => c.dataset.courseId === '47' || c.querySelectorAll('[data-sweetspot="tag"]').length === 1);
  }, null, { timeout: 15000 });
}

/** {catalog id: kind} of the tags on visible cards, and facts about where each tag sits. */
function visibleTags(page) {
  return page.$$eval('[data-region="course-content"][data-course-id]', (cards) => cards.filter((c) => c.offsetParent !== null).map((c) => {
    const tags = [...c.querySelectorAll('[data-sweetspot="tag"]')];
    return {
      moodleId: c.dataset.courseId,
      display: c.closest('[data-region="courses-view"]')?.dataset.display,
      tags: tags.length,
      course: tags[0]?.dataset.sweetspotCourse,
      kind: tags[0]?.dataset.sweetspotKind,
      inLink: tags.some((t) => !!t.closest('a')),
      inCardBody: tags.some((t) => !!t.closest('.course-info-container')),
    };
  }));
}

const kindsOf = (rows) => Object.fromEntries(rows.filter((r) => r.course).map((r) => [r.course, r.kind]));
const only = (kinds, ids) => Object.fromEntries(ids.map((id) => [id, kinds[id]]));

describe('My courses (block_myoverview)', () => {
  it('tags every card of a mapped course, from the plugin folder, under a strict CSP; "Why?" and the invitation', async () => {
    const { page, log, calls, context } = await openPage('my-courses.html');
    await settled(page);
    const rows = await visibleTags(page);
    assert.equal(rows.length, 9);
    assert.deepEqual(kindsOf(rows), only(expectedKinds.noAgenda, Object.keys(kindsOf(rows))));
    assert.equal(Object.keys(kindsOf(rows)).length, 8, 'every course but the unmapped Tai Chi');
    assert.deepEqual(rows.find((r) => r.moodleId === '47'), { moodleId: '47', display: 'card', tags: 0, course: undefined, kind: undefined, inLink: false, inCardBody: false });
    assert.ok(rows.filter((r) => r.tags).every((r) => r.inCardBody && !r.inLink), 'in the card body, never inside a link');
    // Other elements carrying data-course-id (favourite star, menu items) get nothing.
    assert.equal(await page.locator('[data-region="favourite-icon"] [data-sweetspot], .dropdown-item [data-sweetspot]').count(), 0);
    // Without an agenda, the organization side and an invitation.
    assert.equal(rows.find((r) => r.course === 'moodle-48').kind, 'org_needed');

    const wasm = log.requests.filter((r) => r.url.endsWith('.wasm')).map((r) => new URL(r.url).pathname);
    assert.deepEqual(wasm, ['/local/sweetspot/engine/dist/sweetspot-core.wasm']);
    assert.deepEqual([...new Set(calls.map((c) => c.methodname))].sort(),
      ['core_course_get_enrolled_courses_by_timeline_classification', 'local_sweetspot_get_learner_data']);
    assert.ok(log.requests.every((r) => r.url.startsWith(origin)), 'no request leaves the site');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(await page.cspViolations(), []);

    // "Why?" explains a Moodle card; a learner without interests is sent to the interests page.
    const tag = page.locator('[data-region="course-content"][data-course-id="44"] [data-sweetspot="tag"]');
    await tag.locator('.ss-tag__why').click();
    const dialog = tag.locator('[role="dialog"]');
    await dialog.waitFor({ state: 'visible' });
    assert.match(await dialog.innerText(), /We move to the cloud in 2027\./);
    const invite = dialog.getByRole('button', { name: /interest/i });
    await Promise.all([page.waitForURL(/\/fixtures\/moodle\/interests\.html$/), invite.click()]);
    await context.close();
  });

  it('shows those who map skills a quiet "No skills mapped yet" on a card without skills; learners see nothing there', async () => {
    const learner = await openPage('my-courses.html');
    await settled(learner.page);
    assert.equal(await learner.page.locator('.local-sweetspot-noskills').count(), 0);
    await learner.context.close();

    learnerData.canmanage = true;
    try {
      const { page, log, context } = await openPage('my-courses.html');
      await settled(page);
      await page.waitForSelector('.local-sweetspot-noskills');
      const notes = await page.$$eval('.local-sweetspot-noskills', (ns) => ns.map((n) => [n.closest('[data-course-id]').dataset.courseId, n.textContent, new URL(n.href).pathname]));
      assert.deepEqual(notes, [['47', 'No skills mapped yet', '/local/sweetspot/review.php']]);
      // block_myoverview re-renders the cards: the note comes back, once.
      const renders = Number(await page.evaluate(() => document.documentElement.dataset.myoverviewRenders));
      await page.click('[data-display-option="display"][data-value="list"]');
      await page.waitForFunction((n) => Number(document.documentElement.dataset.myoverviewRenders) > n, renders);
      await settled(page);
      await page.waitForSelector('.local-sweetspot-noskills');
      assert.equal(await page.locator('[data-course-id="47"] .local-sweetspot-noskills').count(), 1);
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    } finally {
      learnerData.canmanage = false;
    }
  });

  it('re-tags the cards after every grouping, sort, view and page change', async () => {
    const { page, log, context } = await openPage('my-courses.html');
    await settled(page);
    const renders = async () => Number(await page.evaluate(() => document.documentElement.dataset.myoverviewRenders));
    const act = async (selector) => {
      const before = await renders();
      await page.click(selector);
      await page.waitForFunction((n) => Number(document.documentElement.dataset.myoverviewRenders) > n, before);
      await settled(page);
      return visibleTags(page);
    };

    let rows = await act('[data-filter="grouping"][data-value="past"]');
    assert.deepEqual(rows.map((r) => [r.moodleId, r.kind]), [['49', expectedKinds.noAgenda['moodle-49']]]);

    rows = await act('[data-filter="grouping"][data-value="future"]');
    assert.deepEqual(rows.map((r) => r.course), ['moodle-50']);

    rows = await act('[data-filter="grouping"][data-value="inprogress"]');
    assert.equal(rows.length, 7);

    rows = await act('[data-filter="sort"][data-value="ul.timeaccess desc"]');
    assert.deepEqual(rows.map((r) => r.moodleId), ['42', '43', '44', '45', '46', '47', '48']);

    for (const display of ['list', 'summary', 'card']) {
      rows = await act(`[data-display-option="display"][data-value="${display}"]`);
      assert.equal(rows.length, 7);
      assert.ok(rows.every((r) => r.display === display && (r.moodleId === '47' ? r.tags === 0 : r.tags === 1) && !r.inLink), display);
      assert.deepEqual(kindsOf(rows), only(expectedKinds.noAgenda, Object.keys(kindsOf(rows))));
    }

    // Paging (core/paged_content keeps earlier pages, hidden): 12 per page by default; make it 3.
    await page.evaluate(() => { window.fixtureMyOverview.state.perPage = 3; });
    rows = await act('[data-filter="grouping"][data-value="all"]');
    assert.deepEqual(rows.map((r) => r.moodleId), ['42', '43', '44']);
    rows = await act('[data-control="next"]');
    assert.deepEqual(rows.map((r) => r.moodleId), ['45', '46', '47']);
    rows = await act('[data-filter="sort"][data-value="fullname"]');
    assert.deepEqual(rows.map((r) => r.moodleId), ['44', '48', '42'], 'a new sort starts again at page 1');
    rows = await act('[data-control="next"]');
    assert.deepEqual(rows.map((r) => r.moodleId), ['47', '50', '45']);
    rows = await act('[data-control="next"]');
    assert.deepEqual(rows.map((r) => r.moodleId), ['43', '49', '46']);
    // Every card in the DOM, shown or hidden, still has one tag (and only one).
    const counts = await page.$$eval('[data-region="course-content"][data-course-id]', (cs) => cs.map((c) => c.querySelectorAll('[data-sweetspot="tag"]').length));
    assert.equal(counts.length, 9);
    assert.equal(counts.filter((n) => n === 1).length, 8);
    assert.ok(counts.every((n) => n <= 1));
    // The engine and the learner data were fetched once, whatever the re-renders.
    assert.equal(log.requests.filter((r) => r.url.endsWith('.wasm')).length, 1);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('with interests stated in this browser: quadrants, and the interests are never sent', async () => {
    const { page, log, calls, context } = await openPage('my-courses.html', { agenda: AGENDA });
    await settled(page);
    const rows = await visibleTags(page);
    assert.deepEqual(kindsOf(rows), only(expectedKinds.agenda, Object.keys(kindsOf(rows))));
    assert.equal(kindsOf(rows)['moodle-43'], 'sweet_spot');
    assert.equal(kindsOf(rows)['moodle-45'], 'gift');
    assert.equal(kindsOf(rows)['moodle-46'], 'waste');
    // Nothing the page sends carries the agenda.
    const sent = [...calls.map((c) => c.body), ...log.requests.map((r) => `${r.url} ${r.postData}`)].join('\n');
    assert.doesNotMatch(sent, /esco-photography|strength|sweetspot-agenda/);
    await context.close();
  });

  it('a change on the interests page re-tags My courses in another tab', async () => {
    const { page, context } = await openPage('my-courses.html');
    await settled(page);
    assert.equal((kindsOf(await visibleTags(page)))['moodle-43'], 'org_needed');

    const other = await context.newPage();
    await routeMoodle(other, origin, { learnerData, review, courses, taxonomy });
    await other.goto(`${origin}fixtures/moodle/interests.html`);
    const input = other.getByRole('combobox', { name: 'Add a skill' });
    await input.waitFor();
    await input.focus();
    await other.keyboard.type('python 3');
    const listId = await input.getAttribute('aria-controls');
    await other.locator(`#${listId} [role="option"][data-skill="esco-python"]`).click();
    // The matrix on the interests page follows, and so do the tags in the first tab.
    await page.waitForFunction(() => document.querySelector('[data-sweetspot-course="moodle-43"]')?.dataset.sweetspotKind === 'sweet_spot');
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), AGENDA_KEY);
    assert.deepEqual(stored.interests, [{ skill: 'esco-python', strength: 0.7 }]);
    await context.close();
  });
});

describe('Dashboard', () => {
  it('loads nothing while there is no course card; tags cards a block adds later', async () => {
    const { page, log, calls, context } = await openPage('dashboard.html');
    // The module has run (module scripts run before "load") and is waiting for a card.
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    assert.equal(calls.length, 0, 'no web-service call');
    assert.ok(!log.requests.some((r) => r.url.endsWith('.wasm')), 'no engine download');
    // A "Course overview" or "Recently accessed courses" block renders core course cards.
    await page.evaluate(() => {
      const block = document.createElement('section');
      block.className = 'block_recentlyaccessedcourses block card mb-3';
      block.dataset.block = 'recentlyaccessedcourses';
      for (const id of ['42', '45']) {
        const card = document.createElement('div');
        card.className = 'card dashboard-card course-card';
        card.setAttribute('data-region', 'course-content');
        card.setAttribute('data-course-id', id);
        const body = document.createElement('div');
        body.className = 'card-body course-info-container';
        body.textContent = `Course ${id}`;
        card.append(body);
        block.append(card);
      }
      document.getElementById('block-region-content').append(block);
    });
    await settled(page);
    assert.deepEqual(kindsOf(await visibleTags(page)), only(expectedKinds.noAgenda, ['moodle-42', 'moodle-45']));
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
});

describe('Interests page', () => {
  it('offers the taxonomy\'s skills and the agenda\'s roles, keeps the agenda in the browser only', async () => {
    const { page, log, calls, context } = await openPage('interests.html');
    const input = page.getByRole('combobox', { name: 'Add a skill' });
    await input.waitFor();
    await page.locator('sweetspot-matrix svg').first().waitFor();
    await input.focus();
    await page.keyboard.type('photog');
    const listId = await input.getAttribute('aria-controls');
    await page.locator(`#${listId} [role="option"][data-skill="esco-photography"]`).click();
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), AGENDA_KEY);
    assert.deepEqual(stored.interests, [{ skill: 'esco-photography', strength: 0.7 }]);
    // Aspirations come from the agenda's roles.
    assert.ok(await page.getByText('Data Scientist').count() > 0);
    assert.deepEqual([...new Set(calls.map((c) => c.methodname))], ['local_sweetspot_get_learner_data']);
    assert.ok(!calls.some((c) => /photography/.test(c.body)));
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(await page.cspViolations(), []);
    await context.close();
  });
});

describe('Growth agenda page (admin)', () => {
  const open = () => openPage('agenda.html', {
    setup: (page) => page.addInitScript((text) => sessionStorage.setItem('fixture-agenda', text), learnerData.organization),
  });
  const status = (page) => page.locator('[data-region="sweetspot-agenda-status"] [data-valid]');

  it('edits the agenda as a form, validates it with the engine, blocks saving while it is invalid', async () => {
    const { page, log, context } = await open();
    await page.waitForSelector('[data-region="sweetspot-agenda-editor"][data-ready="true"]');
    assert.equal(await status(page).getAttribute('data-valid'), 'true');
    assert.equal(await page.locator('[data-region="sweetspot-role"]').count(), 2);
    assert.equal(await page.locator('[data-region="sweetspot-priority"]').count(), 2);

    const weight = page.locator('[data-region="sweetspot-priority"]').first().getByLabel('Weight (0–1)');
    await weight.fill('1.5');
    assert.equal(await status(page).getAttribute('data-valid'), 'false');
    assert.match(await page.locator('[data-region="sweetspot-agenda-status"]').innerText(), /\/priorities\/0\/weight: expected a number from 0 to 1/);
    await page.click('#id_submitbutton');
    assert.match(page.url(), /agenda\.html$/, 'not submitted');

    await weight.fill('0.9');
    await page.locator('[data-region="sweetspot-priority"]').first().getByLabel('Rationale').fill('Cloud first, from 2027.');
    await page.click('[data-action="add-role"]');
    const role = page.locator('[data-region="sweetspot-role"]').nth(2);
    await role.getByLabel('Role id').fill('cloud-engineer');
    await role.getByLabel('Title').fill('Cloud Engineer');
    await role.getByLabel('Skills the role needs').fill('esco-cloud-technologies:3; esco-python:2');
    // Mandatory courses are picked by name from the site's courses (moodle-48 was already there).
    const list = page.locator('[data-region="sweetspot-mandatory-list"] li');
    assert.deepEqual(await list.locator('span').allInnerTexts(), ['Code of Conduct 2026 (moodle-48)']);
    const picker = page.getByLabel('Add a mandatory course');
    assert.ok((await page.locator('#local-sweetspot-courses option').evaluateAll((os) => os.map((o) => o.value))).includes('Data Privacy Essentials (moodle-42)'));
    await picker.fill('Data Privacy Essentials (moodle-42)');
    await picker.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-region="sweetspot-mandatory-list"] li[data-course]').length === 2);
    assert.equal(await status(page).getAttribute('data-valid'), 'true');
    // The status counts with the right plurals, and nothing else is printed after it (it once said "null").
    assert.equal(await page.locator('[data-region="sweetspot-agenda-status"]').innerText(), 'The agenda is valid: 3 roles, 2 priorities, 2 mandatory courses.');
    const saved = JSON.parse(await page.locator('#id_agenda').inputValue());
    assert.equal(saved.priorities[0].weight, 0.9);
    assert.equal(saved.priorities[0].rationale, 'Cloud first, from 2027.');
    assert.deepEqual(saved.roles[2], { id: 'cloud-engineer', skills: [{ skill: 'esco-cloud-technologies', level: 3 }, { skill: 'esco-python', level: 2 }], title: 'Cloud Engineer' });
    assert.deepEqual(saved.mandatory, ['moodle-48', 'moodle-42']);
    assert.deepEqual(saved.growth, JSON.parse(learnerData.organization).growth, 'growth initiatives kept');

    // An unknown skill is a warning with its path, not an error.
    await role.getByLabel('Skills the role needs').fill('esco-cloud-technologies:3; esco-pottery:2');
    assert.equal(await status(page).getAttribute('data-valid'), 'true');
    assert.match(await page.locator('[data-region="sweetspot-agenda-status"] [data-kind="warning"]').innerText(), /\/organization\/roles\/2\/skills\/1\/skill: unknown skill/);

    await Promise.all([page.waitForURL(/agenda\.html\?/), page.click('#id_submitbutton')]);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(await page.cspViolations(), []);
    await context.close();
  });

  it('a Save while the catalog snapshot is being stored waits for it (leaving the page aborted the upload)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await watchedPage(context);
    let answered = 0;
    await routeMoodle(w.page, origin, {
      learnerData, review: { ...review, snapshot: { source: 'src7', url: '' } }, courses, taxonomy,
      handlers: {
        local_sweetspot_set_snapshot: async () => {
          await new Promise((r) => setTimeout(r, 1500)); // a slow server
          answered = Date.now();
          return { url: `${origin}pluginfile.php/1/local_sweetspot/snapshot/abc/catalog.sscat` };
        },
      },
    });
    await w.page.addInitScript((text) => sessionStorage.setItem('fixture-agenda', text), learnerData.organization);
    const uploading = w.page.waitForRequest((r) => /local_sweetspot_set_snapshot/.test(r.url() + (r.postData() ?? '')));
    await w.page.goto(`${origin}fixtures/moodle/agenda.html`);
    await w.page.waitForSelector('[data-region="sweetspot-agenda-editor"][data-ready="true"]');
    await uploading;
    await Promise.all([w.page.waitForURL(/agenda\.html\?/), w.page.click('#id_submitbutton')]);
    const left = Date.now();
    assert.ok(answered > 0 && answered <= left, 'the page left after the snapshot was stored');
    assert.match(w.page.url(), /submitbutton=/, 'submitted with the button that was pressed');
    assert.deepEqual(w.log.pageErrors, []);
    await context.close();
  });

  it('imports an agenda file into the form; one export, the stored agenda (agenda.php)', async () => {
    const { page, context } = await open();
    await page.waitForSelector('[data-region="sweetspot-agenda-editor"][data-ready="true"]');
    const imported = { roles: [{ id: 'ops', title: 'Operations', skills: [{ skill: 'esco-communication', level: 2 }] }], priorities: [], policy: { gifts: { allowed: false } } };
    await page.setInputFiles('[data-region="sweetspot-agenda-import"]', { name: 'agenda.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ organization: imported })) });
    await page.waitForFunction(() => document.querySelectorAll('[data-region="sweetspot-role"]').length === 1);
    assert.deepEqual(JSON.parse(await page.locator('#id_agenda').inputValue()), imported);
    assert.equal(await page.getByLabel('Courses that only the learner wants may be supported as gifts').isChecked(), false);
    assert.equal(await page.locator('[data-region="sweetspot-agenda-status"]').innerText(), 'The agenda is valid: 1 role, 0 priorities, 0 mandatory courses.');
    assert.equal(await page.getByText('Export JSON').count(), 1, 'one export button');
    assert.equal(await page.locator('[data-action="export"]').count(), 0);

    // A file that is not an agenda is refused with a message; the form keeps its content.
    await page.setInputFiles('[data-region="sweetspot-agenda-import"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2') });
    await page.waitForFunction(() => /bad\.json: /.test(document.querySelector('[data-region="sweetspot-agenda-status"]').textContent));
    assert.deepEqual(JSON.parse(await page.locator('#id_agenda').inputValue()), imported);
    await context.close();
  });
});

describe('Import a skill framework (admin)', () => {
  it('imports the ESCO files in the browser, shows what it got, and stores the taxonomy only when asked', async () => {
    const dir = new URL('../data/esco/', import.meta.url).pathname;
    const names = ['skills_en.csv', 'skillGroups_en.csv', 'broaderRelationsSkillPillar.csv', 'occupations_en.csv', 'occupationSkillRelations.csv'];
    const engine = await createEngine();
    const { readFileSync } = await import('node:fs');
    const want = await engine.importFramework('esco', names.map((name) => ({ name, text: readFileSync(dir + name, 'utf8') })));
    engine.dispose();
    const stored = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await watchedPage(context);
    const calls = await routeMoodle(w.page, origin, {
      learnerData, review, courses, taxonomy,
      handlers: {
        local_sweetspot_set_taxonomy: (args) => {
          stored.push(JSON.parse(args.taxonomy));
          return { skills: stored.at(-1).skills.length, url: `${origin}pluginfile.php/1/local_sweetspot/taxonomy/1790000000/taxonomy.json` };
        },
      },
    });
    const page = w.page;
    await page.goto(`${origin}fixtures/moodle/import.html`);
    await page.waitForSelector('[data-region="sweetspot-import"][data-ready="true"]');
    await page.selectOption('[data-region="sweetspot-import-format"]', 'esco');
    assert.match(await page.locator('[data-region="sweetspot-import-help"]').innerText(), /skills_en\.csv/);
    await page.setInputFiles('[data-region="sweetspot-import-files"]', names.map((n) => dir + n));
    await page.getByRole('button', { name: 'Import' }).click();
    const status = page.locator('[data-region="sweetspot-import-status"]');
    await status.getByText(/^Imported:/).waitFor();
    const skills = want.document.taxonomy.skills.length;
    const roles = want.document.organization.roles.length;
    assert.ok(skills > 5 && roles > 0, `${skills} skills, ${roles} roles`);
    assert.match(await status.innerText(), new RegExp(`Imported: ${skills} skills, ${roles} roles\\.`));
    assert.equal(stored.length, 0, 'nothing is sent before the admin chooses');
    assert.equal(await page.locator('[data-region="sweetspot-import-roles"]').getAttribute('download'), 'esco-roles.json');
    const wasm = w.log.requests.filter((r) => r.url.endsWith('.wasm')).map((r) => new URL(r.url).pathname);
    assert.deepEqual(wasm, ['/local/sweetspot/engine/dist/sweetspot-core.wasm', '/local/sweetspot/engine/dist/sweetspot-import.wasm']);

    await page.getByRole('button', { name: `Use these ${skills} skills as the site's taxonomy` }).click();
    await page.locator('[data-region="sweetspot-import-saved"]').waitFor();
    assert.deepEqual(stored, [want.document.taxonomy]);
    assert.equal(await page.locator('[data-region="sweetspot-import-saved"]').innerText(), `Saved: the site's taxonomy now has ${skills} skills.`);
    assert.ok(calls.some((c) => c.methodname === 'local_sweetspot_get_review_courses'), 'the snapshot is brought up to date');

    // Files that are not the format: a clear message, nothing stored.
    await page.selectOption('[data-region="sweetspot-import-format"]', 'case');
    await page.setInputFiles('[data-region="sweetspot-import-files"]', [dir + 'skills_en.csv']);
    await page.getByRole('button', { name: 'Import' }).click();
    await status.getByText(/^The files could not be imported: /).waitFor();
    assert.equal(stored.length, 1);
    assert.deepEqual(w.log.pageErrors, []);
    await context.close();
  });
});

// The site's catalog snapshot: built in a manager's browser (the suggestions and agenda pages have
// the full module), stored through local_sweetspot_set_snapshot, and loaded by learner pages from a
// revisioned URL with the small learner module.
describe('Catalog snapshot', () => {
  /** The snapshot the plugin would build of the review fixture, compiled here in Node. */
  async function siteSnapshot(courses = review.courses) {
    const engine = await createEngine();
    const { organization } = parseOrganization(review.organization);
    const built = A.catalogFromMoodle(courses, { taxonomy, organization, idScheme: 'id', useTags: true, defaultLevel: 2 });
    const bytes = engine.compileCatalog({ taxonomy, organization, catalog: built.catalog });
    engine.dispose();
    return bytes;
  }

  it('learner pages load it from its revisioned URL with the learner module; a broken one falls back to JSON', async () => {
    const bytes = await siteSnapshot();
    const url = `${origin}pluginfile.php/1/local_sweetspot/snapshot/0123abcd/catalog.sscat`;
    const served = [];
    const withSnapshot = { ...learnerData, snapshoturl: url };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await watchedPage(context);
    await routeMoodle(w.page, origin, { learnerData: withSnapshot, review, courses, taxonomy });
    await w.page.route(`${origin}pluginfile.php/1/local_sweetspot/snapshot/**`, (route) => {
      served.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(bytes) });
    });
    await w.page.goto(`${origin}fixtures/moodle/my-courses.html`);
    await settled(w.page);
    assert.deepEqual(served, [url]);
    const wasm = w.log.requests.filter((r) => r.url.endsWith('.wasm')).map((r) => new URL(r.url).pathname);
    assert.deepEqual(wasm, ['/local/sweetspot/engine/dist/sweetspot-learner.wasm'], 'the learner module, not the full one');
    assert.equal(await w.page.evaluate(() => window.localSweetspot.page.catalogFrom), 'snapshot');
    // The tags are what the same snapshot gives in Node.
    const learnerEngine = await createLearnerEngine();
    learnerEngine.loadSnapshot(bytes);
    const m = A.fromLearnerData(learnerData, { taxonomy });
    const want = Object.fromEntries([...learnerEngine.classify(m.learner)].map((r) => [r.course, tagKind(r)]));
    learnerEngine.dispose();
    const rows = kindsOf(await visibleTags(w.page));
    assert.equal(Object.keys(rows).length, 8);
    assert.deepEqual(rows, only(want, Object.keys(rows)));
    assert.deepEqual(w.log.pageErrors, []);
    assert.deepEqual(w.log.consoleErrors, []);
    await context.close();

    // A snapshot that cannot be read: the page says so in the console and loads the JSON catalog.
    const c2 = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w2 = await watchedPage(c2);
    await routeMoodle(w2.page, origin, { learnerData: withSnapshot, review, courses, taxonomy });
    await w2.page.route(`${origin}pluginfile.php/1/local_sweetspot/snapshot/**`, (route) => route.fulfill({ status: 200, body: Buffer.from('SWSPCAT1 but nothing else') }));
    const warned = [];
    w2.page.on('console', (msg) => { if (msg.type() === 'warning') warned.push(msg.text()); });
    await w2.page.goto(`${origin}fixtures/moodle/my-courses.html`);
    await settled(w2.page);
    assert.equal(await w2.page.evaluate(() => window.localSweetspot.page.catalogFrom), 'json');
    assert.ok(warned.some((t) => /catalog snapshot could not be used/.test(t)), warned.join('\n'));
    assert.deepEqual(kindsOf(await visibleTags(w2.page)), only(expectedKinds.noAgenda, Object.keys(kindsOf(await visibleTags(w2.page)))));
    await c2.close();
  });

  it('the suggestions page builds it when the stored one is out of date: every visible course, hidden ones left out', async (t) => {
    if (!suggestionsSupported) {
      t.skip('this build of sweetspot-core.wasm has no engine.suggestSkills');
      return;
    }
    const hidden = review.courses.find((c) => c.id === 45);
    const site = { ...review, snapshot: { source: 'src42', url: '' }, courses: review.courses.map((c) => (c === hidden ? { ...c, visible: false } : c)) };
    const stored = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await watchedPage(context);
    await routeMoodle(w.page, origin, {
      learnerData, review: site, courses, taxonomy,
      handlers: {
        local_sweetspot_set_snapshot: (args) => {
          stored.push(args);
          return { url: `${origin}pluginfile.php/1/local_sweetspot/snapshot/abc/catalog.sscat` };
        },
      },
    });
    await w.page.goto(`${origin}fixtures/moodle/review.html`);
    await w.page.waitForSelector('[data-region="sweetspot-review"][data-ready="true"]');
    await w.page.waitForFunction(() => true);
    for (let i = 0; i < 50 && !stored.length; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(stored.length, 1);
    assert.equal(stored[0].source, 'src42');
    const bytes = new Uint8Array(Buffer.from(stored[0].snapshot, 'base64'));
    assert.deepEqual(bytes, await siteSnapshot(site.courses.filter((c) => c.visible !== false)), 'the catalog learners would map, compiled');
    const learnerEngine = await createLearnerEngine();
    const loaded = learnerEngine.loadSnapshot(bytes);
    assert.equal(loaded.courses, site.courses.length - 1 - 1, 'every visible course with a skill or mandatory (Tai Chi has neither)');
    assert.ok(![...learnerEngine.classify({ id: 'x' })].some((r) => r.course === 'moodle-45'), 'the hidden course is not in it');
    learnerEngine.dispose();
    assert.deepEqual(w.log.pageErrors, []);
    await context.close();

    // Up to date: nothing is built.
    const c2 = await browser.newContext();
    const w2 = await watchedPage(c2);
    const calls = await routeMoodle(w2.page, origin, { learnerData, review: { ...site, snapshot: { source: 'src42', url: 'http://x/s' } }, courses, taxonomy });
    await w2.page.goto(`${origin}fixtures/moodle/review.html`);
    await w2.page.waitForSelector('[data-region="sweetspot-review"][data-ready="true"]');
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(!calls.some((c) => c.methodname === 'local_sweetspot_set_snapshot'));
    await c2.close();
  });
});

describe('Skill suggestions page (admin)', () => {
  it('lists untagged courses with the engine\'s suggestions; accept writes the field, reject hides', async (t) => {
    if (!suggestionsSupported) {
      t.skip('this build of sweetspot-core.wasm has no engine.suggestSkills yet (being added to the JS API)');
      return;
    }
    const writes = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await watchedPage(context);
    const calls = await routeMoodle(w.page, origin, {
      learnerData, review, courses, taxonomy,
      onSetSkills: (args) => { writes.push(args); return { courseid: args.courseid, skills: args.skills }; },
    });
    await w.page.goto(`${origin}fixtures/moodle/review.html`);
    const page = w.page;
    await page.waitForSelector('[data-region="sweetspot-review"][data-ready="true"]');
    const listed = await page.$$eval('[data-region="sweetspot-review-course"]', (xs) => xs.map((x) => x.dataset.courseId));
    assert.deepEqual(listed, ['47', '48'], 'the courses with no skill from the field or the tags');
    const coc = page.locator('[data-region="sweetspot-review-course"][data-course-id="48"]');
    const suggestion = coc.locator('[data-region="sweetspot-suggestion"][data-skill="esco-code-of-conduct"]');
    await suggestion.waitFor();
    assert.match(await suggestion.innerText(), /code of conduct/);
    const summary = page.locator('[data-region="sweetspot-review-summary"]');
    const waiting = () => page.locator('[data-region="sweetspot-suggestion"]').count();
    const before = await waiting();
    assert.equal(await summary.innerText(), `Courses without skills: 2 of ${review.courses.length}. Suggestions waiting: ${before}.`);
    await suggestion.getByRole('combobox').selectOption('3');
    await suggestion.getByRole('button', { name: /^Accept/ }).click();
    await coc.locator('[data-region="sweetspot-review-result"]').filter({ hasText: 'Saved' }).waitFor();
    assert.deepEqual(writes, [{ courseid: 48, skills: 'esco-code-of-conduct:3' }]);
    assert.equal(await suggestion.count(), 0);
    // The counts follow the accept: the course has skills now, one suggestion fewer waits.
    assert.equal(await summary.innerText(), `Courses without skills: 1 of ${review.courses.length}. Suggestions waiting: ${before - 1}.`);

    // Reject: hidden now, and after a reload.
    const rest = coc.locator('[data-region="sweetspot-suggestion"]');
    const n = await rest.count();
    if (n > 0) {
      const skill = await rest.first().getAttribute('data-skill');
      await rest.first().getByRole('button', { name: /^Reject/ }).click();
      await page.reload();
      await page.waitForSelector('[data-region="sweetspot-review"][data-ready="true"]');
      assert.equal(await page.locator(`[data-region="sweetspot-review-course"][data-course-id="48"] [data-skill="${skill}"]`).count(), 0);
    }
    assert.ok(calls.some((c) => c.methodname === 'local_sweetspot_get_review_courses'));
    assert.deepEqual(w.log.pageErrors, []);
    await context.close();
  });

  // The site's "never suggest from this alias" list, kept by the plugin's own class (run with php-cli).
  const rejectedAliases = (stored, ops) => {
    const r = spawnSync('php', ['-n', new URL('./php/rejected-aliases.php', import.meta.url).pathname], { input: JSON.stringify({ stored, ops }), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };

  it('says why each suggestion was made, and rejects an alias for good, listed with its undo', async (t) => {
    if (!suggestionsSupported) {
      t.skip('this build of sweetspot-core.wasm has no engine.suggestSkills');
      return;
    }
    let stored = null; // the plugin setting rejectedaliases
    const site = { ...review, rejectedaliases: [] };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await watchedPage(context);
    const calls = await routeMoodle(w.page, origin, {
      learnerData, review: site, courses, taxonomy,
      handlers: {
        local_sweetspot_set_rejected_alias: ({ term, skill, rejected }) => {
          const r = rejectedAliases(stored, [{ op: rejected ? 'with' : 'without', term, skill }]);
          stored = r.stored;
          site.rejectedaliases = r.list;
          return { rejectedaliases: r.list };
        },
      },
    });
    const page = w.page;
    const open = async () => {
      await page.goto(`${origin}fixtures/moodle/review.html`);
      await page.waitForSelector('[data-region="sweetspot-review"][data-ready="true"]');
    };
    await open();
    const coc = page.locator('[data-region="sweetspot-review-course"][data-course-id="48"] [data-region="sweetspot-suggestion"][data-skill="esco-code-of-conduct"]');
    // Why: the words found, the field, and the label or alias they matched.
    assert.equal(await coc.locator('[data-region="sweetspot-suggestion-why"]').innerText(),
      'Found in title: “Code of Conduct” (label “code of conduct”), summary: “code of conduct” (label “code of conduct”), '
      + 'summary: “business ethics” (alias “business ethics”)');
    assert.deepEqual(await coc.locator('[data-action="reject-alias"]').evaluateAll((bs) => bs.map((b) => b.textContent)),
      ['Never suggest from “code of conduct”', 'Never suggest from “business ethics”']);
    const list = page.locator('[data-region="sweetspot-rejected-aliases"]');
    assert.match(await list.innerText(), /No label or alias has been rejected/);
    const summary = page.locator('[data-region="sweetspot-review-summary"]');
    assert.equal(await summary.innerText(), `Courses without skills: 2 of ${review.courses.length}. Suggestions waiting: 1.`);

    // Never from the label "code of conduct": the only evidence left (an alias in the summary) is too weak.
    await coc.getByRole('button', { name: 'Never suggest code of conduct from “code of conduct” again, for any course' }).click();
    await list.locator('[data-region="sweetspot-rejected-alias"]').waitFor();
    assert.deepEqual(calls.filter((c) => c.methodname === 'local_sweetspot_set_rejected_alias').map((c) => c.args),
      [{ term: 'code of conduct', skill: 'esco-code-of-conduct', rejected: true }]);
    assert.deepEqual(JSON.parse(stored), [{ term: 'code of conduct', skill: 'esco-code-of-conduct' }]);
    assert.equal(await coc.count(), 0);
    assert.equal(await summary.innerText(), `Courses without skills: 2 of ${review.courses.length}. Suggestions waiting: 0.`);
    assert.equal(await list.locator('[data-region="sweetspot-rejected-alias"]').innerText(), '“code of conduct” for code of conduct Undo');

    // For good: after a reload (the list comes from the site), still not suggested, still listed.
    await open();
    assert.equal(await coc.count(), 0);
    assert.equal(await list.locator('[data-region="sweetspot-rejected-alias"]').count(), 1);
    // Undo: off the list, suggested again.
    await list.getByRole('button', { name: 'Suggest code of conduct from “code of conduct” again' }).click();
    await coc.waitFor();
    assert.equal(JSON.parse(stored).length, 0);
    assert.match(await list.innerText(), /No label or alias has been rejected/);
    assert.equal(await summary.innerText(), `Courses without skills: 2 of ${review.courses.length}. Suggestions waiting: 1.`);
    assert.deepEqual(w.log.pageErrors, []);
    await context.close();
  });
});
