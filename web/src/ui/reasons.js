// Sentences in the learner's language, rendered from the facts the engine puts in every result:
// a reason carries its source, skill and label, the demanded skill (`via`) and its distance, the
// role with the required and current level, the interest's strength, the priority's need and
// rationale; a course result's `frame` says which facts frame it; a growth entry carries its
// initiative and rationale. Nothing is looked up or derived again here: the catalogs in ../i18n
// hold every sentence, English included (the engine's own English `text` is the same sentence,
// tests/js/reasons.test.mjs checks it). All output is plain text for textContent.

import { QUADRANTS } from '../abi.js';
import { asSentence } from '../i18n/index.js';

export { QUADRANTS };

/**
 * Labels from the loaded documents (skill labels, role titles), for hosts that name skills and
 * roles outside a result. The sentences below do not need it: results carry their labels.
 */
export function createLookup({ taxonomy, organization } = {}) {
  const skills = new Map();
  for (const s of (taxonomy && Array.isArray(taxonomy.skills)) ? taxonomy.skills : []) {
    if (s && typeof s.id === 'string') skills.set(s.id, s);
  }
  const roles = new Map();
  const org = organization && typeof organization === 'object' ? organization : {};
  for (const r of Array.isArray(org.roles) ? org.roles : []) if (r && typeof r.id === 'string') roles.set(r.id, r);
  const label = (id) => {
    const s = skills.get(id);
    return (s && typeof s.label === 'string' && s.label) || String(id ?? '');
  };
  const roleTitle = (id) => {
    const r = roles.get(id);
    return (r && typeof r.title === 'string' && r.title) || String(id ?? '');
  };
  return { skills, roles, label, roleTitle };
}

const text = (x) => (typeof x === 'string' ? x : '');
// The demanded skill's label: the taught skill's unless demand reached it through another.
const demandedLabel = (r) => text(r.via ? r.viaLabel ?? r.via : r.label ?? r.skill);
const taughtLabel = (r) => text(r.label ?? r.skill);
const needText = (t, need) => t(`need.${need}`);

/**
 * The sentence for one reason, in the translator's locale. `framing`: the framing text already
 * shown for the course, so a priority whose rationale it is does not repeat it.
 */
export function reasonText(reason, { t, framing } = {}) {
  const r = reason ?? {};
  const skill = demandedLabel(r);
  let main;
  switch (r.source) {
    case 'mandatory':
      return t('reason.mandatory');
    case 'interest':
      main = t('reason.interest', { skill, strength: t.decimal(r.strength) });
      break;
    case 'feedback':
      main = t('reason.feedback', { skill });
      break;
    case 'aspiration':
    case 'role':
      main = t(`reason.${r.source}`, { role: text(r.roleTitle ?? r.role), skill, required: r.required, current: r.current });
      break;
    case 'priority': {
      const need = needText(t, r.need);
      if (r.rationale && r.rationale === framing) main = t('reason.priority.framed', { need, skill });  // said once, above
      else if (r.rationale) main = t('reason.priority', { need, skill, rationale: asSentence(r.rationale) });
      else main = t('reason.priority.plain', { need, skill });
      break;
    }
    default:
      return text(r.text);
  }
  if (r.via) main += ' ' + t('reason.via', { skill: taughtLabel(r), count: r.hops });
  return main;
}

/**
 * The sentence for one of the course's `notForMe` facts: the learner's own "not for me" on a skill
 * the course teaches (`via`: the broader skill the learner named).
 */
export function notForMeText(entry, { t } = {}) {
  const n = entry ?? {};
  let main = t('reason.notForMe', { skill: demandedLabel(n) });
  if (n.via) main += ' ' + t('reason.via', { skill: taughtLabel(n), count: n.hops });
  return main;
}

/**
 * The line under the label: what the tag means, naming what the learner said when that is why:
 * the interest, aspiration or accepted need behind a Sweet Spot (the largest personal reason, which
 * the engine lists first), the "not for me" behind a Waste or an Uphill course.
 */
export function describeText(result, { t } = {}) {
  const kind = tagKind(result);
  const vetoed = Array.isArray(result?.notForMe) ? result.notForMe[0] : undefined;
  if (vetoed && (kind === 'waste' || kind === 'uphill')) return t(`describe.${kind}.notForMe`, { skill: demandedLabel(vetoed) });
  if (kind === 'sweet_spot') {
    const top = (Array.isArray(result.reasons) ? result.reasons : []).find((r) => r && r.axis === 'personal');
    if (top && (top.source === 'interest' || top.source === 'feedback')) return t(`describe.sweet_spot.${top.source}`, { skill: demandedLabel(top) });
    if (top && top.source === 'aspiration') return t('describe.sweet_spot.aspiration', { role: text(top.roleTitle ?? top.role) });
  }
  return t(`describe.${kind}`);
}

/** The Uphill framing or the Gift note, in the translator's locale ('' for none). */
export function framingText(result, { t } = {}) {
  const frame = result?.frame;
  if (!frame) return text(result?.framing);
  const r = Number.isInteger(frame.reason) ? result.reasons?.[frame.reason] : undefined;
  switch (frame.kind) {
    case 'gift':
      return frame.note ? text(frame.note) : t(frame.allowed === false ? 'gift.notAllowed' : 'gift.allowed');
    case 'mandatory':
      return frame.note ? text(frame.note) : t('framing.mandatory');
    case 'priority':
      if (!r) return text(result.framing);
      return r.rationale ? text(r.rationale) : t('framing.priority', { skill: demandedLabel(r), need: needText(t, r.need) });
    case 'role':
      if (!r) return text(result.framing);
      return t(r.via ? 'framing.role.related' : 'framing.role', {
        role: text(r.roleTitle ?? r.role), skill: demandedLabel(r), required: r.required, taught: taughtLabel(r), level: r.level,
      });
    default:
      return '';
  }
}

/** The "when we grow, you grow" message of one growth entry, as the engine's `message`. */
export function growthMessage(g, { t } = {}) {
  const parts = [t('growth.message', { initiative: asSentence(text(g.initiative)) })];
  if (g.rationale) parts.push(asSentence(g.rationale));
  const count = Array.isArray(g.courses) ? g.courses.length : 0;
  if (count) parts.push(t('growth.count', { count }));
  return parts.join(' ');
}

/** "When we grow, you grow" lines that mention this course, in the translator's locale. */
export function growthTexts(courseId, growth, ctx = {}) {
  const out = [];
  for (const g of Array.isArray(growth) ? growth : []) {
    if (!g || !Array.isArray(g.courses) || !g.courses.includes(courseId)) continue;
    out.push(`${growthMessage(g, ctx)} ${ctx.t('growth.course')}`);
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
