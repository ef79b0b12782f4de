// Moodle (4.4+, 4.5 LTS first): web-service payloads onto a Sweetspot catalog and learner, and the
// course cards of block_myoverview (My courses) and the Dashboard blocks onto catalog ids.
//
// Catalog ids. Cards only carry Moodle's numeric course id (data-course-id="42"), so the adapter
// keeps a map from it to the catalog id. Two schemes, chosen by the admin:
//   "id"       -> "moodle-42": always present, unique per site, but changes when a course is
//                 restored elsewhere;
//   "idnumber" -> the course's "Course ID number" (e.g. "HR-DPE") when set, else "moodle-42":
//                 stable across sites and readable in the agenda's `mandatory` list.
// Course skills come from a course custom field holding "skill:level" tokens
// ("esco-python:3; esco-sql:2"), and, when enabled, from course tags naming a skill (its id, label
// or an alias; a tag may carry a level too: "Python:3"). Tags that name no skill stay course tags.

import { createAdapter } from '../../web/src/dom/adapters.js';
import {
  buildCatalog, courseEntry, createSkillResolver, DEFAULT_LEVEL, htmlToText, isoDateFromUnix, parseOrganization,
  parseSkillTokens, resolveRole, taxonomyFromDocuments,
} from '../../web/src/adapters/common.js';

// Course names from web services are format_string() output (HTML-escaped, filtered): as text.
const plain = (s) => htmlToText(s).replace(/\s+/g, ' ').trim();

export const MOODLE_PREFIX = 'moodle-';
export const MOODLE_CARD_SELECTOR = '[data-region="course-content"][data-course-id]';
export const DEFAULT_SKILLS_FIELD = 'sweetspot_skills';

/** The catalog id of a Moodle course ({id, idnumber?}) under the chosen scheme. */
export function moodleCatalogId(course, { idScheme = 'id' } = {}) {
  if (idScheme === 'idnumber' && typeof course?.idnumber === 'string' && course.idnumber.trim()) return course.idnumber.trim();
  return `${MOODLE_PREFIX}${course?.id}`;
}

/**
 * The raw skills text of a course in any of the payload shapes:
 *   - local_sweetspot_get_learner_data / _get_review_courses: `skills` (the custom field's raw value);
 *   - core_course_get_courses / _search_courses / _get_courses_by_field: `customfields:
 *     [{name, shortname, type, valueraw, value}]` (only fields visible to the caller);
 *   - core_course_get_enrolled_courses_by_timeline_classification: none (no custom fields).
 */
export function moodleSkillsText(course, { field = DEFAULT_SKILLS_FIELD } = {}) {
  if (typeof course?.skills === 'string') return course.skills;
  if (Array.isArray(course?.customfields)) {
    const f = course.customfields.find((x) => x && x.shortname === field);
    if (f) return String(f.valueraw ?? f.value ?? '');
  }
  return '';
}

/**
 * Moodle courses -> {catalog: {courses}, idMap: Map("42" -> catalog id), untagged: [Moodle ids
 * with no skill], problems: [{course, token, message}], skipped: [catalog ids left out]}.
 * options: taxonomy, organization (its `mandatory` courses stay even without skills), idScheme,
 * field (custom field shortname), useTags (default true), defaultLevel, includeUnmapped.
 */
export function catalogFromMoodle(courses, options = {}) {
  const {
    taxonomy, organization, idScheme = 'id', field = DEFAULT_SKILLS_FIELD, useTags = true,
    defaultLevel = DEFAULT_LEVEL, includeUnmapped = false,
  } = options;
  const resolver = createSkillResolver(taxonomy);
  const idMap = new Map();
  const entries = [];
  const untagged = [];
  const problems = [];
  const usedIds = new Set();
  for (const c of Array.isArray(courses) ? courses : []) {
    if (!c || c.id === undefined || c.id === null) continue;
    const moodleId = String(c.id);
    let id = moodleCatalogId(c, { idScheme });
    // Two courses with the same idnumber (Moodle forbids it, imports sometimes do not): the second
    // falls back to its numeric id rather than vanishing.
    if (usedIds.has(id)) id = `${MOODLE_PREFIX}${moodleId}`;
    usedIds.add(id);
    idMap.set(moodleId, id);

    const parsed = parseSkillTokens(moodleSkillsText(c, { field }), { resolver, defaultLevel });
    for (const p of parsed.problems) problems.push({ course: moodleId, ...p });
    const skills = parsed.skills;
    const otherTags = [];
    if (useTags) {
      const have = new Set(skills.map((s) => s.skill));
      for (const tag of Array.isArray(c.tags) ? c.tags : []) {
        const name = typeof tag === 'string' ? tag : tag?.rawname ?? tag?.name ?? tag?.displayname;
        if (typeof name !== 'string' || !name.trim()) continue;
        const fromTag = parseSkillTokens(name, { resolver, defaultLevel });
        if (fromTag.skills.length === 1 && fromTag.problems.length === 0) {
          const s = fromTag.skills[0];
          if (!have.has(s.skill)) { skills.push(s); have.add(s.skill); }
        } else {
          otherTags.push(name.trim());
        }
      }
    }
    if (skills.length === 0) untagged.push(moodleId);
    entries.push(courseEntry({
      id,
      title: plain(c.fullnamedisplay || c.fullname || c.displayname || c.shortname || '') || id,
      skills,
      summary: typeof c.summary === 'string' ? c.summary : undefined,
      url: c.viewurl,
      tags: otherTags,
    }));
  }
  const mandatory = Array.isArray(organization?.mandatory) ? organization.mandatory : [];
  const { courses: list, skipped } = buildCatalog(entries, { mandatory, includeUnmapped });
  return { catalog: { courses: list }, idMap, untagged, problems, skipped };
}

/**
 * The learner as Moodle knows them, from local_sweetspot_get_learner_data: id "moodle-user-<id>",
 * the role named by the profile field (id or title of an organization role), roleSince from a
 * date profile field, completed courses. Interests and aspirations are not in Moodle: they come
 * from the learner's browser (applyAgenda).
 */
export function learnerFromMoodle(data, { organization, idMap, catalog, resolver } = {}) {
  const learner = { id: `moodle-user-${data?.userid ?? 0}` };
  const role = resolveRole(data?.profile?.role, organization);
  if (role) learner.role = role;
  const since = isoDateFromUnix(data?.profile?.rolesince);
  if (since) learner.roleSince = since;
  const completed = [];
  for (const c of Array.isArray(data?.courses) ? data.courses : []) {
    if (!c?.completed) continue;
    const id = idMap?.get(String(c.id)) ?? moodleCatalogId(c, { idScheme: data?.settings?.idscheme });
    completed.push(id);
  }
  if (completed.length) learner.completed = completed;
  const proficiency = proficiencyFromMoodle(data, { completed, catalog, resolver });
  if (proficiency.length) learner.proficiency = proficiency;
  return learner;
}

/**
 * What Moodle already knows the learner can do, as engine proficiency [{skill, level}], the
 * highest level per skill of: every completed course's skills (a completer reaches the level the
 * course teaches), and the competencies rated in the learner's learning plans
 * (local_sweetspot_get_learner_data's `proficiency`, named by competency ID number or short name,
 * resolved through the taxonomy; names that are no skill are left out).
 */
export function proficiencyFromMoodle(data, { completed = [], catalog, resolver } = {}) {
  const best = new Map();
  const raise = (skill, level) => {
    if (typeof skill !== 'string' || !skill || !Number.isInteger(level) || level < 0 || level > 5) return;
    if ((best.get(skill) ?? -1) < level) best.set(skill, level);
  };
  const done = new Set(completed);
  for (const course of catalog?.courses ?? []) {
    if (!done.has(course.id)) continue;
    for (const s of course.skills ?? []) raise(s.skill, s.level);
  }
  for (const p of Array.isArray(data?.proficiency) ? data.proficiency : []) {
    if (!p || typeof p.skill !== 'string') continue;
    const skill = resolver ? resolver.resolve(p.skill) : p.skill;
    if (skill) raise(skill, Number(p.level));
  }
  return [...best].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([skill, level]) => ({ skill, level }));
}

/**
 * Everything a Moodle page needs from one local_sweetspot_get_learner_data answer (plus the
 * taxonomy, fetched separately from taxonomyurl): {organization, catalog, idMap, learner,
 * untagged, problems, skipped, error}. `error` is set (and the rest empty) when the admin has
 * not entered a usable agenda yet.
 */
export function fromLearnerData(data, { taxonomy } = {}) {
  const { organization, error } = parseOrganization(data?.organization);
  if (!organization) return { error, organization: null, catalog: { courses: [] }, idMap: new Map(), learner: null, untagged: [], problems: [], skipped: [] };
  const s = data?.settings ?? {};
  const built = catalogFromMoodle(data?.courses, {
    taxonomy,
    organization,
    idScheme: s.idscheme === 'idnumber' ? 'idnumber' : 'id',
    useTags: s.usetags !== false,
    defaultLevel: Number.isInteger(s.defaultlevel) ? s.defaultlevel : DEFAULT_LEVEL,
  });
  const resolver = createSkillResolver(taxonomy ?? taxonomyFromDocuments({ organization, catalog: built.catalog }));
  const learner = learnerFromMoodle(data, { organization, idMap: built.idMap, catalog: built.catalog, resolver });
  return { error: null, organization, learner, ...built };
}

/**
 * The card finder for a Moodle page: every `[data-region="course-content"][data-course-id]` (the
 * card, list and summary views of block_myoverview, and the Dashboard's course blocks), never the
 * other elements that carry data-course-id (favourite stars, menu items). `idMap` (Moodle id ->
 * catalog id) comes from catalogFromMoodle; without one, ids map to "moodle-<id>".
 */
export function moodleAdapter({ idMap } = {}) {
  return createAdapter(
    MOODLE_CARD_SELECTOR,
    (el) => {
      const raw = el.getAttribute('data-course-id');
      if (!raw || !/^[0-9]+$/.test(raw)) return null;
      return idMap ? idMap.get(raw) ?? null : `${MOODLE_PREFIX}${raw}`;
    },
    {
      // Card view: inside the body, after the name and category (never inside the <a>); list and
      // summary views: the item itself.
      mount: (el) => el.querySelector(':scope .course-info-container') ?? el,
      attributes: ['data-course-id'],
    },
  );
}
