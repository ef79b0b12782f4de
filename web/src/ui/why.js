// The content of the "Why?" popover for one course: the label and what it means, both axes with
// their reasons in plain words, the framing (Uphill), the gift note (Gift), "when we grow, you
// grow" and the flags. Built with createElement/textContent only.

import { el } from '../dom/elements.js';
import { describeText, framingText, growthTexts, notForMeText, reasonText, tagKind } from './reasons.js';

function axisSection(doc, result, axis, ctx) {
  const { t } = ctx;
  const frag = doc.createDocumentFragment();
  const score = axis === 'personal' ? result.personal : result.org;
  const threshold = ctx.thresholds?.[axis];
  const head = el(doc, 'p', 'ss-pop__axis');
  head.appendChild(el(doc, 'span', null, t(axis === 'personal' ? 'why.personal' : 'why.org', { score: t.percent(score) })));
  if (typeof threshold === 'number') head.appendChild(el(doc, 'span', 'ss-pop__threshold', t('why.threshold', { threshold: t.percent(threshold) })));
  frag.appendChild(head);

  const meter = el(doc, 'div', 'ss-pop__meter');
  meter.setAttribute('aria-hidden', 'true');
  const fill = el(doc, 'div', 'ss-pop__meter-fill');
  fill.style.width = `${Math.max(0, Math.min(1, Number(score) || 0)) * 100}%`;
  meter.appendChild(fill);
  frag.appendChild(meter);

  const reasons = (Array.isArray(result.reasons) ? result.reasons : []).filter((r) => r && r.axis === axis);
  // The learner's own "not for me" explains a personal score of 0 better than "nothing you asked for".
  const vetoes = axis === 'personal' && Array.isArray(result.notForMe) ? result.notForMe : [];
  if (reasons.length === 0 && vetoes.length === 0) {
    frag.appendChild(el(doc, 'p', 'ss-pop__none', t(axis === 'personal' ? 'why.personal.none' : 'why.org.none')));
    return frag;
  }
  const list = el(doc, 'ul', 'ss-pop__reasons');
  for (const n of vetoes) {
    const li = el(doc, 'li', 'ss-pop__reason');
    li.dataset.source = 'not_for_me';
    li.appendChild(el(doc, 'span', 'ss-pop__reason-text', notForMeText(n, ctx)));
    list.appendChild(li);
  }
  for (const r of [...reasons].sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0))) {
    const li = el(doc, 'li', 'ss-pop__reason');
    li.dataset.source = String(r.source ?? '');
    li.appendChild(el(doc, 'span', 'ss-pop__reason-text', reasonText(r, ctx)));
    li.appendChild(doc.createTextNode(' '));
    li.appendChild(el(doc, 'span', 'ss-pop__amount', t('why.amount', { amount: t.percent(r.amount) })));
    list.appendChild(li);
  }
  frag.appendChild(list);
  return frag;
}

/**
 * Fills `pop` (an element with role=dialog) with the explanation of `result` (a full course result
 * from explain()). ctx: {t, lookup, learner, thresholds, growth, titleId, onClose, onInvite}.
 */
export function renderWhy(pop, result, ctx) {
  const doc = pop.ownerDocument;
  const { t } = ctx;
  const kind = tagKind(result);
  const label = t(`quadrant.${kind}`);
  const flags = Array.isArray(result.flags) ? result.flags : [];
  const noAgenda = flags.includes('no_personal_agenda');
  pop.replaceChildren();

  const head = el(doc, 'div', 'ss-pop__head');
  const title = el(doc, 'p', 'ss-pop__title', t('why.title', { label }));
  title.id = ctx.titleId;
  head.appendChild(title);
  const close = el(doc, 'button', 'ss-pop__close', t('why.close'));
  close.type = 'button';
  close.addEventListener('click', () => ctx.onClose?.());
  head.appendChild(close);
  pop.appendChild(head);

  if (result.title) pop.appendChild(el(doc, 'p', 'ss-pop__course', result.title));
  pop.appendChild(el(doc, 'p', 'ss-pop__describe', describeText(result, ctx)));

  // Uphill framing / Gift note (not shown without a personal agenda: the quadrant is not known).
  if (!noAgenda && (result.quadrant === 'uphill' || result.quadrant === 'gift')) {
    const text = framingText(result, ctx);
    if (result.quadrant === 'uphill') ctx = { ...ctx, framing: text };
    if (text) {
      pop.appendChild(el(doc, 'p', 'ss-pop__note ss-pop__framing',
        result.quadrant === 'uphill' ? t('why.framing', { text }) : t('why.gift', { text })));
    }
  }

  if (noAgenda) {
    const unknown = el(doc, 'p', 'ss-pop__none', t('why.personal.unknown'));
    pop.appendChild(unknown);
    const invite = el(doc, 'button', 'ss-button ss-pop__invite', t('why.invite'));
    invite.type = 'button';
    invite.addEventListener('click', () => ctx.onInvite?.());
    pop.appendChild(invite);
  } else {
    pop.appendChild(axisSection(doc, result, 'personal', ctx));
  }
  pop.appendChild(axisSection(doc, result, 'org', ctx));

  for (const text of growthTexts(result.course, ctx.growth, ctx)) {
    pop.appendChild(el(doc, 'p', 'ss-pop__note ss-pop__growth', text));
  }

  const shown = ['mandatory', 'completed', 'mastered', 'borderline'].filter((f) => flags.includes(f));
  if (shown.length) {
    const list = el(doc, 'ul', 'ss-pop__flags');
    for (const f of shown) {
      const li = el(doc, 'li', null, t(`flag.${f}`));
      li.dataset.flag = f;
      list.appendChild(li);
    }
    pop.appendChild(list);
  }
}
