// The audit's SVG: four fill patterns (colour *and* pattern per quadrant, so print and colour-blind
// readers can tell them apart), the stacked bar of one course's quadrant counts, a legend swatch.

import { SVG_NS } from '../dom/icons.js';

export const AUDIT_QUADRANTS = Object.freeze(['sweet_spot', 'uphill', 'gift', 'waste']);

function svg(doc, tag, attrs = {}, text) {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// The four patterns: Sweet Spot solid, Uphill diagonal stripes, Gift dots, Waste cross-hatch.
export function patterns(doc, uid) {
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
export function stackedBar(doc, uid, counts, t) {
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

export function swatch(doc, uid, q) {
  const s = svg(doc, 'svg', { class: 'ss-audit__swatch', width: 28, height: 16, viewBox: '0 0 28 16', 'aria-hidden': 'true', focusable: 'false' });
  s.appendChild(svg(doc, 'rect', { width: 28, height: 16, fill: `url(#${uid}-${q})` }));
  return s;
}
