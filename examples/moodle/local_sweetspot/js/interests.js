// The learner's interests page: <sweetspot-interests> over the taxonomy and the agenda's roles,
// kept by the agenda store in this browser, and a <sweetspot-matrix> of the learner's courses that
// follows every change.
//
// Two copies may leave the browser, each only by the learner's choice (both off by default):
//  - "Keep a private copy in my Moodle account": the agenda is sent after every change, as a user
//    preference only the learner reads (local_sweetspot_set_private_copy); on any device the newer
//    copy wins (common.js adoptPrivateCopy). Unticking deletes it.
//  - "Share my interests with my organization's report": ticking it sends the agenda once. Later
//    edits are not sent by themselves: the page says the shared copy differs and offers "Update the
//    shared copy". A copy with fewer entries than the shared one (a browser that lost its storage)
//    replaces it only after the learner confirms. Unticking withdraws it.
import { call, counted, loadLearnerPage, pageStrings, parseAgendaText, ui, warn } from './common.js';

const container = document.querySelector('[data-region="sweetspot-interests"]');

function message(text) {
  const p = document.createElement('p');
  p.className = 'alert alert-info';
  p.textContent = text;
  container.replaceChildren(p);
}

const SEND_DELAY = 400; // ms: a slider drag or quick edits are sent once

/** The agenda as the server copies hold it: {interests, aspirations}, in a stable order. */
function comparable(agenda) {
  const a = agenda ?? { interests: [], aspirations: [] };
  return JSON.stringify({
    interests: [...a.interests].map((i) => [i.skill, Math.round(i.strength * 1e4) / 1e4]).sort(),
    aspirations: [...a.aspirations].sort(),
  });
}

const payload = (agenda) => JSON.stringify({ interests: agenda.interests, aspirations: agenda.aspirations });
const current = (store) => store.read() ?? { interests: [], aspirations: [] };

/** "Keep a private copy in my Moodle account". Returns the function to call after every change. */
function setupPrivateCopy(store, state) {
  const box = document.querySelector('[data-region="sweetspot-private"]');
  const checkbox = box?.querySelector('[data-region="sweetspot-private-checkbox"]');
  const status = box?.querySelector('[data-region="sweetspot-private-status"]');
  if (!checkbox || !status) return () => {};
  const str = pageStrings(box);
  let queue = Promise.resolve();
  let timer = null;
  checkbox.checked = state.keep;

  const send = (keep) => {
    const args = keep ? { keep: true, agenda: payload(current(store)), updated: store.updated() } : { keep: false };
    status.textContent = str('privatejs_saving');
    queue = queue.then(() => call('local_sweetspot_set_private_copy', args)).then((r) => {
      state.keep = r.keep;
      status.textContent = r.keep ? str('privatejs_on') : str('privatejs_off');
    }, (e) => {
      status.textContent = str('privatejs_error', e.message);
    });
    return queue;
  };

  checkbox.disabled = false;
  checkbox.addEventListener('change', () => {
    clearTimeout(timer);
    send(checkbox.checked);
  });
  if (state.keep) status.textContent = str('privatejs_on');
  if (state.newerHere) send(true); // changes made in this browser since the copy was last sent
  return () => {
    if (!checkbox.checked) return;
    clearTimeout(timer);
    timer = setTimeout(() => send(true), SEND_DELAY);
  };
}

/** "Share my interests with my organization's report". Returns the function to call after every change. */
function setupSharing(store, shared) {
  const box = document.querySelector('[data-region="sweetspot-share"]');
  const checkbox = box?.querySelector('[data-region="sweetspot-share-checkbox"]');
  const status = box?.querySelector('[data-region="sweetspot-share-status"]');
  const update = box?.querySelector('[data-region="sweetspot-share-update"]');
  if (!checkbox || !status) return () => {};
  const str = pageStrings(box);
  let queue = Promise.resolve();
  let sharedCopy = shared.share ? parseAgendaText(shared.agenda) : null;
  checkbox.checked = !!shared.share;

  const showDifference = () => {
    const differs = checkbox.checked && sharedCopy !== null && comparable(sharedCopy) !== comparable(current(store));
    if (update) update.hidden = !differs;
    if (differs) status.textContent = str('sharejs_differs');
  };

  const shown = (r, agenda) => {
    sharedCopy = r.share ? { interests: agenda.interests, aspirations: agenda.aspirations } : null;
    checkbox.checked = r.share;
    status.textContent = r.share
      ? str('sharejs_on', { interests: counted(str, 'count_interests', r.interests), aspirations: counted(str, 'count_aspirations', r.aspirations) })
      : str('sharejs_off');
    if (update) update.hidden = true;
  };

  // One request after the other; a refused shorter copy is sent again only if the learner confirms.
  const send = (share) => {
    const agenda = current(store);
    const args = share ? { share: true, agenda: payload(agenda) } : { share: false };
    status.textContent = str('sharejs_saving');
    queue = queue.then(async () => {
      try {
        shown(await call('local_sweetspot_set_sharing', args), agenda);
      } catch (e) {
        if (e.errorcode !== 'sharefewer') {
          status.textContent = str('sharejs_error', e.message);
          return;
        }
        const before = sharedCopy ? sharedCopy.interests.length + sharedCopy.aspirations.length : 0;
        const after = agenda.interests.length + agenda.aspirations.length;
        // eslint-disable-next-line no-alert
        if (!window.confirm(str('sharejs_fewer', { before, after }))) {
          showDifference();
          status.textContent = `${str('sharejs_kept')} ${status.textContent === str('sharejs_saving') ? '' : status.textContent}`.trim();
          return;
        }
        try {
          shown(await call('local_sweetspot_set_sharing', { ...args, allowfewer: true }), agenda);
        } catch (e2) {
          status.textContent = str('sharejs_error', e2.message);
        }
      }
    });
    return queue;
  };

  checkbox.disabled = false;
  checkbox.addEventListener('change', () => send(checkbox.checked));
  update?.addEventListener('click', () => send(true));
  showDifference();
  return showDifference;
}

async function main() {
  if (!container) return;
  const page = await loadLearnerPage();
  if (page.error) {
    warn(page.error);
    message(pageStrings(container)('jsnoagenda'));
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
  const privateChanged = setupPrivateCopy(page.store, page.privateCopy);
  const shareChanged = setupSharing(page.store, page.data.shared ?? { share: false, agenda: '' });
  const changed = () => {
    refresh();
    privateChanged();
    shareChanged();
  };
  panel.addEventListener('sweetspot-agenda-change', changed);
  // Another tab changed the agenda.
  page.store.subscribe(() => { refresh(); shareChanged(); });
  container.dataset.ready = 'true';
  window.localSweetspot = { page, panel, matrix };
}

main().catch((e) => {
  warn('the interests page could not start', e);
  if (container) message(pageStrings(container)('jsstartfailed', e.message));
});
