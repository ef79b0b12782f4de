// My courses and the Dashboard: tags every course card (block_myoverview's card, list and summary
// views; any Dashboard block that renders core course cards). block_myoverview re-renders its cards
// on every filter, sort, page and view change; tagCourses' MutationObserver re-tags them.
//
// This file imports nothing up front: the engine and the UI come by import() of learner-start.js,
// which the package bundles with everything under it into one file (mycourses.bundle.js;
// scripts/package-moodle.mjs rewrites the import). Module scripts run before DOMContentLoaded, so a
// static import made Moodle's own start-up wait for the whole tree (real Moodle 4.5, empty cache:
// DOMContentLoaded at ~980 instead of ~300 ms, the cards and tags a second later).
//
// Where the head hints the learner engine (hook_callbacks::engine_hints: My courses, a course to
// show, the site's snapshot up to date) the engine and the data load at once, beside Moodle's own
// loading of the cards; elsewhere nothing is fetched until a card is on the page (the 4.5
// Dashboard shows none by default).

// adapters.MOODLE_CARD_SELECTOR (examples/moodle/adapter.js; a test keeps them equal), without
// importing the tree for it.
const CARD_SELECTOR = '[data-region="course-content"][data-course-id]';

const root = document.getElementById('page') ?? document.body;

function whenCards() {
  if (root.querySelector(CARD_SELECTOR)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.querySelector(CARD_SELECTOR)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * For those who map course skills (local/sweetspot:manage): a quiet "No skills mapped yet" link on
 * every card whose course has no skill the taxonomy knows (learners see no tag there), to the
 * suggestions page. Re-applied after every tagging pass (block_myoverview re-renders its cards).
 */
function noteUntagged(page) {
  // Untagged courses the catalog left out (a mandatory course without skills still gets a tag).
  const skipped = new Set(page.mapped.skipped);
  const untagged = new Set(page.mapped.untagged.map(String).filter((id) => skipped.has(page.mapped.idMap.get(id))));
  const text = page.data.strings?.noskills ?? '';
  if (!untagged.size || !text) return;
  const apply = () => {
    for (const card of root.querySelectorAll(CARD_SELECTOR)) {
      if (!untagged.has(card.dataset.courseId) || card.querySelector('.local-sweetspot-noskills')) continue;
      const note = document.createElement('a');
      note.className = 'local-sweetspot-noskills';
      note.href = page.data.reviewurl;
      note.textContent = text;
      note.title = page.data.strings.noskills_help ?? '';
      const where = card.querySelector('.coursename, .multiline')?.parentElement ?? card;
      where.append(note);
    }
  };
  root.addEventListener('sweetspot-tagged', apply);
  apply();
}

/** The plugin's shared start-up and the learner's page: engine, data, agenda. */
async function loadPage() {
  const shared = await import('./learner-start.js');
  return { shared, page: await shared.loadLearnerPage() };
}

async function main() {
  const expected = document.querySelector('link[rel="preload"][href*="sweetspot-learner.wasm"]') !== null;
  const { shared: { adapters, ui }, page } = await (expected ? loadPage() : whenCards().then(loadPage));
  if (page.error) {
    // eslint-disable-next-line no-console
    console.info(`Sweetspot: ${page.error}`);
    return;
  }
  await whenCards();
  const controller = ui.tagCourses(root, {
    engine: page.engine,
    learner: page.learner(),
    documents: page.documents,
    adapter: adapters.moodleAdapter({ idMap: page.mapped.idMap }),
    onInvite: () => {
      if (page.interestsUrl) window.location.assign(page.interestsUrl);
    },
  });
  // The agenda changed in another tab (the interests page): re-tag.
  page.store.subscribe(() => controller.update(page.learner()));
  if (page.data.canmanage) noteUntagged(page);
  window.localSweetspot = { controller, page };
}

// eslint-disable-next-line no-console
main().catch((e) => console.warn('Sweetspot: could not tag the course cards', e));
