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
import { SVG_NS } from '../dom/icons.js';
import { el } from '../dom/why.js';

const Base = globalThis.HTMLElement ?? class {};
let audits = 0;

export const AUDIT_QUADRANTS = Object.freeze(['sweet_spot', 'uphill', 'gift', 'waste']);
const PAGE = 500; // course rows rendered at a time

// ---- CSV -------------------------------------------------------------------------------------

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 * The same rule as `sweetspot audit --format csv`.
 */
export function csvCell(value) {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells) => `${cells.join(',')}\r\n`;

/** course,title,sweet_spot,uphill,gift,waste,waste_for_most — byte for byte the CLI's `--format csv`. */
export function auditCoursesCsv(report) {
  const most = new Set((report?.wasteForMost ?? []).map((w) => w.course));
  let out = row(['course', 'title', ...AUDIT_QUADRANTS, 'waste_for_most']);
  for (const c of report?.courses ?? []) {
    out += row([csvCell(c.course), csvCell(c.title), ...AUDIT_QUADRANTS.map((q) => Number(c[q]) || 0), most.has(c.course)]);
  }
  return out;
}

/** One row per learner, as the CLI's `--learners-csv`. */
export function auditLearnersCsv(report) {
  let out = row(['learner', 'team', 'role', 'years_in_role', 'stagnant', 'sweet_spot_completed', 'sweet_spot_available',
    'no_personal_agenda', ...AUDIT_QUADRANTS]);
  for (const l of report?.learnerResults ?? []) {
    out += row([csvCell(l.learner), csvCell(l.team ?? ''), csvCell(l.role ?? ''), l.yearsInRole ?? '', !!l.stagnant,
      Number(l.sweetSpotCompleted) || 0, Number(l.sweetSpotAvailable) || 0, !!l.noPersonalAgenda,
      ...AUDIT_QUADRANTS.map((q) => Number(l.summary?.[q]) || 0)]);
  }
  return out;
}

// ---- styles ----------------------------------------------------------------------------------

export const auditCss = `
@layer sweetspot {
.ss-audit {
  --ss-font: var(--sweetspot-font, inherit);
  --ss-focus: var(--sweetspot-focus, #1a56db);
  --ss-line: var(--sweetspot-audit-line, #d0d7de);
  --ss-muted: var(--sweetspot-popover-muted, #57606a);
  --ss-head-bg: var(--sweetspot-audit-head-bg, #f6f8fa);
  --ss-sweet-spot-bg: var(--sweetspot-sweet-spot-bg, #e3f4e8);
  --ss-sweet-spot-border: var(--sweetspot-sweet-spot-border, #2f7d4c);
  --ss-uphill-bg: var(--sweetspot-uphill-bg, #fff1dc);
  --ss-uphill-border: var(--sweetspot-uphill-border, #b7701a);
  --ss-gift-bg: var(--sweetspot-gift-bg, #efe8f9);
  --ss-gift-border: var(--sweetspot-gift-border, #7552bd);
  --ss-waste-bg: var(--sweetspot-waste-bg, #eef0f2);
  --ss-waste-border: var(--sweetspot-waste-border, #7b8a96);
  display: block; font-family: var(--ss-font); color: var(--sweetspot-chart-fg, #1f2328);
}
.ss-audit__defs { position: absolute; width: 0; height: 0; overflow: hidden; }
.ss-audit__head { display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 0.75rem 1.5rem; }
.ss-audit .ss-audit__title { margin: 0; padding: 0; border: 0; font-size: 1.5rem; }
.ss-audit__meta, .ss-audit__note, .ss-audit caption { color: var(--ss-muted); }
.ss-audit__meta { margin: 0.2rem 0 0; }
.ss-audit__legend + .ss-audit__note { margin: 0.6rem 0 0.2rem; font-size: 0.9rem; }
.ss-audit__controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5rem 0.75rem; }
.ss-audit__field { display: flex; flex-direction: column; gap: 0.15rem; font-size: 0.85rem; font-weight: 600; }
.ss-audit select, .ss-audit button {
  font: inherit; font-size: 0.92rem; padding: 0.3rem 0.6rem; border-radius: 0.4rem; min-height: 2.2rem;
  border: 1px solid #8c959f; background: #fff; color: inherit; cursor: pointer;
}
.ss-audit button:hover { background: #f3f4f6; }
.ss-audit :focus-visible { outline: 3px solid var(--ss-focus); outline-offset: 2px; }
.ss-audit section { margin-top: 1.5rem; }
.ss-audit__heading { font-size: 1.15rem; margin: 0 0 0.4rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--ss-line); }
.ss-audit__legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.25rem; list-style: none; margin: 0.5rem 0; padding: 0; }
.ss-audit__legend li { display: flex; align-items: center; gap: 0.4rem; }
.ss-audit__swatch { flex: none; border: 1px solid #444; }
.ss-audit table { border-collapse: collapse; width: 100%; margin: 0.4rem 0; font-size: 0.92rem; }
.ss-audit caption { text-align: left; padding: 0.2rem 0; }
.ss-audit th, .ss-audit td { border-bottom: 1px solid var(--ss-line); padding: 0.3rem 0.45rem; text-align: left; vertical-align: middle; }
.ss-audit thead th { background: var(--ss-head-bg); font-weight: 600; white-space: nowrap; }
.ss-audit tbody th { font-weight: 500; }
.ss-audit .ss-audit__n { text-align: right; font-variant-numeric: tabular-nums; }
.ss-audit .ss-audit__sort { border: 0; background: none; padding: 0.1rem 0.2rem; min-height: 0; font-weight: 600; }
.ss-audit__sort::after { content: " \\2195"; color: var(--ss-muted); }
.ss-audit [aria-sort="ascending"] .ss-audit__sort::after { content: " \\2191"; color: inherit; }
.ss-audit [aria-sort="descending"] .ss-audit__sort::after { content: " \\2193"; color: inherit; }
.ss-audit__bar { display: block; width: 100%; max-width: 16rem; min-width: 9rem; height: auto; }
.ss-audit__bar text { font-size: 10.5px; font-weight: 700; fill: #111; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.ss-audit__bar .ss-audit__empty { fill: #f6f8fa; stroke: var(--ss-line); }
.ss-audit__pat-bg--sweet_spot { fill: var(--ss-sweet-spot-border); }
.ss-audit__pat-bg--uphill { fill: var(--ss-uphill-bg); }
.ss-audit__pat-fg--uphill { fill: var(--ss-uphill-border); }
.ss-audit__pat-bg--gift { fill: var(--ss-gift-bg); }
.ss-audit__pat-fg--gift { fill: var(--ss-gift-border); }
.ss-audit__pat-bg--waste { fill: var(--ss-waste-bg); }
.ss-audit__pat-fg--waste { stroke: var(--ss-waste-border); stroke-width: 1.2; fill: none; }
.ss-audit__list { margin: 0.3rem 0; padding-left: 1.4rem; }
.ss-audit__list li { margin: 0.15rem 0; }
.ss-audit__alert { padding: 0.5rem 0.75rem; border-left: 4px solid #b42318; background: #fdecea; }
.ss-audit details { margin-top: 0.4rem; }
}
`;

const installed = new WeakSet();

/** Adds the audit's stylesheet to a document or shadow root once (adoptedStyleSheets, CSP-safe). */
export function installAuditStyles(target = globalThis.document) {
  if (!target || installed.has(target)) return;
  const win = target.defaultView ?? target.ownerDocument?.defaultView ?? globalThis;
  if (!('adoptedStyleSheets' in target) || typeof win.CSSStyleSheet !== 'function') return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(auditCss);
    target.adoptedStyleSheets = [sheet, ...target.adoptedStyleSheets];
    installed.add(target);
  } catch {
    /* the host can include auditCss itself */
  }
}

// ---- SVG -------------------------------------------------------------------------------------

function svg(doc, tag, attrs = {}, text) {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// The four patterns: Sweet Spot solid, Uphill diagonal stripes, Gift dots, Waste cross-hatch.
function patterns(doc, uid) {
  const root = svg(doc, 'svg', { class: 'ss-audit__defs', 'aria-hidden': 'true', focusable: 'false' });
  const defs = svg(doc, 'defs');
  const make = (q, extra) => {
    const p = svg(doc, 'pattern', { id: `${uid}-${q}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', ...extra });
    p.appendChild(svg(doc, 'rect', { width: 8, height: 8, class: `ss-audit__pat-bg--${q}` }));
    return p;
  };
  defs.appendChild(make('sweet_spot'));
  const uphill = make('uphill', { patternTransform: 'rotate(45)' });
  uphill.appendChild(svg(doc, 'rect', { width: 3, height: 8, class: 'ss-audit__pat-fg--uphill' }));
  defs.appendChild(uphill);
  const gift = make('gift');
  gift.appendChild(svg(doc, 'circle', { cx: 4, cy: 4, r: 1.8, class: 'ss-audit__pat-fg--gift' }));
  defs.appendChild(gift);
  const waste = make('waste');
  waste.appendChild(svg(doc, 'path', { d: 'M0 0L8 8M8 0L0 8', class: 'ss-audit__pat-fg--waste' }));
  defs.appendChild(waste);
  root.appendChild(defs);
  return root;
}

const BAR_W = 240;
const BAR_H = 20;

/** A stacked bar of quadrant counts, named for screen readers; a <title> and a count per segment. */
function stackedBar(doc, uid, counts, t) {
  const total = AUDIT_QUADRANTS.reduce((a, q) => a + (Number(counts[q]) || 0), 0);
  const name = AUDIT_QUADRANTS.map((q) => `${t(`quadrant.${q}`)} ${t.number(counts[q] ?? 0)}`).join(', ');
  const root = svg(doc, 'svg', { class: 'ss-audit__bar', viewBox: `0 0 ${BAR_W} ${BAR_H}`, role: 'img', 'aria-label': name });
  if (!total) {
    root.appendChild(svg(doc, 'rect', { x: 0, y: 1, width: BAR_W, height: BAR_H - 2, class: 'ss-audit__empty' }));
    return root;
  }
  let before = 0;
  for (const q of AUDIT_QUADRANTS) {
    const n = Number(counts[q]) || 0;
    if (!n) continue;
    const x0 = (before * BAR_W) / total;
    const x1 = ((before + n) * BAR_W) / total;
    before += n;
    const g = svg(doc, 'g', { class: `ss-audit__seg ss-audit__seg--${q}`, 'data-quadrant': q });
    g.appendChild(svg(doc, 'title', {}, t('audit.segment', { label: t(`quadrant.${q}`), count: t.number(n) })));
    g.appendChild(svg(doc, 'rect', { x: x0.toFixed(2), y: 1, width: (x1 - x0).toFixed(2), height: BAR_H - 2, fill: `url(#${uid}-${q})` }));
    const label = t.number(n);
    if (x1 - x0 >= 7 + 6.5 * label.length) {
      g.appendChild(svg(doc, 'text', { x: ((x0 + x1) / 2).toFixed(2), y: 14, 'text-anchor': 'middle' }, label));
    }
    root.appendChild(g);
  }
  return root;
}

function swatch(doc, uid, q) {
  const s = svg(doc, 'svg', { class: 'ss-audit__swatch', width: 28, height: 16, viewBox: '0 0 28 16', 'aria-hidden': 'true', focusable: 'false' });
  s.appendChild(svg(doc, 'rect', { width: 28, height: 16, fill: `url(#${uid}-${q})` }));
  return s;
}

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
