// The start-up of a learner's page (My courses, the interests page): the learner's data from Moodle,
// the engine with the site's catalog, the learner's agenda. The plugin's other pages get it
// through common.js. The Sweetspot package is in ../engine/ (copied there by
// scripts/package-moodle.mjs), which also bundles this module with everything it imports into
// js/mycourses.bundle.js: My courses then fetches one file for it instead of ~45 (over HTTP/1.1,
// beside Moodle's own requests for the cards). The full module is left out of the bundle: it is
// imported only when the snapshot cannot be used.
//
// Data comes from the plugin's own external functions through lib/ajax/service.php (as core/ajax
// calls them), with the session key from M.cfg. The learner's interests are kept in this browser by
// the agenda store (IndexedDB, which Moodle leaves alone, mirrored in localStorage, which Moodle
// clears at every login and cache purge) and applied to the learner here. They reach Moodle only
// when the learner chooses: a private copy in their own account, or a copy shared with the report.
import * as ui from '../engine/src/ui.js';
import * as generic from '../engine/src/adapters/index.js';
import * as agendaForm from '../engine/src/agenda-form.js';
import * as moodle from './adapter.js';
import { callMoodleService } from './service.js';

/** The package's adapters, the agenda form and this plugin's adapter (examples/moodle/adapter.js). */
const adapters = Object.freeze({ ...generic, ...agendaForm, ...moodle });
export { ui, adapters };

/** M.cfg (wwwroot, sesskey) as Moodle prints it on every page. */
export function moodleConfig() {
  const cfg = globalThis.M?.cfg;
  if (!cfg || !cfg.wwwroot || !cfg.sesskey) throw new Error('M.cfg (wwwroot, sesskey) is not on this page');
  return cfg;
}

/** Calls one of the plugin's external functions. */
export function call(methodname, args = {}) {
  const { wwwroot, sesskey } = moodleConfig();
  return callMoodleService({ wwwroot, sesskey }, methodname, args);
}

/** createEngine() options: the .wasm next to the packaged module, whatever the page's scripts say. */
export function engineOptions() {
  return { locateFile: (name) => new URL(`../engine/dist/${name}`, import.meta.url).href };
}

/** The uploaded taxonomy (a taxonomy document, or a combined one with a `taxonomy` key), or null. */
export async function loadTaxonomy(url) {
  if (!url) return null;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`taxonomy: HTTP ${response.status}`);
  const doc = await response.json();
  const taxonomy = doc && Array.isArray(doc.skills) ? doc : doc?.taxonomy;
  if (!taxonomy || !Array.isArray(taxonomy.skills)) throw new Error('taxonomy: the file has no "skills" list');
  return taxonomy;
}

export function warn(message, error) {
  // eslint-disable-next-line no-console
  console.warn(`Sweetspot: ${message}`, error ?? '');
}

/**
 * Everything a learner page needs: the data from local_sweetspot_get_learner_data mapped onto a
 * catalog and learner, an engine with it loaded, the learner's agenda store. Resolves to
 * {error} when the admin has not entered a usable agenda yet.
 */
export async function loadLearnerPage() {
  const data = await call('local_sweetspot_get_learner_data');
  // The site's snapshot needs no taxonomy: the learner module, the snapshot and the taxonomy are
  // fetched at once (they were one after the other: taxonomy, then snapshot).
  const fromSnapshot = data.snapshoturl ? snapshotEngine(data.snapshoturl) : Promise.resolve(null);
  let taxonomy = null;
  try {
    taxonomy = await loadTaxonomy(data.taxonomyurl);
  } catch (e) {
    warn('the taxonomy could not be read; skills are shown by id', e);
  }
  const mapped = adapters.fromLearnerData(data, { taxonomy });
  if (mapped.error) {
    fromSnapshot.then((loaded) => loaded?.engine.dispose());
    return { error: mapped.error, data };
  }
  for (const p of mapped.problems) warn(`course ${p.course}: ${p.token}: ${p.message}`);
  const { organization, catalog } = mapped;
  const documents = { taxonomy: taxonomy ?? adapters.taxonomyFromDocuments({ organization, catalog }), organization };
  const { engine, loaded, from } = (await fromSnapshot) ?? (await jsonEngine(documents, catalog));
  for (const w of from === 'json' ? loaded.warnings ?? [] : []) warn(`${w.path}: ${w.message}`);
  const store = ui.createAgendaStore({
    learnerId: mapped.learner.id,
    skills: taxonomy ? new Set(taxonomy.skills.map((s) => s.id)) : undefined,
    roles: new Set((organization.roles ?? []).map((r) => r.id)),
  });
  // Nothing is shown (or editable) before the durable copy is read: an edit made before it would
  // be newer than, and so replace, the agenda Moodle's localStorage wipe hid.
  await store.ready;
  const privateCopy = adoptPrivateCopy(store, data.privatecopy);
  return {
    error: null,
    data,
    engine,
    /** 'snapshot' (the site's snapshot, learner module) or 'json' (this learner's courses, full module). */
    catalogFrom: from,
    documents,
    mapped,
    store,
    privateCopy,
    interestsUrl: data.settings?.interestsurl,
    /** The learner as the engine sees them now: Moodle's side plus the agenda in this browser. */
    learner: () => ui.applyAgenda(mapped.learner, store.read()),
  };
}

/**
 * An engine with the site's snapshot loaded (a revisioned URL the browser keeps, loaded by the small
 * learner module), or null when it cannot be used: then the learner's own courses are loaded as
 * JSON in the full module (jsonEngine).
 */
async function snapshotEngine(url) {
  try {
    const [{ createEngine: createLearnerEngine }, response] = await Promise.all([
      import('../engine/src/learner.js'), fetch(url, { credentials: 'same-origin' })]);
    if (!response.ok) throw new Error(`snapshot: HTTP ${response.status}`);
    const engine = await createLearnerEngine(engineOptions());
    const loaded = engine.loadSnapshot(new Uint8Array(await response.arrayBuffer()));
    return { engine, loaded, from: 'snapshot' };
  } catch (e) {
    warn('the catalog snapshot could not be used; loading the catalog as JSON', e);
    return null;
  }
}

/**
 * An engine on the full module (the plugin's other pages; here only the JSON fallback), imported on
 * first use: a page that tags from the snapshot never loads it.
 */
export async function createFullEngine() {
  const { createEngine } = await import('../engine/src/index.js');
  return createEngine(engineOptions());
}

async function jsonEngine(documents, catalog) {
  const engine = await createFullEngine();
  return { engine, loaded: engine.load({ taxonomy: documents.taxonomy, organization: documents.organization, catalog }), from: 'json' };
}

/** An agenda sent by local_sweetspot_get_learner_data (JSON text), or null. */
export function parseAgendaText(text) {
  if (typeof text !== 'string' || !text) return null;
  try {
    return ui.validateAgenda({ schema: ui.AGENDA_SCHEMA, ...JSON.parse(text) });
  } catch {
    return null;
  }
}

/**
 * The learner's private copy (in their Moodle account, when they keep one) against this browser's:
 * the newer one wins. A newer private copy (another device; a browser that lost its storage) is
 * written to this browser with its own time. Returns {keep, updated, agenda, newerHere}: newerHere
 * when this browser holds changes the private copy has not got yet (the interests page sends them).
 */
export function adoptPrivateCopy(store, copy) {
  const keep = !!copy?.keep;
  const agenda = keep ? parseAgendaText(copy.agenda) : null;
  const updated = keep && Number.isFinite(copy.updated) ? copy.updated : 0;
  if (agenda && updated > store.updated()) {
    try {
      store.write(agenda, { updated });
    } catch (e) {
      warn('the private copy could not be used', e);
    }
  }
  return { keep, updated, agenda, newerHere: keep && store.updated() > updated };
}
