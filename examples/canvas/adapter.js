// Canvas LMS: dashboard cards and REST payloads onto a Sweetspot catalog. Canvas has no course
// tags or course custom fields, so course skills come from an admin's mapping file
// (common.js parseMapping) keyed by Canvas course id ("42"), or by "sis:<sis_course_id>" when the
// payload carries one.
//
// Catalog ids: the mapping entry's `id` when it has one (so the agenda's `mandatory` list can use
// readable ids), else "canvas-<course id>".
//
// Dashboard cards (ui/shared/dashboard-card/react/DashboardCard.tsx) have no data-course-id: the
// id is read from the card's link, a.ic-DashboardCard__link[href="/courses/<id>"].

// No imports: the functions that need the sweetspot package's generic adapter API get it from
// canvasAdapters({buildCatalog, courseEntry, resolveRole, createAdapter}) (sweetspot/adapters and
// sweetspot/ui), so this file loads unchanged from the theme script, in Node and on a test page.

export const CANVAS_PREFIX = 'canvas-';
export const CANVAS_CARD_SELECTOR = '.ic-DashboardCard';

/** The Canvas course id in a course URL ("/courses/42", "https://x/courses/42/modules"), or null. */
export function canvasCourseIdFromHref(href) {
  const m = /\/courses\/([0-9]+(?:~[0-9]+)?)(?:[/?#]|$)/.exec(String(href ?? ''));
  return m ? m[1] : null;
}

/**
 * One course list from either REST source, as [{id: "42", name, code, sisId?, url}]:
 *   GET /api/v1/dashboard/dashboard_cards -> [{id, shortName, originalName, courseCode,
 *       assetString: "course_42", href: "/courses/42", ...}] (CourseForMenuPresenter#to_h)
 *   GET /api/v1/courses -> [{id, name, course_code, original_name, sis_course_id, ...}]
 * Ids may be numbers or strings (Accept: application/json+canvas-string-ids).
 */
export function canvasCourses(payload) {
  const out = [];
  for (const c of Array.isArray(payload) ? payload : []) {
    if (!c || typeof c !== 'object') continue;
    let id = c.id !== undefined && c.id !== null ? String(c.id) : null;
    if (!id && typeof c.assetString === 'string' && c.assetString.startsWith('course_')) id = c.assetString.slice(7);
    if (!id && c.href) id = canvasCourseIdFromHref(c.href);
    if (!id) continue;
    const entry = {
      id,
      // The dashboard's shortName is the user's nickname; originalName / name is the course's own.
      name: c.originalName || c.original_name || c.name || c.shortName || c.longName || c.course_code || id,
      code: c.courseCode ?? c.course_code ?? undefined,
      url: typeof c.href === 'string' ? c.href : `/courses/${id}`,
    };
    if (typeof c.sis_course_id === 'string' && c.sis_course_id) entry.sisId = c.sis_course_id;
    if (typeof c.public_description === 'string' && c.public_description) entry.summary = c.public_description;
    out.push(entry);
  }
  return out;
}

/**
 * The Canvas functions that build on the generic adapter API: pass sweetspot/adapters'
 * buildCatalog, courseEntry and resolveRole and sweetspot/ui's createAdapter.
 */
export function canvasAdapters({ buildCatalog, courseEntry, resolveRole, createAdapter }) {
  return { catalogFromCanvas, canvasLearner, canvasAdapter };

/**
 * Canvas courses ([{id, name, sisId?}] from canvasCourses) + a parsed mapping (parseMapping) ->
 * {catalog: {courses}, idMap: Map("42" -> catalog id), unmapped: [Canvas ids with no entry or no
 * skills], skipped}.
 */
function catalogFromCanvas(courses, mapping) {
  const idMap = new Map();
  const entries = [];
  const unmapped = [];
  for (const c of courses ?? []) {
    const entry = mapping.courses.get(c.id) ?? (c.sisId ? mapping.courses.get(`sis:${c.sisId}`) : undefined);
    const id = entry?.id ?? `${CANVAS_PREFIX}${c.id}`;
    idMap.set(c.id, id);
    if (!entry || entry.skills.length === 0) unmapped.push(c.id);
    entries.push(courseEntry({ id, title: entry?.title ?? c.name, skills: entry?.skills ?? [], summary: c.summary, url: c.url }));
  }
  const { courses: list, skipped } = buildCatalog(entries, {
    mandatory: mapping.organization?.mandatory ?? [],
    includeUnmapped: mapping.includeUnmapped,
  });
  return { catalog: { courses: list }, idMap, unmapped, skipped };
}

/**
 * The learner: id "canvas-user-<ENV.current_user_id>", role from the value an admin stored in the
 * user's custom data (GET /api/v1/users/self/custom_data/role?ns=… answers {data: "<role>"}), when
 * it names an organization role by id or title.
 */
function canvasLearner({ userId, roleData, organization } = {}) {
  const learner = { id: `canvas-user-${userId ?? 'anonymous'}` };
  const value = roleData && typeof roleData === 'object' ? roleData.data : roleData;
  const role = resolveRole(typeof value === 'string' ? value : '', organization);
  if (role) learner.role = role;
  return learner;
}

/** The card finder for the Canvas dashboard; `idMap` maps Canvas ids to catalog ids. */
function canvasAdapter({ idMap } = {}) {
  return createAdapter(
    CANVAS_CARD_SELECTOR,
    (el) => {
      const link = el.querySelector('a.ic-DashboardCard__link[href]');
      const id = link ? canvasCourseIdFromHref(link.getAttribute('href')) : null;
      if (!id) return null;
      return idMap ? idMap.get(id) ?? null : `${CANVAS_PREFIX}${id}`;
    },
    {
      // The card itself, after its action bar: the header is mostly one big link, and a button may
      // not sit inside a link.
      attributes: ['href'],
    },
  );
}
}

/**
 * Parses a Canvas API answer. Canvas may prefix JSON read with the session cookie with "while(1);"
 * (against JSON hijacking); the prefix is removed before parsing.
 */
export function parseCanvasJSON(text) {
  return JSON.parse(String(text).replace(/^\s*while\s*\(\s*1\s*\)\s*;/, ''));
}

/** The "next" URL of an RFC 5988 Link header (Canvas paginates /api/v1/courses), or null. */
export function nextLink(linkHeader) {
  for (const part of String(linkHeader ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return null;
}
