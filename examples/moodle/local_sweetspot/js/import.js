// Import a skill framework as the site's taxonomy, in the browser: the admin picks the format and
// the files as downloaded (ESCO CSV, O*NET text files, a CASE package, plain CSV), the engine's
// importers (engine.importFramework, the import module sweetspot-import.wasm, fetched on first use)
// turn them into a taxonomy, the page shows what was imported and what was left out, and "Use as
// the site's taxonomy" stores it (local_sweetspot_set_taxonomy). Roles the framework defines can be
// downloaded as an agenda file for the agenda page's import. No CLI needed.
import { call, createSweetspotEngine, formatCount, h, loadTaxonomy, pageStrings, warn } from './common.js';
import { allCourses, refreshSnapshot } from './snapshot.js';

const container = document.querySelector('[data-region="sweetspot-import"]');
const str = pageStrings(container);
const FORMATS = ['esco', 'onet', 'case', 'csv'];

let uid = 0;

function labelled(text, control, help) {
  control.id ||= `local-sweetspot-import-${++uid}`;
  return h('div', { class: 'mb-3' }, h('label', { for: control.id, class: 'form-label d-block', text }), control,
    help ? h('div', { class: 'form-text text-muted small', text: help }) : null);
}

async function main() {
  if (!container) return;
  const engine = await createSweetspotEngine();
  const format = h('select', { class: 'custom-select form-select w-auto', 'data-region': 'sweetspot-import-format' },
    ...FORMATS.map((f) => h('option', { value: f, text: str(`importjs_format_${f}`) })));
  const help = h('div', { class: 'form-text text-muted small', 'data-region': 'sweetspot-import-help' });
  const files = h('input', { type: 'file', multiple: true, class: 'form-control', 'data-region': 'sweetspot-import-files' });
  const run = h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'import', text: str('importjs_run') });
  const status = h('div', { role: 'status', 'aria-live': 'polite', 'data-region': 'sweetspot-import-status' });
  const showHelp = () => { help.textContent = str(`importjs_files_${format.value}`); };
  format.addEventListener('change', showHelp);
  showHelp();

  let result = null;
  const line = (text, cls = '') => h('p', { class: `mb-1 ${cls}`, text });

  run.addEventListener('click', async () => {
    result = null;
    if (!files.files.length) {
      status.replaceChildren(line(str('importjs_nofiles'), 'text-danger'));
      return;
    }
    run.disabled = true;
    status.replaceChildren(line(str('importjs_running')));
    try {
      result = await engine.importFramework(format.value, [...files.files]);
    } catch (e) {
      status.replaceChildren(line(str('importjs_failed', e.message), 'text-danger'));
      run.disabled = false;
      return;
    }
    run.disabled = false;
    const skills = result.document.taxonomy?.skills ?? [];
    const roles = result.document.organization?.roles ?? [];
    const counts = Object.entries(result.report.counts ?? {}).map(([k, v]) => `${k}: ${formatCount(v)}`).join(', ');
    const warnings = result.report.warnings ?? [];
    const out = [
      line(str('importjs_done', { skills: formatCount(skills.length), roles: formatCount(roles.length) }), 'text-success'),
      line(str('importjs_counts', counts), 'small text-muted'),
    ];
    if (warnings.length) {
      const list = h('ul', { class: 'small', 'data-region': 'sweetspot-import-warnings' },
        ...warnings.slice(0, 50).map((w) => h('li', { text: `${w.path}: ${w.message}` })));
      out.push(h('details', {}, h('summary', { text: str('importjs_warnings', formatCount(warnings.length)) }), list));
    }
    if (skills.length) {
      const use = h('button', { type: 'button', class: 'btn btn-primary mr-2 me-2', 'data-action': 'use', text: str('importjs_use', formatCount(skills.length)) });
      use.addEventListener('click', () => store(use));
      out.push(h('div', { class: 'my-2' }, use));
    }
    if (roles.length) {
      // The framework's roles, as an agenda file for the agenda page's import (never applied here).
      const blob = new Blob([JSON.stringify({ roles }, null, 2)], { type: 'application/json' });
      out.push(h('p', {}, h('a', { href: URL.createObjectURL(blob), download: `${format.value}-roles.json`, 'data-region': 'sweetspot-import-roles',
        text: str('importjs_roles', formatCount(roles.length)) })));
    }
    status.replaceChildren(...out);
  });

  async function store(button) {
    button.disabled = true;
    const note = line(str('importjs_saving'));
    status.append(note);
    try {
      const saved = await call('local_sweetspot_set_taxonomy', { taxonomy: JSON.stringify(result.document.taxonomy) });
      note.textContent = str('importjs_saved', formatCount(saved.skills));
      note.className = 'mb-1 text-success';
      note.dataset.region = 'sweetspot-import-saved';
      // The taxonomy is part of the learners' catalog snapshot: build it again with this one.
      try {
        const review = await allCourses();
        await refreshSnapshot({ review, taxonomy: await loadTaxonomy(saved.url), engine });
      } catch (e) {
        warn('the catalog snapshot could not be brought up to date', e);
      }
    } catch (e) {
      button.disabled = false;
      note.textContent = str('importjs_notsaved', e.message);
      note.className = 'mb-1 text-danger';
    }
  }

  container.replaceChildren(
    labelled(str('importjs_format'), format),
    h('div', { class: 'mb-3' }, h('label', { for: (files.id = 'local-sweetspot-import-files'), class: 'form-label d-block', text: str('importjs_files') }), files, help),
    h('div', { class: 'mb-3' }, run),
    status,
  );
  container.dataset.ready = 'true';
}

main().catch((e) => {
  warn('the import page could not start', e);
  container?.replaceChildren(h('p', { class: 'alert alert-danger', text: str('jsstartfailed', e.message) }));
});
