// The plugin's logic, free of React and of Open edX's libraries (they are passed in), so that it
// runs the same in the learner-dashboard MFE and on a test page:
//
//   const session = createSession({ sweetspot: {createEngine}, ui, adapters, getJSON, lmsBaseUrl,
//                                   username, mappingUrl | mapping, roleField?, locateFile? });
//   await session.mount(element, cardId);   // what the course_card_action slot component does
//   session.unmount(element);
//   await session.mountInterests(container); // the sidebar panel
//
// One session per page: the first mount reads GET {LMS}/api/learner_home/init (the same answer the
// dashboard renders, so "card-<i>" is courses[i]), the admin's mapping file and, when a role field
// is configured, the learner's account (extended profile), creates the engine and tags every
// element marked data-sweetspot-slot with one tagCourses() controller for the whole page. A
// slot component only marks its own element; the tag is rendered inside it, where React renders
// nothing.

export function createSession(options) {
  const {
    sweetspot, ui, adapters, getJSON, lmsBaseUrl = '', username, mapping, mappingUrl, roleField,
    locateFile, locale, root = globalThis.document?.body, fetchImpl = globalThis.fetch,
  } = options;
  let started = null;

  async function readMapping() {
    if (mapping) return mapping;
    if (!mappingUrl) throw new Error('Sweetspot: no mapping or mappingUrl configured');
    const response = await fetchImpl(mappingUrl, { credentials: 'omit' });
    if (!response.ok) throw new Error(`Sweetspot: ${mappingUrl}: HTTP ${response.status}`);
    return response.json();
  }

  function start() {
    if (started) return started;
    started = (async () => {
      const base = String(lmsBaseUrl).replace(/\/+$/, '');
      const [init, mappingDoc] = await Promise.all([getJSON(`${base}/api/learner_home/init`), readMapping()]);
      const parsed = adapters.parseMapping(mappingDoc);
      for (const p of parsed.problems) console.warn(`Sweetspot: mapping ${p.path}: ${p.message}`); // eslint-disable-line no-console
      if (!parsed.organization) throw new Error('Sweetspot: the mapping file has no organization (growth agenda)');
      const field = roleField ?? parsed.roleField;
      let account = null;
      if (field && username) {
        try {
          account = await getJSON(`${base}/api/user/v1/accounts/${encodeURIComponent(username)}`);
        } catch (e) {
          console.warn('Sweetspot: the account could not be read; no role', e); // eslint-disable-line no-console
        }
      }
      const built = adapters.catalogFromLearnerHome(init, parsed);
      const organization = parsed.organization;
      const taxonomy = parsed.taxonomy ?? adapters.taxonomyFromDocuments({ organization, catalog: built.catalog });
      const documents = { taxonomy, organization };
      const engine = await sweetspot.createEngine(locateFile ? { locateFile } : {});
      engine.load({ taxonomy, organization, catalog: built.catalog });
      const learner = adapters.openedxLearner({ username, account, roleField: field, organization, init, runs: built.runs });
      const store = ui.createAgendaStore({
        learnerId: learner.id,
        skills: parsed.taxonomy ? new Set(parsed.taxonomy.skills.map((s) => s.id)) : undefined,
        roles: new Set((organization.roles ?? []).map((r) => r.id)),
      });
      const current = () => ui.applyAgenda(learner, store.read());
      const controller = ui.tagCourses(root, {
        engine,
        learner: current(),
        documents,
        adapter: adapters.openedxAdapter(),
        locale,
        onInvite: () => {
          const panel = root.ownerDocument.querySelector('sweetspot-interests');
          panel?.scrollIntoView?.({ block: 'center' });
          panel?.focusSearch?.();
        },
      });
      store.subscribe(() => controller.update(current()));
      return { built, engine, learner, store, documents, controller };
    })();
    started.catch(() => { started = null; });
    return started;
  }

  return {
    start,
    /** Marks `element` as the place of the tag of the dashboard card `cardId` ("card-3"). */
    async mount(element, cardId) {
      const s = await start();
      const id = s.built.cards.get(cardId);
      if (!element || !element.isConnected) return null;
      if (id) element.setAttribute(adapters.OPENEDX_ATTRIBUTE, id);
      else element.removeAttribute(adapters.OPENEDX_ATTRIBUTE);
      return id ?? null;
    },
    unmount(element) {
      element?.removeAttribute?.(adapters.OPENEDX_ATTRIBUTE);
    },
    /** The learner's interests panel in `container` (e.g. the dashboard's sidebar slot). */
    async mountInterests(container) {
      const s = await start();
      return ui.createInterestsPanel(container, {
        taxonomy: s.documents.taxonomy, organization: s.documents.organization, learner: s.learner, store: s.store, locale,
      });
    },
  };
}
