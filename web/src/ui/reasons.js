// Turns the engine's structured results into sentences in the learner's language. The engine's own
// `text` is English; for English it is used as is, for other locales each sentence is rebuilt from
// the reason's structured fields (source, skill, via, amount) and the loaded documents. All output
// is plain text for textContent.

const QUADRANTS = ['sweet_spot', 'uphill', 'gift', 'waste'];
export { QUADRANTS };

/**
 * An index over the documents the UI needs for labels: skill labels and aliases, the broader graph
 * (for "n steps in the taxonomy"), roles, priorities, growth initiatives, the gift policy.
 */
export function createLookup({ taxonomy, organization } = {}) {
  const skills = new Map();
  const parents = new Map();
  for (const s of (taxonomy && Array.isArray(taxonomy.skills)) ? taxonomy.skills : []) {
    if (!s || typeof s.id !== 'string') continue;
    skills.set(s.id, s);
    parents.set(s.id, Array.isArray(s.broader) ? s.broader.filter((b) => typeof b === 'string') : []);
  }
  const org = organization && typeof organization === 'object' ? organization : {};
  const roles = new Map();
  for (const r of Array.isArray(org.roles) ? org.roles : []) if (r && typeof r.id === 'string') roles.set(r.id, r);
  const priorities = new Map(); // skill -> strongest priority
  for (const p of Array.isArray(org.priorities) ? org.priorities : []) {
    if (!p || typeof p.skill !== 'string') continue;
    const prev = priorities.get(p.skill);
    if (!prev || (Number(p.weight) || 0) > (Number(prev.weight) || 0)) priorities.set(p.skill, p);
  }
  const growth = new Map();
  for (const g of Array.isArray(org.growth) ? org.growth : []) if (g && typeof g.name === 'string') growth.set(g.name, g);
  const policy = org.policy && typeof org.policy === 'object' ? org.policy : {};

  function label(id) {
    const s = skills.get(id);
    return (s && typeof s.label === 'string' && s.label) || String(id ?? '');
  }
  function roleTitle(id) {
    const r = roles.get(id);
    return (r && typeof r.title === 'string' && r.title) || String(id ?? '');
  }
  function roleLevel(roleId, skill) {
    const r = roles.get(roleId);
    if (!r || !Array.isArray(r.skills)) return undefined;
    const e = r.skills.find((x) => x && x.skill === skill);
    return e ? e.level : undefined;
  }
  // Steps up the broader graph from `from` to `to` (shortest), or Infinity.
  function up(from, to, max = 6) {
    let frontier = [from];
    const seen = new Set(frontier);
    for (let d = 1; d <= max && frontier.length; d++) {
      const next = [];
      for (const x of frontier) {
        for (const p of parents.get(x) ?? []) {
          if (p === to) return d;
          if (!seen.has(p)) { seen.add(p); next.push(p); }
        }
      }
      frontier = next;
    }
    return Infinity;
  }
  /** Hops between two skills when one is broader than the other; undefined if unknown. */
  function hops(a, b) {
    if (a === b) return 0;
    const d = Math.min(up(a, b), up(b, a));
    return Number.isFinite(d) ? d : undefined;
  }
  return { skills, roles, priorities, growth, policy, label, roleTitle, roleLevel, hops };
}

function levelOf(learner, skill) {
  const p = Array.isArray(learner?.proficiency) ? learner.proficiency.find((x) => x && x.skill === skill) : undefined;
  return p && Number.isFinite(p.level) ? p.level : 0;
}

/** The sentence for one reason, in the translator's locale. */
export function reasonText(reason, { t, lookup, learner, framing }) {
  // A priority whose rationale is already shown as the framing is named without repeating it.
  const repeatsFraming = reason.source === 'priority' && framing &&
    lookup.priorities.get(reason.via ?? reason.skill)?.rationale === framing;
  if (t.locale === 'en' && !repeatsFraming && typeof reason.text === 'string' && reason.text) return reason.text;
  const demanded = reason.via ?? reason.skill;
  const skill = lookup.label(demanded);
  const current = levelOf(learner, demanded);
  let main;
  switch (reason.source) {
    case 'interest': {
      const i = Array.isArray(learner?.interests) ? learner.interests.find((x) => x && x.skill === demanded) : undefined;
      main = i && Number(i.strength) > 0
        ? t('reason.interest', { skill, strength: t.percent(i.strength) })
        : t('reason.interest.plain', { skill });
      break;
    }
    case 'aspiration': {
      // The aspired role that asks the most of this skill above the learner's level.
      let best;
      for (const roleId of Array.isArray(learner?.aspirations) ? learner.aspirations : []) {
        const level = lookup.roleLevel(roleId, demanded);
        if (level !== undefined && level > current && (!best || level > best.level)) best = { roleId, level };
      }
      main = best
        ? t('reason.aspiration', { role: lookup.roleTitle(best.roleId), skill, level: best.level, current })
        : t('reason.aspiration.plain', { skill });
      break;
    }
    case 'feedback': {
      const f = Array.isArray(learner?.feedback) ? learner.feedback.find((x) => x && x.skill === demanded) : undefined;
      main = f ? t('reason.feedback', { skill, need: t.percent(f.need) }) : t('reason.feedback.plain', { skill });
      break;
    }
    case 'role': {
      const level = learner?.role ? lookup.roleLevel(learner.role, demanded) : undefined;
      main = level !== undefined
        ? t('reason.role', { role: lookup.roleTitle(learner.role), skill, level, current })
        : t('reason.role.plain', { skill });
      break;
    }
    case 'priority': {
      const p = lookup.priorities.get(demanded);
      const need = t(`need.${p?.need ?? 'improve'}`);
      main = p && typeof p.rationale === 'string' && p.rationale && !repeatsFraming
        ? t('reason.priority', { need, skill, rationale: p.rationale })
        : t('reason.priority.plain', { need, skill });
      break;
    }
    case 'mandatory':
      return t('reason.mandatory');
    default:
      main = typeof reason.text === 'string' ? reason.text : skill;
  }
  if (reason.via && reason.via !== reason.skill) {
    const n = lookup.hops(reason.via, reason.skill);
    const taught = lookup.label(reason.skill);
    main += ' ' + (n ? t('reason.via', { skill: taught, count: n }) : t('reason.via.plain', { skill: taught }));
  }
  return main;
}

/** The Uphill framing or the Gift note, in the translator's locale. */
export function framingText(result, { t, lookup, learner }) {
  if (!result || typeof result.framing !== 'string' || !result.framing) return '';
  if (t.locale === 'en') return result.framing;
  if (result.quadrant === 'gift') {
    const gifts = lookup.policy.gifts;
    if (gifts && typeof gifts.note === 'string' && gifts.note) return gifts.note;
    return t(gifts && gifts.allowed === false ? 'gift.notAllowed' : 'gift.allowed');
  }
  // Uphill: the rationale of the largest org reason.
  const org = (result.reasons ?? []).filter((r) => r.axis === 'org');
  if (!org.length) return result.framing;
  const top = org.reduce((a, b) => (b.amount > a.amount ? b : a));
  const demanded = top.via ?? top.skill;
  if (top.source === 'priority') {
    const p = lookup.priorities.get(demanded);
    return (p && p.rationale) || result.framing;
  }
  if (top.source === 'mandatory') {
    const note = lookup.policy.mandatoryNote;
    return typeof note === 'string' && note ? note : t('framing.mandatory');
  }
  if (top.source === 'role' && learner?.role) {
    const level = lookup.roleLevel(learner.role, demanded);
    if (level !== undefined) {
      return t('framing.role', { role: lookup.roleTitle(learner.role), skill: lookup.label(demanded), level });
    }
  }
  return result.framing;
}

/** "When we grow, you grow" lines that mention this course, in the translator's locale. */
export function growthTexts(courseId, growth, { t, lookup }) {
  const out = [];
  for (const g of Array.isArray(growth) ? growth : []) {
    if (!g || !Array.isArray(g.courses) || !g.courses.includes(courseId)) continue;
    if (t.locale === 'en' && typeof g.message === 'string' && g.message) {
      out.push(`${g.message} ${t('growth.course')}`);
      continue;
    }
    const init = lookup.growth.get(g.initiative);
    const parts = [t('growth.title', { initiative: g.initiative })];
    if (init && typeof init.rationale === 'string' && init.rationale) parts.push(init.rationale);
    parts.push(t('growth.count', { count: g.courses.length }), t('growth.course'));
    out.push(parts.join(' '));
  }
  return out;
}

/**
 * The label key shown on a tag: the quadrant, or for a learner with no personal agenda the
 * organization's side only ("org_needed" / "optional").
 */
export function tagKind(result) {
  const flags = Array.isArray(result?.flags) ? result.flags : [];
  if (flags.includes('no_personal_agenda')) {
    return result.quadrant === 'sweet_spot' || result.quadrant === 'uphill' ? 'org_needed' : 'optional';
  }
  return QUADRANTS.includes(result?.quadrant) ? result.quadrant : 'waste';
}
