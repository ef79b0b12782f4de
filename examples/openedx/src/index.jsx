// Sweetspot for the Open edX learner dashboard (frontend-app-learner-dashboard), as
// frontend-plugin-framework DIRECT_PLUGIN widgets:
//   SweetspotCourseTag  for org.openedx.frontend.learner_dashboard.course_card_action.v1 (prop cardId)
//   SweetspotInterests  for org.openedx.frontend.learner_dashboard.widget_sidebar.v1
// Call configureSweetspot({mappingUrl}) once (in env.config.jsx) before the dashboard renders.
//
// Written with React.createElement rather than JSX on purpose: @openedx/frontend-build transpiles
// only @edx/ and @openedx/ packages inside node_modules, so a package outside those scopes must be
// plain JavaScript (ES modules, which webpack reads as they are). The engine's .wasm is found by
// webpack through `new URL('…/sweetspot-core.wasm', import.meta.url)` in the sweetspot package and
// emitted as an asset; pass locateFile only to serve it from elsewhere.
import React, { useEffect, useRef } from 'react';
import { getConfig } from '@edx/frontend-platform';
import { getAuthenticatedHttpClient, getAuthenticatedUser } from '@edx/frontend-platform/auth';
import { createEngine } from 'sweetspot';
import * as ui from 'sweetspot/ui';
import * as adapters from 'sweetspot/adapters';

import { createSession } from './session.js';

let settings = {};
let session = null;

/**
 * options: mappingUrl (the admin's mapping file; default: the MFE config's SWEETSPOT_MAPPING_URL),
 * or mapping (the mapping object itself, e.g. imported at build time); roleField (an extended
 * profile field holding the learner's role; default: the mapping's roleField); locateFile; locale.
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
      adapters,
      getJSON: (url) => getAuthenticatedHttpClient().get(url).then((r) => r.data),
      lmsBaseUrl: config.LMS_BASE_URL,
      username: getAuthenticatedUser()?.username,
      mappingUrl: settings.mappingUrl ?? config.SWEETSPOT_MAPPING_URL,
      mapping: settings.mapping,
      roleField: settings.roleField,
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

/** The tag of one course card (course_card_action slot). */
export function SweetspotCourseTag({ cardId }) {
  const ref = useRef(null);
  useEffect(() => {
    const element = ref.current;
    getSession().mount(element, cardId).catch(warn);
    return () => session?.unmount(element);
  }, [cardId]);
  return React.createElement('div', { ref, className: 'sweetspot-course-tag' });
}

/** The learner's interests (widget_sidebar slot): kept in this browser, never sent. */
export function SweetspotInterests() {
  const ref = useRef(null);
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
  return React.createElement('section', { ref, className: 'sweetspot-interests-widget', 'aria-label': 'Your learning interests' });
}

export default SweetspotCourseTag;
