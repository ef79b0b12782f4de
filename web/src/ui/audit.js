// <sweetspot-audit>: the catalog audit, for LMS admins (everyone) and managers (one team). Per
// course a stacked bar of how many learners it is Sweet Spot, Uphill, Gift and Waste for — each
// segment a colour *and* a pattern, its count written in it where it fits, the counts again as
// table columns — sortable by title or any quadrant; the courses that are Waste for most learners;
// coverage gaps; stagnation (two years or more in a role without a Sweet Spot course); a team
// filter; CSV export. Built with createElement / createElementNS and textContent only.
//
//   const audit = document.querySelector('sweetspot-audit');
//   audit.configure({ engine, learners, documents: {taxonomy, organization}, locale, asOf? });
//   // the engine has the catalog loaded; a team choice re-runs engine.audit() on that team alone.
//   audit.configure({ report, documents, locale });  // or show a report made elsewhere (the CLI's
//   // JSON): the team filter then narrows the learner sections only.
//
// Events (bubbling): "sweetspot-audit-change" {team, report} after every (re-)render of a report.

import { translator, resolveLocale } from '../i18n/index.js';
import { el } from '../dom/why.js';
import { AUDIT_QUADRANTS, patterns, stackedBar, swatch } from './audit-chart.js';
import { auditCoursesCsv, auditLearnersCsv, csvCell } from './audit-csv.js';
import { auditCss, installAuditStyles } from './audit-styles.js';

export { AUDIT_QUADRANTS, auditCoursesCsv, auditLearnersCsv, auditCss, csvCell, installAuditStyles };

const Base = globalThis.HTMLElement ?? class {};
let audits = 0;

const PAGE = 500; // course rows rendered at a time

// ---- the element -----------------------------------------------------------------------------

const DEFAULT_DIR = { title: 'ascending', sweet_spot: 'descending', uphill: 'descending', gift: 'descending', waste: 'descending' };

export class SweetspotAudit extends Base {
  constructor() {
    super();
    this._uid = `ss-audit-${++audits}`;
    this._config = {};
    this._full = null; // the report for everyone
    this._report = null; // the report shown (one team's, when filtered)
    this._team = '';
    this._sort = { key: 'title', dir: 'ascending' };
    this._shown = PAGE;
    this._error = null;
  }

  connectedCallback() {
    this.classList.add('ss-audit');
    installAuditStyles(this.ownerDocument);
    this._t ??= translator(resolveLocale(this.ownerDocument?.documentElement.lang));
    this._render();
  }

  /**
   * engine + learners (+ asOf): the audit is run here, and again per team; or report: a report
   * made elsewhere. documents {taxonomy?, organization?}: labels and role titles. locale; team;
   * headingLevel: the level of the audit's title (default 2; its sections one below).
   */
  configure({ engine, learners, report, documents, locale, asOf, team, headingLevel } = {}) {
    const level = Math.min(5, Math.max(1, Math.trunc(Number(headingLevel) || 2)));
    this._config = { engine, learners: Array.isArray(learners) ? learners : null, documents: documents ?? {}, asOf, level };
    this._labels = null; // built by _label() on first use
    this._t = translator(resolveLocale(locale ?? this.ownerDocument?.documentElement.lang));
    this._team = team ?? '';
    this._full = report ?? null;
    this._error = null;
    if (!report && engine && this._config.learners) this._full = this._run(this._config.learners);
    this._apply();
    return this;
  }

  set locale(locale) {
    this._t = translator(resolveLocale(locale));
    this._render();
  }

  get locale() {
    return this._t?.locale;
  }

  /** The team shown ("" for everyone). Setting it re-runs (or filters) the audit. */
  get team() {
    return this._team;
  }

  set team(name) {
    this._team = name ?? '';
    this._apply();
  }

  /** The report shown: the organization's, or one team's. */
  get report() {
    return this._report;
  }

  /** Shows a report made elsewhere (replaces what configure() gave). */
  update(report) {
    this._full = report ?? null;
    this._error = null;
    this._apply();
  }

  /** The shown report as CSV: one row per course (as `sweetspot audit --format csv`). */
  coursesCsv() {
    return auditCoursesCsv(this._report);
  }

  /** The shown report as CSV: one row per learner. */
  learnersCsv() {
    return auditLearnersCsv(this._report);
  }

  /** The teams to choose from: the learners' (configure) or the report's. */
  teams() {
    const names = this._config.learners
      ? this._config.learners.map((l) => l?.team).filter((n) => typeof n === 'string' && n !== '')
      : (this._full?.teams ?? []).map((x) => x.team);
    return [...new Set(names)].sort((a, b) => a.localeCompare(b));
  }

  _run(learners) {
    try {
      const options = this._config.asOf !== undefined ? { asOf: this._config.asOf } : undefined;
      return this._config.engine.audit(learners, options);
    } catch (e) {
      this._error = e;
      return null;
    }
  }

  // The report for the chosen team: re-run on the team's learners when we have them; otherwise the
  // whole report with its learner sections narrowed to the team (the course counts stay everyone's).
  _apply() {
    const full = this._full;
    const team = this._team;
    this._partial = false;
    if (!full || !team) {
      this._report = full;
    } else if (this._config.engine && this._config.learners) {
      this._report = this._run(this._config.learners.filter((l) => l?.team === team));
    } else {
      const learnerResults = (full.learnerResults ?? []).filter((l) => l.team === team);
      this._report = { ...full, learnerResults, teams: (full.teams ?? []).filter((x) => x.team === team) };
      this._partial = true;
    }
    this._shown = PAGE;
    this._render();
    if (this._report) {
      this.dispatchEvent?.(new CustomEvent('sweetspot-audit-change', { bubbles: true, detail: { team, report: this._report } }));
    }
  }

  _level(below = 0) {
    return (this._config.level ?? 2) + below;
  }

  // Names for ids, from maps built once per configure(): a report lists up to every learner, and a
  // search per row made large organizations quadratic.
  _label(kind, id) {
    if (!this._labels) {
      const { taxonomy, organization } = this._config.documents ?? {};
      const names = (list, key) => new Map((Array.isArray(list) ? list : []).filter((x) => x && x[key]).reverse().map((x) => [x.id, x[key]]));
      this._labels = {
        role: names(organization?.roles, 'title'),
        skill: names(taxonomy?.skills, 'label'),
        learner: names(this._config.learners, 'name'),
      };
    }
    return this._labels[kind]?.get(id) || id;
  }

  _render() {
    if (!this.isConnected || !this._t) return;
    const doc = this.ownerDocument;
    const t = this._t;
    const uid = this._uid;
    this.replaceChildren();
    this.appendChild(patterns(doc, uid));
    const r = this._report;

    const head = el(doc, 'div', 'ss-audit__head');
    const titles = el(doc, 'div');
    const h = el(doc, `h${this._level()}`, 'ss-audit__title', this._team ? t('audit.title.team', { team: this._team }) : t('audit.title'));
    h.id = `${uid}-title`;
    titles.appendChild(h);
    if (r) {
      const parts = [t('audit.learners', { count: r.learners ?? 0 }), t('audit.courses', { count: r.courses?.length ?? 0 })];
      if (r.asOf) parts.push(t('audit.asOf', { date: r.asOf }));
      titles.appendChild(el(doc, 'p', 'ss-audit__meta', parts.join(' · ')));
    }
    head.appendChild(titles);
    head.appendChild(this._controls(doc, t));
    this.appendChild(head);

    if (this._error) {
      const alert = el(doc, 'p', 'ss-audit__alert', t('audit.error', { message: this._error.message ?? String(this._error) }));
      alert.setAttribute('role', 'alert');
      this.appendChild(alert);
      return;
    }
    if (!r) {
      this.appendChild(el(doc, 'p', 'ss-audit__note', t('audit.empty')));
      return;
    }
    if (this._partial) this.appendChild(el(doc, 'p', 'ss-audit__note', t('audit.teamNote')));

    this.appendChild(this._legend(doc, t));
    this.appendChild(this._courses(doc, t, r));
    this.appendChild(this._waste(doc, t, r));
    this.appendChild(this._gaps(doc, t, r));
    this.appendChild(this._stagnation(doc, t, r));
    if (!this._team && (r.teams ?? []).length) this.appendChild(this._teams(doc, t, r));
    if ((r.warnings ?? []).length) this.appendChild(this._warnings(doc, t, r));
  }

  _controls(doc, t) {
    const box = el(doc, 'div', 'ss-audit__controls');
    const teams = this.teams();
    if (teams.length) {
      const label = el(doc, 'label', 'ss-audit__field');
      label.appendChild(el(doc, 'span', null, t('audit.team.label')));
      const select = el(doc, 'select', 'ss-audit__team');
      const all = el(doc, 'option', null, t('audit.team.all'));
      all.value = '';
      select.appendChild(all);
      for (const name of teams) {
        const o = el(doc, 'option', null, name);
        o.value = name;
        select.appendChild(o);
      }
      select.value = this._team;
      select.addEventListener('change', () => {
        this.team = select.value;
        this.querySelector('.ss-audit__team')?.focus();
      });
      label.appendChild(select);
      box.appendChild(label);
    }
    if (this._report) {
      const courses = el(doc, 'button', 'ss-audit__csv', t('audit.csv.courses'));
      courses.type = 'button';
      courses.addEventListener('click', () => this._download('courses', this.coursesCsv()));
      const learners = el(doc, 'button', 'ss-audit__csv-learners', t('audit.csv.learners'));
      learners.type = 'button';
      learners.addEventListener('click', () => this._download('learners', this.learnersCsv()));
      box.append(courses, learners);
    }
    return box;
  }

  // A Blob download; the file name says which team.
  _download(kind, text) {
    const doc = this.ownerDocument;
    const win = doc.defaultView ?? globalThis;
    const slug = this._team ? `-${this._team.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
    const blob = new win.Blob([text], { type: 'text/csv;charset=utf-8' });
    const url = win.URL.createObjectURL(blob);
    const a = doc.createElement('a');
    a.href = url;
    a.download = `sweetspot-audit-${kind}${slug}.csv`;
    a.hidden = true;
    this.appendChild(a);
    a.click();
    a.remove();
    win.setTimeout(() => win.URL.revokeObjectURL(url), 10000);
  }

  _legend(doc, t) {
    const section = el(doc, 'section');
    const ul = el(doc, 'ul', 'ss-audit__legend');
    ul.setAttribute('aria-label', t('audit.legend'));
    for (const q of AUDIT_QUADRANTS) {
      const li = el(doc, 'li');
      li.appendChild(swatch(doc, this._uid, q));
      const text = el(doc, 'span');
      text.appendChild(el(doc, 'strong', null, t(`quadrant.${q}`)));
      text.appendChild(doc.createTextNode(`: ${t(`audit.legend.${q}`)}`));
      li.appendChild(text);
      ul.appendChild(li);
    }
    section.appendChild(ul);
    section.appendChild(el(doc, 'p', 'ss-audit__note', t('audit.col.pairs')));
    section.appendChild(stackedBar(doc, this._uid, this._report.summary ?? {}, t));
    return section;
  }

  _sorted(courses) {
    const { key, dir } = this._sort;
    const sign = dir === 'ascending' ? 1 : -1;
    const title = (c) => c.title || c.course;
    return courses.slice().sort((a, b) => {
      const d = key === 'title' ? title(a).localeCompare(title(b)) : (Number(a[key]) || 0) - (Number(b[key]) || 0);
      return sign * d || title(a).localeCompare(title(b)) || (a.course < b.course ? -1 : a.course > b.course ? 1 : 0);
    });
  }

  _courses(doc, t, r) {
    const section = el(doc, 'section', 'ss-audit__courses');
    const h = el(doc, `h${this._level(1)}`, 'ss-audit__heading', t('audit.courses.title'));
    h.id = `${this._uid}-courses`;
    section.appendChild(h);
    const table = el(doc, 'table');
    table.setAttribute('aria-labelledby', h.id);
    table.appendChild(el(doc, 'caption', null, t('audit.courses.caption')));
    const thead = el(doc, 'thead');
    const tr = el(doc, 'tr');
    const sortable = (key, text, numeric) => {
      const th = el(doc, 'th', numeric ? 'ss-audit__n' : null);
      th.scope = 'col';
      th.dataset.sort = key;
      if (this._sort.key === key) th.setAttribute('aria-sort', this._sort.dir);
      const b = el(doc, 'button', 'ss-audit__sort', text);
      b.type = 'button';
      b.addEventListener('click', () => {
        const dir = this._sort.key === key ? (this._sort.dir === 'ascending' ? 'descending' : 'ascending') : DEFAULT_DIR[key];
        this._sort = { key, dir };
        this._render();
        this.querySelector(`th[data-sort="${key}"] button`)?.focus();
      });
      th.appendChild(b);
      return th;
    };
    tr.appendChild(sortable('title', t('audit.col.course'), false));
    const barHead = el(doc, 'th', null, t('audit.col.bar'));
    barHead.scope = 'col';
    tr.appendChild(barHead);
    for (const q of AUDIT_QUADRANTS) tr.appendChild(sortable(q, t(`quadrant.${q}`), true));
    thead.appendChild(tr);
    table.appendChild(thead);

    const tbody = el(doc, 'tbody');
    const rows = this._sorted(r.courses ?? []);
    for (const c of rows.slice(0, this._shown)) {
      const line = el(doc, 'tr');
      line.dataset.course = c.course;
      const th = el(doc, 'th', null, c.title || c.course);
      th.scope = 'row';
      line.appendChild(th);
      const bar = el(doc, 'td');
      bar.appendChild(stackedBar(doc, this._uid, c, t));
      line.appendChild(bar);
      for (const q of AUDIT_QUADRANTS) {
        const td = el(doc, 'td', 'ss-audit__n', t.number(c[q] ?? 0));
        td.dataset.quadrant = q;
        line.appendChild(td);
      }
      tbody.appendChild(line);
    }
    table.appendChild(tbody);
    section.appendChild(table);
    if (rows.length > this._shown) {
      const more = el(doc, 'button', 'ss-audit__more', t('audit.more', { count: Math.min(PAGE, rows.length - this._shown), total: rows.length }));
      more.type = 'button';
      more.addEventListener('click', () => {
        this._shown += PAGE;
        this._render();
      });
      section.appendChild(more);
    }
    return section;
  }

  _waste(doc, t, r) {
    const section = el(doc, 'section', 'ss-audit__waste');
    section.appendChild(el(doc, `h${this._level(1)}`, 'ss-audit__heading', t('audit.waste.title')));
    const list = r.wasteForMost ?? [];
    if (!list.length) {
      section.appendChild(el(doc, 'p', null, t('audit.waste.none')));
      return section;
    }
    section.appendChild(el(doc, 'p', null, t('audit.waste.intro', { count: list.length })));
    const ol = el(doc, 'ol', 'ss-audit__list');
    const learners = r.learners || 1;
    for (const w of list) {
      const li = el(doc, 'li');
      li.dataset.course = w.course;
      li.appendChild(el(doc, 'strong', null, w.title || w.course));
      li.appendChild(doc.createTextNode(` — ${t('audit.waste.item', { waste: t.number(w.waste), learners: t.number(r.learners), share: t.percent(w.waste / learners) })}`));
      ol.appendChild(li);
    }
    section.appendChild(ol);
    return section;
  }

  _gaps(doc, t, r) {
    const section = el(doc, 'section', 'ss-audit__gaps');
    section.appendChild(el(doc, `h${this._level(1)}`, 'ss-audit__heading', t('audit.gaps.title')));
    const gaps = r.coverageGaps ?? [];
    if (!gaps.length) {
      section.appendChild(el(doc, 'p', null, t('audit.gaps.none')));
      return section;
    }
    section.appendChild(el(doc, 'p', null, t('audit.gaps.intro', { count: gaps.length })));
    const table = el(doc, 'table');
    const head = el(doc, 'tr');
    for (const key of ['audit.col.skill', 'audit.col.neededBy']) {
      const th = el(doc, 'th', null, t(key));
      th.scope = 'col';
      head.appendChild(th);
    }
    table.appendChild(el(doc, 'thead')).appendChild(head);
    const body = el(doc, 'tbody');
    for (const g of gaps) {
      const tr = el(doc, 'tr');
      const th = el(doc, 'th', null, g.label || this._label('skill', g.skill));
      th.scope = 'row';
      tr.appendChild(th);
      const needs = (g.neededBy ?? []).map((n) => (n.source === 'role'
        ? t('audit.gaps.role', { role: this._label('role', n.role) })
        : t('audit.gaps.priority', { need: t(`need.${n.need}`) })));
      tr.appendChild(el(doc, 'td', null, needs.join('; ')));
      body.appendChild(tr);
    }
    table.appendChild(body);
    section.appendChild(table);
    return section;
  }

  _stagnation(doc, t, r) {
    const section = el(doc, 'section', 'ss-audit__stagnation');
    section.appendChild(el(doc, `h${this._level(1)}`, 'ss-audit__heading', t('audit.stagnation.title')));
    const stagnant = (r.learnerResults ?? []).filter((l) => l.stagnant);
    if (!stagnant.length) {
      section.appendChild(el(doc, 'p', null, t('audit.stagnation.none')));
      return section;
    }
    section.appendChild(el(doc, 'p', 'ss-audit__stagnation-summary', t('audit.stagnation.intro', { count: stagnant.length, total: t.number(r.learnerResults.length) })));
    const table = el(doc, 'table');
    const head = el(doc, 'tr');
    for (const [key, numeric] of [['audit.col.learner'], ['audit.col.team'], ['audit.col.role'], ['audit.col.years', true], ['audit.col.open', true]]) {
      const th = el(doc, 'th', numeric ? 'ss-audit__n' : null, t(key));
      th.scope = 'col';
      head.appendChild(th);
    }
    table.appendChild(el(doc, 'thead')).appendChild(head);
    const body = el(doc, 'tbody');
    for (const l of stagnant) {
      const tr = el(doc, 'tr');
      tr.dataset.learner = l.learner;
      const th = el(doc, 'th', null, this._label('learner', l.learner));
      th.scope = 'row';
      tr.appendChild(th);
      tr.appendChild(el(doc, 'td', null, l.team ?? ''));
      tr.appendChild(el(doc, 'td', null, l.role ? this._label('role', l.role) : ''));
      tr.appendChild(el(doc, 'td', 'ss-audit__n', l.yearsInRole ?? ''));
      tr.appendChild(el(doc, 'td', 'ss-audit__n', l.sweetSpotAvailable ? t.number(l.sweetSpotAvailable) : t('audit.stagnation.noneOpen')));
      body.appendChild(tr);
    }
    table.appendChild(body);
    section.appendChild(table);
    return section;
  }

  _teams(doc, t, r) {
    const section = el(doc, 'section', 'ss-audit__teams');
    section.appendChild(el(doc, `h${this._level(1)}`, 'ss-audit__heading', t('audit.teams.title')));
    const table = el(doc, 'table');
    const head = el(doc, 'tr');
    for (const [key, numeric] of [['audit.col.team'], ['audit.col.learners', true], ['audit.col.stagnant', true], ['audit.col.pairs']]) {
      const th = el(doc, 'th', numeric ? 'ss-audit__n' : null, t(key));
      th.scope = 'col';
      head.appendChild(th);
    }
    table.appendChild(el(doc, 'thead')).appendChild(head);
    const body = el(doc, 'tbody');
    for (const team of r.teams) {
      const tr = el(doc, 'tr');
      const th = el(doc, 'th', null, team.team);
      th.scope = 'row';
      tr.appendChild(th);
      tr.appendChild(el(doc, 'td', 'ss-audit__n', t.number(team.learners)));
      tr.appendChild(el(doc, 'td', 'ss-audit__n', t.number(team.stagnant)));
      const bar = el(doc, 'td');
      bar.appendChild(stackedBar(doc, this._uid, team.summary ?? {}, t));
      tr.appendChild(bar);
      body.appendChild(tr);
    }
    table.appendChild(body);
    section.appendChild(table);
    return section;
  }

  _warnings(doc, t, r) {
    const section = el(doc, 'section', 'ss-audit__warnings');
    section.appendChild(el(doc, `h${this._level(1)}`, 'ss-audit__heading', t('audit.warnings.title')));
    const details = el(doc, 'details');
    details.appendChild(el(doc, 'summary', null, t('audit.warnings.summary', { count: r.warnings.length })));
    const ul = el(doc, 'ul', 'ss-audit__list');
    for (const w of r.warnings.slice(0, 200)) {
      const li = el(doc, 'li');
      li.appendChild(el(doc, 'code', null, w.path));
      li.appendChild(doc.createTextNode(`: ${w.message}`));
      ul.appendChild(li);
    }
    details.appendChild(ul);
    section.appendChild(details);
    return section;
  }
}

/** Defines <sweetspot-audit> (once). */
export function defineAuditElement(name = 'sweetspot-audit') {
  const registry = globalThis.customElements;
  if (!registry) return null;
  if (!registry.get(name)) registry.define(name, name === 'sweetspot-audit' ? SweetspotAudit : class extends SweetspotAudit {});
  return registry.get(name);
}
