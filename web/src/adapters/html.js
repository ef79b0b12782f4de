// Plain HTML hosts (an intranet page, a static catalog): cards carry the catalog id in
// data-course-id, and may declare their skills and title in attributes too, so a page can hold its
// whole catalog without any JSON:
//
//   <article data-course-id="py101" data-course-skills="esco-python:3; esco-sql:2">
//     <h3 data-course-title>Python basics</h3> …
//   </article>
//
// catalogFromHtml(root) reads those into a catalog; htmlAdapter() finds the cards for tagCourses.

import { createAdapter } from '../dom/adapters.js';
import { buildCatalog, courseEntry, createSkillResolver, DEFAULT_LEVEL, parseSkillTokens } from './common.js';

/**
 * The card finder: every element with `attribute` (default data-course-id). `map` turns the
 * attribute's value into a catalog id: a Map, a function, or a prefix string ("shop-" + value).
 */
export function htmlAdapter({ attribute = 'data-course-id', selector, map, mount } = {}) {
  const convert = typeof map === 'function'
    ? map
    : map instanceof Map
      ? (v) => map.get(v) ?? null
      : typeof map === 'string'
        ? (v) => `${map}${v}`
        : (v) => v;
  return createAdapter(selector ?? `[${attribute}]`, (el) => {
    const v = el.getAttribute(attribute);
    return v ? convert(v) : null;
  }, { mount, attributes: [attribute] });
}

/**
 * The catalog declared by the cards under `root`: id from data-course-id, skills from
 * data-course-skills ("skill:level; …", ids, labels or aliases when a taxonomy is given), title
 * from data-course-title (the attribute's value, else the text of the element marked with it,
 * else the first heading). Returns {catalog, problems: [{course, token, message}], skipped}.
 */
export function catalogFromHtml(root, { taxonomy, organization, defaultLevel = DEFAULT_LEVEL, includeUnmapped = false } = {}) {
  const resolver = createSkillResolver(taxonomy);
  const entries = [];
  const problems = [];
  for (const el of root.querySelectorAll('[data-course-id]')) {
    if (el.closest('[data-sweetspot]')) continue;
    const id = el.getAttribute('data-course-id');
    if (!id) continue;
    const parsed = parseSkillTokens(el.getAttribute('data-course-skills') ?? '', { resolver, defaultLevel });
    for (const p of parsed.problems) problems.push({ course: id, ...p });
    let title = el.getAttribute('data-course-title');
    if (!title) {
      const node = el.querySelector('[data-course-title]') ?? el.querySelector('h1, h2, h3, h4, h5, h6');
      title = node ? node.textContent.trim().replace(/\s+/g, ' ') : id;
    }
    entries.push(courseEntry({ id, title, skills: parsed.skills }));
  }
  const { courses, skipped } = buildCatalog(entries, { mandatory: organization?.mandatory ?? [], includeUnmapped });
  return { catalog: { courses }, problems, skipped };
}
