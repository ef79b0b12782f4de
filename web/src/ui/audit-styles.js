// The stylesheet of <sweetspot-audit>, installed once per document or shadow root.

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
