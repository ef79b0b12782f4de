// <sweetspot-matrix>: the 2x2 as an SVG chart. One dot per course at (personal, org), the two
// threshold lines, each quadrant's name and count. Pointing at a dot, or focusing it (the chart is
// one tab stop; arrow keys move between dots, Home/End jump), shows the course title and its
// reasons below the chart. Built with createElementNS / textContent only.
//
//   const m = document.querySelector('sweetspot-matrix');
//   m.configure({ engine, documents: {taxonomy, organization}, locale });
//   m.update(classification, learner);   // e.g. tags.result, tags.learner

import { translator, resolveLocale } from '../i18n/index.js';
import { createLookup, reasonText, tagKind, QUADRANTS } from './reasons.js';
import { installStyles } from './styles.js';
import { SVG_NS } from '../dom/icons.js';
import { el } from '../dom/elements.js';

const Base = globalThis.HTMLElement ?? class {};
let matrices = 0;

// Geometry in SVG user units.
const W = 420;
const H = 360;
const PAD = { left: 52, right: 8, top: 8, bottom: 44 };
const PW = W - PAD.left - PAD.right;
const PH = H - PAD.top - PAD.bottom;
const x = (v) => PAD.left + Math.max(0, Math.min(1, v)) * PW;
const y = (v) => PAD.top + (1 - Math.max(0, Math.min(1, v))) * PH;

function svg(doc, tag, attrs = {}, text) {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// A small deterministic offset (at most ±3.5 units) so dots with equal scores do not hide each other.
function jitter(id, salt) {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < id.length; i++) { h ^= id.charCodeAt(i); h = Math.imul(h, 16777619); }
  return (((h >>> 0) % 1000) / 1000 - 0.5) * 7;
}

export class SweetspotMatrix extends Base {
  constructor() {
    super();
    this._uid = ++matrices;
    this._opts = {};
    this._result = null;
    this._learner = null;
    this._points = [];
    this._active = -1;
  }

  connectedCallback() {
    this.classList.add('ss-matrix');
    installStyles(this.ownerDocument);
    this._render();
  }

  /** options: engine (for course titles), documents {taxonomy, organization}, locale. */
  configure({ engine, documents, locale } = {}) {
    this._opts = { engine, documents };
    this._lookup = createLookup(documents ?? {});
    this._t = translator(resolveLocale(locale ?? this.ownerDocument?.documentElement.lang));
    this._render();
    return this;
  }

  set locale(locale) {
    this._t = translator(resolveLocale(locale));
    this._render();
  }

  get locale() {
    return this._t?.locale;
  }

  /** Draws a classification (from engine.classify or a tag controller's `result`). */
  update(result, learner) {
    this._result = result;
    this._learner = learner ?? this._learner;
    this._render();
  }

  _title(i, id) {
    return this._opts.engine?.courseTitles?.[i] || id;
  }

  _render() {
    if (!this.isConnected || !this._t) return;
    const doc = this.ownerDocument;
    const t = this._t;
    const u = `ss-mx-${this._uid}`;
    const r = this._result;
    const prevCourse = this._points[this._active]?.course;
    this.replaceChildren();
    this._points = [];
    this._active = -1;

    const heading = el(doc, 'p', 'ss-matrix__title', t('matrix.title'));
    heading.id = `${u}-title`;
    this.appendChild(heading);
    if (!r) return;

    const noAgenda = !!r.noPersonalAgenda;
    const thresholds = r.thresholds ?? { personal: 0.25, org: 0.25 };
    const n = r.courses?.length ?? 0;

    const root = svg(doc, 'svg', { viewBox: `0 0 ${W} ${H}`, class: 'ss-matrix__svg', role: 'group', 'aria-labelledby': `${u}-title`, 'aria-describedby': `${u}-hint` });
    root.appendChild(svg(doc, 'title', {}, t('matrix.chartLabel', { count: n })));

    // Quadrant cells.
    const tx = x(thresholds.personal);
    const ty = y(thresholds.org);
    const cells = noAgenda
      ? [['org_needed', PAD.left, PAD.top, PW, ty - PAD.top], ['optional', PAD.left, ty, PW, PAD.top + PH - ty]]
      : [
        ['uphill', PAD.left, PAD.top, tx - PAD.left, ty - PAD.top],
        ['sweet_spot', tx, PAD.top, PAD.left + PW - tx, ty - PAD.top],
        ['waste', PAD.left, ty, tx - PAD.left, PAD.top + PH - ty],
        ['gift', tx, ty, PAD.left + PW - tx, PAD.top + PH - ty],
      ];
    const bg = svg(doc, 'g', { 'aria-hidden': 'true' });
    for (const [q, cx, cy, cw, ch] of cells) bg.appendChild(svg(doc, 'rect', { x: cx, y: cy, width: Math.max(0, cw), height: Math.max(0, ch), class: `ss-matrix__cell--${q}` }));
    bg.appendChild(svg(doc, 'rect', { x: PAD.left, y: PAD.top, width: PW, height: PH, class: 'ss-matrix__frame' }));
    if (!noAgenda) bg.appendChild(svg(doc, 'line', { x1: tx, y1: PAD.top, x2: tx, y2: PAD.top + PH, class: 'ss-matrix__threshold' }));
    bg.appendChild(svg(doc, 'line', { x1: PAD.left, y1: ty, x2: PAD.left + PW, y2: ty, class: 'ss-matrix__threshold' }));

    // Ticks and axis titles.
    for (const v of [0, 0.5, 1]) {
      bg.appendChild(svg(doc, 'text', { x: x(v), y: PAD.top + PH + 16, 'text-anchor': v === 0 ? 'start' : v === 1 ? 'end' : 'middle', class: 'ss-matrix__tick' }, t.percent(v)));
      bg.appendChild(svg(doc, 'text', { x: PAD.left - 5, y: Math.min(PAD.top + PH, Math.max(PAD.top + 9, y(v) + 4)), 'text-anchor': 'end', class: 'ss-matrix__tick' }, t.percent(v)));
    }
    bg.appendChild(svg(doc, 'text', { x: PAD.left + PW / 2, y: H - 8, 'text-anchor': 'middle', class: 'ss-matrix__axis' }, t('matrix.axis.personal')));
    bg.appendChild(svg(doc, 'text', { x: 13, y: PAD.top + PH / 2, 'text-anchor': 'middle', class: 'ss-matrix__axis', transform: `rotate(-90 13 ${PAD.top + PH / 2})` }, t('matrix.axis.org')));

    // Quadrant names and counts.
    const summary = r.summary ?? {};
    const names = noAgenda
      ? [['org_needed', 'org_needed', PAD.left + 8, PAD.top + 18, 'start', (summary.sweet_spot ?? 0) + (summary.uphill ?? 0)],
        ['optional', 'optional', PAD.left + PW - 8, PAD.top + PH - 24, 'end', (summary.gift ?? 0) + (summary.waste ?? 0)]]
      : [['uphill', 'uphill', PAD.left + 8, PAD.top + 18, 'start', summary.uphill ?? 0],
        ['sweet_spot', 'sweet_spot', PAD.left + PW - 8, PAD.top + 18, 'end', summary.sweet_spot ?? 0],
        ['waste', 'waste', PAD.left + 8, PAD.top + PH - 24, 'start', summary.waste ?? 0],
        ['gift', 'gift', PAD.left + PW - 8, PAD.top + PH - 24, 'end', summary.gift ?? 0]];
    const labels = svg(doc, 'g', { class: 'ss-matrix__labels', 'aria-hidden': 'true' });
    for (const [kind, q, nx, ny, anchor, count] of names) {
      const g = svg(doc, 'g', { class: 'ss-matrix__qlabel', 'data-quadrant': kind });
      g.appendChild(svg(doc, 'text', { x: nx, y: ny, 'text-anchor': anchor, class: `ss-matrix__qname ss-matrix__qname--${q}` }, t(`quadrant.${kind}`)));
      g.appendChild(svg(doc, 'text', { x: nx, y: ny + 15, 'text-anchor': anchor, class: `ss-matrix__qcount ss-matrix__qcount--${q}` }, t('matrix.count', { count })));
      labels.appendChild(g);
    }
    root.appendChild(bg);

    // Points: in quadrant order, then by title, so arrow keys walk them in a meaningful order.
    const pts = [];
    for (let i = 0; i < n; i++) {
      const c = r.get(i);
      pts.push({ ...c, i, title: this._title(i, c.course), kind: tagKind(c) });
    }
    const order = (k) => ['sweet_spot', 'uphill', 'gift', 'waste', 'org_needed', 'optional'].indexOf(k);
    pts.sort((a, b) => order(a.kind) - order(b.kind) || b.org + b.personal - (a.org + a.personal) || a.title.localeCompare(b.title));
    const layer = svg(doc, 'g', { class: 'ss-matrix__points' });
    pts.forEach((p, k) => {
      const label = t(`quadrant.${p.kind}`);
      const name = noAgenda
        ? t('matrix.point.noAgenda', { title: p.title, label, org: t.percent(p.org) })
        : t('matrix.point', { title: p.title, label, personal: t.percent(p.personal), org: t.percent(p.org) });
      const c = svg(doc, 'circle', {
        cx: (x(p.personal) + jitter(p.course, 1)).toFixed(1),
        cy: (y(p.org) + jitter(p.course, 2)).toFixed(1),
        r: 5,
        class: `ss-point ss-point--${p.kind}`,
        role: 'img',
        'aria-label': name,
        tabindex: '-1',
        'data-course': p.course,
        'data-k': k,
      });
      layer.appendChild(c);
      p.node = c;
    });
    root.appendChild(layer);
    root.appendChild(labels); // quadrant names stay readable above the dots
    // The active dot's ring, drawn above all dots (moving the dot itself would drop its focus).
    this._ring = svg(doc, 'circle', { r: 9, class: 'ss-matrix__ring', 'aria-hidden': 'true', visibility: 'hidden' });
    root.appendChild(this._ring);
    this._points = pts;
    this.appendChild(root);

    const hint = el(doc, 'p', 'ss-matrix__hint', t('matrix.hint'));
    hint.id = `${u}-hint`;
    this.appendChild(hint);
    if (noAgenda) this.appendChild(el(doc, 'p', 'ss-matrix__note', t('matrix.noAgenda')));
    const details = el(doc, 'div', 'ss-matrix__details');
    details.setAttribute('aria-live', 'polite');
    details.appendChild(el(doc, 'p', 'ss-matrix__hint', t('matrix.details.empty')));
    this.appendChild(details);
    this._details = details;

    // Roving tab stop: one dot is focusable at a time.
    const start = Math.max(0, pts.findIndex((p) => p.course === prevCourse));
    if (pts.length) pts[start].node.setAttribute('tabindex', '0');
    this._active = pts.length ? start : -1;

    layer.addEventListener('pointerover', (e) => {
      const k = e.target?.dataset?.k;
      if (k !== undefined) this._show(Number(k), false);
    });
    layer.addEventListener('focusin', (e) => {
      const k = e.target?.dataset?.k;
      if (k !== undefined) this._show(Number(k), false);
    });
    layer.addEventListener('click', (e) => {
      const k = e.target?.dataset?.k;
      if (k !== undefined) this._show(Number(k), true);
    });
    layer.addEventListener('keydown', (e) => {
      if (this._active < 0) return;
      const last = this._points.length - 1;
      const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
      let next;
      if (e.key in moves) next = Math.max(0, Math.min(last, this._active + moves[e.key]));
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = last;
      else return;
      e.preventDefault();
      this._show(next, true);
    });
  }

  _show(k, focus) {
    const p = this._points[k];
    if (!p) return;
    const prev = this._points[this._active];
    if (prev && prev !== p) {
      prev.node.setAttribute('tabindex', '-1');
      prev.node.classList.remove('ss-point--active');
    }
    this._active = k;
    p.node.setAttribute('tabindex', '0');
    p.node.classList.add('ss-point--active');
    this._ring.setAttribute('cx', p.node.getAttribute('cx'));
    this._ring.setAttribute('cy', p.node.getAttribute('cy'));
    this._ring.setAttribute('visibility', 'visible');
    if (focus && this.ownerDocument.activeElement !== p.node) p.node.focus();
    this._describe(p);
  }

  _describe(p) {
    const doc = this.ownerDocument;
    const t = this._t;
    const d = this._details;
    if (!d) return;
    d.replaceChildren();
    d.appendChild(el(doc, 'p', 'ss-matrix__details-title', p.title));
    d.appendChild(el(doc, 'p', null, `${t(`quadrant.${p.kind}`)} — ${t(`describe.${p.kind}`)}`));
    let full = null;
    try { full = this._result.explain(p.course); } catch { full = null; }
    if (!full) return;
    const reasons = (full.reasons ?? []).slice().sort((a, b) => b.amount - a.amount);
    if (!reasons.length) return;
    const ul = el(doc, 'ul', 'ss-pop__reasons');
    const ctx = { t, lookup: this._lookup ?? createLookup({}), learner: this._learner };
    for (const reason of reasons) {
      const li = el(doc, 'li', null, reasonText(reason, ctx));
      li.appendChild(doc.createTextNode(' '));
      li.appendChild(el(doc, 'span', 'ss-pop__amount', t('why.amount', { amount: t.percent(reason.amount) })));
      ul.appendChild(li);
    }
    d.appendChild(ul);
  }
}

/** Defines <sweetspot-matrix> (once). */
export function defineMatrixElement(name = 'sweetspot-matrix') {
  const registry = globalThis.customElements;
  if (!registry) return null;
  if (!registry.get(name)) registry.define(name, name === 'sweetspot-matrix' ? SweetspotMatrix : class extends SweetspotMatrix {});
  return registry.get(name);
}

export { QUADRANTS };
