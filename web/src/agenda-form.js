// The organization's growth agenda <-> the flat fields of an admin form (the Moodle plugin's
// agenda page; any host's admin screen can use it). The form edits roles, priorities, mandatory
// courses, thresholds and the gift policy; everything else in the agenda (growth initiatives,
// other policy keys, keys a later schema adds) is carried through untouched.
//
//   const model = agendaToForm(organization);      // strings and numbers for inputs
//   const {organization, problems} = formToAgenda(model, organization);

import { parseSkillTokens, formatSkillTokens } from './adapters/common.js';

export const NEEDS = ['job', 'improve', 'future', 'leadership'];

const list = (text) => String(text ?? '').split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
const unique = (xs) => [...new Set(xs)];

/** The form model of an organization (missing parts become empty rows / defaults). */
export function agendaToForm(organization = {}) {
  const o = organization && typeof organization === 'object' ? organization : {};
  const policy = o.policy && typeof o.policy === 'object' ? o.policy : {};
  const thresholds = policy.thresholds && typeof policy.thresholds === 'object' ? policy.thresholds : {};
  const gifts = policy.gifts && typeof policy.gifts === 'object' ? policy.gifts : {};
  return {
    thresholds: {
      personal: typeof thresholds.personal === 'number' ? String(thresholds.personal) : '',
      org: typeof thresholds.org === 'number' ? String(thresholds.org) : '',
    },
    gifts: { allowed: gifts.allowed !== false, note: typeof gifts.note === 'string' ? gifts.note : '' },
    roles: (Array.isArray(o.roles) ? o.roles : []).map((r) => ({
      id: String(r?.id ?? ''),
      title: String(r?.title ?? ''),
      skills: formatSkillTokens((Array.isArray(r?.skills) ? r.skills : []).filter((s) => s && typeof s.skill === 'string')),
      next: (Array.isArray(r?.next) ? r.next : []).join(', '),
    })),
    priorities: (Array.isArray(o.priorities) ? o.priorities : []).map((p) => ({
      skill: String(p?.skill ?? ''),
      weight: typeof p?.weight === 'number' ? String(p.weight) : '',
      need: NEEDS.includes(p?.need) ? p.need : 'improve',
      rationale: String(p?.rationale ?? ''),
    })),
    mandatory: (Array.isArray(o.mandatory) ? o.mandatory : []).join('\n'),
  };
}

function number01(text, path, problems) {
  const s = String(text ?? '').trim();
  if (!s) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    problems.push({ path, message: `expected a number from 0 to 1, found "${s}"` });
    return undefined;
  }
  return n;
}

/**
 * The organization for a form model, over `base` (the agenda as loaded: its other parts are
 * kept). Rows with nothing filled in are dropped. Returns {organization, problems: [{path,
 * message}]}: problems name the agenda's JSON path, as the engine's errors do.
 */
export function formToAgenda(model, base = {}) {
  const problems = [];
  const out = base && typeof base === 'object' && !Array.isArray(base) ? structuredClone(base) : {};

  const roles = [];
  for (const r of model?.roles ?? []) {
    const id = String(r?.id ?? '').trim();
    const title = String(r?.title ?? '').trim();
    const skillsText = String(r?.skills ?? '');
    if (!id && !title && !skillsText.trim() && !String(r?.next ?? '').trim()) continue;
    const path = `/roles/${roles.length}`;
    if (!id) problems.push({ path: `${path}/id`, message: 'a role needs an id' });
    const parsed = parseSkillTokens(skillsText, { minLevel: 0 });
    for (const p of parsed.problems) problems.push({ path: `${path}/skills`, message: `${p.token}: ${p.message}` });
    const role = { id, skills: parsed.skills };
    if (title) role.title = title;
    const next = unique(list(r?.next));
    if (next.length) role.next = next;
    roles.push(role);
  }
  if (roles.length) out.roles = roles; else delete out.roles;

  const priorities = [];
  for (const p of model?.priorities ?? []) {
    const skill = String(p?.skill ?? '').trim();
    const rationale = String(p?.rationale ?? '').trim();
    if (!skill && !rationale && !String(p?.weight ?? '').trim()) continue;
    const path = `/priorities/${priorities.length}`;
    if (!skill) problems.push({ path: `${path}/skill`, message: 'a priority needs a skill' });
    const weight = number01(p?.weight, `${path}/weight`, problems);
    const priority = { skill, weight: weight ?? 0 };
    if (weight === undefined && !String(p?.weight ?? '').trim()) problems.push({ path: `${path}/weight`, message: 'a priority needs a weight from 0 to 1' });
    priority.need = NEEDS.includes(p?.need) ? p.need : 'improve';
    if (rationale) priority.rationale = rationale;
    priorities.push(priority);
  }
  if (priorities.length) out.priorities = priorities; else delete out.priorities;

  const mandatory = unique(list(model?.mandatory));
  if (mandatory.length) out.mandatory = mandatory; else delete out.mandatory;

  const policy = out.policy && typeof out.policy === 'object' && !Array.isArray(out.policy) ? out.policy : {};
  const personal = number01(model?.thresholds?.personal, '/policy/thresholds/personal', problems);
  const org = number01(model?.thresholds?.org, '/policy/thresholds/org', problems);
  const thresholds = { ...(policy.thresholds ?? {}) };
  if (personal !== undefined) thresholds.personal = personal; else delete thresholds.personal;
  if (org !== undefined) thresholds.org = org; else delete thresholds.org;
  if (Object.keys(thresholds).length) policy.thresholds = thresholds; else delete policy.thresholds;
  const note = String(model?.gifts?.note ?? '').trim();
  const gifts = { ...(policy.gifts ?? {}), allowed: model?.gifts?.allowed !== false };
  if (note) gifts.note = note; else delete gifts.note;
  policy.gifts = gifts;
  out.policy = policy;

  return { organization: out, problems };
}
