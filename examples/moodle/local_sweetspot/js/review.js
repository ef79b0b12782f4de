// Skill suggestions: every course whose skills field is empty and whose tags name no skill, with
// the skills the engine finds in its title, summary and tags (engine.suggestSkills, asked for the
// whole catalog at once: words found in many courses count less). Each suggestion says why: the
// words it matched, in which field, and the taxonomy's label or alias they matched. The admin picks
// a level and accepts a suggestion (written to the course skills field through
// local_sweetspot_set_course_skills), hides it for this course (remembered in this browser), or
// rejects the alias for good: the site's "never suggest from this alias" list (plugin setting,
// local_sweetspot_set_rejected_alias), passed to the engine as rejectedAliases and listed at the
// bottom of the page, where each entry can be undone.
import { adapters, call, createSweetspotEngine, formatCount, h, loadTaxonomy, pageStrings, warn } from './common.js';
import { allCourses, refreshSnapshot } from './snapshot.js';

const container = document.querySelector('[data-region="sweetspot-review"]');
const str = pageStrings(container);
const REJECTED_KEY = 'local_sweetspot:rejected';

function rejected() {
  try {
    const v = JSON.parse(localStorage.getItem(REJECTED_KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}
function remember(set) {
  try { localStorage.setItem(REJECTED_KEY, JSON.stringify([...set])); } catch { /* private mode */ }
}

function notice(text, kind = 'info') {
  return h('p', { class: `alert alert-${kind}`, 'data-region': 'sweetspot-review-notice', text });
}

async function main() {
  if (!container) return;
  container.replaceChildren(notice(str('reviewjs_loading')));
  const data = await allCourses();
  let taxonomy = null;
  try {
    taxonomy = await loadTaxonomy(data.taxonomyurl);
  } catch (e) {
    warn('the taxonomy could not be read', e);
  }
  if (!taxonomy) {
    container.replaceChildren(notice(str('reviewjs_notaxonomy'), 'warning'));
    return;
  }
  if (!data.fieldexists) {
    container.replaceChildren(notice(str('reviewjs_nofield', data.settings.skillsfield), 'warning'));
    return;
  }
  const engine = await createSweetspotEngine();
  engine.load({ taxonomy, organization: {}, catalog: { courses: [] } });
  if (typeof engine.suggestSkills !== 'function') {
    container.replaceChildren(notice(str('reviewjs_nosuggest'), 'danger'));
    return;
  }
  const resolver = adapters.createSkillResolver(taxonomy);
  refreshSnapshot({ review: data, taxonomy, engine });
  const state = { rejectedAliases: Array.isArray(data.rejectedaliases) ? data.rejectedaliases : [] };

  /** Adds (rejected) or removes an entry of the site list, then shows the suggestions again. */
  async function setRejected(term, skill, rejected, status) {
    try {
      const answer = await call('local_sweetspot_set_rejected_alias', { term, skill, rejected });
      state.rejectedAliases = answer.rejectedaliases;
      render(str(rejected ? 'reviewjs_rejectedalias' : 'reviewjs_restoredalias', { term, skill: resolver.label(skill) }));
    } catch (e) {
      status.textContent = str('reviewjs_notsaved', e.message);
      status.className = 'mb-0 text-danger';
    }
  }

  function render(announce = '') {
    const settings = data.settings;
    const built = adapters.catalogFromMoodle(data.courses, {
      taxonomy, idScheme: settings.idscheme, useTags: settings.usetags, defaultLevel: settings.defaultlevel, includeUnmapped: true,
    });
    const untagged = new Set(built.untagged);
    const courses = data.courses.filter((c) => untagged.has(String(c.id)));
    // The whole catalog in one request: a phrase found in many of its courses counts less.
    const texts = data.courses.map((c) => ({
      id: String(c.id),
      title: adapters.htmlToText(c.fullname).trim(),
      summary: c.summary ?? '',
      tags: (c.tags ?? []).map(String),
    }));
    let answer;
    try {
      answer = courses.length ? engine.suggestSkills({ courses: texts, rejectedAliases: state.rejectedAliases }) : { courses: [] };
    } catch (e) {
      container.replaceChildren(notice(str('reviewjs_suggestfailed', e.message), 'danger'));
      return;
    }
    const byCourse = new Map((answer.courses ?? []).map((c) => [String(c.id), c.suggestions ?? []]));
    const hidden = rejected();

    const list = h('ul', { class: 'list-unstyled', 'data-region': 'sweetspot-review-list' });
    const summary = h('p', { role: 'status', 'aria-live': 'polite', 'data-region': 'sweetspot-review-summary' });
    // Courses still without skills: one leaves the count when a suggestion for it is accepted.
    const stillUntagged = new Set(courses.map((c) => String(c.id)));

    function updateSummary() {
      const pending = list.querySelectorAll('[data-region="sweetspot-suggestion"]').length;
      summary.textContent = str('reviewjs_summary', {
        untagged: formatCount(stillUntagged.size), total: formatCount(data.courses.length), waiting: formatCount(pending),
      });
    }

    for (const course of courses) {
      const id = String(course.id);
      const title = adapters.htmlToText(course.fullname).trim();
      const suggestions = (byCourse.get(id) ?? []).filter((s) => !hidden.has(`${id}|${s.skill}`));
      const item = h('li', { class: 'border rounded p-3 mb-3', 'data-region': 'sweetspot-review-course', 'data-course-id': id });
      const heading = h('h3', { class: 'h5' }, h('a', { href: course.editurl, text: title }));
      const result = h('p', { class: 'mb-0', role: 'status', 'data-region': 'sweetspot-review-result' });
      const rows = h('ul', { class: 'list-unstyled mb-2' });
      item.append(heading);
      if (!suggestions.length) rows.append(h('li', { class: 'text-muted', text: str('reviewjs_nothingfound') }));

      for (const s of suggestions) {
        const label = s.label ?? resolver.label(s.skill);
        const level = h('select', { class: 'custom-select form-select w-auto d-inline-block mx-2', 'aria-label': str('reviewjs_levelof', { skill: label, course: title }) },
          ...[1, 2, 3, 4, 5].map((n) => h('option', { value: String(n), text: str('reviewjs_level', n) })));
        level.value = String(settings.defaultlevel ?? 2);
        // Why: the words matched, the field, and the taxonomy's label or alias (the facts of `matches`).
        const matches = Array.isArray(s.matches) ? s.matches : [];
        const evidence = matches.map((m) => str('reviewjs_match', {
          field: str(`reviewjs_field_${m.field}`), text: m.text, kind: str(`reviewjs_kind_${m.kind}`), term: m.term,
        })).join(str('reviewjs_separator'));
        const row = h('li', { class: 'mb-2', 'data-region': 'sweetspot-suggestion', 'data-skill': s.skill },
          h('strong', { text: label }),
          h('span', { class: 'text-muted', text: ` ${str('reviewjs_confidence', { skill: s.skill, percent: Math.round((s.confidence ?? 0) * 100) })}` }),
          evidence ? h('div', { class: 'small text-muted', 'data-region': 'sweetspot-suggestion-why', text: str('reviewjs_foundin', evidence) }) : null,
          level);
        const accept = h('button', {
          type: 'button', class: 'btn btn-primary btn-sm mr-1 me-1', 'data-action': 'accept', text: str('reviewjs_accept'),
          'aria-label': str('reviewjs_acceptlabel', { skill: label, course: title }),
          onclick: async () => {
            accept.disabled = true;
            reject.disabled = true;
            try {
              const current = adapters.moodleSkillsText(course);
              const value = adapters.mergeSkillTokens(current, [{ skill: s.skill, level: Number(level.value) }], { minLevel: 1 });
              const saved = await call('local_sweetspot_set_course_skills', { courseid: course.id, skills: value });
              course.skills = saved.skills;
              stillUntagged.delete(id);
              // The catalog changed: learners get it as a new snapshot.
              call('local_sweetspot_get_review_courses', { offset: 0, limit: 1 })
                .then((now) => refreshSnapshot({ review: { ...data, snapshot: now.snapshot }, taxonomy, engine }))
                .catch((err) => warn('the catalog snapshot could not be brought up to date', err));
              row.remove();
              result.textContent = str('reviewjs_saved', saved.skills);
              result.className = 'mb-0 text-success';
            } catch (e) {
              accept.disabled = false;
              reject.disabled = false;
              result.textContent = str('reviewjs_notsaved', e.message);
              result.className = 'mb-0 text-danger';
            }
            updateSummary();
          },
        });
        const reject = h('button', {
          type: 'button', class: 'btn btn-secondary btn-sm mr-1 me-1', 'data-action': 'reject', text: str('reviewjs_reject'),
          'aria-label': str('reviewjs_rejectlabel', { skill: label, course: title }),
          onclick: () => {
            hidden.add(`${id}|${s.skill}`);
            remember(hidden);
            row.remove();
            updateSummary();
          },
        });
        row.append(accept, reject);
        // "Never suggest from": one button per taxonomy term this suggestion rests on.
        for (const term of [...new Set(matches.map((m) => m.term).filter((x) => typeof x === 'string' && x))]) {
          row.append(h('button', {
            type: 'button', class: 'btn btn-outline-danger btn-sm mr-1 me-1', 'data-action': 'reject-alias', 'data-term': term,
            text: str('reviewjs_rejectalias', { term }),
            'aria-label': str('reviewjs_rejectaliaslabel', { term, skill: label }),
            onclick: (e) => { e.currentTarget.disabled = true; setRejected(term, s.skill, true, result); },
          }));
        }
        rows.append(row);
      }
      item.append(rows, result);
      list.append(item);
    }

    // The site list, each entry with its undo.
    const never = h('section', { class: 'mt-4', 'data-region': 'sweetspot-rejected-aliases' },
      h('h3', { class: 'h5', text: str('reviewjs_rejectedtitle') }));
    const neverStatus = h('p', { class: 'mb-0', role: 'status' });
    if (!state.rejectedAliases.length) never.append(h('p', { class: 'text-muted', text: str('reviewjs_rejectednone') }));
    else {
      const entries = h('ul', { class: 'list-unstyled' });
      for (const r of state.rejectedAliases) {
        const skill = r.skill ? resolver.label(r.skill) : str('reviewjs_anyskill');
        entries.append(h('li', { class: 'mb-1', 'data-region': 'sweetspot-rejected-alias', 'data-term': r.term, 'data-skill': r.skill },
          h('span', { text: str('reviewjs_rejectedentry', { term: r.term, skill }) }), ' ',
          h('button', {
            type: 'button', class: 'btn btn-link btn-sm p-0 align-baseline', 'data-action': 'undo-alias', text: str('reviewjs_undo'),
            'aria-label': str('reviewjs_undolabel', { term: r.term, skill }),
            onclick: (e) => { e.currentTarget.disabled = true; setRejected(r.term, r.skill, false, neverStatus); },
          })));
      }
      never.append(entries);
    }
    never.append(neverStatus);

    const announcement = h('p', { class: 'visually-hidden sr-only', role: 'status', 'data-region': 'sweetspot-review-announce', text: announce });
    container.replaceChildren(summary, announcement, courses.length ? list : notice(str('reviewjs_alltagged'), 'success'), never);
    updateSummary();
    container.dataset.ready = 'true';
  }

  render();
}

main().catch((e) => {
  warn('the suggestions page could not start', e);
  container?.replaceChildren(notice(str('jsstartfailed', e.message), 'danger'));
});
