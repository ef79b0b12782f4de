// The catalog audit report (report.php, Site administration › Reports): per course with skills, for
// how many of the site's learners it is Sweet Spot, Uphill, Gift or Waste; Waste for most; coverage
// gaps; stagnation; a team filter (a manager's view) and CSV export, all from <sweetspot-audit>.
//
// The catalog comes from local_sweetspot_get_review_courses and the learners, page by page, from
// local_sweetspot_get_audit_learners; the audit runs here, in the admin's browser, with the
// WebAssembly engine. Learners' own interests are only there for those who chose to share them;
// the page says how many did. Every string from Moodle goes into the page as text.
import { adapters, call, counted, createSweetspotEngine, formatCount, loadTaxonomy, pageStrings, warn } from './common.js';
import { allCourses } from './snapshot.js';

const root = document.querySelector('[data-region="sweetspot-report"]');
const PAGE = 500; // the largest page the external functions give
const KEYS = ['id', 'name', 'team', 'role', 'roleSince', 'completed', 'interests', 'aspirations'];

/** Every learner, page by page; onProgress(loaded, total) after each page. */
async function loadLearners(onProgress) {
  const learners = [];
  const counts = { withoutrole: 0, unknownrole: 0, skippedcompletions: 0 };
  let total = 0;
  for (let page = 0; ; page += 1) {
    const answer = await call('local_sweetspot_get_audit_learners', { page, perpage: PAGE });
    total = Number(answer.total) || 0;
    learners.push(...answer.learners);
    for (const key of Object.keys(counts)) counts[key] += Number(answer.counts?.[key]) || 0;
    onProgress(learners.length, total);
    if (!answer.learners.length || learners.length >= total) break;
  }
  return { learners, counts, total };
}

/** A learner document with only the engine's keys, its completions limited to the catalog's courses. */
function learnerDocument(raw, catalogIds, dropped) {
  const doc = {};
  for (const key of KEYS) if (raw[key] !== undefined && raw[key] !== null) doc[key] = raw[key];
  const completed = Array.isArray(doc.completed) ? doc.completed : [];
  const kept = completed.filter((id) => catalogIds.has(id));
  dropped.count += completed.length - kept.length;
  if (kept.length) doc.completed = kept;
  else delete doc.completed;
  return doc;
}

/** Whether a learner shared their interests and aspirations (the server sends them only then). */
const shares = (learner) => Array.isArray(learner.interests) || Array.isArray(learner.aspirations);

async function main() {
  if (!root) return;
  const str = pageStrings(root);
  const progress = root.querySelector('[data-region="sweetspot-report-progress"]');
  const notes = root.querySelector('[data-region="sweetspot-report-notes"]');
  const audit = root.querySelector('sweetspot-audit');
  const say = (text) => { progress.textContent = text; };

  try {
    say(str('reportjs_loadingcourses'));
    const data = await allCourses();
    const { organization } = adapters.parseOrganization(data.organization);
    if (!organization) {
      say(str('reportjs_noagenda'));
      root.dataset.ready = 'true';
      return;
    }
    const [loaded, taxonomy] = await Promise.all([
      loadLearners((n, total) => say(str('reportjs_progress', { loaded: formatCount(n), total: formatCount(total) }))),
      loadTaxonomy(data.taxonomyurl).catch((e) => {
        warn('the taxonomy could not be read; skills are shown by id', e);
        return null;
      }),
    ]);

    const settings = data.settings ?? {};
    const built = adapters.catalogFromMoodle(data.courses, {
      taxonomy,
      organization,
      idScheme: settings.idscheme === 'idnumber' ? 'idnumber' : 'id',
      useTags: settings.usetags !== false,
      defaultLevel: Number.isInteger(settings.defaultlevel) ? settings.defaultlevel : undefined,
    });
    for (const p of built.problems) warn(`course ${p.course}: ${p.token}: ${p.message}`);
    const { catalog } = built;
    const catalogIds = new Set(catalog.courses.map((c) => c.id));
    const dropped = { count: 0 };
    const learners = loaded.learners.map((l) => learnerDocument(l, catalogIds, dropped));
    const documents = { taxonomy: taxonomy ?? adapters.taxonomyFromDocuments({ organization, catalog }), organization };

    say(counted(str, 'reportjs_running', learners.length));
    const engine = await createSweetspotEngine();
    const result = engine.load({ taxonomy: documents.taxonomy, organization, catalog });
    for (const w of result?.warnings ?? []) warn(`${w.path}: ${w.message}`);

    // How many shared their agenda (for the team shown), and that the rest is unknown.
    const note = (region) => {
      const li = document.createElement('li');
      li.setAttribute('data-region', region);
      notes.append(li);
      return li;
    };
    const sharedNote = note('sweetspot-report-shared');
    const unknownNote = note('sweetspot-report-unknown');
    const showShared = (team) => {
      const list = team ? learners.filter((l) => l.team === team) : learners;
      const shared = list.filter(shares).length;
      const a = { shared: formatCount(shared), total: formatCount(list.length), team };
      sharedNote.textContent = team ? str('reportjs_sharedteam', a) : str('reportjs_shared', a);
      unknownNote.textContent = counted(str, 'reportjs_notshared', list.length - shared);
    };
    const withoutRole = loaded.counts.withoutrole + loaded.counts.unknownrole;
    if (withoutRole) note('sweetspot-report-withoutrole').textContent = counted(str, 'reportjs_withoutrole', withoutRole);
    const skipped = loaded.counts.skippedcompletions + dropped.count;
    if (skipped) note('sweetspot-report-skipped').textContent = counted(str, 'reportjs_skipped', skipped);

    audit.addEventListener('sweetspot-audit-change', (e) => showShared(e.detail?.team ?? ''));
    showShared('');
    audit.configure({ engine, learners, documents, headingLevel: 3 });
    say(str('reportjs_done', { loaded: formatCount(learners.length), total: formatCount(loaded.total) }));
    window.localSweetspot = { engine, learners, catalog, audit };
    root.dataset.ready = 'true';
  } catch (e) {
    warn('the audit report could not start', e);
    progress.setAttribute('role', 'alert');
    say(str('reportjs_error', e?.message ?? String(e)));
    root.dataset.ready = 'error';
  }
}

main();
