// The learner's agenda in the Moodle plugin, in headless Chromium on fixture pages with the packaged
// plugin: it survives Moodle's localStorage wipes (a new login: core/storage_validation; a cache
// purge: core/storagewrapper — both localStorage.clear(), reproduced by fixtures/storage-validation.js),
// the opt-in private copy in the learner's account follows them to a second browser, and the copy
// shared with the organization's report changes only when the learner acts, never to a shorter one
// without their confirmation. lib/ajax/service.php is answered by route interception; what the
// plugin's PHP would store is computed by its own mapping class (classes/local/audit_learners.php,
// run with php-cli).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { launch, readFixture, reviewCoursesFixture, routeMoodle, stagedMoodlePlugin, startServer, watchedPage } from './browser.mjs';
import { runAuditLearners } from './helpers.mjs';

const taxonomy = readFixture('taxonomy.json');
const courses = readFixture('moodle/timeline-courses.json');
const KEY = 'sweetspot:agenda:moodle-user-7';
const FOUR_AND_ONE = {
  interests: [
    { skill: 'esco-python', strength: 0.9 }, { skill: 'esco-photography', strength: 0.8 },
    { skill: 'esco-machine-learning', strength: 0.7 }, { skill: 'esco-sql', strength: 0 },
  ],
  aspirations: ['data-scientist'],
};

let browser;
let server;
let staged;
let origin;
let review;

before(async () => {
  staged = stagedMoodlePlugin();
  [browser, server] = await Promise.all([launch(), startServer({ '/local/sweetspot/': staged.stageDir })]);
  origin = server.url;
  review = reviewCoursesFixture(origin);
});
after(async () => {
  await browser?.close();
  await server?.close();
  staged?.cleanup();
});

/**
 * A fake Moodle account for one learner: the two user preferences the plugin's external functions
 * write (computed by the plugin's PHP class), and what local_sweetspot_get_learner_data returns.
 */
function account() {
  const state = { shared: null, sharedValue: null, share: false, private: null, sent: [] };
  const learnerData = () => {
    const data = readFixture('moodle/learner-data.json');
    data.taxonomyurl = review.taxonomyurl;
    data.settings.interestsurl = `${origin}fixtures/moodle/interests.html`;
    data.privatecopy = state.private
      ? { keep: true, updated: state.private.updated, agenda: JSON.stringify({ interests: state.private.interests, aspirations: state.private.aspirations }) }
      : { keep: false, updated: 0, agenda: '' };
    data.shared = { share: state.share, agenda: state.shared ? JSON.stringify(state.shared) : '' };
    return data;
  };
  const handlers = {
    local_sweetspot_set_sharing: async ({ share, agenda, allowfewer }) => {
      state.sent.push({ fn: 'share', share, allowfewer: !!allowfewer, agenda: agenda ? JSON.parse(agenda) : undefined });
      if (!share) {
        state.share = false;
        state.shared = null;
        state.sharedValue = null;
        return { share: false, interests: 0, aspirations: 0 };
      }
      // What set_sharing does: encode, and refuse a copy with fewer entries unless confirmed.
      const [encoded, before] = await runAuditLearners([{ op: 'encode', agenda }, { op: 'entries', stored: state.sharedValue }]);
      assert.equal(encoded.error, null);
      if (encoded.interests + encoded.aspirations < before && !allowfewer) {
        return { exception: { message: 'The shared copy would shrink', errorcode: 'sharefewer' } };
      }
      state.share = true;
      state.sharedValue = encoded.value;
      state.shared = JSON.parse(agenda);
      return { share: true, interests: encoded.interests, aspirations: encoded.aspirations };
    },
    local_sweetspot_set_private_copy: async ({ keep, agenda, updated }) => {
      state.sent.push({ fn: 'private', keep, updated, agenda: agenda ? JSON.parse(agenda) : undefined });
      if (!keep) {
        state.private = null;
        return { keep: false, updated: 0, interests: 0, aspirations: 0 };
      }
      // What set_private_copy stores, and what get_learner_data reads back.
      const [encoded] = await runAuditLearners([{ op: 'encode-private', agenda, updated }]);
      assert.equal(encoded.error, null);
      const [back] = await runAuditLearners([{ op: 'decode-private', stored: encoded.value }]);
      state.private = back;
      return { keep: true, updated: back.updated, interests: encoded.interests, aspirations: encoded.aspirations };
    },
  };
  return { state, learnerData, handlers };
}

/** A browser (context) of the learner, on a fixture page; returns {page, log, open, context}. */
async function device(acct) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const w = await watchedPage(context);
  const open = async (path) => {
    await w.page.unrouteAll({ behavior: 'wait' });
    await routeMoodle(w.page, origin, { learnerData: acct.learnerData(), review, courses, taxonomy, handlers: acct.handlers });
    await w.page.goto(`${origin}fixtures/moodle/${path}`);
    if (path.startsWith('interests')) await w.page.waitForSelector('[data-region="sweetspot-interests"][data-ready="true"]');
    else await w.page.waitForFunction(() => window.localSweetspot?.controller);
  };
  return { ...w, context, open };
}

const agendaOf = (page) => page.evaluate(() => window.localSweetspot.page.store.read());
const writeAgenda = (page, agenda) => page.evaluate(async (a) => {
  window.localSweetspot.page.store.write(a);
  await window.localSweetspot.page.store.saved();
  // What the panel does after an edit: the page reacts to its event.
  window.localSweetspot.panel.dispatchEvent(new CustomEvent('sweetspot-agenda-change', { bubbles: true, detail: { agenda: a } }));
}, agenda);
const sweetspotKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sweetspot:')));
const tagsOn = (page) => page.evaluate(() => [...document.querySelectorAll('[data-sweetspot-kind]')]
  .map((t) => `${t.dataset.sweetspotCourse}:${t.dataset.sweetspotKind}`).sort());

describe('Moodle clears localStorage: the agenda survives', () => {
  it('a new login (core/storage_validation) and a cache purge (core/storagewrapper) lose nothing', async () => {
    const acct = account();
    const d = await device(acct);
    await d.open('interests.html');
    assert.equal(await agendaOf(d.page), null, 'a new learner has no agenda');
    await writeAgenda(d.page, FOUR_AND_ONE);
    assert.deepEqual((await sweetspotKeys(d.page)).sort(), [KEY, `${KEY}:last-good`]);
    await d.open('my-courses.html');
    const tagged = await tagsOn(d.page);
    assert.ok(tagged.some((t) => t.endsWith(':sweet_spot')), `the agenda shapes the tags: ${tagged}`);

    // Log in again: Moodle's storage_validation clears localStorage before any plugin code runs.
    await d.page.evaluate(() => sessionStorage.setItem('fixture-login', '1779000999'));
    await d.open('my-courses.html');
    assert.equal(await d.page.evaluate(() => window.fixtureStorageCleared), 1, 'the wipe happened');
    assert.deepEqual(await agendaOf(d.page), FOUR_AND_ONE);
    assert.deepEqual(await tagsOn(d.page), tagged, 'the same tags as before the wipe');
    assert.deepEqual((await sweetspotKeys(d.page)).length, 2, 'localStorage is refilled from IndexedDB');

    // Purge caches: a new JS revision, storagewrapper clears localStorage again.
    await d.page.evaluate(() => sessionStorage.setItem('fixture-jsrev', '1779001234'));
    await d.open('interests.html');
    assert.equal(await d.page.evaluate(() => window.fixtureStorageCleared), 1);
    assert.deepEqual(await agendaOf(d.page), FOUR_AND_ONE);
    const chips = await d.page.$$eval('.ss-interest', (li) => li.map((l) => l.dataset.skill).sort());
    assert.deepEqual(chips, FOUR_AND_ONE.interests.map((i) => i.skill).sort(), 'the panel shows them, "not for me" included');
    assert.ok(await d.page.getByRole('checkbox', { name: 'Data Scientist' }).isChecked());

    // Nothing reached Moodle: both copies are off.
    assert.deepEqual(acct.state.sent, []);
    assert.deepEqual(d.log.pageErrors, []);
    assert.deepEqual(await d.page.cspViolations(), []);
    await d.context.close();
  });

  it('the learner\'s first edit after a wipe keeps what was there (no stale, emptier copy wins)', async () => {
    const acct = account();
    const d = await device(acct);
    await d.open('interests.html');
    await writeAgenda(d.page, FOUR_AND_ONE);
    await d.page.evaluate(() => { localStorage.clear(); });
    await d.open('interests.html');
    const agenda = await agendaOf(d.page);
    await writeAgenda(d.page, { ...agenda, interests: [...agenda.interests, { skill: 'esco-communication', strength: 0.6 }] });
    await d.open('interests.html');
    assert.equal((await agendaOf(d.page)).interests.length, 5);
    await d.context.close();
  });
});

describe('"Keep a private copy in my Moodle account"', () => {
  it('is off by default; ticked, it follows the learner to a second browser; unticked, it is deleted', async () => {
    const acct = account();
    const one = await device(acct);
    await one.open('interests.html');
    await writeAgenda(one.page, FOUR_AND_ONE);
    await one.page.waitForTimeout(600);
    assert.deepEqual(acct.state.sent, [], 'off: nothing is sent');

    const box = one.page.getByRole('checkbox', { name: 'Keep a private copy in my Moodle account' });
    const status = one.page.locator('[data-region="sweetspot-private-status"]');
    await box.check();
    await status.filter({ hasText: 'A private copy is kept in your account.' }).waitFor();
    assert.deepEqual(acct.state.sent.at(-1).agenda, FOUR_AND_ONE);
    assert.ok(acct.state.sent.at(-1).updated > 0, 'with the time of the change');

    // A second browser: nothing local, the private copy is used (and stored locally).
    const two = await device(acct);
    await two.open('my-courses.html');
    assert.deepEqual(await agendaOf(two.page), FOUR_AND_ONE);
    assert.equal((await sweetspotKeys(two.page)).length, 2);

    // An edit on the second browser is sent; the first takes it at its next page.
    const edited = { interests: FOUR_AND_ONE.interests.slice(0, 2), aspirations: [] };
    await two.open('interests.html');
    await writeAgenda(two.page, edited);
    await two.page.waitForFunction(() => /kept/.test(document.querySelector('[data-region="sweetspot-private-status"]').textContent));
    await two.page.waitForTimeout(800);
    assert.deepEqual(acct.state.private.interests, edited.interests);
    await one.open('my-courses.html');
    assert.deepEqual(await agendaOf(one.page), edited, 'the newer copy wins');

    await one.open('interests.html');
    await one.page.getByRole('checkbox', { name: 'Keep a private copy in my Moodle account' }).uncheck();
    await one.page.locator('[data-region="sweetspot-private-status"]').filter({ hasText: 'No private copy' }).waitFor();
    assert.equal(acct.state.private, null);
    assert.deepEqual(acct.state.sent.at(-1), { fn: 'private', keep: false, updated: undefined, agenda: undefined });
    assert.ok(acct.state.sent.every((s) => s.fn === 'private'), 'the report\'s copy was never touched');
    for (const d of [one, two]) assert.deepEqual(d.log.pageErrors, []);
    await one.context.close();
    await two.context.close();
  });
});

describe('"Share my interests with my organization\'s report"', () => {
  it('changes only by an explicit action, and never to a shorter copy without the learner\'s confirmation', async () => {
    const acct = account();
    const one = await device(acct);
    await one.open('interests.html');
    await writeAgenda(one.page, FOUR_AND_ONE);
    const box = one.page.getByRole('checkbox', { name: 'Share my interests with my organization\'s report' });
    const status = one.page.locator('[data-region="sweetspot-share-status"]');
    assert.equal(await box.isChecked(), false);
    await box.check();
    await status.filter({ hasText: 'Shared with your organization\'s report: 4 interests and 1 aspired role.' }).waitFor();
    assert.deepEqual(acct.state.shared, FOUR_AND_ONE);
    const sends = acct.state.sent.length;

    // An edit is not sent by itself: the page says the shared copy differs and offers to update it.
    const five = { ...FOUR_AND_ONE, interests: [...FOUR_AND_ONE.interests, { skill: 'esco-cloud-technologies', strength: 0.5 }] };
    await writeAgenda(one.page, five);
    await status.filter({ hasText: 'the report still sees the earlier copy' }).waitFor();
    await one.page.waitForTimeout(600);
    assert.equal(acct.state.sent.length, sends, 'nothing sent');
    const update = one.page.getByRole('button', { name: 'Update the shared copy' });
    await update.click();
    await status.filter({ hasText: '5 interests and 1 aspired role' }).waitFor();
    assert.deepEqual(acct.state.shared, five);

    // A second browser without the agenda (no private copy): its edit would shrink the shared copy.
    const two = await device(acct);
    await two.open('interests.html');
    assert.equal(await agendaOf(two.page), null);
    await writeAgenda(two.page, { interests: [{ skill: 'esco-python', strength: 0.5 }], aspirations: [] });
    // watchedPage dismisses every dialog (and logs it): the learner says no.
    await two.page.getByRole('button', { name: 'Update the shared copy' }).click();
    await two.page.locator('[data-region="sweetspot-share-status"]').filter({ hasText: 'the report still sees the earlier copy' }).waitFor();
    assert.equal(two.log.dialogs.length, 1);
    assert.match(two.log.dialogs[0], /^confirm: .*more entries \(6\) than this page \(1\)/);
    assert.deepEqual(acct.state.shared, five, 'dismissed: the shared copy is kept');
    assert.equal(acct.state.sent.at(-1).allowfewer, false);

    // Confirmed: replaced, with allowfewer.
    two.page.removeAllListeners('dialog');
    two.page.once('dialog', (d) => d.accept());
    await two.page.getByRole('button', { name: 'Update the shared copy' }).click();
    await two.page.locator('[data-region="sweetspot-share-status"]').filter({ hasText: '1 interest and 0 aspired roles' }).waitFor();
    assert.equal(acct.state.sent.at(-1).allowfewer, true);
    assert.deepEqual(acct.state.shared.interests, [{ skill: 'esco-python', strength: 0.5 }]);

    await box.uncheck();
    await status.filter({ hasText: 'Not shared' }).waitFor();
    assert.equal(acct.state.shared, null);
    for (const d of [one, two]) assert.deepEqual(d.log.pageErrors, []);
    await one.context.close();
    await two.context.close();
  });
});
