// My courses and the Dashboard: tags every course card (block_myoverview's card, list and summary
// views; any Dashboard block that renders core course cards). Nothing is fetched until a card is on
// the page: the 4.5 Dashboard shows none by default. block_myoverview re-renders its cards on every
// filter, sort, page and view change; tagCourses' MutationObserver re-tags them.
import { adapters, loadLearnerPage, ui, warn } from './common.js';

const root = document.getElementById('page') ?? document.body;

function whenCards() {
  if (root.querySelector(adapters.MOODLE_CARD_SELECTOR)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.querySelector(adapters.MOODLE_CARD_SELECTOR)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

async function main() {
  await whenCards();
  const page = await loadLearnerPage();
  if (page.error) {
    // eslint-disable-next-line no-console
    console.info(`Sweetspot: ${page.error}`);
    return;
  }
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
  window.localSweetspot = { controller, page };
}

main().catch((e) => warn('could not tag the course cards', e));
