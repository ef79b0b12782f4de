// The learner's interests page: <sweetspot-interests> over the taxonomy and the agenda's roles,
// kept by the agenda store in this browser only, and a <sweetspot-matrix> of the learner's courses
// that follows every change.
import { loadLearnerPage, ui, warn } from './common.js';

const container = document.querySelector('[data-region="sweetspot-interests"]');

function message(text) {
  const p = document.createElement('p');
  p.className = 'alert alert-info';
  p.textContent = text;
  container.replaceChildren(p);
}

async function main() {
  if (!container) return;
  const page = await loadLearnerPage();
  if (page.error) {
    message(page.error);
    return;
  }
  container.replaceChildren();
  const panel = ui.createInterestsPanel(container, {
    taxonomy: page.documents.taxonomy,
    organization: page.documents.organization,
    learner: page.mapped.learner,
    store: page.store,
  });
  const matrix = document.createElement('sweetspot-matrix');
  container.appendChild(matrix);
  matrix.configure({ engine: page.engine, documents: page.documents });
  const refresh = () => {
    const learner = page.learner();
    matrix.update(page.engine.classify(learner), learner);
  };
  refresh();
  panel.addEventListener('sweetspot-agenda-change', refresh);
  window.localSweetspot = { page, panel, matrix };
}

main().catch((e) => {
  warn('the interests page could not start', e);
  if (container) message(`Sweetspot could not start: ${e.message}`);
});
