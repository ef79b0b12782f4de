// The interests panel on the demo portal: the combobox finds skills by label and by alias, the
// learner sets strengths, "Not for me" and aspirations, the tags follow live, the agenda survives
// a reload and a corrupted localStorage value, and it never leaves the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchedPage, ready } from './helpers.mjs';

let browser;
let server;
let context;
const KEY = 'sweetspot:agenda:u-1003';

before(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  // One context for the whole file: localStorage carries over from test to test, as for a learner
  // coming back to the page.
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
});
after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
const tagKinds = (page) => page.$$eval('.card [data-sweetspot="tag"]', (ts) => [...new Set(ts.map((t) => t.dataset.sweetspotKind))].sort());

let requests = [];

test('type-ahead on labels and aliases adds a skill, and the tags change live', async () => {
  const w = await watchedPage(context);
  const { page } = w;
  requests = w.log.requests;
  await page.goto(server.url);
  await ready(page);
  await page.selectOption('#learner-select', 'u-1003'); // Priya: no agenda yet
  await page.waitForFunction(() => window.sweetspotDemo.controller.result.noPersonalAgenda);
  assert.deepEqual(await tagKinds(page), ['optional', 'org_needed']);

  const input = page.getByRole('combobox', { name: 'Add a skill' });
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  // An alias: "bookkeeping" is ESCO's alternative label for "accounting".
  await input.focus();
  await page.keyboard.type('bookkeep');
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  const listId = await input.getAttribute('aria-controls');
  const option = page.locator(`#${listId} [role="option"]`).first();
  assert.equal(await option.getAttribute('data-skill'), 'esco-accounting');
  assert.match(await option.textContent(), /accounting.*also called bookkeeping/);
  await page.keyboard.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), await option.getAttribute('id'));
  assert.equal(await option.getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Enter');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await input.inputValue(), '');

  // A label, typed with other case and a word order inside it.
  await page.keyboard.type('MACHINE lear');
  const ml = page.locator(`#${listId} [role="option"][data-skill="esco-machine-learning"]`);
  await ml.waitFor();
  await ml.click();

  const agenda = await stored(page);
  assert.deepEqual(agenda.interests.map((i) => i.skill).sort(), ['esco-accounting', 'esco-machine-learning']);
  assert.ok(agenda.interests.every((i) => i.strength === 0.7));
  // With an agenda, the learner's tags are quadrants now.
  await page.waitForFunction(() => !window.sweetspotDemo.controller.result.noPersonalAgenda);
  const kinds = await tagKinds(page);
  assert.ok(kinds.includes('sweet_spot') || kinds.includes('gift'), String(kinds));
  assert.ok(!kinds.includes('org_needed'));
  await page.close();
});

test('strength slider, "Not for me" and aspirations are kept', async () => {
  const { page, log } = await watchedPage(context);
  requests.push(...log.requests);
  await page.goto(server.url);
  await ready(page);
  assert.equal(await page.locator('#learner-select').inputValue(), 'u-1003'); // remembered
  const row = page.locator('.ss-interest[data-skill="esco-machine-learning"]');
  const slider = row.getByRole('slider');
  assert.match(await slider.getAttribute('aria-label'), /How much do you want to learn the skill “machine learning”\?/);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).interests.some((i) => i.strength === 0.8), KEY);
  assert.match(await slider.getAttribute('aria-valuetext'), /80%/);

  const sweetBefore = await page.evaluate(() => window.sweetspotDemo.controller.result.summary.sweet_spot);
  await row.getByRole('checkbox', { name: /Not for me/ }).check();
  let agenda = await stored(page);
  assert.equal(agenda.interests.find((i) => i.skill === 'esco-machine-learning').strength, 0);
  assert.ok(await slider.isDisabled());
  const sweetAfter = await page.evaluate(() => window.sweetspotDemo.controller.result.summary.sweet_spot);
  assert.ok(sweetAfter <= sweetBefore);

  await page.getByRole('group', { name: 'Roles you aspire to' }).getByRole('checkbox', { name: 'Data Scientist' }).check();
  agenda = await stored(page);
  assert.deepEqual(agenda.aspirations, ['data-scientist']);
  await page.close();
});

test('the agenda survives a reload, and a corrupted or partial localStorage value', async () => {
  const { page, log } = await watchedPage(context);
  requests.push(...log.requests);
  await page.goto(server.url);
  await ready(page);
  const skills = () => page.$$eval('.ss-interest', (li) => li.map((l) => l.dataset.skill).sort());
  const before = await page.evaluate(() => ({ ...window.sweetspotDemo.controller.result.summary }));
  assert.deepEqual(await skills(), ['esco-accounting', 'esco-machine-learning']);
  assert.ok(await page.getByRole('checkbox', { name: 'Data Scientist' }).isChecked());

  // A write cut short: the main key holds half a JSON document. The last good copy is used.
  await page.evaluate((k) => localStorage.setItem(k, localStorage.getItem(k).slice(0, 40)), KEY);
  await page.reload();
  await ready(page);
  assert.deepEqual(await skills(), ['esco-accounting', 'esco-machine-learning']);
  assert.deepEqual(await page.evaluate(() => ({ ...window.sweetspotDemo.controller.result.summary })), before);
  assert.ok((await stored(page)).interests.length === 2, 'the main key was repaired');

  // Well-formed JSON with a wrong value (strength 7) is rejected as a whole, too.
  await page.evaluate((k) => {
    const v = JSON.parse(localStorage.getItem(k));
    v.interests[0].strength = 7;
    localStorage.setItem(k, JSON.stringify(v));
  }, KEY);
  await page.reload();
  await ready(page);
  assert.deepEqual(await skills(), ['esco-accounting', 'esco-machine-learning']);

  // Both copies unusable: the page still works, from the learner's profile (no agenda).
  await page.evaluate((k) => { localStorage.setItem(k, '{"schema":"sweetspot-agenda/1","interests":'); localStorage.setItem(`${k}:last-good`, '[]'); }, KEY);
  await page.reload();
  await ready(page);
  assert.deepEqual(await skills(), []);
  assert.ok(await page.evaluate(() => window.sweetspotDemo.controller.result.noPersonalAgenda));
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the interests never leave the page', async () => {
  assert.ok(requests.length > 20, 'requests were recorded');
  for (const r of requests) {
    assert.equal(r.method, 'GET', r.url);
    assert.equal(r.postData, '', r.url);
    assert.equal(new URL(r.url).origin, new URL(server.url).origin, r.url);
    const u = new URL(r.url);
    assert.equal(u.search + u.hash, '', r.url);
    assert.doesNotMatch(decodeURIComponent(r.url), /esco-|data-scientist|strength/i, r.url);
  }
});
