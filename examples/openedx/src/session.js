// The plugin's logic, free of React and of Open edX's libraries (they are passed in), so that it
// runs the same in the learner-dashboard MFE and on a test page:
//
//   const session = createSession({ sweetspot: {createEngine}, ui, adapters, getJSON, lmsBaseUrl,
//                                   username, mappingUrl | mapping, roleField?, locateFile? });
//   session.show(init, {user});               // the dashboard's current answer (see learner-home.js)
//   await session.mountInterests(container);  // the sidebar panel
//
// The dashboard's own data decides every tag. Each slot element carries, from the render that
// drew its card, the card's course run key and whose answer it came from (learner-home.js
// slotAttributes); one tagCourses() controller for the page tags every such element with the
// course of ITS run key, for the learner whose answer is loaded. show() rebuilds the catalog and
// the learner whenever the answer changes (refetch after an unenroll, masquerade) and only then
// lets the new run keys be tagged: a slot whose answer is not loaded yet, whose course is not in
// the catalog or whose learner's role could not be read gets no tag, and a reason in
// data-sweetspot-reason. The plugin never reads /api/learner_home/init itself: one request per page.
//
// `adapters` is sweetspot/adapters together with this package's adapter.js (its constants and
// openedxAdapters(...)'s functions).

export const REASON_ATTRIBUTE = 'data-sweetspot-reason';

export function createSession(options) {
  const {
    sweetspot, ui, adapters, getJSON, lmsBaseUrl = '', username, mapping, mappingUrl, roleField,
    locateFile, locale, root = globalThis.document?.body, fetchImpl = globalThis.fetch,
  } = options;
  const RUN = adapters.OPENEDX_RUN_ATTRIBUTE;
  const FOR = adapters.OPENEDX_FOR_ATTRIBUTE;
  const base = String(lmsBaseUrl).replace(/\/+$/, '');
  let prepared = null;
  let wanted = null; // {init, user}: what the dashboard shows
  let shown = null; // what the tags are computed for
  let building = null;
  let controller = null;
  let ownLearner = null;
  let agendaStore = null;
  const accounts = new Map(); // username -> Promise<{account} | {error}>
  let unavailable = false; // the last attempt to read the mapping or load the engine failed

  async function readMapping() {
    if (mapping) return mapping;
    if (!mappingUrl) throw new Error('Sweetspot: no mapping or mappingUrl configured (configureSweetspot or the MFE config\'s SWEETSPOT_MAPPING_URL)');
    const response = await fetchImpl(mappingUrl, { credentials: 'omit' });
    if (!response.ok) throw new Error(`Sweetspot: ${mappingUrl}: HTTP ${response.status}`);
    return response.json();
  }

  /** The mapping, the engine and the signed-in learner's agenda store: once per page. */
  function prepare() {
    if (prepared) return prepared;
    prepared = (async () => {
      const [mappingDoc, engine] = await Promise.all([readMapping(), sweetspot.createEngine(locateFile ? { locateFile } : {})]);
      const parsed = adapters.parseMapping(mappingDoc);
      for (const p of parsed.problems) console.warn(`Sweetspot: mapping ${p.path}: ${p.message}`); // eslint-disable-line no-console
      if (!parsed.organization) throw new Error('Sweetspot: the mapping file has no organization (growth agenda)');
      const organization = parsed.organization;
      const store = ui.createAgendaStore({
        learnerId: `openedx-user-${username ?? 'anonymous'}`,
        skills: parsed.taxonomy ? new Set(parsed.taxonomy.skills.map((s) => s.id)) : undefined,
        roles: new Set((organization.roles ?? []).map((r) => r.id)),
      });
      agendaStore = store;
      store.subscribe(() => { if (controller && shown) controller.update(classified(shown)); });
      return { parsed, organization, engine, store, field: roleField ?? parsed.roleField };
    })();
    prepared.catch(() => { prepared = null; });
    return prepared;
  }

  function readAccount(name) {
    let p = accounts.get(name);
    if (!p) {
      p = getJSON(`${base}/api/user/v1/accounts/${encodeURIComponent(name)}`).then((account) => ({ account }), (error) => ({ error }));
      accounts.set(name, p);
    }
    return p;
  }

  async function build({ init, user }) {
    const p = await prepare();
    const name = user || username;
    const built = adapters.catalogFromLearnerHome(init, p.parsed);
    let account = null;
    let noRole = false;
    if (p.field && name) {
      const read = await readAccount(name);
      if (read.error) {
        // Without the role, every organisation-side judgement would be a guess: no tags at all.
        console.warn(`Sweetspot: the account of ${name} could not be read; no tags without the role`, read.error); // eslint-disable-line no-console
        noRole = true;
      }
      account = read.account ?? null;
    }
    const learner = adapters.openedxLearner({ username: name, account, roleField: p.field, organization: p.organization, init, runs: built.runs });
    const taxonomy = p.parsed.taxonomy ?? adapters.taxonomyFromDocuments({ organization: p.organization, catalog: built.catalog });
    return {
      init, user, built, learner, noRole,
      documents: { taxonomy, organization: p.organization },
      inCatalog: new Set(built.catalog.courses.map((c) => c.id)),
    };
  }

  // The signed-in learner's own agenda applies to their own tags only; a masqueraded learner's
  // agenda is in their browser, not here.
  function classified(state) {
    return state.user || !agendaStore ? state.learner : ui.applyAgenda(state.learner, agendaStore.read());
  }

  function resolve(run, user) {
    if (!shown || user !== shown.user || shown.noRole) return null;
    const id = shown.built.runs.get(run);
    return id && shown.inCatalog.has(id) ? id : null;
  }

  function reasonFor(el) {
    const run = el.getAttribute(RUN);
    if (!run) return 'no-course-run';
    if (unavailable) return 'unavailable';
    if (!shown || (el.getAttribute(FOR) ?? '') !== shown.user || !shown.built.runs.has(run)) return 'loading';
    if (shown.noRole) return 'role-unknown';
    return 'not-in-catalog';
  }

  function annotate() {
    if (!root) return;
    for (const el of root.querySelectorAll(`[${RUN}]`)) {
      const tagged = [...el.children].some((c) => c.getAttribute('data-sweetspot') === 'tag');
      if (tagged) el.removeAttribute(REASON_ATTRIBUTE);
      else el.setAttribute(REASON_ATTRIBUTE, reasonFor(el));
    }
  }

  // Engine reload and re-classification in one synchronous step: no rescan can see the new
  // catalog with the old classification.
  function apply(next, p) {
    p.engine.load({ taxonomy: next.documents.taxonomy, organization: next.documents.organization, catalog: next.built.catalog });
    shown = next;
    if (!next.user) ownLearner = next.learner;
    if (!controller) {
      root.addEventListener('sweetspot-tagged', annotate);
      controller = ui.tagCourses(root, {
        engine: p.engine,
        learner: classified(next),
        documents: next.documents,
        adapter: adapters.openedxAdapter({ resolve }),
        locale,
        onInvite: () => {
          const panel = root.ownerDocument.querySelector('sweetspot-interests');
          panel?.scrollIntoView?.({ block: 'center' });
          panel?.focusSearch?.();
        },
      });
    } else {
      controller.update(classified(next), { documents: next.documents });
    }
  }

  async function settle() {
    try {
      while (wanted && !(shown && shown.init === wanted.init && shown.user === wanted.user)) {
        const target = wanted;
        const [next, p] = await Promise.all([build(target), prepare()]);
        if (wanted === target) apply(next, p);
      }
      unavailable = false;
    } catch (error) {
      unavailable = true; // the mapping or the engine could not be read: every card says so
      throw error;
    } finally {
      annotate();
    }
  }

  return {
    /**
     * The dashboard now shows `init` (an /api/learner_home/init answer) for `user` (the
     * masqueraded username, '' for the signed-in learner). Cheap when nothing changed.
     */
    show(init, { user = '' } = {}) {
      if (!init || typeof init !== 'object') return Promise.resolve();
      if (wanted && wanted.init === init && wanted.user === user) return building ?? Promise.resolve();
      wanted = { init, user };
      if (!building) {
        building = settle().finally(() => { building = null; });
        building.catch(() => { wanted = null; });
      }
      return building;
    },
    /** The learner's interests panel in `container` (e.g. the dashboard's sidebar slot). */
    async mountInterests(container) {
      const p = await prepare();
      if (building) await building.catch(() => {});
      return ui.createInterestsPanel(container, {
        taxonomy: shown?.documents.taxonomy ?? p.parsed.taxonomy ?? { skills: [] },
        organization: p.organization,
        learner: ownLearner ?? { id: `openedx-user-${username ?? 'anonymous'}` },
        store: p.store,
        locale,
      });
    },
    /** For tests and diagnostics: the learner and user the tags are computed for. */
    get shown() { return shown ? { user: shown.user, learner: shown.learner, noRole: shown.noRole } : null; },
  };
}
