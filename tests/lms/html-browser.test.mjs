// Plain pages (web/src/adapters/html.js) in headless Chromium: a catalog declared by the cards'
// attributes, read with catalogFromHtml and tagged through htmlAdapter, and the adapter's id
// mapping (prefix, Map, function) on the same cards.
import assert from 'node:assert/strict';
import { it } from 'node:test';

import { sharedBrowserAndServer, watchedPage } from './browser.mjs';

const shared = sharedBrowserAndServer();

it('reads the catalog from data attributes and tags the cards', async () => {
  const context = await shared.browser.newContext();
  const { page, log } = await watchedPage(context);
  await page.goto(`${shared.server.url}fixtures/html/catalog.html`);
  await page.waitForSelector('html[data-ready="true"]');
  const built = await page.evaluate(() => window.fixtureHtml.built);
  assert.deepEqual(built.catalog.courses, [
    { id: 'py101', title: 'Python for analysts', skills: [{ skill: 'esco-python', level: 3 }, { skill: 'esco-sql', level: 2 }] },
    { id: 'cloud1', title: 'Cloud foundations', skills: [{ skill: 'esco-cloud-technologies', level: 2 }] },
    { id: 'photo', title: 'Photography & light', skills: [{ skill: 'esco-photography', level: 2 }] },
    { id: 'coc', title: 'Code of conduct', skills: [] },
  ]);
  assert.deepEqual(built.problems, [{ course: 'clay', token: 'pottery:2', message: '"pottery" is not a skill id, label or alias of the taxonomy' }]);
  assert.deepEqual(built.skipped, ['clay']);
  const kinds = await page.$$eval('[data-course-id]', (cs) => Object.fromEntries(cs.map((c) => [c.dataset.courseId, c.querySelector('[data-sweetspot="tag"]')?.dataset.sweetspotKind ?? null])));
  assert.deepEqual(kinds, { py101: 'uphill', cloud1: 'uphill', photo: 'gift', clay: null, coc: 'uphill' });

  // The id mapping of htmlAdapter: a prefix, a Map, a function.
  const ids = await page.evaluate(() => {
    const { htmlAdapter } = window.fixtureHtml;
    const list = document.getElementById('cards');
    const run = (a) => a(list).map((c) => c.course);
    return {
      prefix: run(htmlAdapter({ map: 'shop-' })),
      map: run(htmlAdapter({ map: new Map([['py101', 'PY-101']]) })),
      fn: run(htmlAdapter({ map: (v) => (v.length > 4 ? v.toUpperCase() : null) })),
      attrs: htmlAdapter().attributes,
    };
  });
  assert.deepEqual(ids, {
    prefix: ['shop-py101', 'shop-cloud1', 'shop-photo', 'shop-clay', 'shop-coc'],
    map: ['PY-101'],
    fn: ['PY101', 'CLOUD1', 'PHOTO'],
    attrs: ['data-course-id'],
  });
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await page.cspViolations(), []);
  await context.close();
});
