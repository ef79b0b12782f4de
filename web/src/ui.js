// The UI on top of the engine: for learners, course tags with a "Why?" popover, the interests
// panel, the 2x2 matrix; for admins and managers, the catalog audit; message catalogs. Browser only
// (uses the DOM).
export { tagCourses } from './ui/tags.js';
export { createAdapter, dataAttributeAdapter } from './dom/adapters.js';
export {
  createAgendaStore, validateAgenda, applyAgenda, AGENDA_SCHEMA, AGENDA_DATABASE, AGENDA_OBJECT_STORE,
} from './ui/agenda-store.js';
export { translator, registerLocale, availableLocales, resolveLocale, DEFAULT_LOCALE } from './i18n/index.js';
export { createLookup, reasonText, framingText, notForMeText, describeText, growthMessage, growthTexts, tagKind } from './ui/reasons.js';
export { css, installStyles } from './ui/styles.js';
export { SweetspotInterests, defineInterestsElement, createInterestsPanel } from './ui/interests.js';
export { SweetspotMatrix, defineMatrixElement } from './ui/matrix.js';
export {
  SweetspotAudit, defineAuditElement, auditCoursesCsv, auditLearnersCsv, csvCell, auditCss, installAuditStyles, AUDIT_QUADRANTS,
} from './ui/audit.js';
export { createSkillIndex } from './ui/search.js';

import { defineInterestsElement } from './ui/interests.js';
import { defineMatrixElement } from './ui/matrix.js';
import { defineAuditElement } from './ui/audit.js';

/** Defines <sweetspot-interests>, <sweetspot-matrix> and <sweetspot-audit> (done on import in a browser). */
export function defineElements() {
  defineInterestsElement();
  defineMatrixElement();
  defineAuditElement();
}
if (globalThis.customElements) defineElements();
