// The Moodle plugin's catalog audit report (report.php + js/report.js), in headless Chromium on
// fixture pages (the learner's side of sharing is in moodle-agenda.test.mjs), with the packaged plugin. lib/ajax/service.php is answered by route interception: the
// learners come in pages of 500, made from fixture rows by the plugin's own PHP mapping class
// (classes/local/audit_learners.php, run with php-cli), so the browser sees what the external
// function would send. Expected counts come from the same adapters and engine in Node.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import * as A from '../../examples/moodle/adapter.js';
import { auditCoursesCsv } from '../../web/src/ui/audit.js';
import { createEngine } from '../../web/src/node.js';
import { launch, readFixture, reviewCoursesFixture, routeMoodle, stagedMoodlePlugin, startServer, watchedPage } from './browser.mjs';
import { courseRows, fixtureText, ROOT, runAuditLearners } from './helpers.mjs';

const taxonomy = readFixture('taxonomy.json');
const LEARNERS = 1200;
const PER_PAGE = 500;
const TEAMS = ['Data & Analytics', 'Platform <img src=x onerror="window.__pwned=1">', '=HYPERLINK("http://evil.example")', ''];
const ROLES = ['Data Analyst', 'data-scientist', '', 'Astronaut', 'DATA ANALYST'];

// Site rows: 1,200 users; every 10th shares an agenda, every 10th + 5 has one but did not opt in.
function siteRows() {
  const users = [];
  const completions = [];
  const preferences = [];
  for (let i = 0; i < LEARNERS; i++) {
    const id = 100 + i;
    users.push({ id, name: i === 3 ? '<script>window.__pwned=3</script>' : `Learner ${i}`, team: TEAMS[i % 4], role: ROLES[i % 5], rolesince: i % 2 ? 1500000000 : 0 });
    if (i % 3 === 0) completions.push({ userid: id, course: 43 });
    if (i % 7 === 0) completions.push({ userid: id, course: 50 });
    if (i % 11 === 0) completions.push({ userid: id, course: 47 }); // no skills: not in the catalog
    if (i % 13 === 0) completions.push({ userid: id, course: 9999 }); // deleted course
    const agenda = JSON.stringify({ interests: [['esco-python', 0.9], ...(i % 20 === 0 ? [['esco-photography', 0.8]] : [])], aspirations: ['data-scientist'] });
    if (i % 10 === 0 || i % 10 === 5) {
      preferences.push({ userid: id, name: 'local_sweetspot_share', value: i % 10 === 0 ? '1' : '0' });
      preferences.push({ userid: id, name: 'local_sweetspot_sharedagenda', value: agenda });
    }
  }
  return { users, completions, preferences };
}

let browser;
let server;
let staged;
let origin;
let review;
let pages; // local_sweetspot_get_audit_learners answers, by page
let expected; // {catalogIds, learners, report(team)}

before(async () => {
  staged = stagedMoodlePlugin();
  [browser, server] = await Promise.all([launch(), startServer({ '/local/sweetspot/': staged.stageDir })]);
  origin = server.url;
  review = reviewCoursesFixture(origin);

  // The pages, as the external function makes them: the page's users, their completions and
  // preferences, through audit_learners.
  const rows = siteRows();
  const calls = [];
  for (let start = 0; start < LEARNERS; start += PER_PAGE) {
    const users = rows.users.slice(start, start + PER_PAGE);
    const ids = new Set(users.map((u) => u.id));
    calls.push({
      op: 'learners', organization: review.organization, courses: courseRows(review), idscheme: 'id', users,
      completions: rows.completions.filter((c) => ids.has(c.userid)), preferences: rows.preferences.filter((p) => ids.has(p.userid)),
    });
  }
  pages = (await runAuditLearners(calls)).map((r, page) => ({ page, perpage: PER_PAGE, total: LEARNERS, ...r }));

  // What the report must show: the same catalog and learner documents, audited in Node.
  const organization = JSON.parse(review.organization);
  const { catalog } = A.catalogFromMoodle(review.courses, { taxonomy, organization, idScheme: 'id' });
  const catalogIds = new Set(catalog.courses.map((c) => c.id));
  const learners = pages.flatMap((p) => p.learners).map((l) => {
    const doc = { ...l, completed: l.completed.filter((id) => catalogIds.has(id)) };
    if (!doc.completed.length) delete doc.completed;
    return doc;
  });
  const engine = await createEngine();
  engine.load({ taxonomy, organization, catalog });
  const report = (team) => engine.audit(team ? learners.filter((l) => l.team === team) : learners);
  expected = { catalogIds, learners, all: report(''), team: report(TEAMS[1]), csv: auditCoursesCsv(report('')) };
  engine.dispose();
});
after(async () => {
  await browser?.close();
  await server?.close();
  staged?.cleanup();
});

const counts = (report) => Object.fromEntries(report.courses.map((c) => [c.course, [c.sweet_spot, c.uphill, c.gift, c.waste]]));
const shownCounts = (page) => page.$$eval('sweetspot-audit .ss-audit__courses tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [
  tr.dataset.course, [...tr.querySelectorAll('td[data-quadrant]')].map((td) => Number(td.textContent.replace(/\D/g, ''))),
])));
const note = (page, region) => page.locator(`[data-region="${region}"]`).innerText();

describe('Catalog audit report (admin)', () => {
  it('loads every page of learners with progress, runs the audit in the browser, and says who shared', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const { page, log } = await watchedPage(context);
    const calls = await routeMoodle(page, origin, {
      review, taxonomy,
      handlers: {
        local_sweetspot_get_audit_learners: ({ page: n, perpage }) => {
          assert.equal(perpage, PER_PAGE);
          return pages[n] ?? { ...pages[0], page: n, learners: [], counts: { ...pages[0].counts, learners: 0 } };
        },
      },
    });
    // Every text the progress line shows, in order.
    await page.addInitScript(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const text = document.querySelector('[data-region="sweetspot-report-progress"]')?.textContent;
        if (text && window.__progress.at(-1) !== text) window.__progress.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${origin}fixtures/moodle/report.html`);
    await page.waitForSelector('[data-region="sweetspot-report"][data-ready="true"]', { timeout: 20000 });

    const progress = await page.evaluate(() => window.__progress);
    for (const text of ['Loaded 500 of 1,200 learners', 'Loaded 1,000 of 1,200 learners', 'Loaded 1,200 of 1,200 learners']) {
      assert.ok(progress.includes(text), `${text} in ${JSON.stringify(progress)}`);
    }
    assert.equal(await note(page, 'sweetspot-report-progress'), 'Loaded 1,200 of 1,200 learners. The audit ran in this browser.');
    assert.deepEqual(calls.filter((c) => c.methodname === 'local_sweetspot_get_audit_learners').map((c) => c.args.page), [0, 1, 2]);

    // The counts per course are the engine's over every learner.
    assert.deepEqual(await shownCounts(page), counts(expected.all));
    assert.ok(expected.all.courses.length >= 7 && expected.all.summary.sweet_spot > 0 && expected.all.summary.uphill > 0);
    assert.equal(expected.all.learners, LEARNERS);

    // Who shared their agenda, and that for the rest the personal side is unknown.
    assert.equal(await note(page, 'sweetspot-report-shared'), '120 of 1,200 learners share their interests and aspirations with this report.');
    assert.match(await note(page, 'sweetspot-report-unknown'), /^For the other 1,080 learners the personal side is unknown \(no personal agenda\)/);
    assert.equal(expected.all.learnerResults.filter((l) => !l.noPersonalAgenda).length, 120);
    const noRole = pages.reduce((n, p) => n + p.counts.withoutrole + p.counts.unknownrole, 0);
    assert.equal(noRole, 480);
    assert.match(await note(page, 'sweetspot-report-withoutrole'), /^480 learners have no role/);
    // Deleted courses (skipped by the server) and courses without skills (left out in the browser).
    const skipped = pages.reduce((n, p) => n + p.counts.skippedcompletions, 0) + Math.ceil(LEARNERS / 11);
    assert.equal(skipped, Math.ceil(LEARNERS / 13) + Math.ceil(LEARNERS / 11));
    assert.match(await note(page, 'sweetspot-report-skipped'), new RegExp(`^${skipped} course completions are not counted`));

    // Team filter: the learners' teams (as text), and a manager's view re-run on one team.
    const options = await page.$$eval('sweetspot-audit select.ss-audit__team option', (os) => os.map((o) => o.textContent));
    assert.deepEqual(options.slice(1), TEAMS.filter(Boolean).sort((a, b) => a.localeCompare(b)));
    await page.selectOption('sweetspot-audit select.ss-audit__team', TEAMS[1]);
    await page.waitForFunction((t) => document.querySelector('sweetspot-audit')?.team === t, TEAMS[1]);
    assert.deepEqual(await shownCounts(page), counts(expected.team));
    assert.equal(await note(page, 'sweetspot-report-shared'), `Team ${TEAMS[1]}: 0 of 300 learners share their interests and aspirations with this report.`);
    await page.selectOption('sweetspot-audit select.ss-audit__team', TEAMS[0]);
    assert.equal(await note(page, 'sweetspot-report-shared'), 'Team Data & Analytics: 60 of 300 learners share their interests and aspirations with this report.');
    await page.selectOption('sweetspot-audit select.ss-audit__team', '');

    // CSV export: the component's, of the whole site.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('sweetspot-audit .ss-audit__csv')]);
    assert.equal(download.suggestedFilename(), 'sweetspot-audit-courses.csv');
    assert.equal(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'), expected.csv);

    // Hostile names and teams stayed text; nothing left the site; the engine came from the plugin.
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(log.requests.filter((r) => r.url.endsWith('.wasm')).map((r) => new URL(r.url).pathname), ['/local/sweetspot/engine/dist/sweetspot-core.wasm']);
    assert.ok(log.requests.every((r) => r.url.startsWith(origin)), 'no request leaves the site');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(await page.cspViolations(), []);
    await context.close();
  });

  it('the fixture pages ask for the strings their PHP page passes (data-strings)', () => {
    const php = (f) => fs.readFileSync(path.join(ROOT, 'examples/moodle/local_sweetspot', f), 'utf8');
    const lists = (text, re) => [...text.matchAll(re)].map((m) => m[1]);
    // report.php passes every reportjs_* string; interests.php passes js_strings([...]) lists.
    assert.match(php('report.php'), /strpos\(\$key, 'reportjs_'\) === 0/);
    assert.deepEqual(lists(fixtureText('moodle/report.html'), /data-strings="@lang:([^"]*)"/g), ['reportjs_*']);
    const page = lists(php('interests.php').replace(/\s+/g, ' '), /js_strings\(\[([^\]]*)\]\)/g)
      .map((l) => [...l.matchAll(/'(\w+)'/g)].map((m) => m[1]).join(' '));
    const fixture = lists(fixtureText('moodle/interests.html'), /data-strings="@lang:([^"…]*)"/g);
    assert.deepEqual(fixture, page);
    assert.equal(page.length, 3);
  });
});
