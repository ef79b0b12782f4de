// The learner's interests page: <sweetspot-interests> over the taxonomy and the agenda's roles,
// kept by the agenda store in this browser, and a <sweetspot-matrix> of the learner's courses that
// follows every change. Nothing is sent to Moodle unless the learner ticks "Share my interests with
// my organization's report" (off by default): then the interests and aspirations are sent, and sent
// again after every change (local_sweetspot_set_sharing); unticking withdraws them.
import { call, loadLearnerPage, pageStrings, ui, warn } from './common.js';

const container = document.querySelector('[data-region="sweetspot-interests"]');

function message(text) {
  const p = document.createElement('p');
  p.className = 'alert alert-info';
  p.textContent = text;
  container.replaceChildren(p);
}

const SEND_DELAY = 400; // ms: a slider drag or quick edits are sent once

/** Wires the share checkbox; returns the function to call after every change of the agenda. */
function setupSharing(store) {
  const box = document.querySelector('[data-region="sweetspot-share"]');
  const checkbox = box?.querySelector('[data-region="sweetspot-share-checkbox"]');
  const status = box?.querySelector('[data-region="sweetspot-share-status"]');
  if (!checkbox || !status) return () => {};
  const str = pageStrings(box);
  let queue = Promise.resolve();
  let timer = null;

  const send = (share) => {
    const agenda = store.read() ?? { interests: [], aspirations: [] };
    const args = share
      ? { share: true, agenda: JSON.stringify({ interests: agenda.interests, aspirations: agenda.aspirations }) }
      : { share: false };
    status.textContent = str('sharejs_saving');
    queue = queue.then(() => call('local_sweetspot_set_sharing', args)).then((r) => {
      status.textContent = r.share ? str('sharejs_on', r) : str('sharejs_off');
    }, (e) => {
      status.textContent = str('sharejs_error', e.message);
    });
    return queue;
  };

  checkbox.disabled = false;
  checkbox.addEventListener('change', () => {
    clearTimeout(timer);
    send(checkbox.checked);
  });
  return () => {
    if (!checkbox.checked) return;
    clearTimeout(timer);
    timer = setTimeout(() => send(true), SEND_DELAY);
  };
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
  const shareChanged = setupSharing(page.store);
  panel.addEventListener('sweetspot-agenda-change', () => {
    refresh();
    shareChanged();
  });
  window.localSweetspot = { page, panel, matrix };
}

main().catch((e) => {
  warn('the interests page could not start', e);
  if (container) message(`Sweetspot could not start: ${e.message}`);
});
