// Sweetspot for the Open edX learner dashboard (frontend-app-learner-dashboard, 2026-03 on: its
// data in React Query), as frontend-plugin-framework DIRECT_PLUGIN widgets:
//   SweetspotCourseTag  for org.openedx.frontend.learner_dashboard.course_card_action.v1 (prop cardId)
//   SweetspotInterests  for org.openedx.frontend.learner_dashboard.widget_sidebar.v1
// Call configureSweetspot({mappingUrl}) once (in env.config.jsx) before the dashboard renders.
//
// A card's tag is decided at render time from the dashboard's own data: the slot reads the
// /api/learner_home/init answer the card was drawn from (the app's query cache, learner-home.js)
// and marks its element with that card's course run key; the session tags every marked element.
// So refetches, unenrolls, sorting, filtering, paging and masquerade cannot give a card another
// course's tag, and the plugin never fetches the dashboard's data a second time.
//
// Written with React.createElement rather than JSX on purpose: @openedx/frontend-build transpiles
// only @edx/ and @openedx/ packages inside node_modules, so a package outside those scopes must be
// plain JavaScript (ES modules, which webpack reads as they are). The engine's .wasm is found by
// webpack through `new URL('…/sweetspot-core.wasm', import.meta.url)` in the sweetspot package and
// emitted as an asset; pass locateFile only to serve it from elsewhere.
import React, {
  useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore,
} from 'react';
import { QueryClientContext } from '@tanstack/react-query';
import { getConfig } from '@edx/frontend-platform';
import { getAuthenticatedHttpClient, getAuthenticatedUser } from '@edx/frontend-platform/auth';
import { createEngine } from 'sweetspot';
import * as ui from 'sweetspot/ui';
import * as common from 'sweetspot/adapters';

import * as openedx from './adapter.js';
import { LEARNER_HOME_QUERY, learnerHomeOf, slotAttributes } from './learner-home.js';
import { createSession } from './session.js';

let settings = {};
let session = null;

/**
 * options: mappingUrl (the admin's mapping file; when empty or absent: the MFE runtime config's
 * SWEETSPOT_MAPPING_URL), or mapping (the mapping object itself); roleField (an extended profile
 * field holding the learner's role; default: the mapping's roleField); locateFile; locale.
 */
export function configureSweetspot(options = {}) {
  settings = { ...options };
  session = null;
}

function getSession() {
  if (!session) {
    const config = getConfig();
    session = createSession({
      sweetspot: { createEngine },
      ui,
      adapters: { ...common, ...openedx, ...openedx.openedxAdapters({ ...common, createAdapter: ui.createAdapter }) },
      getJSON: (url) => getAuthenticatedHttpClient().get(url).then((r) => r.data),
      lmsBaseUrl: config.LMS_BASE_URL,
      username: getAuthenticatedUser()?.username,
      // `||`, not `??`: Tutor renders an unset mapping URL as ''.
      mappingUrl: settings.mappingUrl || config.SWEETSPOT_MAPPING_URL || undefined,
      mapping: settings.mapping,
      roleField: settings.roleField || undefined,
      locateFile: settings.locateFile,
      locale: settings.locale,
    });
  }
  return session;
}

function warn(e) {
  // eslint-disable-next-line no-console
  console.warn('Sweetspot:', e);
}

const NONE = { init: null, user: '', token: '' };

/** The learner_home/init answer the dashboard shows now, from its own query cache. */
function useLearnerHome() {
  const client = useContext(QueryClientContext);
  const cache = client?.getQueryCache();
  const read = useCallback(() => (cache ? learnerHomeOf(cache.findAll({ queryKey: LEARNER_HOME_QUERY })) : NONE), [cache]);
  const subscribe = useCallback((onChange) => (cache ? cache.subscribe(onChange) : () => {}), [cache]);
  const token = useSyncExternalStore(subscribe, () => read().token);
  return useMemo(() => read(), [read, token]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** The tag of one course card (course_card_action slot). */
export function SweetspotCourseTag({ cardId }) {
  const home = useLearnerHome();
  useEffect(() => {
    if (home.init) getSession().show(home.init, { user: home.user }).catch(warn);
  }, [home]);
  // minWidth 0: the card's action row is a flex row that never wraps; without it the tag keeps its
  // one-line width and pushes the row past the card's edge on a phone-width screen.
  return React.createElement('div', { className: 'sweetspot-course-tag', style: { minWidth: 0, maxWidth: '100%' }, ...slotAttributes(home.init, cardId, home.user) });
}

/** The learner's interests (widget_sidebar slot): kept in this browser, never sent. */
export function SweetspotInterests() {
  const ref = useRef(null);
  const t = useMemo(() => ui.translator(ui.resolveLocale(settings.locale ?? globalThis.document?.documentElement.lang)), []);
  useEffect(() => {
    let panel = null;
    let live = true;
    getSession().mountInterests(ref.current).then((p) => {
      if (live) panel = p; else p.remove();
    }).catch(warn);
    return () => {
      live = false;
      panel?.remove();
    };
  }, []);
  return React.createElement(
    'section',
    { className: 'sweetspot-interests-widget', 'aria-labelledby': 'sweetspot-interests-heading' },
    React.createElement('h2', { id: 'sweetspot-interests-heading', className: 'h4' }, t('panel.title')),
    React.createElement('div', { ref }),
  );
}

export default SweetspotCourseTag;
