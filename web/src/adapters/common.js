// What every LMS adapter needs: skill references written by admins ("esco-python:3; esco-sql:2",
// a tag "Python 3", a label "SQL") resolved onto taxonomy ids, roles named by id or title, mapping
// files read defensively, catalogs built without the duplicates the engine rejects. DOM-free: runs
// in Node and in browsers.

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export const DEFAULT_LEVEL = 2;

/** Lower case, accents folded, runs of spaces / underscores / hyphens as one space, trimmed. */
export function fold(text) {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\u00a0-]+/g, ' ')
    .trim();
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Plain text of a small HTML fragment (a Moodle textarea field, a course summary): tags dropped
 * (block tags as separators), the common entities decoded. Never builds DOM: the result is used as
 * text only.
 */
export function htmlToText(html) {
  return String(html ?? '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|li|ul|ol|tr|td|th|h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, name) => {
      const n = name.toLowerCase();
      if (n.startsWith('#x')) return safeChar(parseInt(n.slice(2), 16), m);
      if (n.startsWith('#') && n !== '#39') return safeChar(parseInt(n.slice(1), 10), m);
      return ENTITIES[n] ?? m;
    });
}

function safeChar(code, fallback) {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * Resolves what an admin wrote for a skill onto a taxonomy id: the id itself (any case), else a
 * label or alias (case, accents and spacing ignored). Without a taxonomy every non-empty name is
 * taken as an id. Returns {resolve(name) -> id|null, has(id), label(id)}.
 */
export function createSkillResolver(taxonomy) {
  const skills = Array.isArray(taxonomy?.skills) ? taxonomy.skills : null;
  const ids = new Map(); // exact id -> label
  const byFoldedId = new Map();
  const byName = new Map();
  if (skills) {
    for (const s of skills) {
      if (!s || typeof s.id !== 'string' || !s.id) continue;
      ids.set(s.id, typeof s.label === 'string' && s.label ? s.label : s.id);
      if (!byFoldedId.has(fold(s.id))) byFoldedId.set(fold(s.id), s.id);
    }
    // Labels win over aliases when both name the same words.
    for (const s of skills) {
      if (!s || typeof s.id !== 'string' || !s.id) continue;
      if (typeof s.label === 'string' && s.label && !byName.has(fold(s.label))) byName.set(fold(s.label), s.id);
    }
    for (const s of skills) {
      if (!s || typeof s.id !== 'string' || !s.id || !Array.isArray(s.aliases)) continue;
      for (const a of s.aliases) if (typeof a === 'string' && a && !byName.has(fold(a))) byName.set(fold(a), s.id);
    }
  }
  return {
    taxonomy: !!skills,
    resolve(name) {
      const raw = String(name ?? '').trim();
      if (!raw) return null;
      if (!skills) return raw;
      if (ids.has(raw)) return raw;
      const f = fold(raw);
      return byFoldedId.get(f) ?? byName.get(f) ?? null;
    },
    has: (id) => (skills ? ids.has(id) : typeof id === 'string' && id.length > 0),
    label: (id) => ids.get(id) ?? id,
  };
}

/**
 * Parses skill references: "esco-python:3; esco-sql:2", one per line, or comma-separated. Each
 * token is `skill` or `skill:level` (level minLevel..5, minLevel 1 by default: a course teaching
 * level 0 teaches nothing; without a level, `defaultLevel`). A skill may be an id,
 * a label or an alias when a resolver is given. HTML (a rich-text field) is reduced to text first.
 * A skill named twice keeps its highest level. Never throws.
 *
 * Returns {skills: [{skill, level}], problems: [{token, message}]}.
 */
export function parseSkillTokens(text, { resolver, defaultLevel = DEFAULT_LEVEL, minLevel = MIN_LEVEL } = {}) {
  const skills = [];
  const problems = [];
  const at = new Map();
  const source = /[<&]/.test(String(text ?? '')) ? htmlToText(text) : String(text ?? '');
  for (const piece of source.split(/[;,\n\r|]+/)) {
    const token = piece.trim();
    if (!token) continue;
    // The level follows the last ":" (or "="), unless what follows has a "/" (a URI id such as
    // "http://data.europa.eu/esco/skill/…" has a colon of its own).
    const cut = Math.max(token.lastIndexOf(':'), token.lastIndexOf('='));
    const suffix = cut >= 0 ? token.slice(cut + 1).trim() : '';
    const hasLevel = cut >= 0 && !suffix.includes('/');
    const name = (hasLevel ? token.slice(0, cut) : token).trim();
    let level = defaultLevel;
    if (hasLevel) {
      if (!/^[0-9]+$/.test(suffix)) {
        problems.push({ token, message: `level "${suffix}" is not a whole number ${minLevel}..${MAX_LEVEL}` });
        continue;
      }
      level = Number(suffix);
    }
    if (!Number.isInteger(level) || level < minLevel || level > MAX_LEVEL) {
      problems.push({ token, message: `level ${level} is outside ${minLevel}..${MAX_LEVEL}` });
      continue;
    }
    if (!name) {
      problems.push({ token, message: 'no skill before the level' });
      continue;
    }
    const skill = resolver ? resolver.resolve(name) : name;
    if (!skill) {
      problems.push({ token, message: `"${name}" is not a skill id, label or alias of the taxonomy` });
      continue;
    }
    if (at.has(skill)) {
      const prev = skills[at.get(skill)];
      problems.push({ token, message: `"${skill}" is named twice; the higher level counts` });
      prev.level = Math.max(prev.level, level);
      continue;
    }
    at.set(skill, skills.length);
    skills.push({ skill, level });
  }
  return { skills, problems };
}

/** The canonical text of a skill list, as the Moodle custom field keeps it: "a:3; b:2". */
export function formatSkillTokens(skills) {
  return (skills ?? []).map((s) => `${s.skill}:${s.level}`).join('; ');
}

/** Adds skills to a field's text (existing ones keep the higher level). Returns the new text. */
export function mergeSkillTokens(text, additions, options = {}) {
  const { skills } = parseSkillTokens(text, options);
  const index = new Map(skills.map((s, i) => [s.skill, i]));
  for (const a of additions ?? []) {
    if (!a || typeof a.skill !== 'string' || !a.skill) continue;
    const level = Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.round(Number(a.level) || DEFAULT_LEVEL)));
    if (index.has(a.skill)) {
      const s = skills[index.get(a.skill)];
      s.level = Math.max(s.level, level);
    } else {
      index.set(a.skill, skills.length);
      skills.push({ skill: a.skill, level });
    }
  }
  return formatSkillTokens(skills);
}

/**
 * The organization's role for a value an LMS keeps (a profile field, a custom-data entry): the
 * role id itself, else a role title (case, accents and spacing ignored). Null when none matches.
 */
export function resolveRole(value, organization) {
  const raw = String(value ?? '').trim();
  if (!raw) return null;
  const roles = Array.isArray(organization?.roles) ? organization.roles : [];
  for (const r of roles) if (r && r.id === raw) return r.id;
  const f = fold(raw);
  for (const r of roles) if (r && typeof r.id === 'string' && fold(r.id) === f) return r.id;
  for (const r of roles) if (r && typeof r.title === 'string' && fold(r.title) === f) return r.id;
  return null;
}

/** "YYYY-MM-DD" (UTC) of a Unix time in seconds, or undefined for 0 / missing / invalid. */
export function isoDateFromUnix(seconds) {
  const n = Number(seconds);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const d = new Date(n * 1000);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/**
 * Parses the organization's growth agenda as an LMS stores it (JSON text, or an object). Accepts
 * the organization itself or a combined document with an `organization` key. Returns
 * {organization, error}: organization null (and a readable error) when the text is not an object.
 */
export function parseOrganization(input) {
  if (input === undefined || input === null || input === '') return { organization: null, error: 'no growth agenda has been entered yet' };
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { organization: null, error: `the growth agenda is not valid JSON: ${e.message}` };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { organization: null, error: 'the growth agenda must be a JSON object' };
  }
  if (value.organization && typeof value.organization === 'object' && !Array.isArray(value.organization)) {
    return { organization: value.organization, error: null };
  }
  return { organization: value, error: null };
}

/**
 * A taxonomy for hosts that have none: one entry per skill id used by the agenda and the catalog,
 * labelled by its id. With it the interests panel can still offer the skills that matter.
 */
export function taxonomyFromDocuments({ organization, catalog } = {}) {
  const ids = new Set();
  for (const r of organization?.roles ?? []) for (const s of r?.skills ?? []) if (typeof s?.skill === 'string') ids.add(s.skill);
  for (const p of organization?.priorities ?? []) if (typeof p?.skill === 'string') ids.add(p.skill);
  for (const g of organization?.growth ?? []) for (const s of g?.skills ?? []) if (typeof s === 'string') ids.add(s);
  for (const c of catalog?.courses ?? []) for (const s of c?.skills ?? []) if (typeof s?.skill === 'string') ids.add(s.skill);
  return { skills: [...ids].sort().map((id) => ({ id, label: id })) };
}

/**
 * Collects catalog courses, keeping the first of any duplicate id (the engine rejects duplicates).
 * `mandatory` (ids) are kept even without skills; other courses without skills are left out unless
 * includeUnmapped: a course nobody mapped is not "Waste", it is unknown. Returns {courses, skipped}.
 */
export function buildCatalog(entries, { mandatory = [], includeUnmapped = false } = {}) {
  const must = new Set(mandatory);
  const seen = new Set();
  const courses = [];
  const skipped = [];
  for (const c of entries) {
    if (!c || typeof c.id !== 'string' || !c.id || seen.has(c.id)) continue;
    seen.add(c.id);
    if (!c.skills?.length && !must.has(c.id) && !includeUnmapped) {
      skipped.push(c.id);
      continue;
    }
    courses.push(c);
  }
  return { courses, skipped };
}

/** Copies only the defined, non-empty optional fields of a catalog course. */
export function courseEntry({ id, title, skills, summary, url, tags, language }) {
  const out = { id, title: title || id, skills: skills ?? [] };
  if (typeof summary === 'string' && summary) out.summary = summary.slice(0, 60000);
  if (typeof url === 'string' && url) out.url = url;
  if (Array.isArray(tags) && tags.length) out.tags = tags.map(String);
  if (typeof language === 'string' && language) out.language = language;
  return out;
}

export const MAPPING_SCHEMA = 'sweetspot-mapping/1';

/**
 * Reads an admin's mapping file (Canvas, Open edX, any host without course fields):
 *   {schema?: "sweetspot-mapping/1", organization, taxonomy?, defaultLevel?, includeUnmapped?,
 *    roleField?, courses: {"<host course key>": {id?, skills: "a:3; b" | [{skill, level}], title?}}}
 * Returns {organization, taxonomy, defaultLevel, includeUnmapped, roleField, courses: Map(key -> {id?,
 * skills, title?}), problems: [{path, message}]}. Throws only when the input is not JSON (SyntaxError) or
 * not an object (TypeError).
 */
export function parseMapping(input) {
  let value = input;
  if (typeof input === 'string') value = JSON.parse(input);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TypeError('mapping: expected a JSON object');
  const problems = [];
  if (value.schema !== undefined && value.schema !== MAPPING_SCHEMA) {
    problems.push({ path: '/schema', message: `expected "${MAPPING_SCHEMA}", found ${JSON.stringify(value.schema)}` });
  }
  const taxonomy = value.taxonomy && Array.isArray(value.taxonomy.skills) ? value.taxonomy : null;
  const resolver = createSkillResolver(taxonomy);
  let defaultLevel = DEFAULT_LEVEL;
  if (value.defaultLevel !== undefined) {
    if (Number.isInteger(value.defaultLevel) && value.defaultLevel >= MIN_LEVEL && value.defaultLevel <= MAX_LEVEL) defaultLevel = value.defaultLevel;
    else problems.push({ path: '/defaultLevel', message: `expected a whole number ${MIN_LEVEL}..${MAX_LEVEL}` });
  }
  const { organization, error } = parseOrganization(value.organization ?? null);
  if (error) problems.push({ path: '/organization', message: error });
  const courses = new Map();
  const raw = value.courses && typeof value.courses === 'object' && !Array.isArray(value.courses) ? value.courses : {};
  if (value.courses !== undefined && raw !== value.courses) problems.push({ path: '/courses', message: 'expected an object keyed by course' });
  for (const [key, entry] of Object.entries(raw)) {
    const path = `/courses/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const e = typeof entry === 'string' ? { skills: entry } : entry;
    if (!e || typeof e !== 'object' || Array.isArray(e)) {
      problems.push({ path, message: 'expected {id?, skills} or a "skill:level; …" string' });
      continue;
    }
    let skills = [];
    if (typeof e.skills === 'string') {
      const parsed = parseSkillTokens(e.skills, { resolver, defaultLevel });
      skills = parsed.skills;
      for (const p of parsed.problems) problems.push({ path: `${path}/skills`, message: `${p.token}: ${p.message}` });
    } else if (Array.isArray(e.skills)) {
      const text = e.skills
        .filter((s) => s && typeof s.skill === 'string')
        .map((s) => (s.level === undefined ? s.skill : `${s.skill}:${s.level}`))
        .join(';');
      const parsed = parseSkillTokens(text, { resolver, defaultLevel });
      skills = parsed.skills;
      for (const p of parsed.problems) problems.push({ path: `${path}/skills`, message: `${p.token}: ${p.message}` });
    } else if (e.skills !== undefined) {
      problems.push({ path: `${path}/skills`, message: 'expected a string or an array of {skill, level}' });
    }
    const out = { skills };
    if (typeof e.id === 'string' && e.id) out.id = e.id;
    if (typeof e.title === 'string' && e.title) out.title = e.title;
    courses.set(key, out);
  }
  return {
    organization,
    taxonomy,
    defaultLevel,
    includeUnmapped: value.includeUnmapped === true,
    roleField: typeof value.roleField === 'string' && value.roleField ? value.roleField : null,
    courses,
    problems,
  };
}
