/*
 * Sweetspot for Canvas: tags every course card of the Canvas dashboard for the learner looking at
 * it (Sweet Spot, Uphill, Gift, Waste) and says why. Upload this one file as the theme's JavaScript
 * file (Admin › Themes › Theme Editor › Upload › JavaScript file); see docs/integrations.md.
 *
 * Canvas injects it as a classic deferred script on every page. It acts only on the dashboard
 * ("/" and "/dashboard") for a logged-in user, and only once course cards are on the page: at
 * once on the classic card dashboard, when the learner opens the "Courses" tab on the widget
 * dashboard (ui/features/widget_dashboard, which renders the same cards there). It then
 *   1. imports the Sweetspot package (ES modules) from CONFIG.baseUrl, where an admin hosts the
 *      package's src/ and dist/ folders and this folder's adapter.js as canvas/adapter.js (with
 *      CORS for this Canvas domain when on another host);
 *   2. reads the admin's mapping file (CONFIG.mappingUrl: the growth agenda, the taxonomy and each
 *      Canvas course's skills), the user's courses from Canvas's REST API (same origin, the user's
 *      session; GET only) and, if configured, the user's role from Canvas custom data;
 *   3. tags the cards (.ic-DashboardCard; the course id comes from a.ic-DashboardCard__link), and
 *      keeps them tagged when Canvas re-renders them or the learner switches tabs.
 * The learner's interests are stated in a panel above the cards and kept in this browser only
 * (localStorage): nothing is ever sent to Canvas or anywhere else.
 */
(function sweetspotCanvas() {
  'use strict';

  // ---- Configuration: edit these lines before uploading ------------------------------------
  var CONFIG = {
    // Where the Sweetspot package is hosted: a folder with src/ and dist/ (web/ of the project)
    // and canvas/adapter.js (examples/canvas/adapter.js).
    baseUrl: 'https://static.example.org/sweetspot/',
    // The mapping file: {schema: "sweetspot-mapping/1", organization, taxonomy, courses: {...}}.
    mappingUrl: 'https://static.example.org/sweetspot/canvas-mapping.json',
    // The user's role: a Canvas custom-data namespace whose scope "role" holds a role id or title
    // (GET /api/v1/users/self/custom_data/role?ns=…); null when roles are not used.
    roleNamespace: null,
    // Where the course list comes from: 'dashboard_cards' (the cards as shown) or 'courses'.
    source: 'dashboard_cards',
    // Show the "Your learning interests" panel above the cards.
    interestsPanel: true,
  };
  // A sub-account theme (or a test page) may set window.SWEETSPOT_CANVAS_CONFIG before this runs.
  if (window.SWEETSPOT_CANVAS_CONFIG && typeof window.SWEETSPOT_CANVAS_CONFIG === 'object') {
    Object.assign(CONFIG, window.SWEETSPOT_CANVAS_CONFIG);
  }

  var CARD = '.ic-DashboardCard';
  if (!/^\/(dashboard\/?)?$/.test(window.location.pathname)) return;
  var env = window.ENV || {};
  if (!env.current_user_id) return;
  if (window.__sweetspotCanvas) return; // uploaded twice (account and sub-account themes)
  window.__sweetspotCanvas = true;

  function warn(message, error) {
    // eslint-disable-next-line no-console
    console.warn('Sweetspot: ' + message, error || '');
  }

  function whenCards(root) {
    if (root.querySelector(CARD)) return Promise.resolve();
    return new Promise(function (resolve) {
      var observer = new MutationObserver(function () {
        if (root.querySelector(CARD)) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(root, { childList: true, subtree: true });
    });
  }

  async function getText(url, init) {
    var response = await fetch(url, init);
    if (!response.ok) {
      var error = new Error(url + ': HTTP ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.text();
  }

  // Canvas REST, same origin, the user's own session.
  function canvasGet(adapters, path) {
    return getText(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(adapters.parseCanvasJSON);
  }

  async function courseList(adapters) {
    if (CONFIG.source === 'courses') {
      var all = [];
      var next = '/api/v1/courses?enrollment_state=active&per_page=100&include[]=public_description';
      for (var page = 0; next && page < 20; page += 1) {
        var response = await fetch(next, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error('/api/v1/courses: HTTP ' + response.status);
        all = all.concat(adapters.parseCanvasJSON(await response.text()));
        next = adapters.nextLink(response.headers.get('Link'));
      }
      return adapters.canvasCourses(all);
    }
    return adapters.canvasCourses(await canvasGet(adapters, '/api/v1/dashboard/dashboard_cards'));
  }

  async function roleData(adapters) {
    if (!CONFIG.roleNamespace) return null;
    try {
      return await canvasGet(adapters, '/api/v1/users/self/custom_data/role?ns=' + encodeURIComponent(CONFIG.roleNamespace));
    } catch (e) {
      if (e.status !== 404) warn('the role could not be read', e);
      return null; // no role stored for this user
    }
  }

  function interestsPanel(ui, doc, options) {
    var details = doc.createElement('details');
    details.className = 'sweetspot-canvas-interests';
    details.setAttribute('data-sweetspot-panel', '');
    var summary = doc.createElement('summary');
    summary.textContent = 'Your learning interests (Sweetspot)';
    var note = doc.createElement('p');
    note.textContent = 'What you want to learn and the roles you aspire to. Your answers stay in this browser.';
    details.append(summary, note);
    var panel = ui.createInterestsPanel(details, options);
    return { details: details, panel: panel };
  }

  // The interests panel goes just before the cards: on the classic dashboard before
  // #DashboardCard_Container (server-rendered, React renders into it); on the widget dashboard's
  // Courses tab before the element CoursesTab renders the cards into. Again after every re-render
  // that removed it.
  function placePanel(details, root) {
    if (details.isConnected) return;
    var classic = document.getElementById('DashboardCard_Container');
    var box = root.querySelector('.ic-DashboardCard__box');
    var anchor = classic || (box && box.parentElement);
    if (anchor && anchor.parentElement) anchor.parentElement.insertBefore(details, anchor);
  }

  async function main() {
    var root = document.getElementById('content') || document.body;
    await whenCards(root);

    var base = new URL(CONFIG.baseUrl, window.location.href);
    var modules = await Promise.all([
      import(new URL('src/index.js', base).href),
      import(new URL('src/ui.js', base).href),
      import(new URL('src/adapters/index.js', base).href),
      import(new URL(CONFIG.adapterUrl || 'canvas/adapter.js', base).href),
    ]);
    var core = modules[0];
    var ui = modules[1];
    var canvas = modules[3];
    var adapters = Object.assign({}, modules[2], canvas, canvas.canvasAdapters(Object.assign({}, modules[2], { createAdapter: ui.createAdapter })));

    var loaded = await Promise.all([
      getText(new URL(CONFIG.mappingUrl, window.location.href).href, { credentials: 'omit' }).then(JSON.parse),
      courseList(adapters),
      roleData(adapters),
    ]);
    var mapping = adapters.parseMapping(loaded[0]);
    mapping.problems.forEach(function (p) { warn('mapping ' + p.path + ': ' + p.message); });
    if (!mapping.organization) return warn('the mapping file has no organization (growth agenda)');

    var built = adapters.catalogFromCanvas(loaded[1], mapping);
    var organization = mapping.organization;
    var taxonomy = mapping.taxonomy || adapters.taxonomyFromDocuments({ organization: organization, catalog: built.catalog });
    var documents = { taxonomy: taxonomy, organization: organization };

    var engine = await core.createEngine({
      // Next to the package, wherever this page and its scripts come from.
      locateFile: function (name) { return new URL('dist/' + name, base).href; },
    });
    var result = engine.load({ taxonomy: taxonomy, organization: organization, catalog: built.catalog });
    (result.warnings || []).forEach(function (w) { warn(w.path + ': ' + w.message); });

    var learner = adapters.canvasLearner({ userId: env.current_user_id, roleData: loaded[2], organization: organization });
    var store = ui.createAgendaStore({
      learnerId: learner.id,
      skills: mapping.taxonomy ? new Set(mapping.taxonomy.skills.map(function (s) { return s.id; })) : undefined,
      roles: new Set((organization.roles || []).map(function (r) { return r.id; })),
    });
    var current = function () { return ui.applyAgenda(learner, store.read()); };

    var panel = null;
    if (CONFIG.interestsPanel) {
      panel = interestsPanel(ui, document, { taxonomy: taxonomy, organization: organization, learner: learner, store: store, locale: env.LOCALE });
      placePanel(panel.details, root);
      // The widget dashboard unmounts the Courses tab, panel included, on every tab switch.
      root.addEventListener('sweetspot-tagged', function () { placePanel(panel.details, root); });
    }

    var controller = ui.tagCourses(root, {
      engine: engine,
      learner: current(),
      documents: documents,
      adapter: adapters.canvasAdapter({ idMap: built.idMap }),
      locale: env.LOCALE,
      onInvite: function () {
        if (!panel) return;
        panel.details.open = true;
        panel.panel.focusSearch();
      },
    });
    // Every change of the agenda, from the panel or from another tab: re-tag.
    store.subscribe(function () { controller.update(current()); });
    window.sweetspotCanvas = { controller: controller, engine: engine, catalog: built.catalog, unmapped: built.unmapped };
  }

  main().catch(function (e) { warn('could not tag the dashboard', e); });
})();
