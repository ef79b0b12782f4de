// The growth agenda page: a structured editor over the agenda's JSON textarea (the form Moodle
// submits). Roles, priorities with their rationale, mandatory courses, thresholds and the gift
// policy are edited as fields; growth initiatives and any other part of the agenda are kept as they
// are in the JSON. Every change is validated by the engine itself (the same checks as the learner
// pages), with the JSON path of the problem; the form is not submitted while the engine rejects it.
// Import reads a .json file into the editor; export downloads what the editor holds.
import { adapters, createSweetspotEngine, loadTaxonomy, warn } from './common.js';

const host = document.querySelector('[data-region="sweetspot-agenda-editor"]');
const textarea = document.querySelector('[data-region="sweetspot-agenda-json"]');

let uid = 0;
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function field(label, control, hint) {
  const id = control.id || `ss-agenda-${++uid}`;
  control.id = id;
  const wrap = h('div', { class: 'form-group mb-2' }, h('label', { for: id, text: label, class: 'mb-1 d-block' }), control);
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    wrap.append(h('small', { id: hintId, class: 'form-text text-muted', text: hint }));
  }
  return wrap;
}

const input = (value, props = {}) => h('input', { type: 'text', class: 'form-control', value, ...props });
const area = (value, props = {}) => {
  const t = h('textarea', { class: 'form-control', rows: '2', ...props });
  t.value = value;
  return t;
};

async function main() {
  if (!host || !textarea) return;
  let taxonomy = null;
  try {
    taxonomy = await loadTaxonomy(host.getAttribute('data-taxonomyurl'));
  } catch (e) {
    warn('the taxonomy could not be read; skill ids are not checked', e);
  }
  const engine = await createSweetspotEngine();

  const parsed = adapters.parseOrganization(textarea.value.trim() || '{}');
  let base = parsed.organization ?? {};
  let model = adapters.agendaToForm(base);
  let valid = true;

  const status = h('div', { class: 'local-sweetspot-agenda-status', role: 'status', 'aria-live': 'polite', 'data-region': 'sweetspot-agenda-status' });
  const skillList = h('datalist', { id: 'local-sweetspot-skills' });
  for (const s of taxonomy?.skills ?? []) skillList.append(h('option', { value: s.id, label: s.label ?? s.id }));

  // ---- sync --------------------------------------------------------------------------------

  function validate() {
    const { organization, problems } = adapters.formToAgenda(model, base);
    const doc = taxonomy ? { taxonomy, organization } : { organization };
    const result = engine.validate(doc);
    const lines = [];
    valid = result.valid && problems.length === 0;
    for (const p of problems) lines.push({ kind: 'error', text: `${p.path}: ${p.message}` });
    if (!result.valid) lines.push({ kind: 'error', text: result.error.message });
    for (const w of result.warnings ?? []) {
      // No catalog is loaded here, so every mandatory course would be "unknown": the learner
      // pages check those ids against the courses.
      if (w.path.startsWith('/organization/mandatory/')) continue;
      lines.push({ kind: 'warning', text: `${w.path}: ${w.message}` });
    }
    status.replaceChildren(
      h('p', {
        class: valid ? 'text-success mb-1' : 'text-danger mb-1',
        'data-valid': valid ? 'true' : 'false',
        text: valid
          ? `The agenda is valid: ${organization.roles?.length ?? 0} roles, ${organization.priorities?.length ?? 0} priorities, ${organization.mandatory?.length ?? 0} mandatory courses.`
          : 'The agenda cannot be saved yet:',
      }),
      lines.length ? h('ul', { class: 'mb-2' }, ...lines.map((l) => h('li', { class: l.kind === 'error' ? 'text-danger' : 'text-warning', 'data-kind': l.kind, text: l.text }))) : null,
    );
    return organization;
  }

  function formChanged() {
    const organization = validate();
    textarea.value = JSON.stringify(organization, null, 2);
  }

  function jsonChanged() {
    const p = adapters.parseOrganization(textarea.value.trim() || '{}');
    if (!p.organization) {
      valid = false;
      status.replaceChildren(h('p', { class: 'text-danger', 'data-valid': 'false', text: p.error }));
      return;
    }
    base = p.organization;
    model = adapters.agendaToForm(base);
    render();
    validate();
  }

  // ---- sections ----------------------------------------------------------------------------

  const sections = h('div', { class: 'local-sweetspot-agenda-sections' });

  function bind(control, get, set) {
    control.value = get();
    control.addEventListener('input', () => { set(control.value); formChanged(); });
    return control;
  }

  function roleRow(role, index) {
    const remove = h('button', {
      type: 'button', class: 'btn btn-link text-danger p-0', text: `Remove role ${role.id || index + 1}`,
      onclick: () => { model.roles.splice(index, 1); render(); formChanged(); },
    });
    return h('fieldset', { class: 'border rounded p-2 mb-2', 'data-region': 'sweetspot-role' },
      h('legend', { class: 'h6 w-auto px-1', text: role.title || role.id || `Role ${index + 1}` }),
      field('Role id', bind(input(''), () => role.id, (v) => { role.id = v; }), 'The value of the users\' role profile field may be this id or the title.'),
      field('Title', bind(input(''), () => role.title, (v) => { role.title = v; })),
      field('Skills the role needs', bind(input('', { list: 'local-sweetspot-skills' }), () => role.skills, (v) => { role.skills = v; }), '"skill:level" separated by ";", e.g. esco-python:3; esco-sql:2 (levels 0–5).'),
      field('Next roles', bind(input(''), () => role.next, (v) => { role.next = v; }), 'Role ids of the path to more responsibility, separated by commas.'),
      remove);
  }

  function priorityRow(p, index) {
    const need = h('select', { class: 'custom-select form-select' }, ...adapters.NEEDS.map((n) => h('option', { value: n, text: n })));
    const remove = h('button', {
      type: 'button', class: 'btn btn-link text-danger p-0', text: `Remove priority ${p.skill || index + 1}`,
      onclick: () => { model.priorities.splice(index, 1); render(); formChanged(); },
    });
    return h('fieldset', { class: 'border rounded p-2 mb-2', 'data-region': 'sweetspot-priority' },
      h('legend', { class: 'h6 w-auto px-1', text: p.skill || `Priority ${index + 1}` }),
      field('Skill', bind(input('', { list: 'local-sweetspot-skills' }), () => p.skill, (v) => { p.skill = v; })),
      field('Weight (0–1)', bind(input('', { inputmode: 'decimal' }), () => p.weight, (v) => { p.weight = v; })),
      field('Need', bind(need, () => p.need, (v) => { p.need = v; })),
      field('Rationale', bind(area(''), () => p.rationale, (v) => { p.rationale = v; }), 'The sentence a manager uses to frame an Uphill course: why this helps us win.'),
      remove);
  }

  function render() {
    const thresholds = h('fieldset', { class: 'mb-3' },
      h('legend', { class: 'h5', text: 'Thresholds' }),
      field('Personal threshold (0–1)', bind(input('', { inputmode: 'decimal', placeholder: '0.25' }), () => model.thresholds.personal, (v) => { model.thresholds.personal = v; })),
      field('Organization threshold (0–1)', bind(input('', { inputmode: 'decimal', placeholder: '0.25' }), () => model.thresholds.org, (v) => { model.thresholds.org = v; })));
    const allowed = h('input', { type: 'checkbox', class: 'form-check-input', checked: model.gifts.allowed });
    allowed.addEventListener('change', () => { model.gifts.allowed = allowed.checked; formChanged(); });
    const gifts = h('fieldset', { class: 'mb-3' },
      h('legend', { class: 'h5', text: 'Gift policy' }),
      h('div', { class: 'form-check mb-2' }, allowed, h('label', { class: 'form-check-label', for: (allowed.id = `ss-agenda-${++uid}`), text: 'Courses that only the learner wants may be supported as gifts' })),
      field('Gift note', bind(area(''), () => model.gifts.note, (v) => { model.gifts.note = v; }), 'What learners read on a Gift course, e.g. how many learning days the organization gives.'));
    const roles = h('section', { class: 'mb-3', 'aria-label': 'Roles' }, h('h3', { class: 'h5', text: 'Roles' }),
      ...model.roles.map(roleRow),
      h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'add-role', text: 'Add a role', onclick: () => { model.roles.push({ id: '', title: '', skills: '', next: '' }); render(); } }));
    const priorities = h('section', { class: 'mb-3', 'aria-label': 'Priorities' }, h('h3', { class: 'h5', text: 'Priorities' }),
      ...model.priorities.map(priorityRow),
      h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'add-priority', text: 'Add a priority', onclick: () => { model.priorities.push({ skill: '', weight: '', need: 'improve', rationale: '' }); render(); } }));
    const mandatory = h('section', { class: 'mb-3', 'aria-label': 'Mandatory courses' }, h('h3', { class: 'h5', text: 'Mandatory courses' }),
      field('Course ids, one per line', bind(area('', { rows: '3' }), () => model.mandatory, (v) => { model.mandatory = v; }), 'moodle-<course id>, or the course ID number when the settings say so.'));
    sections.replaceChildren(thresholds, gifts, roles, priorities, mandatory);
  }

  // ---- import / export ---------------------------------------------------------------------

  const file = h('input', { type: 'file', accept: '.json,application/json', class: 'form-control-file', 'data-region': 'sweetspot-agenda-import' });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const text = await f.text();
    const p = adapters.parseOrganization(text);
    if (!p.organization) {
      status.replaceChildren(h('p', { class: 'text-danger', 'data-valid': 'false', text: `${f.name}: ${p.error}` }));
      return;
    }
    textarea.value = JSON.stringify(p.organization, null, 2);
    jsonChanged();
  });
  const exportButton = h('button', {
    type: 'button', class: 'btn btn-secondary', 'data-action': 'export', text: 'Download the JSON',
    onclick: () => {
      const blob = new Blob([textarea.value], { type: 'application/json' });
      const a = h('a', { href: URL.createObjectURL(blob), download: 'sweetspot-agenda.json' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    },
  });

  textarea.addEventListener('change', jsonChanged);
  textarea.form?.addEventListener('submit', (e) => {
    if (!valid) {
      e.preventDefault();
      status.focus?.();
      status.scrollIntoView?.({ block: 'center' });
    }
  });

  host.replaceChildren(
    skillList,
    h('div', { class: 'mb-3 d-flex flex-wrap align-items-center', style: null },
      field('Import an agenda (.json)', file), exportButton),
    sections,
    status,
  );
  status.tabIndex = -1;
  render();
  validate();
  host.dataset.ready = 'true';
}

main().catch((e) => warn('the agenda editor could not start', e));
