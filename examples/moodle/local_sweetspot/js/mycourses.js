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
    for (const card of root.querySelectorAll(adapters.MOODLE_CARD_SELECTOR)) {
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
  if (page.data.canmanage) noteUntagged(page);
  window.localSweetspot = { controller, page };
}

main().catch((e) => warn('could not tag the course cards', e));
