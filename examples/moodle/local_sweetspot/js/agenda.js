// The growth agenda page: a structured editor over the agenda's JSON textarea (the form Moodle
// submits). Roles, priorities with their rationale, mandatory courses, thresholds and the gift
// policy are edited as fields; growth initiatives and any other part of the agenda are kept as they
// are in the JSON. Every change is validated by the engine itself (the same checks as the learner
// pages), with the JSON path of the problem; the form is not submitted while the engine rejects it.
// Import reads a .json file into the editor (the page's "Export JSON" link downloads the stored
// agenda). Mandatory courses are picked from the site's courses by name. Every text comes from the
// language file (data-strings on the editor).
import { adapters, counted, createSweetspotEngine, h, loadTaxonomy, pageStrings, warn } from './common.js';
import { allCourses, refreshSnapshot } from './snapshot.js';

const host = document.querySelector('[data-region="sweetspot-agenda-editor"]');
const textarea = document.querySelector('[data-region="sweetspot-agenda-json"]');
const str = pageStrings(host);

/** Every course of the site as [{id, name}] by catalog id. */
function siteCourses(review) {
  const idScheme = review.settings?.idscheme === 'idnumber' ? 'idnumber' : 'id';
  return review.courses.map((c) => ({ id: adapters.moodleCatalogId(c, { idScheme }), name: adapters.htmlToText(c.fullname).trim() }));
}

let uid = 0;

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
  let courses = [];
  let storing = null; // the snapshot being stored: a Save waits for it (leaving the page aborted it)
  try {
    const review = await allCourses();
    courses = siteCourses(review);
    // The saved agenda (after "Save changes" the page shows it) goes to learners as a snapshot.
    storing = refreshSnapshot({ review, taxonomy, engine }).finally(() => { storing = null; });
  } catch (e) {
    warn('the site\'s courses could not be read; mandatory courses are shown by id', e);
  }
  const courseName = new Map(courses.map((c) => [c.id, c.name]));

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
          ? str('agendajs_valid', {
            roles: counted(str, 'agendajs_count_roles', organization.roles?.length ?? 0),
            priorities: counted(str, 'agendajs_count_priorities', organization.priorities?.length ?? 0),
            mandatory: counted(str, 'agendajs_count_mandatory', organization.mandatory?.length ?? 0),
          })
          : str('agendajs_invalid'),
      }),
      // replaceChildren() would print a null child as the text "null".
      ...(lines.length ? [h('ul', { class: 'mb-2' }, ...lines.map((l) => h('li', { class: l.kind === 'error' ? 'text-danger' : 'text-warning', 'data-kind': l.kind, text: l.text })))] : []),
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
      type: 'button', class: 'btn btn-link text-danger p-0', text: str('agendajs_removerole', role.title || role.id || index + 1),
      onclick: () => { model.roles.splice(index, 1); render(); formChanged(); },
    });
    return h('fieldset', { class: 'border rounded p-2 mb-2', 'data-region': 'sweetspot-role' },
      h('legend', { class: 'h6 w-auto px-1', text: role.title || role.id || str('agendajs_role', index + 1) }),
      field(str('agendajs_roleid'), bind(input(''), () => role.id, (v) => { role.id = v; }), str('agendajs_roleid_hint')),
      field(str('agendajs_roletitle'), bind(input(''), () => role.title, (v) => { role.title = v; })),
      field(str('agendajs_roleskills'), bind(input('', { list: 'local-sweetspot-skills' }), () => role.skills, (v) => { role.skills = v; }), str('agendajs_roleskills_hint')),
      field(str('agendajs_rolenext'), bind(input(''), () => role.next, (v) => { role.next = v; }), str('agendajs_rolenext_hint')),
      remove);
  }

  function priorityRow(p, index) {
    const need = h('select', { class: 'custom-select form-select' }, ...adapters.NEEDS.map((n) => h('option', { value: n, text: str(`agendajs_need_${n}`) })));
    const remove = h('button', {
      type: 'button', class: 'btn btn-link text-danger p-0', text: str('agendajs_removepriority', p.skill || index + 1),
      onclick: () => { model.priorities.splice(index, 1); render(); formChanged(); },
    });
    return h('fieldset', { class: 'border rounded p-2 mb-2', 'data-region': 'sweetspot-priority' },
      h('legend', { class: 'h6 w-auto px-1', text: p.skill || str('agendajs_priority', index + 1) }),
      field(str('agendajs_skill'), bind(input('', { list: 'local-sweetspot-skills' }), () => p.skill, (v) => { p.skill = v; })),
      field(str('agendajs_weight'), bind(input('', { inputmode: 'decimal' }), () => p.weight, (v) => { p.weight = v; })),
      field(str('agendajs_need'), bind(need, () => p.need, (v) => { p.need = v; })),
      field(str('agendajs_rationale'), bind(area(''), () => p.rationale, (v) => { p.rationale = v; }), str('agendajs_rationale_hint')),
      remove);
  }

  function render() {
    const thresholds = h('fieldset', { class: 'mb-3' },
      h('legend', { class: 'h5', text: str('agendajs_thresholds') }),
      field(str('agendajs_personal'), bind(input('', { inputmode: 'decimal', placeholder: '0.25' }), () => model.thresholds.personal, (v) => { model.thresholds.personal = v; })),
      field(str('agendajs_org'), bind(input('', { inputmode: 'decimal', placeholder: '0.25' }), () => model.thresholds.org, (v) => { model.thresholds.org = v; })));
    const allowed = h('input', { type: 'checkbox', class: 'form-check-input', checked: model.gifts.allowed });
    allowed.addEventListener('change', () => { model.gifts.allowed = allowed.checked; formChanged(); });
    const gifts = h('fieldset', { class: 'mb-3' },
      h('legend', { class: 'h5', text: str('agendajs_gifts') }),
      h('div', { class: 'form-check mb-2' }, allowed, h('label', { class: 'form-check-label', for: (allowed.id = `ss-agenda-${++uid}`), text: str('agendajs_giftsallowed') })),
      field(str('agendajs_giftnote'), bind(area(''), () => model.gifts.note, (v) => { model.gifts.note = v; }), str('agendajs_giftnote_hint')));
    const roles = h('section', { class: 'mb-3', 'aria-label': str('agendajs_roles') }, h('h3', { class: 'h5', text: str('agendajs_roles') }),
      ...model.roles.map(roleRow),
      h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'add-role', text: str('agendajs_addrole'), onclick: () => { model.roles.push({ id: '', title: '', skills: '', next: '' }); render(); } }));
    const priorities = h('section', { class: 'mb-3', 'aria-label': str('agendajs_priorities') }, h('h3', { class: 'h5', text: str('agendajs_priorities') }),
      ...model.priorities.map(priorityRow),
      h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'add-priority', text: str('agendajs_addpriority'), onclick: () => { model.priorities.push({ skill: '', weight: '', need: 'improve', rationale: '' }); render(); } }));
    sections.replaceChildren(thresholds, gifts, roles, priorities, mandatorySection());
  }

  // Mandatory courses: a list of the chosen ones (course name and id) and a picker over the site's
  // courses by name; ids the site does not know are kept and marked.
  function mandatorySection() {
    const chosen = () => [...new Set(model.mandatory.split(/[\s,;]+/).filter(Boolean))];
    const set = (ids) => { model.mandatory = ids.join('\n'); render(); formChanged(); };
    const list = h('ul', { class: 'list-unstyled mb-2', 'data-region': 'sweetspot-mandatory-list' },
      ...chosen().map((id) => h('li', { class: 'mb-1', 'data-course': id },
        h('span', { text: courseName.has(id) ? `${courseName.get(id)} (${id})` : str('agendajs_unknowncourse', id) }), ' ',
        h('button', {
          type: 'button', class: 'btn btn-link text-danger p-0', text: str('agendajs_remove', courseName.get(id) ?? id),
          onclick: () => set(chosen().filter((x) => x !== id)),
        }))));
    if (!chosen().length) list.append(h('li', { class: 'text-muted', text: str('agendajs_nomandatory') }));
    const options = h('datalist', { id: 'local-sweetspot-courses' },
      ...courses.filter((c) => !chosen().includes(c.id)).map((c) => h('option', { value: `${c.name} (${c.id})` })));
    const picker = input('', { list: 'local-sweetspot-courses', 'data-region': 'sweetspot-mandatory-picker', placeholder: str('agendajs_pickplaceholder') });
    const add = () => {
      const text = picker.value.trim();
      const byLabel = courses.find((c) => `${c.name} (${c.id})` === text || c.id === text || c.name === text);
      if (!byLabel) return;
      set([...chosen(), byLabel.id]);
    };
    picker.addEventListener('change', add);
    picker.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } });
    return h('section', { class: 'mb-3', 'aria-label': str('agendajs_mandatory') }, h('h3', { class: 'h5', text: str('agendajs_mandatory') }),
      list, options, field(str('agendajs_pick'), picker, str('agendajs_pick_hint')),
      h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'add-mandatory', text: str('agendajs_add'), onclick: add }));
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

  textarea.addEventListener('change', jsonChanged);
  textarea.form?.addEventListener('submit', (e) => {
    if (!valid) {
      e.preventDefault();
      status.focus?.();
      status.scrollIntoView?.({ block: 'center' });
    } else if (storing) {
      // Submitted again once the snapshot is stored (refreshSnapshot never rejects).
      e.preventDefault();
      const submitter = e.submitter ?? null;
      storing.then(() => textarea.form.requestSubmit(submitter));
    }
  });

  host.replaceChildren(
    skillList,
    h('div', { class: 'mb-3' }, field(str('agendajs_import'), file)),
    sections,
    status,
  );
  status.tabIndex = -1;
  render();
  validate();
  host.dataset.ready = 'true';
}

main().catch((e) => warn('the agenda editor could not start', e));
