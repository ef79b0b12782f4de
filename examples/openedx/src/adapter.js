// Open edX (learner-dashboard MFE): course runs onto a Sweetspot catalog. The dashboard loads
// GET {LMS}/api/learner_home/init and keys its cards `card-<index>` into that answer's `courses`
// (frontend-app-learner-dashboard src/utils/dataTransformers.ts: cardId = (i) => `card-${i}`); the
// course_card_action slot passes that cardId to plugins. So cardId -> courses[i].courseRun.courseId
// ("course-v1:Org+DPE101+2026") -> a mapping entry, always in the answer the card was rendered from.
//
// Mapping keys, most specific first: the run key ("course-v1:Org+DPE101+2026"), the course key
// without run ("Org+DPE101"). Catalog ids: the entry's `id`, else "openedx-<Org+DPE101>" (one
// catalog course per course, whatever the run, so `mandatory` survives re-runs).
//
// No imports: the functions that need the sweetspot package's generic adapter API get it from
// openedxAdapters({buildCatalog, courseEntry, resolveRole, createAdapter}) (sweetspot/adapters and
// sweetspot/ui), so this file runs unchanged in the MFE bundle, in Node and on a test page.

export const OPENEDX_PREFIX = 'openedx-';
// The slot element the plugin renders carries the run key of its card, read from the dashboard's
// data at render time, and whose data that was ('' = the signed-in learner, else the masqueraded
// username). Not data-sweetspot-course: the tags themselves carry that one.
export const OPENEDX_RUN_ATTRIBUTE = 'data-sweetspot-run';
export const OPENEDX_FOR_ATTRIBUTE = 'data-sweetspot-for';

/**
 * Parses an Open edX course (run) key: "course-v1:Org+Num+Run", "Org+Num" (a course key),
 * or the old "Org/Num/Run". Returns {org, number, run?, courseKey: "Org+Num"} or null.
 */
export function parseCourseKey(key) {
  const s = String(key ?? '').trim();
  let m = /^course-v1:([^+\s]+)\+([^+\s]+)\+([^+\s]+)$/.exec(s);
  if (m) return { org: m[1], number: m[2], run: m[3], courseKey: `${m[1]}+${m[2]}` };
  m = /^(?:course-v1:)?([^+/\s]+)\+([^+/\s]+)$/.exec(s);
  if (m) return { org: m[1], number: m[2], courseKey: `${m[1]}+${m[2]}` };
  m = /^([^/\s]+)\/([^/\s]+)\/([^/\s]+)$/.exec(s);
  if (m) return { org: m[1], number: m[2], run: m[3], courseKey: `${m[1]}+${m[2]}` };
  return null;
}

/** The mapping entry for a run key: by run key, then by course key. */
export function mappingEntryFor(runKey, mapping) {
  const parsed = parseCourseKey(runKey);
  return mapping.courses.get(String(runKey)) ?? (parsed ? mapping.courses.get(parsed.courseKey) ?? mapping.courses.get(`course-v1:${parsed.courseKey}`) : undefined);
}

/** The catalog id of a run key under a mapping. */
export function openedxCatalogId(runKey, mapping) {
  const entry = mapping ? mappingEntryFor(runKey, mapping) : undefined;
  if (entry?.id) return entry.id;
  const parsed = parseCourseKey(runKey);
  return `${OPENEDX_PREFIX}${parsed ? parsed.courseKey : String(runKey)}`;
}

/**
 * The Open edX functions that build on the generic adapter API: pass sweetspot/adapters'
 * buildCatalog, courseEntry, resolveRole and sweetspot/ui's createAdapter.
 */
export function openedxAdapters({ buildCatalog, courseEntry, resolveRole, createAdapter }) {
  /**
   * /api/learner_home/init (LearnerEnrollmentSerializer items in `courses`) + a parsed mapping ->
   * {catalog, runs: Map(run key -> catalog id), unmapped: [run keys], skipped}.
   */
  function catalogFromLearnerHome(init, mapping) {
    const runs = new Map();
    const entries = [];
    const unmapped = [];
    for (const item of Array.isArray(init?.courses) ? init.courses : []) {
      const runKey = item?.courseRun?.courseId;
      if (typeof runKey !== 'string' || !runKey || runs.has(runKey)) continue;
      const entry = mappingEntryFor(runKey, mapping);
      const id = openedxCatalogId(runKey, mapping);
      runs.set(runKey, id);
      if (!entry || entry.skills.length === 0) unmapped.push(runKey);
      entries.push(courseEntry({
        id,
        title: entry?.title ?? item?.course?.courseName ?? runKey,
        skills: entry?.skills ?? [],
        url: item?.courseRun?.homeUrl ?? undefined,
      }));
    }
    const { courses, skipped } = buildCatalog(entries, {
      mandatory: mapping.organization?.mandatory ?? [],
      includeUnmapped: mapping.includeUnmapped,
    });
    return { catalog: { courses }, runs, unmapped, skipped };
  }

  /**
   * The learner: id "openedx-user-<username>", role from an extended-profile field of
   * GET /api/user/v1/accounts/<username> (`extended_profile: [{field_name, field_value}]`) when it
   * names an organization role. Completed courses: runs with a passing grade or a certificate.
   */
  function openedxLearner({ username, account, roleField, organization, init, runs } = {}) {
    const learner = { id: `openedx-user-${username ?? 'anonymous'}` };
    if (roleField && Array.isArray(account?.extended_profile)) {
      const f = account.extended_profile.find((x) => x && x.field_name === roleField);
      const role = resolveRole(f?.field_value, organization);
      if (role) learner.role = role;
    }
    const completed = [];
    for (const item of Array.isArray(init?.courses) ? init.courses : []) {
      const runKey = item?.courseRun?.courseId;
      const done = item?.gradeData?.isPassing === true || item?.certificate?.isEarned === true;
      if (done && runs?.has(runKey)) completed.push(runs.get(runKey));
    }
    if (completed.length) learner.completed = [...new Set(completed)];
    return learner;
  }

  /**
   * The card finder for the slot elements: <div data-sweetspot-run="<run key>"
   * data-sweetspot-for="<user>">; `resolve(runKey, user)` gives the catalog id to tag it with, or
   * null for no tag (e.g. data of another learner than the one loaded). The tag goes inside the
   * element (React renders it empty, so nothing of React's is touched).
   */
  function openedxAdapter({ resolve }) {
    return createAdapter(
      `[${OPENEDX_RUN_ATTRIBUTE}]`,
      (el) => resolve(el.getAttribute(OPENEDX_RUN_ATTRIBUTE), el.getAttribute(OPENEDX_FOR_ATTRIBUTE) ?? ''),
      { attributes: [OPENEDX_RUN_ATTRIBUTE, OPENEDX_FOR_ATTRIBUTE] },
    );
  }

  return { catalogFromLearnerHome, openedxLearner, openedxAdapter };
}
