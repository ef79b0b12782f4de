// The UI's stylesheet. Every class starts with "ss-" and every colour, size and font is a CSS
// custom property (--sweetspot-*) that a host can override on :root or on any ancestor, e.g.
//   :root { --sweetspot-sweet-spot-bg: #dff5e1; --sweetspot-font: "Inter", sans-serif; }
// It is installed as a constructed stylesheet (document.adoptedStyleSheets), which a strict
// Content-Security-Policy (style-src 'self', no 'unsafe-inline') allows; a host that prefers a file
// can write `css` to one and pass {styles: false}.

export const css = `
@layer sweetspot {
.ss-tag, .ss-interests, .ss-matrix {
  --ss-font: var(--sweetspot-font, inherit);
  --ss-font-size: var(--sweetspot-font-size, 0.875rem);
  --ss-radius: var(--sweetspot-radius, 999px);
  --ss-gap: var(--sweetspot-gap, 0.375rem);
  --ss-focus: var(--sweetspot-focus, #1a56db);
  --ss-sweet-spot-bg: var(--sweetspot-sweet-spot-bg, #e3f4e8);
  --ss-sweet-spot-fg: var(--sweetspot-sweet-spot-fg, #0b5229);
  --ss-sweet-spot-border: var(--sweetspot-sweet-spot-border, #2f7d4c);
  --ss-uphill-bg: var(--sweetspot-uphill-bg, #fff1dc);
  --ss-uphill-fg: var(--sweetspot-uphill-fg, #733c00);
  --ss-uphill-border: var(--sweetspot-uphill-border, #b7701a);
  --ss-gift-bg: var(--sweetspot-gift-bg, #efe8f9);
  --ss-gift-fg: var(--sweetspot-gift-fg, #4a2785);
  --ss-gift-border: var(--sweetspot-gift-border, #7552bd);
  --ss-waste-bg: var(--sweetspot-waste-bg, #eef0f2);
  --ss-waste-fg: var(--sweetspot-waste-fg, #3a4650);
  --ss-waste-border: var(--sweetspot-waste-border, #7b8a96);
  --ss-org-needed-bg: var(--sweetspot-org-needed-bg, #e2eefc);
  --ss-org-needed-fg: var(--sweetspot-org-needed-fg, #0d437f);
  --ss-org-needed-border: var(--sweetspot-org-needed-border, #3a72b5);
  --ss-optional-bg: var(--sweetspot-optional-bg, #f3f3f3);
  --ss-optional-fg: var(--sweetspot-optional-fg, #3d3d3d);
  --ss-optional-border: var(--sweetspot-optional-border, #8a8a8a);
  --ss-popover-bg: var(--sweetspot-popover-bg, #ffffff);
  --ss-popover-fg: var(--sweetspot-popover-fg, #1f2328);
  --ss-popover-muted: var(--sweetspot-popover-muted, #57606a);
  --ss-popover-border: var(--sweetspot-popover-border, #c9d1d9);
  --ss-popover-shadow: var(--sweetspot-popover-shadow, 0 8px 28px rgba(20, 30, 40, 0.22));
  --ss-popover-width: var(--sweetspot-popover-width, 26rem);
  --ss-button-bg: var(--sweetspot-button-bg, #ffffff);
  --ss-button-fg: var(--sweetspot-button-fg, #1f2328);
  --ss-button-border: var(--sweetspot-button-border, #8c959f);
  --ss-chart-bg: var(--sweetspot-chart-bg, #ffffff);
  --ss-chart-grid: var(--sweetspot-chart-grid, #d0d7de);
  --ss-chart-threshold: var(--sweetspot-chart-threshold, #57606a);
  --ss-chart-fg: var(--sweetspot-chart-fg, #1f2328);
}

.ss-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}

/* Tag */
/* white-space and max-width: a host may set nowrap on the row the tag sits in (Open edX's card
   action row does); the tag and its popover wrap within the card all the same. */
.ss-tag {
  display: inline-flex; align-items: center; flex-wrap: wrap; gap: var(--ss-gap); max-width: 100%;
  font-family: var(--ss-font); font-size: var(--ss-font-size); line-height: 1.3; white-space: normal;
}
.ss-tag__badge {
  display: inline-flex; align-items: center; gap: 0.3em;
  padding: 0.15em 0.6em 0.15em 0.45em; border-radius: var(--ss-radius);
  border: 1.5px solid var(--ss-border); background: var(--ss-bg); color: var(--ss-fg); font-weight: 600;
}
.ss-tag__icon { width: 1.05em; height: 1.05em; flex: none; }
.ss-tag--sweet_spot { --ss-bg: var(--ss-sweet-spot-bg); --ss-fg: var(--ss-sweet-spot-fg); --ss-border: var(--ss-sweet-spot-border); }
.ss-tag--uphill     { --ss-bg: var(--ss-uphill-bg);     --ss-fg: var(--ss-uphill-fg);     --ss-border: var(--ss-uphill-border); }
.ss-tag--gift       { --ss-bg: var(--ss-gift-bg);       --ss-fg: var(--ss-gift-fg);       --ss-border: var(--ss-gift-border); }
.ss-tag--waste      { --ss-bg: var(--ss-waste-bg);      --ss-fg: var(--ss-waste-fg);      --ss-border: var(--ss-waste-border); }
.ss-tag--org_needed { --ss-bg: var(--ss-org-needed-bg); --ss-fg: var(--ss-org-needed-fg); --ss-border: var(--ss-org-needed-border); }
.ss-tag--optional   { --ss-bg: var(--ss-optional-bg);   --ss-fg: var(--ss-optional-fg);   --ss-border: var(--ss-optional-border); }
.ss-tag--optional .ss-tag__badge { border-style: dashed; }

.ss-button, .ss-tag__why {
  font: inherit; font-size: var(--ss-font-size); cursor: pointer;
  padding: 0.15em 0.6em; border-radius: 0.4em;
  border: 1px solid var(--ss-button-border); background: var(--ss-button-bg); color: var(--ss-button-fg);
}
.ss-tag__why { text-decoration: underline; text-underline-offset: 0.15em; }
.ss-button:hover, .ss-tag__why:hover { background: #f3f4f6; }
.ss-button:focus-visible, .ss-tag__why:focus-visible, .ss-pop:focus-visible, .ss-pop__close:focus-visible,
.ss-interests input:focus-visible {
  outline: 3px solid var(--ss-focus); outline-offset: 2px;
}

/* "Why?" popover */
.ss-pop {
  box-sizing: border-box; width: min(var(--ss-popover-width), calc(100vw - 16px));
  max-height: min(70vh, 36rem); overflow: auto;
  margin: 0; inset: auto; position: fixed; z-index: 2147483000;
  padding: 0.9rem 1rem; border-radius: 0.6rem; border: 1px solid var(--ss-popover-border);
  background: var(--ss-popover-bg); color: var(--ss-popover-fg); box-shadow: var(--ss-popover-shadow);
  font-family: var(--ss-font); font-size: var(--ss-font-size); line-height: 1.45; text-align: start; white-space: normal;
}
.ss-pop[hidden] { display: none; }
.ss-pop__head { display: flex; align-items: flex-start; justify-content: space-between; gap: 0.75rem; margin-bottom: 0.4rem; }
.ss-pop__title { margin: 0; font-weight: 700; font-size: 1.05em; }
.ss-pop__course { margin: 0 0 0.5rem; color: var(--ss-popover-muted); }
.ss-pop__close {
  flex: none; font: inherit; cursor: pointer; border: 1px solid var(--ss-button-border);
  background: var(--ss-button-bg); color: var(--ss-button-fg); border-radius: 0.4em; padding: 0.1em 0.55em;
}
.ss-pop__describe { margin: 0 0 0.6rem; }
.ss-pop__axis { margin: 0.6rem 0 0.25rem; font-weight: 650; display: flex; justify-content: space-between; gap: 0.5rem; }
.ss-pop__threshold { font-weight: 400; color: var(--ss-popover-muted); }
.ss-pop__meter { height: 6px; border-radius: 3px; background: #e6e9ec; position: relative; margin: 0.15rem 0 0.35rem; overflow: hidden; }
.ss-pop__meter-fill { position: absolute; inset: 0 auto 0 0; background: var(--ss-chart-threshold); border-radius: 3px; }
.ss-pop__reasons { margin: 0; padding-inline-start: 1.1rem; }
.ss-pop__reasons li { margin: 0.2rem 0; }
.ss-pop__amount { font-variant-numeric: tabular-nums; color: var(--ss-popover-muted); white-space: nowrap; }
.ss-pop__none { margin: 0.1rem 0; color: var(--ss-popover-muted); }
.ss-pop__note { margin: 0.6rem 0 0; padding: 0.5rem 0.65rem; border-inline-start: 4px solid var(--ss-border, #8a8a8a); background: var(--ss-bg, #f6f8fa); color: var(--ss-popover-fg); border-radius: 0.3rem; }
.ss-pop__flags { margin: 0.6rem 0 0; padding-inline-start: 1.1rem; color: var(--ss-popover-fg); }
.ss-pop__invite { margin-top: 0.6rem; }

/* Interests panel */
.ss-interests { font-family: var(--ss-font); display: block; }
.ss-interests__intro { margin: 0 0 0.75rem; }
.ss-combo { position: relative; }
.ss-combo__label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.ss-combo__input {
  box-sizing: border-box; width: 100%; font: inherit; padding: 0.45rem 0.6rem;
  border: 1px solid var(--ss-button-border); border-radius: 0.4rem; background: #fff; color: #1f2328;
}
.ss-combo__list {
  position: absolute; z-index: 20; inset-inline: 0; top: 100%; margin: 2px 0 0; padding: 0.25rem 0;
  list-style: none; max-height: 16rem; overflow: auto; background: #fff; color: #1f2328;
  border: 1px solid var(--ss-popover-border); border-radius: 0.4rem; box-shadow: var(--ss-popover-shadow);
}
.ss-combo__list[hidden] { display: none; }
.ss-combo__option { padding: 0.35rem 0.6rem; cursor: pointer; }
.ss-combo__option[aria-selected="true"] { background: #1a56db; color: #fff; }
.ss-combo__option[aria-selected="true"] .ss-combo__alias { color: #e8eefc; }
.ss-combo__alias { display: block; font-size: 0.85em; color: #57606a; }
.ss-combo__empty { padding: 0.35rem 0.6rem; color: #57606a; }
.ss-interests__list { list-style: none; margin: 0.75rem 0; padding: 0; display: grid; gap: 0.5rem; }
.ss-interest { border: 1px solid var(--ss-popover-border); border-radius: 0.5rem; padding: 0.5rem 0.6rem; }
.ss-interest__row { display: flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; }
.ss-interest__name { font-weight: 600; flex: 1 1 auto; }
.ss-interest__range { flex: 1 1 9rem; accent-color: #1a56db; }
.ss-interest__off { flex: 1 0 100%; }
.ss-interest__value { min-width: 5.5em; font-variant-numeric: tabular-nums; color: #3a4650; }
.ss-interest--off .ss-interest__name { text-decoration: line-through; }
.ss-interests__empty { color: #57606a; margin: 0.5rem 0; }
.ss-interests fieldset { border: 1px solid var(--ss-popover-border); border-radius: 0.5rem; margin: 0.75rem 0; padding: 0.5rem 0.75rem; }
.ss-interests legend { font-weight: 600; padding: 0 0.25rem; }
.ss-interests__role { display: flex; gap: 0.4rem; align-items: center; margin: 0.2rem 0; }
.ss-interests__status { min-height: 1.3em; color: #3a4650; font-size: 0.9em; margin: 0.25rem 0; }

/* Matrix */
.ss-matrix { display: block; font-family: var(--ss-font); color: var(--ss-chart-fg); }
.ss-matrix__svg { display: block; width: 100%; height: auto; background: var(--ss-chart-bg); border-radius: 0.5rem; }
.ss-matrix__frame { fill: none; stroke: var(--ss-chart-grid); }
.ss-matrix__cell--sweet_spot { fill: var(--ss-sweet-spot-bg); }
.ss-matrix__cell--uphill { fill: var(--ss-uphill-bg); }
.ss-matrix__cell--gift { fill: var(--ss-gift-bg); }
.ss-matrix__cell--waste { fill: var(--ss-waste-bg); }
.ss-matrix__cell--org_needed { fill: var(--ss-org-needed-bg); }
.ss-matrix__cell--optional { fill: var(--ss-optional-bg); }
.ss-matrix__threshold { stroke: var(--ss-chart-threshold); stroke-width: 1.5; stroke-dasharray: 5 4; }
.ss-matrix__qname { font-size: 14px; font-weight: 700; }
.ss-matrix__qcount { font-size: 12px; }
.ss-matrix__labels text { paint-order: stroke; stroke: var(--ss-chart-bg); stroke-width: 4px; stroke-linejoin: round; pointer-events: none; }
.ss-matrix__qname--sweet_spot, .ss-matrix__qcount--sweet_spot { fill: var(--ss-sweet-spot-fg); }
.ss-matrix__qname--uphill, .ss-matrix__qcount--uphill { fill: var(--ss-uphill-fg); }
.ss-matrix__qname--gift, .ss-matrix__qcount--gift { fill: var(--ss-gift-fg); }
.ss-matrix__qname--waste, .ss-matrix__qcount--waste { fill: var(--ss-waste-fg); }
.ss-matrix__qname--org_needed, .ss-matrix__qcount--org_needed { fill: var(--ss-org-needed-fg); }
.ss-matrix__qname--optional, .ss-matrix__qcount--optional { fill: var(--ss-optional-fg); }
.ss-matrix__axis { font-size: 12px; fill: var(--ss-chart-fg); }
.ss-matrix__tick { font-size: 11px; fill: var(--ss-popover-muted); }
.ss-point { cursor: pointer; stroke: #ffffff; stroke-width: 1; }
.ss-point--sweet_spot { fill: var(--ss-sweet-spot-border); }
.ss-point--uphill { fill: var(--ss-uphill-border); }
.ss-point--gift { fill: var(--ss-gift-border); }
.ss-point--waste { fill: var(--ss-waste-border); }
.ss-point--org_needed { fill: var(--ss-org-needed-border); }
.ss-point--optional { fill: var(--ss-optional-border); }
.ss-point--active { stroke: #111; stroke-width: 2; }
.ss-matrix__ring { fill: none; stroke: var(--ss-focus); stroke-width: 2.5; pointer-events: none; }
.ss-point:focus, .ss-point:focus-visible { outline: none; }
.ss-point:focus-visible { stroke: var(--ss-focus); stroke-width: 3; }
.ss-matrix__details { margin-top: 0.5rem; min-height: 5rem; padding: 0.6rem 0.75rem; border: 1px solid var(--ss-popover-border); border-radius: 0.5rem; background: var(--ss-popover-bg); color: var(--ss-popover-fg); font-size: var(--ss-font-size); }
.ss-matrix__title { margin: 0 0 0.4rem; font-weight: 700; }
.ss-matrix__details-title { margin: 0 0 0.2rem; font-weight: 700; }
.ss-matrix__hint, .ss-matrix__note { margin: 0.4rem 0; font-size: 0.9em; color: var(--ss-popover-muted); }
}
`;

const installed = new WeakSet();

/** Adds the stylesheet to a document or shadow root once (adoptedStyleSheets). */
export function installStyles(target = globalThis.document) {
  if (!target || installed.has(target)) return;
  const win = (target.defaultView ?? target.ownerDocument?.defaultView ?? globalThis);
  if (!('adoptedStyleSheets' in target) || typeof win.CSSStyleSheet !== 'function') return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    // Prepended, so a host's own sheets (and its --sweetspot-* values) win on equal specificity.
    target.adoptedStyleSheets = [sheet, ...target.adoptedStyleSheets];
    installed.add(target);
  } catch {
    /* the host can still include `css` itself */
  }
}
