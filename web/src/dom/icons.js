// Small SVG icons, one per tag kind, built with createElementNS (no markup strings). The shape
// tells the kinds apart without colour: a target, a rising line, a gift box, a struck circle, a flag,
// a dashed circle. Icons are decorative (aria-hidden): the tag's text says the same.

const SVG_NS = 'http://www.w3.org/2000/svg';

const SHAPES = {
  sweet_spot: [
    ['circle', { cx: 8, cy: 8, r: 6.3 }],
    ['circle', { cx: 8, cy: 8, r: 3.4 }],
    ['circle', { cx: 8, cy: 8, r: 1.1, fill: 'currentColor' }],
  ],
  uphill: [
    ['polyline', { points: '1.5,13.5 6,8 9,10.5 14,4' }],
    ['polyline', { points: '9.8,4 14,4 14,8.2' }],
  ],
  gift: [
    ['rect', { x: 2.5, y: 7, width: 11, height: 7, rx: 0.8 }],
    ['rect', { x: 1.5, y: 4.5, width: 13, height: 2.5, rx: 0.6 }],
    ['line', { x1: 8, y1: 4.5, x2: 8, y2: 14 }],
    ['path', { d: 'M8 4.5C6.6 1.8 3.9 2.2 4.8 4.2M8 4.5c1.4-2.7 4.1-2.3 3.2-.3' }],
  ],
  waste: [
    ['circle', { cx: 8, cy: 8, r: 6.2 }],
    ['line', { x1: 3.7, y1: 12.3, x2: 12.3, y2: 3.7 }],
  ],
  org_needed: [
    ['line', { x1: 3.5, y1: 14.5, x2: 3.5, y2: 1.5 }],
    ['path', { d: 'M3.5 2H13l-2.2 3.2L13 8.4H3.5' }],
  ],
  optional: [
    ['circle', { cx: 8, cy: 8, r: 6, 'stroke-dasharray': '2.4 2.2' }],
  ],
};

/** An <svg> icon for a tag kind (a quadrant, "org_needed" or "optional"). */
export function createIcon(doc, kind, className = 'ss-tag__icon') {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '1.6');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  for (const [tag, attrs] of SHAPES[kind] ?? SHAPES.waste) {
    const el = doc.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    svg.appendChild(el);
  }
  return svg;
}

export { SVG_NS };
