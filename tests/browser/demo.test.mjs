// The demo portal (examples/intranet/) as `npm start` serves it: every card tagged, the strict CSP
// holds, no request leaves the page's own files, axe-core finds nothing, the matrix and the learner
// and locale switchers work. Also takes the screenshot (docs/screenshots/demo.png with
// SWEETSPOT_SCREENSHOTS=1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sharedBrowserAndServer, watchedPage, ready, runAxe, screenshotPath, repoRoot } from './helpers.mjs';
import { CSP } from '../../scripts/serve.mjs';

const catalog = JSON.parse(fs.readFileSync(path.join(repoRoot, 'examples/intranet/data/catalog.json'), 'utf8'));
const COURSES = catalog.courses.length;

const shared = sharedBrowserAndServer();

async function openDemo(options = {}) {
  const context = await shared.browser.newContext({ viewport: { width: 1440, height: 1000 }, ...options });
  const w = await watchedPage(context);
  const response = await w.page.goto(shared.server.url);
  await ready(w.page);
  return { ...w, context, response };
}

// Every file the page may load: its own, the package's, the data. Nothing else, nowhere else.
function allowed(url) {
  const u = new URL(url);
  if (u.origin !== new URL(shared.server.url).origin) return false;
  return /^\/(|app\.js|i18n\.js|prefs\.js|styles\.css|favicon\.svg)$/.test(u.pathname) ||
    /^\/data\/(taxonomy|organization|catalog|learners)\.json$/.test(u.pathname) ||
    /^\/compiled\/(snapshot\.json|catalog\.[0-9a-f]{16}\.sscat)$/.test(u.pathname) ||
    /^\/web\/src\/[\w/-]+\.js$/.test(u.pathname) ||
    /^\/web\/dist\/sweetspot-(core|learner)\.(mjs|wasm)$/.test(u.pathname);
}

test('every course card gets a tag, under the strict CSP, with no stray request', async () => {
  const { page, log, context, response } = await openDemo();
  assert.equal(response.headers()['content-security-policy'], CSP);
  assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval';/);
  const counts = await page.evaluate(() => ({
    cards: document.querySelectorAll('.card').length,
    tagged: document.querySelectorAll('.card [data-sweetspot="tag"]').length,
    untagged: [...document.querySelectorAll('.card')].filter((c) => c.querySelectorAll('[data-sweetspot="tag"]').length !== 1).length,
    summary: window.sweetspotDemo.controller.result.summary,
    byKind: [...document.querySelectorAll('[data-sweetspot="tag"]')].reduce((a, t) => ((a[t.dataset.sweetspotKind] = (a[t.dataset.sweetspotKind] ?? 0) + 1), a), {}),
  }));
  assert.equal(counts.cards, COURSES);
  assert.ok(COURSES >= 300);
  assert.equal(counts.tagged, COURSES);
  assert.equal(counts.untagged, 0);
  assert.deepEqual(counts.byKind, counts.summary, 'the tags agree with the engine summary');
  assert.ok(counts.summary.sweet_spot > 0 && counts.summary.uphill > 0 && counts.summary.gift > 0);

  // Exercise the page a little before judging the logs: a popover, the matrix, a re-render.
  await page.locator('.ss-tag__why').first().click();
  await page.keyboard.press('Escape');
  await page.fill('#search', 'machine learning');
  await page.waitForFunction(() => document.querySelectorAll('.card').length < 50 &&
    [...document.querySelectorAll('.card')].every((c) => c.querySelector('[data-sweetspot="tag"]')));

  assert.deepEqual(await page.cspViolations(), []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  const stray = log.requests.filter((r) => !allowed(r.url) || r.method !== 'GET');
  assert.deepEqual(stray, [], 'only same-origin GETs of the page\'s own files');
  // The organization + catalog came as a snapshot from a revisioned URL, on the learner module.
  assert.ok(log.requests.some((r) => r.url.endsWith('/web/dist/sweetspot-learner.wasm')));
  assert.ok(!log.requests.some((r) => r.url.endsWith('/web/dist/sweetspot-core.wasm')));
  assert.ok(log.requests.some((r) => /\/compiled\/catalog\.[0-9a-f]{16}\.sscat$/.test(r.url)));
  await context.close();
});

test('the snapshot is served immutable and a second visit takes it from the cache; ?json loads the JSON documents', async () => {
  const context = await shared.browser.newContext();
  const w = await watchedPage(context);
  // What the network layer says of each snapshot response: its Cache-Control, and whether it
  // came from the browser's cache.
  const cdp = await context.newCDPSession(w.page);
  await cdp.send('Network.enable');
  const snapshots = [];
  const cached = new Set();
  cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    if (!/\.sscat$/.test(e.response.url)) return;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    snapshots.push({ id: e.requestId, cacheControl: headers['cache-control'], cached: Boolean(e.response.fromDiskCache || e.response.fromMemoryCache) });
  });
  await w.page.goto(shared.server.url);
  await ready(w.page);
  assert.equal(snapshots.length, 1);
  assert.equal(snapshots[0].cacheControl, 'public, max-age=31536000, immutable');
  assert.equal(snapshots[0].cached, false);
  const first = await w.page.evaluate(() => window.sweetspotDemo.controller.result.summary);
  await w.page.goto(shared.server.url); // a new navigation, as a returning learner
  await ready(w.page);
  assert.deepEqual(await w.page.evaluate(() => window.sweetspotDemo.controller.result.summary), first);
  assert.equal(snapshots.length, 2);
  assert.ok(snapshots[1].cached || cached.has(snapshots[1].id), 'the second visit reads the snapshot from the cache');
  // The JSON path: the full module loads the documents; the same tags.
  const json = await watchedPage(context);
  await json.page.goto(`${shared.server.url}?json`);
  await ready(json.page);
  assert.deepEqual(await json.page.evaluate(() => window.sweetspotDemo.controller.result.summary), first);
  assert.ok(json.log.requests.some((r) => r.url.endsWith('/web/dist/sweetspot-core.wasm')));
  assert.ok(!json.log.requests.some((r) => r.url.includes('/compiled/')));
  await context.close();
});

test('axe-core reports no violation on the demo page (tags, open popover, matrix, panel)', async () => {
  const { page, context } = await openDemo();
  // The whole page, with a "Why?" popover open and a matrix point active.
  await page.locator('circle.ss-point[tabindex="0"]').focus();
  await page.locator('.card [data-sweetspot-quadrant="uphill"] .ss-tag__why').first().click();
  await page.locator('.ss-pop:popover-open').waitFor();
  const open = await runAxe(page);
  assert.deepEqual(open, [], JSON.stringify(open, null, 1));
  await page.keyboard.press('Escape');
  // The learner without an agenda: other labels, the invitation, an empty panel (a sample of the
  // cards, which are built the same way as the ones checked above).
  await page.selectOption('#learner-select', 'u-1003');
  await page.waitForFunction(() => window.sweetspotDemo.controller.result.noPersonalAgenda);
  await page.locator('.card .ss-tag__why').first().click();
  await page.locator('.ss-pop:popover-open').waitFor();
  const noAgenda = await runAxe(page, {
    include: [['header'], ['.toolbar'], ['#welcome'], ['#cards > li:nth-child(-n+24)'], ['.sidebar'], ['.ss-pop']],
  });
  assert.deepEqual(noAgenda, [], JSON.stringify(noAgenda, null, 1));
  await context.close();
});

test('the matrix draws one focusable, named point per course and explains it', async () => {
  const { page, context } = await openDemo();
  const info = await page.evaluate(() => {
    const m = document.querySelector('sweetspot-matrix');
    const pts = [...m.querySelectorAll('circle.ss-point')];
    return {
      points: pts.length,
      named: pts.filter((p) => /: .+\. You want it \d+%; your organization needs it \d+%\./.test(p.getAttribute('aria-label') ?? '')).length,
      tabStops: pts.filter((p) => p.getAttribute('tabindex') === '0').length,
      thresholds: m.querySelectorAll('.ss-matrix__threshold').length,
      labels: [...m.querySelectorAll('.ss-matrix__qlabel')].map((g) => g.textContent),
      summary: window.sweetspotDemo.controller.result.summary,
    };
  });
  assert.equal(info.points, COURSES);
  assert.equal(info.named, COURSES);
  assert.equal(info.tabStops, 1, 'one tab stop: arrow keys move between points');
  assert.equal(info.thresholds, 2);
  const s = info.summary;
  assert.deepEqual(info.labels.sort(), [
    `Gift${s.gift} courses`, `Sweet Spot${s.sweet_spot} courses`, `Uphill${s.uphill} courses`, `Waste${s.waste} courses`,
  ].sort());

  // Keyboard: focus the chart's tab stop, move with the arrows, read the details.
  await page.locator('circle.ss-point[tabindex="0"]').focus();
  const details = page.locator('.ss-matrix__details');
  const firstName = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.match(firstName, /Sweet Spot/);
  const title1 = await details.locator('.ss-matrix__details-title').textContent();
  assert.ok(firstName.startsWith(title1));
  await page.keyboard.press('ArrowRight');
  const secondName = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.notEqual(secondName, firstName);
  assert.ok(secondName.startsWith(await details.locator('.ss-matrix__details-title').textContent()));
  assert.ok(await details.locator('li').count() > 0, 'the reasons are listed');
  await page.keyboard.press('End');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /Waste/);

  // Hover shows a course too.
  const box = await page.locator('circle.ss-point--gift').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => /Gift/.test(document.querySelector('.ss-matrix__details').textContent));
  await context.close();
});

test('switching learner and language re-tags the page; a learner without an agenda is invited', async () => {
  const { page, context } = await openDemo();
  await page.selectOption('#learner-select', 'u-1003');
  await page.waitForFunction(() => window.sweetspotDemo.controller.result.noPersonalAgenda);
  const labels = await page.$$eval('.card .ss-tag__label', (ls) => [...new Set(ls.map((l) => l.textContent))].sort());
  assert.deepEqual(labels, ['Needed by your organization', 'Optional']);
  assert.match(await page.locator('#welcome').textContent(), /Tell us your interests/);
  // The popover's invitation takes the learner to the interests panel.
  await page.locator('.card .ss-tag__why').first().click();
  await page.getByRole('button', { name: 'State your interests' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox');

  await page.selectOption('#locale-select', 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  const de = await page.$$eval('.card .ss-tag__label', (ls) => [...new Set(ls.map((l) => l.textContent))].sort());
  assert.deepEqual(de, ['Optional', 'Von Ihrer Organisation gebraucht']);
  assert.equal(await page.locator('h1').textContent(), 'Kurskatalog');
  assert.equal(await page.locator('.ss-combo__label').textContent(), 'Fähigkeit hinzufügen');

  await page.selectOption('#learner-select', 'u-1001');
  await page.waitForFunction(() => !window.sweetspotDemo.controller.result.noPersonalAgenda);
  const kinds = await page.$$eval('.card .ss-tag__label', (ls) => [...new Set(ls.map((l) => l.textContent))].sort());
  assert.deepEqual(kinds, ['Bergauf', 'Geschenk', 'Sweet Spot', 'Verschwendung']);
  await context.close();
});

test('screenshot of the demo as a learner sees it', async () => {
  const { page, context } = await openDemo();
  // An open "Why?" popover on an Uphill course, as a learner would look at it.
  const why = page.locator('.card [data-sweetspot-quadrant="uphill"] .ss-tag__why').first();
  await why.click();
  await page.locator('.ss-pop:popover-open').waitFor();
  const file = screenshotPath('demo.png');
  await page.screenshot({ path: file });
  assert.ok(fs.statSync(file).size > 20000);
  await context.close();
});
