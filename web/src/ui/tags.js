// tagCourses(): puts a Sweetspot tag on every course card of a host page, for one learner, and keeps
// the tags right when the host re-renders its cards (MutationObserver) or the learner's agenda
// changes (controller.update). Each tag is a label + icon + colour, with an accessible name and a
// "Why?" button that opens a popover with the reasons. Nothing from the host or the data is ever
// parsed as HTML: every string goes through textContent.

import { translator, resolveLocale } from '../i18n/index.js';
import { createLookup, tagKind } from './reasons.js';
import { installStyles } from './styles.js';
import { dataAttributeAdapter } from '../dom/adapters.js';
import { createIcon } from '../dom/icons.js';
import { el } from '../dom/elements.js';
import { renderWhy } from './why.js';

const TAG_ATTR = 'data-sweetspot';
let instances = 0;

// A uniform view of one classification: get(id) -> {course, title, quadrant, personal, org, flags}.
// Only the cards' own ids and titles are looked up: a page of 12 cards never reads the 10,000 of a
// catalog out of the engine.
function snapshot(c) {
  return {
    raw: c,
    thresholds: c.thresholds,
    summary: c.summary,
    growth: c.growth,
    noPersonalAgenda: !!c.noPersonalAgenda,
    get(id) {
      const r = c.find(id);
      if (r !== null) r.title = c.title(r.index) || id;
      return r;
    },
    explain(id) {
      return c.explain(id);
    },
  };
}

const popoverSupported = (doc) => typeof doc.defaultView?.HTMLElement?.prototype?.showPopover === 'function';

/**
 * Tags every course card under `root`.
 * options:
 *   engine     an engine from createEngine(), with the catalog loaded (required)
 *   learner    the learner object (required)
 *   documents  {taxonomy, organization}: for skill labels and role titles in the reasons
 *   adapter    finds the cards: (root) => [{element, course, mount?}] (default: [data-course-id])
 *   asOf       "YYYY-MM-DD" (default: today, local time, as the engine's JS layer picks it)
 *   locale     "en" | "de" | "fr" | "es" | a registered one (default: <html lang>, else "en")
 *   position   "append" (default) or "prepend" inside the card's mount element
 *   styles     false to skip installing the stylesheet
 *   onInvite   called with the course id when a learner without an agenda asks to state interests
 *              (a bubbling "sweetspot-invite" event is dispatched as well)
 * Returns a controller: update(learner, {asOf?}), setLocale(locale), refresh(), disconnect(),
 * and the getters result (the current classification), locale, tags (count).
 */
export function tagCourses(root, options = {}) {
  if (!root || typeof root.querySelectorAll !== 'function') throw new TypeError('tagCourses: root must be a Document or an Element');
  const { engine } = options;
  if (!engine || typeof engine.classify !== 'function') throw new TypeError('tagCourses: options.engine must be a Sweetspot engine');
  if (!options.learner || typeof options.learner !== 'object') throw new TypeError('tagCourses: options.learner must be a learner object');

  const doc = root.nodeType === 9 ? root : root.ownerDocument;
  const id = ++instances;
  const adapter = options.adapter ?? dataAttributeAdapter();
  const position = options.position === 'prepend' ? 'prepend' : 'append';
  const nativePopover = popoverSupported(doc);
  if (options.styles !== false) installStyles(doc);

  let learner = options.learner;
  let asOf = options.asOf;
  let t = translator(resolveLocale(options.locale ?? doc.documentElement.lang));
  let lookup = createLookup(options.documents ?? {});
  let session = null;
  let serial = 0;
  let openTag = null; // {pop, render}
  let connected = true;
  let scheduled = false;
  const owned = new WeakSet();

  function classify() {
    // asOf undefined: the engine's JS layer passes today (local time).
    const c = engine.classify(learner, asOf === undefined ? undefined : { asOf });
    session = snapshot(c);
  }

  function context(result, titleId, close, invite) {
    return {
      t, lookup, learner,
      thresholds: session.thresholds,
      growth: session.growth,
      titleId,
      onClose: close,
      onInvite: invite,
      result,
    };
  }

  function place(pop, anchor) {
    const win = doc.defaultView;
    const r = anchor.getBoundingClientRect();
    const pw = pop.offsetWidth || 320;
    const ph = pop.offsetHeight || 0;
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    const left = Math.max(8, Math.min(r.left, vw - pw - 8));
    let top = r.bottom + 6;
    if (ph && top + ph > vh - 8) top = r.top - 6 - ph >= 8 ? r.top - 6 - ph : Math.max(8, vh - ph - 8);
    pop.style.left = `${Math.round(left)}px`;
    pop.style.top = `${Math.round(top)}px`;
  }

  function onViewportChange() {
    if (openTag) place(openTag.pop, openTag.button);
  }

  function buildTag(card, r) {
    const kind = tagKind(r);
    const label = t(`quadrant.${kind}`);
    const n = ++serial;
    const popId = `ss-${id}-pop-${n}`;
    const titleId = `ss-${id}-title-${n}`;

    const tag = el(doc, 'div', `ss-tag ss-tag--${kind}`);
    tag.setAttribute(TAG_ATTR, 'tag');
    tag.setAttribute('role', 'group');
    tag.setAttribute('aria-label', t('tag.group', { label }));
    tag.dataset.sweetspotCourse = r.course;
    tag.dataset.sweetspotKind = kind;
    tag.dataset.sweetspotQuadrant = r.quadrant;
    tag.dataset.sweetspotKey = `${r.course}|${kind}|${t.locale}|${r.title}`;

    const badge = el(doc, 'span', 'ss-tag__badge');
    badge.appendChild(createIcon(doc, kind));
    badge.appendChild(el(doc, 'span', 'ss-tag__label', label));
    badge.appendChild(el(doc, 'span', 'ss-visually-hidden', ` — ${t(`describe.${kind}`)}`));
    tag.appendChild(badge);

    const button = el(doc, 'button', 'ss-tag__why', t('tag.why'));
    button.type = 'button';
    button.appendChild(el(doc, 'span', 'ss-visually-hidden', ` ${t('tag.whyContext', { label, title: r.title })}`));
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', popId);
    tag.appendChild(button);

    const pop = el(doc, 'div', 'ss-pop');
    pop.id = popId;
    pop.setAttribute('role', 'dialog');
    pop.setAttribute('aria-labelledby', titleId);
    pop.tabIndex = -1;
    tag.appendChild(pop);

    const course = r.course;
    const close = () => {
      if (nativePopover) { if (pop.matches(':popover-open')) pop.hidePopover(); } else setOpen(false);
    };
    const invite = () => {
      close();
      tag.dispatchEvent(new CustomEvent('sweetspot-invite', { bubbles: true, composed: true, detail: { course } }));
      options.onInvite?.(course);
    };
    const render = () => {
      const full = session.explain(course);
      renderWhy(pop, full, context(full, titleId, close, invite));
    };
    const opened = () => {
      openTag = { pop, button, render };
      button.setAttribute('aria-expanded', 'true');
      place(pop, button);
      pop.focus({ preventScroll: true });
      doc.defaultView.addEventListener('scroll', onViewportChange, { passive: true, capture: true });
      doc.defaultView.addEventListener('resize', onViewportChange, { passive: true });
    };
    const closed = () => {
      if (openTag && openTag.pop === pop) openTag = null;
      button.setAttribute('aria-expanded', 'false');
      doc.defaultView.removeEventListener('scroll', onViewportChange, { capture: true });
      doc.defaultView.removeEventListener('resize', onViewportChange);
      const active = doc.activeElement;
      if (!active || active === doc.body || pop.contains(active)) button.focus({ preventScroll: true });
    };

    let setOpen;
    if (nativePopover) {
      pop.popover = 'auto';
      button.popoverTargetElement = pop;
      button.popoverTargetAction = 'toggle';
      // aria-expanded follows at once: `toggle` fires a task later, after the popover is already
      // shown or hidden, and assistive technology (and tests) may read the button in between.
      pop.addEventListener('beforetoggle', (e) => {
        button.setAttribute('aria-expanded', String(e.newState === 'open'));
        if (e.newState === 'open') { render(); place(pop, button); }
      });
      pop.addEventListener('toggle', (e) => (e.newState === 'open' ? opened() : closed()));
    } else {
      // Without the Popover API: a positioned, hidden-toggled dialog with Escape and outside clicks.
      pop.hidden = true;
      const outside = (e) => { if (!tag.contains(e.target)) setOpen(false); };
      setOpen = (open) => {
        if (open === !pop.hidden) return;
        if (open) {
          if (openTag && openTag.pop !== pop) openTag.close?.();
          render();
          pop.hidden = false;
          opened();
          openTag.close = () => setOpen(false);
          doc.addEventListener('pointerdown', outside, true);
        } else {
          pop.hidden = true;
          doc.removeEventListener('pointerdown', outside, true);
          closed();
        }
      };
      button.addEventListener('click', () => setOpen(pop.hidden));
      pop.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') { e.preventDefault(); setOpen(false); }
      });
    }
    owned.add(tag);
    return tag;
  }

  function ownTagIn(mount) {
    for (const child of mount.children) {
      if (child.getAttribute(TAG_ATTR) === 'tag' && owned.has(child)) return child;
    }
    return null;
  }

  let tagged = 0;
  let unknown = [];
  function rescan() {
    scheduled = false;
    if (!connected || !session) return;
    const cards = adapter(root);
    const keep = new Set();
    const missing = [];
    for (const card of cards) {
      const mount = card.mount ?? card.element;
      if (!mount || typeof mount.appendChild !== 'function') continue;
      const existing = ownTagIn(mount);
      const r = session.get(card.course);
      if (!r) {
        missing.push(card.course);
        if (existing) existing.remove();
        continue;
      }
      const key = `${r.course}|${tagKind(r)}|${t.locale}|${r.title}`;
      if (existing && existing.dataset.sweetspotKey === key) { keep.add(existing); continue; }
      const tag = buildTag(card, r);
      if (existing) existing.replaceWith(tag);
      else if (position === 'prepend') mount.prepend(tag);
      else mount.appendChild(tag);
      keep.add(tag);
    }
    for (const stale of root.querySelectorAll(`[${TAG_ATTR}="tag"]`)) {
      if (owned.has(stale) && !keep.has(stale)) stale.remove();
    }
    // Records caused by our own insertions are dropped here, so they cannot trigger another pass.
    observer?.takeRecords();
    tagged = keep.size;
    unknown = missing;
    root.dispatchEvent(new CustomEvent('sweetspot-tagged', {
      bubbles: true, detail: { tagged, unknown: [...missing] },
    }));
  }

  function rerenderOpen() {
    if (openTag && openTag.pop.isConnected) openTag.render();
  }

  function schedule() {
    if (scheduled || !connected) return;
    scheduled = true;
    queueMicrotask(rescan);
  }

  const isOurs = (node) => {
    if (!node) return false;
    const elNode = node.nodeType === 1 ? node : node.parentElement;
    return !!elNode && (elNode.hasAttribute(TAG_ATTR) || !!elNode.closest(`[${TAG_ATTR}]`));
  };
  const observer = typeof doc.defaultView?.MutationObserver === 'function'
    ? new doc.defaultView.MutationObserver((records) => {
      for (const rec of records) {
        if (isOurs(rec.target)) continue;
        if (rec.type === 'childList') {
          const nodes = [...rec.addedNodes, ...rec.removedNodes];
          if (nodes.length && nodes.every((n) => (n.nodeType === 1 && n.hasAttribute(TAG_ATTR)) || isOurs(n))) continue;
        }
        schedule();
        return;
      }
    })
    : null;
  const attributeFilter = Array.isArray(adapter.attributes) && adapter.attributes.length ? adapter.attributes : null;
  observer?.observe(root, { childList: true, subtree: true, ...(attributeFilter ? { attributes: true, attributeFilter } : {}) });

  classify();
  rescan();

  return {
    /** Re-classifies for a new or changed learner (e.g. a new agenda) and updates the tags. */
    update(newLearner, opts = {}) {
      if (newLearner && typeof newLearner === 'object') learner = newLearner;
      if (opts.asOf !== undefined) asOf = opts.asOf;
      if (opts.documents) lookup = createLookup(opts.documents);
      classify();
      rescan();
      rerenderOpen();
      return session.raw;
    },
    /** Switches the language of labels and sentences. */
    setLocale(locale) {
      t = translator(resolveLocale(locale));
      rescan();
      rerenderOpen();
    },
    /** Re-scans the page now (normally the MutationObserver does it). */
    refresh() {
      rescan();
    },
    /** Stops observing and removes every tag this controller added. */
    disconnect() {
      connected = false;
      observer?.disconnect();
      if (openTag) { try { openTag.pop.hidePopover?.(); } catch { /* closed */ } }
      for (const tag of root.querySelectorAll(`[${TAG_ATTR}="tag"]`)) if (owned.has(tag)) tag.remove();
    },
    get result() { return session?.raw ?? null; },
    get learner() { return learner; },
    get locale() { return t.locale; },
    get tagged() { return tagged; },
    get unknown() { return [...unknown]; },
  };
}
