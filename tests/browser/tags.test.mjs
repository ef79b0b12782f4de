// Tags on a fixture page with hand-made data (tests/browser/fixtures/): quadrants, the "Why?"
// popover by keyboard alone, the no-agenda case, an HTML payload as a course title, re-renders by
// the host, live agenda updates, locales.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchedPage, ready } from './helpers.mjs';
import { expected } from './fixtures/data.js';

let browser;
let server;
let context;

before(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
});
after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function openFixture(query = '') {
  const w = await watchedPage(context);
  await w.page.goto(`${server.url}fixtures/fixture.html${query}`);
  await ready(w.page);
  return w;
}

const kinds = (page) => page.$$eval('[data-sweetspot="tag"]', (tags) =>
  Object.fromEntries(tags.map((t) => [t.dataset.sweetspotCourse, t.dataset.sweetspotKind])));

test('every card gets one tag, with the quadrant the hand-made data calls for', async () => {
  const { page, log } = await openFixture();
  assert.deepEqual(await kinds(page), expected.ana);
  const cards = await page.$$eval('[data-course-id]', (cs) => cs.map((c) => c.querySelectorAll('[data-sweetspot="tag"]').length));
  assert.ok(cards.length === 7 && cards.every((n) => n === 1), `one tag per card: ${cards}`);
  // Text label + icon + accessible name (never colour alone).
  const tag = await page.$eval('[data-sweetspot-course="cloud101"]', (t) => ({
    label: t.querySelector('.ss-tag__label').textContent,
    icon: !!t.querySelector('svg[aria-hidden="true"]'),
    name: t.getAttribute('aria-label'),
    role: t.getAttribute('role'),
    why: t.querySelector('button').textContent,
  }));
  assert.equal(tag.label, 'Uphill');
  assert.ok(tag.icon);
  assert.equal(tag.role, 'group');
  assert.equal(tag.name, 'Sweetspot: Uphill');
  assert.match(tag.why, /^Why\? \(Uphill: Cloud foundations\)$/);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await page.cspViolations(), []);
  await page.close();
});

test('a tagged page reads only its own cards out of the engine, never the whole course list', async () => {
  const { page, log } = await openFixture();
  const unread = () => page.evaluate(() => {
    const list = window.fixture.engine._list;
    return { ids: list.ids === null, titles: list.titles === null };
  });
  assert.deepEqual(await unread(), { ids: true, titles: true });
  // The titles the tags name are the catalog's, each read on its own.
  const names = await page.$$eval('[data-sweetspot="tag"] .ss-tag__why', (bs) => bs.map((b) => b.textContent));
  const titles = await page.evaluate(() => window.fixture.catalog.courses.map((c) => c.title));
  assert.equal(names.length, 7);
  for (const name of names) assert.ok(titles.some((title) => name.endsWith(`: ${title})`)), name);
  await page.locator('[data-sweetspot-course="cloud101"] .ss-tag__why').click();
  await page.locator('[data-sweetspot-course="cloud101"] [role="dialog"]').waitFor({ state: 'visible' });
  await page.evaluate(() => window.fixture.controller.update(window.fixture.learners.ana));
  assert.deepEqual(await unread(), { ids: true, titles: true }, 'after a popover and a re-classify');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the "Why?" popover opens, reads and closes with the keyboard alone', async () => {
  const { page } = await openFixture();
  // Tab to the Uphill course's button.
  let focused = '';
  for (let i = 0; i < 20 && focused !== 'cloud101'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.closest('[data-sweetspot="tag"]')?.dataset.sweetspotCourse ?? '');
  }
  assert.equal(focused, 'cloud101');
  const button = page.locator('[data-sweetspot-course="cloud101"] .ss-tag__why');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  const dialog = page.locator('[data-sweetspot-course="cloud101"] [role="dialog"]');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  // Focus moved into the dialog, which is named by its title.
  await page.waitForFunction(() => !!document.activeElement?.closest('[role="dialog"]'));
  const name = await page.evaluate(() => {
    const d = document.activeElement.closest('[role="dialog"]');
    return document.getElementById(d.getAttribute('aria-labelledby')).textContent;
  });
  assert.equal(name, 'Why Uphill?');
  const text = await dialog.innerText();
  assert.match(text, /Why it matters: We move to the cloud in 2027\./); // the Uphill framing
  assert.match(text, /You want it: 0%/);
  assert.match(text, /Your organization needs it: 80%/);
  assert.match(text, /Your organization has made the skill “cloud technologies” a priority \(future needs\)\./);
  assert.equal(text.match(/We move to the cloud in 2027/g).length, 1, "the rationale is said once");
  assert.match(text, /Nothing you asked for is taught here/);
  // Tab reaches the Close button inside; Escape closes and gives focus back to "Why?".
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Close');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('ss-tag__why') &&
    document.activeElement.closest('[data-sweetspot-course]').dataset.sweetspotCourse), 'cloud101');
  // Space opens it too; the Close button closes it.
  await page.keyboard.press('Space');
  await dialog.waitFor({ state: 'visible' });
  await page.waitForFunction(() => !!document.activeElement?.closest('[role="dialog"]'));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  await page.close();
});

test('the popover says the gift note, the growth message and the flags where they apply', async () => {
  const { page } = await openFixture();
  const open = async (id) => {
    await page.click(`[data-sweetspot-course="${id}"] .ss-tag__why`);
    const d = page.locator(`[data-sweetspot-course="${id}"] [role="dialog"]`);
    await d.waitFor({ state: 'visible' });
    const text = await d.innerText();
    await page.keyboard.press('Escape');
    await d.waitFor({ state: 'hidden' });
    return text;
  };
  const gift = await open('pottery101');
  assert.match(gift, /We support this as a gift\./);
  assert.match(gift, /You want to learn the skill “pottery” \(interest 0\.8\)\./);
  const sweet = await open('ml101');
  assert.match(sweet, /When we grow, you grow: Data 2027\./);
  assert.match(sweet, /This course builds toward it\./);
  const mandatory = await open('ethics101');
  assert.match(mandatory, /Mandatory for everyone in your organization\./);
  const py = await open('py201');
  assert.match(py, /Your role as Developer needs the skill “Python” at level 3; you are at 1\./);
  await page.close();
});

test('the popover says the learner’s own “Not for me” and names the stated interest, in every locale', async () => {
  const open = async (page, id) => {
    await page.click(`[data-sweetspot-course="${id}"] .ss-tag__why`);
    const d = page.locator(`[data-sweetspot-course="${id}"] [role="dialog"]`);
    await d.waitFor({ state: 'visible' });
    const text = await d.innerText();
    const describe = await d.locator('.ss-pop__describe').textContent();
    await page.keyboard.press('Escape');
    await d.waitFor({ state: 'hidden' });
    return { text, describe };
  };
  const { page, log } = await openFixture('?learner=cy');
  assert.deepEqual(await kinds(page), expected.cy);
  // Waste because of the learner's own "Not for me" on the course's skill.
  const knit = await open(page, 'knit101');
  assert.equal(knit.describe, 'You said the skill “knitting” is not for you, and your organization does not need it now.');
  assert.match(knit.text, /You said the skill “knitting” is not for you\./);
  assert.doesNotMatch(knit.text, /Nothing you asked for/);
  // Uphill, with "Not for me" said of a broader skill: the popover says which, and how it relates.
  const py = await open(page, 'py201');
  assert.equal(py.describe, 'Your organization needs it, although you said the skill “computer programming” is not for you.');
  assert.match(py.text, /You said the skill “computer programming” is not for you\. This course teaches the skill “Python”, 1 step from it in the skill taxonomy\./);
  // Waste for an unrelated reason: no "Not for me" is claimed.
  const pottery = await open(page, 'pottery101');
  assert.equal(pottery.describe, 'Neither you nor your organization needs it now.');
  assert.doesNotMatch(pottery.text, /not for you/);
  // Sweet Spot: the learner's stated interest is named.
  const ml = await open(page, 'ml101');
  assert.equal(ml.describe, 'You said you want to learn the skill “machine learning”, and your organization needs it.');
  await page.close();
  assert.deepEqual(log.pageErrors, []);

  const expectedIn = {
    de: { knit: 'Sie haben gesagt, dass die Fähigkeit „knitting“ nichts für Sie ist', ml: '„machine learning“' },
    fr: { knit: 'Vous avez dit que la compétence « knitting » n’est pas pour vous', ml: '« machine learning »' },
    es: { knit: 'Usted dijo que la habilidad «knitting» no es para usted', ml: '«machine learning»' },
  };
  for (const [locale, want] of Object.entries(expectedIn)) {
    const w = await openFixture(`?learner=cy&locale=${locale}`);
    const k = await open(w.page, 'knit101');
    assert.ok(k.describe.includes(want.knit), `${locale}: ${k.describe}`);
    assert.ok(k.text.includes(want.knit), `${locale}: ${k.text}`);
    const m = await open(w.page, 'ml101');
    assert.ok(m.describe.includes(want.ml), `${locale}: ${m.describe}`);
    await w.page.close();
  }
});

test('a learner with no agenda sees the organization side only, and is invited to state interests', async () => {
  const { page } = await openFixture('?learner=bob');
  assert.deepEqual(await kinds(page), expected.bob);
  const labels = await page.$$eval('.ss-tag__label', (ls) => [...new Set(ls.map((l) => l.textContent))].sort());
  assert.deepEqual(labels, ['Needed by your organization', 'Optional']);
  await page.click('[data-sweetspot-course="knit101"] .ss-tag__why');
  const d = page.locator('[data-sweetspot-course="knit101"] [role="dialog"]');
  await d.waitFor({ state: 'visible' });
  const text = await d.innerText();
  assert.doesNotMatch(text, /Uphill|Waste/);
  assert.match(text, /You have not told us what you want to learn yet/);
  const invited = page.evaluate(() => new Promise((resolve) =>
    document.addEventListener('sweetspot-invite', (e) => resolve(e.detail.course), { once: true })));
  await d.getByRole('button', { name: 'State your interests' }).click();
  assert.equal(await invited, 'knit101');
  await d.waitFor({ state: 'hidden' });
  await page.close();
});

test('a course titled <img src=x onerror=alert(1)> renders as text and runs nothing', async () => {
  const { page, log } = await openFixture();
  await page.click('[data-sweetspot-course="xss1"] .ss-tag__why');
  const d = page.locator('[data-sweetspot-course="xss1"] [role="dialog"]');
  await d.waitFor({ state: 'visible' });
  assert.equal(await d.locator('.ss-pop__course').textContent(), '<img src=x onerror=alert(1)>');
  assert.match(await page.locator('[data-sweetspot-course="xss1"] .ss-tag__why').textContent(), /<img src=x onerror=alert\(1\)>/);
  // Switch the locale and re-render, to go through every path that prints the title.
  await page.evaluate(() => { window.fixture.controller.setLocale('fr'); window.fixture.render(); });
  await page.waitForFunction(() => document.querySelectorAll('[data-sweetspot="tag"]').length === 7);
  await page.waitForTimeout(100);
  assert.equal(await page.locator('img').count(), 0);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.pageErrors, []);
  assert.ok(!log.requests.some((r) => /\/x$/.test(r.url)), 'no request for the payload image');
  await page.close();
});

test('re-tags when the host re-renders its cards, without looping on its own insertions', async () => {
  const { page } = await openFixture();
  const passes = await page.evaluate(async () => {
    let count = 0;
    document.addEventListener('sweetspot-tagged', () => { count += 1; });
    const { render, catalog } = window.fixture;
    render(catalog.courses.slice(0, 3)); // the host replaces every card
    await new Promise((r) => setTimeout(r, 50));
    const afterReplace = document.querySelectorAll('[data-sweetspot="tag"]').length;
    // The host adds one card, and changes another card's course id.
    const li = document.createElement('li');
    li.className = 'card';
    li.dataset.courseId = 'knit101';
    li.textContent = 'Knitting basics';
    document.getElementById('cards').appendChild(li);
    document.querySelector('[data-course-id="py201"]').dataset.courseId = 'pottery101';
    await new Promise((r) => setTimeout(r, 50));
    const settled = count;
    await new Promise((r) => setTimeout(r, 150));
    return {
      afterReplace,
      kinds: [...document.querySelectorAll('[data-course-id]')].map((c) =>
        `${c.dataset.courseId}:${[...c.querySelectorAll('[data-sweetspot="tag"]')].map((t) => t.dataset.sweetspotKind).join('+')}`),
      settled,
      final: count,
    };
  });
  assert.equal(passes.afterReplace, 3);
  assert.deepEqual(passes.kinds, ['pottery101:gift', 'cloud101:uphill', 'pottery101:gift', 'knit101:waste']);
  assert.ok(passes.settled >= 2 && passes.settled <= 4, `a few passes, not a loop: ${passes.settled}`);
  assert.equal(passes.final, passes.settled, 'no pass after the page settled');
  await page.close();
});

test('update(learner) re-tags live; disconnect() removes the tags and stops observing', async () => {
  const { page } = await openFixture();
  await page.evaluate(() => {
    const { controller, learners } = window.fixture;
    controller.update({ ...learners.ana, interests: [{ skill: 'cloud', strength: 1 }] });
  });
  const k = await kinds(page);
  assert.equal(k.cloud101, 'sweet_spot');
  assert.equal(k.pottery101, 'waste');
  await page.evaluate(() => window.fixture.controller.update(window.fixture.learners.bob));
  assert.deepEqual(await kinds(page), expected.bob);
  const left = await page.evaluate(async () => {
    window.fixture.controller.disconnect();
    window.fixture.render();
    await new Promise((r) => setTimeout(r, 50));
    return document.querySelectorAll('[data-sweetspot]').length;
  });
  assert.equal(left, 0);
  await page.close();
});

test('labels and reasons in German, French and Spanish are rebuilt from the structured fields', async () => {
  const cases = {
    de: { uphill: 'Bergauf', why: 'Warum?', reason: /Ihre Rolle als Developer verlangt die Fähigkeit „Python“ auf Stufe 3; Sie sind auf Stufe 1\./, framing: /Warum es wichtig ist: We move to the cloud in 2027\./ },
    fr: { uphill: 'En côte', why: 'Pourquoi ?', reason: /Votre poste de Developer demande la compétence « Python » au niveau 3 ; vous êtes au niveau 1\./, framing: /Pourquoi c’est important/ },
    es: { uphill: 'Cuesta arriba', why: '¿Por qué?', reason: /Su puesto de Developer requiere la habilidad «Python» en el nivel 3; usted está en el nivel 1\./, framing: /Por qué importa/ },
  };
  for (const [locale, want] of Object.entries(cases)) {
    const { page } = await openFixture(`?locale=${locale}`);
    assert.equal(await page.locator('[data-sweetspot-course="cloud101"] .ss-tag__label').textContent(), want.uphill, locale);
    assert.match(await page.locator('[data-sweetspot-course="cloud101"] .ss-tag__why').textContent(), new RegExp(`^${want.why.replace(/[?¿]/g, '\\$&')}`));
    await page.click('[data-sweetspot-course="py201"] .ss-tag__why');
    const py = page.locator('[data-sweetspot-course="py201"] [role="dialog"]');
    await py.waitFor({ state: 'visible' });
    const text = await py.innerText();
    assert.match(text, want.reason, locale);
    assert.doesNotMatch(text, /Your role as|You want to learn/, `${locale}: no English engine text`);
    await page.keyboard.press('Escape');
    await page.click('[data-sweetspot-course="cloud101"] .ss-tag__why');
    const cloud = page.locator('[data-sweetspot-course="cloud101"] [role="dialog"]');
    await cloud.waitFor({ state: 'visible' });
    assert.match(await cloud.innerText(), want.framing, locale);
    await page.close();
  }
});

test('every message catalog has the keys and placeholders of the English one', async () => {
  const { page } = await openFixture();
  const problems = await page.evaluate(async () => {
    const en = (await import('/web/src/i18n/en.js')).default;
    const out = [];
    const holes = (v) => JSON.stringify(typeof v === 'string' ? [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      : Object.fromEntries(Object.entries(v).map(([k, s]) => [k, [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()])));
    for (const code of ['de', 'fr', 'es']) {
      const cat = (await import(`/web/src/i18n/${code}.js`)).default;
      for (const key of Object.keys(en)) {
        if (!(key in cat)) out.push(`${code}: missing ${key}`);
        else if (typeof en[key] === 'string' && holes(en[key]) !== holes(cat[key])) out.push(`${code}: placeholders of ${key}`);
      }
      for (const key of Object.keys(cat)) if (!(key in en)) out.push(`${code}: unknown key ${key}`);
    }
    const { registerLocale, translator } = await import('/web/src/ui.js');
    registerLocale('it', { 'quadrant.uphill': 'In salita' });
    const t = translator('it-IT');
    if (t('quadrant.uphill') !== 'In salita' || t('quadrant.gift') !== 'Gift') out.push('registerLocale fallback');
    return out;
  });
  assert.deepEqual(problems, []);
  await page.close();
});

test('without the Popover API the dialog still opens, reads and closes by keyboard', async () => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    delete HTMLElement.prototype.showPopover;
    delete HTMLElement.prototype.hidePopover;
    delete HTMLElement.prototype.togglePopover;
  });
  await page.goto(`${server.url}fixtures/fixture.html`);
  await ready(page);
  const button = page.locator('[data-sweetspot-course="pottery101"] .ss-tag__why');
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('[data-sweetspot-course="pottery101"] [role="dialog"]');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await dialog.getAttribute('popover'), null);
  assert.match(await dialog.innerText(), /We support this as a gift\./);
  await page.waitForFunction(() => !!document.activeElement?.closest('[role="dialog"]'));
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('ss-tag__why')));
  await page.close();
});

test('the tags are themable through --sweetspot-* custom properties', async () => {
  const page = await context.newPage();
  await page.goto(`${server.url}fixtures/fixture.html`);
  await ready(page);
  const bg = () => page.$eval('[data-sweetspot-course="cloud101"] .ss-tag__badge', (b) => getComputedStyle(b).backgroundColor);
  assert.equal(await bg(), 'rgb(255, 241, 220)');
  await page.evaluate(() => document.documentElement.style.setProperty('--sweetspot-uphill-bg', 'rgb(1, 2, 3)'));
  assert.equal(await bg(), 'rgb(1, 2, 3)');
  // Every class the UI adds is prefixed, so it cannot collide with the host's.
  const classes = await page.$$eval('[data-sweetspot] *, [data-sweetspot]', (els) =>
    [...new Set(els.flatMap((e) => [...e.classList]))].filter((c) => !c.startsWith('ss-')));
  assert.deepEqual(classes, []);
  await page.close();
});
