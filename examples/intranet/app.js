// The demo intranet portal: an LMS-like catalog page that embeds Sweetspot. It renders its own
// course cards (as any LMS would), and Sweetspot tags them for the learner picked in the switcher.
// Everything runs in this page: the documents are fetched from this server, the engine is
// WebAssembly, and the learner's interests stay in localStorage.
import {
  tagCourses, dataAttributeAdapter, createAgendaStore, applyAgenda, translator, resolveLocale, tagKind, defineElements,
} from '/web/src/ui.js';
import { QUADRANTS } from '/web/src/constants.js';
import { pageText } from './i18n.js';
import { readPrefs, writePrefs } from './prefs.js';

const $ = (id) => document.getElementById(id);
const KINDS_NO_AGENDA = ['org_needed', 'optional'];
const rememberChoices = () => writePrefs({ learner: state.learnerId, locale: state.locale });

const prefs = readPrefs();
const state = {
  locale: resolveLocale(prefs.locale ?? navigator.language),
  learnerId: null,
  filter: 'all',
  query: '',
  sort: 'catalog',
};

async function loadJSON(name) {
  const response = await fetch(`data/${name}.json`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`data/${name}.json: HTTP ${response.status}`);
  return response.json();
}

// The engine gets the organization + catalog as a snapshot from a revisioned URL
// (compiled/catalog.<hash>.sscat, named by compiled/snapshot.json; build-snapshot.mjs writes them and
// the server sends the snapshot immutable, so a returning learner's browser has it already), on
// the learner module. Without a snapshot (not built), or with ?json in the address (how a
// developer passing JSON documents works), the JSON documents on the full module.
async function snapshotEngine() {
  if (new URLSearchParams(location.search).has('json')) return null;
  const manifest = await fetch('compiled/snapshot.json', { credentials: 'same-origin' });
  if (!manifest.ok) return null;
  const { snapshot } = await manifest.json();
  // The engine (fetch + compile of the .wasm) starts while the snapshot downloads.
  const [bytes, e] = await Promise.all([
    fetch(`compiled/${snapshot}`, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`compiled/${snapshot}: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
    import('/web/src/learner.js').then(({ createEngine }) => createEngine()),
  ]);
  e.loadSnapshot(bytes);
  return e;
}

async function jsonEngine() {
  const { createEngine } = await import('/web/src/index.js');
  const e = await createEngine();
  e.load({ taxonomy, organization, catalog });
  return e;
}

let taxonomy;
let organization;
let catalog;
let learners;
let engine;
try {
  // The page renders its cards from the JSON documents (as an LMS renders its own catalog).
  let snapshotted;
  [taxonomy, organization, catalog, { learners }, snapshotted] = await Promise.all([
    ...['taxonomy', 'organization', 'catalog', 'learners'].map(loadJSON),
    snapshotEngine(),
  ]);
  engine = snapshotted ?? (await jsonEngine());
} catch (err) {
  const box = $('loading');
  box.setAttribute('role', 'alert');
  box.textContent = pageText(state.locale, 'error', { message: err?.message ?? String(err) });
  throw err;
}

const skillIds = new Set(taxonomy.skills.map((s) => s.id));
const roleIds = new Set(organization.roles.map((r) => r.id));
const skillLabel = new Map(taxonomy.skills.map((s) => [s.id, s.label]));
const roleTitle = new Map(organization.roles.map((r) => [r.id, r.title]));
const documents = { taxonomy, organization };
const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const searchText = new Map(catalog.courses.map((c) => [c.id, fold([
  c.title, ...(c.tags ?? []), ...(c.skills ?? []).map((s) => skillLabel.get(s.skill) ?? ''),
].join(' '))]));

state.learnerId = learners.some((l) => l.id === prefs.learner) ? prefs.learner : learners[0].id;
let store = null;

function learnerById(id) {
  return learners.find((l) => l.id === id);
}
/** The learner as the engine sees it: the profile, with the agenda stored in this browser. */
function effectiveLearner() {
  return applyAgenda(learnerById(state.learnerId), store.read());
}

// ---- page chrome -----------------------------------------------------------------------------

function t(key, params) {
  return pageText(state.locale, key, params);
}

function applyChrome() {
  document.documentElement.lang = state.locale;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  $('locale-select').value = state.locale;
  $('search').placeholder = '';
}

function buildLearnerSelect() {
  const select = $('learner-select');
  select.replaceChildren();
  for (const l of learners) {
    const option = document.createElement('option');
    option.value = l.id;
    option.textContent = `${l.name ?? l.id} — ${roleTitle.get(l.role) ?? l.role ?? ''}`;
    select.appendChild(option);
  }
  select.value = state.learnerId;
}

// ---- cards (the host's own rendering; Sweetspot only adds its tag to each) --------------------

function kindOf(courseId) {
  const r = controller?.result;
  if (!r) return null;
  const i = r.indexOf(courseId);
  return i < 0 ? null : tagKind(r.get(i));
}

function fitScore(courseId) {
  const r = controller.result;
  const i = r.indexOf(courseId);
  if (i < 0) return -1;
  const c = r.get(i);
  const kind = tagKind(c);
  const rank = { sweet_spot: 5, org_needed: 4, uphill: 3, gift: 2, optional: 1, waste: 0 }[kind] ?? 0;
  return rank * 10 + c.personal + c.org;
}

function renderCards() {
  const query = fold(state.query.trim());
  let courses = catalog.courses.filter((c) => !query || query.split(/\s+/).every((w) => searchText.get(c.id).includes(w)));
  if (state.filter !== 'all') courses = courses.filter((c) => kindOf(c.id) === state.filter);
  if (state.sort === 'fit' && controller) {
    courses = [...courses].sort((a, b) => fitScore(b.id) - fitScore(a.id) || a.title.localeCompare(b.title));
  }
  const frag = document.createDocumentFragment();
  for (const c of courses) {
    const li = document.createElement('li');
    li.className = 'card';
    li.dataset.courseId = c.id;
    const h = document.createElement('h3');
    h.className = 'card__title';
    h.textContent = c.title;
    li.appendChild(h);
    const topics = (c.tags ?? []).slice(0, 3);
    if (topics.length) {
      const p = document.createElement('p');
      p.className = 'card__topics';
      p.textContent = topics.join(' · ');
      li.appendChild(p);
    }
    const skills = (c.skills ?? []).map((s) => skillLabel.get(s.skill) ?? s.skill);
    if (skills.length) {
      const p = document.createElement('p');
      p.className = 'card__skills';
      const b = document.createElement('span');
      b.className = 'card__skills-label';
      b.textContent = `${t('skills')}: `;
      p.append(b, document.createTextNode(skills.slice(0, 4).join(', ')));
      li.appendChild(p);
    }
    const foot = document.createElement('div');
    foot.className = 'card__foot';
    li.appendChild(foot);
    frag.appendChild(li);
  }
  $('cards').replaceChildren(frag);
  $('results').textContent = t('results', { shown: courses.length, total: catalog.courses.length });
}

function buildFilters() {
  const box = $('filters');
  const legend = box.querySelector('legend');
  box.replaceChildren(legend);
  const r = controller.result;
  const tt = translator(state.locale);
  const noAgenda = r.noPersonalAgenda;
  const kinds = noAgenda ? KINDS_NO_AGENDA : QUADRANTS;
  const counts = {};
  for (const c of r) { const k = tagKind(c); counts[k] = (counts[k] ?? 0) + 1; }
  if (!['all', ...kinds].includes(state.filter)) state.filter = 'all';
  for (const kind of ['all', ...kinds]) {
    const label = document.createElement('label');
    label.className = `chip chip--${kind}`;
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'quadrant-filter';
    input.value = kind;
    input.checked = state.filter === kind;
    input.addEventListener('change', () => {
      state.filter = kind;
      renderCards();
    });
    const text = kind === 'all' ? `${t('all')} (${r.length})` : `${tt(`quadrant.${kind}`)} (${counts[kind] ?? 0})`;
    const span = document.createElement('span');
    span.textContent = text;
    label.append(input, span);
    box.appendChild(label);
  }
}

function renderWelcome() {
  const r = controller.result;
  const learner = learnerById(state.learnerId);
  const name = (learner.name ?? learner.id).split(' ')[0];
  const total = r.length;
  $('welcome').textContent = r.noPersonalAgenda
    ? t('welcomeNoAgenda', { name, org: (r.summary.sweet_spot ?? 0) + (r.summary.uphill ?? 0), total })
    : t('welcome', { name, sweet: r.summary.sweet_spot ?? 0, total });

  const tt = translator(state.locale);
  const box = $('growth');
  box.replaceChildren();
  for (const g of r.growth ?? []) {
    const p = document.createElement('p');
    p.className = 'growth__item';
    if (state.locale === 'en') {
      p.textContent = g.message;
    } else {
      const init = (organization.growth ?? []).find((x) => x.name === g.initiative);
      p.textContent = [tt('growth.title', { initiative: g.initiative }), init?.rationale, tt('growth.count', { count: g.courses.length })]
        .filter(Boolean).join(' ');
    }
    box.appendChild(p);
  }
}

// ---- wiring ----------------------------------------------------------------------------------

defineElements(); // <sweetspot-interests> and <sweetspot-matrix> (explicit: bundlers may drop import side effects)
const panel = $('interests');
const matrix = $('matrix');
let controller = null;

function openStore() {
  store = createAgendaStore({ learnerId: state.learnerId, skills: skillIds, roles: roleIds });
}

function configurePanel() {
  panel.configure({ taxonomy, organization, learner: learnerById(state.learnerId), store, locale: state.locale });
}

function refreshViews({ rerender = false } = {}) {
  matrix.update(controller.result, controller.learner);
  renderWelcome();
  buildFilters();
  if (rerender || state.filter !== 'all' || state.sort === 'fit') renderCards();
}

applyChrome();
buildLearnerSelect();
openStore();
renderCards();
controller = tagCourses($('cards'), {
  engine,
  learner: effectiveLearner(),
  documents,
  locale: state.locale,
  adapter: dataAttributeAdapter({ mount: (card) => card.querySelector('.card__foot') }),
});
matrix.configure({ engine, documents, locale: state.locale });
configurePanel();
refreshViews();
$('loading').remove();

panel.addEventListener('sweetspot-agenda-change', () => {
  controller.update(effectiveLearner());
  refreshViews();
});

document.addEventListener('sweetspot-invite', () => {
  $('interests-section').scrollIntoView({ block: 'start' });
  panel.focusSearch();
});

$('learner-select').addEventListener('change', (e) => {
  state.learnerId = e.target.value;
  rememberChoices();
  openStore();
  configurePanel();
  controller.update(effectiveLearner());
  refreshViews({ rerender: true });
});

$('locale-select').addEventListener('change', (e) => {
  state.locale = resolveLocale(e.target.value);
  rememberChoices();
  applyChrome();
  buildLearnerSelect();
  controller.setLocale(state.locale);
  panel.locale = state.locale;
  matrix.locale = state.locale;
  refreshViews({ rerender: true });
});

$('search').addEventListener('input', (e) => {
  state.query = e.target.value;
  renderCards();
});
$('sort').addEventListener('change', (e) => {
  state.sort = e.target.value;
  renderCards();
});
$('controls').addEventListener('submit', (e) => e.preventDefault());

// For the browser tests and the curious: the live objects, and a flag once the first tags are on.
window.sweetspotDemo = { engine, controller, panel, matrix, state, renderCards };
document.documentElement.dataset.ready = 'true';
