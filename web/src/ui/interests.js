// <sweetspot-interests>: the learner states what they want to learn. A type-ahead combobox over the
// taxonomy (labels and aliases; ARIA 1.2 combobox + listbox pattern), a strength slider per skill,
// "Not for me" (strength 0), and the roles they aspire to. Everything is kept by an agenda store
// (localStorage) and never sent anywhere; every change dispatches a bubbling
// "sweetspot-agenda-change" event with {learner, agenda} so the host re-tags live.
//
//   const panel = document.querySelector('sweetspot-interests');
//   panel.configure({ taxonomy, organization, learner, store: createAgendaStore({learnerId}), locale });
//   panel.addEventListener('sweetspot-agenda-change', (e) => tags.update(applyAgenda(learner, e.detail.agenda)));

import { translator, resolveLocale } from '../i18n/index.js';
import { createSkillIndex } from './search.js';
import { installStyles } from './styles.js';
import { el } from '../dom/elements.js';

const Base = globalThis.HTMLElement ?? class {};
let panels = 0;
const DEFAULT_STRENGTH = 0.7;

function strengthWord(t, s) {
  return t(s < 0.4 ? 'panel.strength.word.low' : s < 0.75 ? 'panel.strength.word.medium' : 'panel.strength.word.high');
}

export class SweetspotInterests extends Base {
  constructor() {
    super();
    this._uid = ++panels;
    this._config = null;
    this._agenda = { interests: [], aspirations: [] };
    this._active = -1;
    this._options = [];
    this._commitFrame = 0;
  }

  connectedCallback() {
    this.classList.add('ss-interests');
    installStyles(this.ownerDocument);
    if (this._config && !this._built) this._build();
  }

  /**
   * options: taxonomy, organization (its roles are the aspirations offered), learner (its interests
   * and aspirations seed the panel when nothing is stored yet), store (createAgendaStore), locale.
   */
  configure({ taxonomy, organization, learner, store, locale } = {}) {
    this._unsubscribe?.();
    this._config = { taxonomy, organization, learner: learner ?? {}, store, locale };
    this._index = createSkillIndex(taxonomy);
    this._t = translator(resolveLocale(locale ?? this.ownerDocument?.documentElement.lang));
    this._agenda = this._initialAgenda();
    this._unsubscribe = store?.subscribe?.((agenda) => {
      // Another tab (or a clear()) changed the stored agenda.
      if (this._writing) return;
      this._agenda = agenda ?? this._seed();
      this._renderList();
      this._renderRoles();
    });
    if (this.isConnected) this._build();
    return this;
  }

  disconnectedCallback() {
    this._unsubscribe?.();
    this._unsubscribe = null;
    this._built = false;
  }

  set locale(locale) {
    if (!this._config) return;
    this._config.locale = locale;
    this._t = translator(resolveLocale(locale));
    if (this.isConnected) this._build();
  }

  get locale() {
    return this._t?.locale;
  }

  /** The agenda the panel shows: {interests: [{skill, strength}], aspirations: [roleId]}. */
  get agenda() {
    return { interests: this._agenda.interests.map((i) => ({ ...i })), aspirations: [...this._agenda.aspirations] };
  }

  /** Moves focus to the skill search box (e.g. when a tag invites the learner to state interests). */
  focusSearch() {
    this.querySelector('.ss-combo__input')?.focus();
  }

  _seed() {
    const l = this._config.learner;
    return {
      interests: (Array.isArray(l.interests) ? l.interests : [])
        .filter((i) => i && typeof i.skill === 'string' && typeof i.strength === 'number')
        .map((i) => ({ skill: i.skill, strength: i.strength })),
      aspirations: (Array.isArray(l.aspirations) ? l.aspirations : []).filter((r) => typeof r === 'string'),
    };
  }

  _initialAgenda() {
    return this._config.store?.read?.() ?? this._seed();
  }

  _commit(message) {
    const { store, learner } = this._config;
    let saved = false;
    this._writing = true;
    try {
      saved = store ? store.write(this._agenda) : false;
    } catch {
      saved = false;
    } finally {
      this._writing = false;
    }
    this._status(message ?? this._t(saved ? 'panel.saved' : 'panel.storageUnavailable'));
    this.dispatchEvent(new CustomEvent('sweetspot-agenda-change', {
      bubbles: true, composed: true, detail: { learner: learner?.id, agenda: this.agenda, saved },
    }));
  }

  _status(text) {
    const s = this.querySelector('.ss-interests__status');
    if (s) s.textContent = text;
  }

  // ---- building -------------------------------------------------------------------------------

  _build() {
    const doc = this.ownerDocument;
    const t = this._t;
    const u = `ss-int-${this._uid}`;
    this._built = true;
    this.replaceChildren();

    this.appendChild(el(doc, 'p', 'ss-interests__intro', t('panel.intro')));

    // Combobox.
    const combo = el(doc, 'div', 'ss-combo');
    const label = el(doc, 'label', 'ss-combo__label', t('panel.search.label'));
    label.htmlFor = `${u}-input`;
    const input = el(doc, 'input', 'ss-combo__input');
    Object.assign(input, { id: `${u}-input`, type: 'text', autocomplete: 'off', spellcheck: false, placeholder: t('panel.search.placeholder') });
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', `${u}-list`);
    const list = el(doc, 'ul', 'ss-combo__list');
    list.id = `${u}-list`;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', t('panel.search.label'));
    list.hidden = true;
    const live = el(doc, 'div', 'ss-visually-hidden ss-combo__live');
    live.setAttribute('role', 'status');
    combo.append(label, input, list, live);
    this.appendChild(combo);
    this._input = input;
    this._list = list;
    this._live = live;

    input.addEventListener('input', () => this._search());
    input.addEventListener('keydown', (e) => this._onKey(e));
    input.addEventListener('blur', () => setTimeout(() => { if (this.ownerDocument.activeElement !== input) this._close(); }, 0));
    list.addEventListener('pointerdown', (e) => e.preventDefault()); // keep focus in the input
    list.addEventListener('click', (e) => {
      const li = e.target.closest('[role="option"]');
      if (li) this._choose(Number(li.dataset.index));
    });

    // The list of interests.
    const listLabel = el(doc, 'p', 'ss-visually-hidden', t('panel.list.label'));
    listLabel.id = `${u}-listlabel`;
    this.appendChild(listLabel);
    const ul = el(doc, 'ul', 'ss-interests__list');
    ul.setAttribute('aria-labelledby', listLabel.id);
    this.appendChild(ul);
    this._ul = ul;
    this.appendChild(el(doc, 'p', 'ss-interests__empty'));

    // Aspirations.
    const fs = el(doc, 'fieldset', 'ss-interests__roles');
    fs.appendChild(el(doc, 'legend', null, t('panel.aspirations')));
    this.appendChild(fs);
    this._roles = fs;

    const clear = el(doc, 'button', 'ss-button ss-interests__clear', t('panel.clear'));
    clear.type = 'button';
    clear.addEventListener('click', () => {
      this._writing = true;
      try { this._config.store?.clear?.(); } finally { this._writing = false; }
      this._agenda = this._seed();
      this._renderList();
      this._renderRoles();
      this._status(t('panel.cleared'));
      this.dispatchEvent(new CustomEvent('sweetspot-agenda-change', {
        bubbles: true, composed: true, detail: { learner: this._config.learner?.id, agenda: null, saved: true },
      }));
    });
    this.appendChild(clear);

    const status = el(doc, 'p', 'ss-interests__status');
    status.setAttribute('role', 'status');
    this.appendChild(status);

    this._renderList();
    this._renderRoles();
  }

  _renderList() {
    if (!this._ul) return;
    const doc = this.ownerDocument;
    const t = this._t;
    const u = `ss-int-${this._uid}`;
    this._ul.replaceChildren();
    const items = [...this._agenda.interests].sort((a, b) => this._index.label(a.skill).localeCompare(this._index.label(b.skill)));
    items.forEach((item, n) => {
      const name = this._index.label(item.skill);
      const li = el(doc, 'li', 'ss-interest');
      li.dataset.skill = item.skill;
      if (item.strength === 0) li.classList.add('ss-interest--off');

      const top = el(doc, 'div', 'ss-interest__row');
      top.appendChild(el(doc, 'span', 'ss-interest__name', name));
      const remove = el(doc, 'button', 'ss-button ss-interest__remove', t('panel.remove'));
      remove.type = 'button';
      remove.appendChild(el(doc, 'span', 'ss-visually-hidden', ` ${name}`));
      remove.addEventListener('click', () => this._remove(item.skill, n));
      top.appendChild(remove);
      li.appendChild(top);

      const row = el(doc, 'div', 'ss-interest__row');
      const range = el(doc, 'input', 'ss-interest__range');
      Object.assign(range, { type: 'range', min: '10', max: '100', step: '5', id: `${u}-r-${n}` });
      range.value = String(Math.round((item.strength || item.last || DEFAULT_STRENGTH) * 100));
      range.disabled = item.strength === 0;
      range.setAttribute('aria-label', t('panel.strength', { skill: name }));
      const value = el(doc, 'span', 'ss-interest__value');
      value.setAttribute('aria-hidden', 'true');
      const show = (s) => {
        const text = `${t.percent(s)} · ${strengthWord(t, s)}`;
        range.setAttribute('aria-valuetext', text);
        value.textContent = item.strength === 0 ? '—' : text;
      };
      show(Number(range.value) / 100);
      range.addEventListener('input', () => {
        const s = Number(range.value) / 100;
        item.strength = s;
        this._set(item.skill, s);
        show(s);
        cancelAnimationFrame(this._commitFrame);
        this._commitFrame = requestAnimationFrame(() => this._commit());
      });
      row.appendChild(range);
      row.appendChild(value);

      const off = el(doc, 'label', 'ss-interest__off');
      const box = el(doc, 'input');
      box.type = 'checkbox';
      box.checked = item.strength === 0;
      box.addEventListener('change', () => {
        const s = box.checked ? 0 : Math.max(0.1, Number(range.value) / 100 || DEFAULT_STRENGTH);
        item.strength = s;
        this._set(item.skill, s);
        range.disabled = box.checked;
        li.classList.toggle('ss-interest--off', box.checked);
        show(s || Number(range.value) / 100);
        if (box.checked) value.textContent = '—';
        this._commit();
      });
      off.append(box, doc.createTextNode(` ${t('panel.notForMe')}`), el(doc, 'span', 'ss-visually-hidden', ` (${name})`));
      row.appendChild(off);
      li.appendChild(row);
      this._ul.appendChild(li);
    });
    this._ul.hidden = items.length === 0;
    const empty = this.querySelector('.ss-interests__empty');
    if (empty) {
      empty.textContent = items.length ? '' : t('panel.empty');
      empty.hidden = items.length > 0;
    }
  }

  _renderRoles() {
    if (!this._roles) return;
    const doc = this.ownerDocument;
    const t = this._t;
    const legend = this._roles.querySelector('legend');
    this._roles.replaceChildren(legend);
    const own = this._config.learner?.role;
    const roles = (Array.isArray(this._config.organization?.roles) ? this._config.organization.roles : [])
      .filter((r) => r && typeof r.id === 'string' && r.id !== own)
      .sort((a, b) => String(a.title ?? a.id).localeCompare(String(b.title ?? b.id)));
    if (!roles.length) {
      this._roles.appendChild(el(doc, 'p', null, t('panel.aspirations.none')));
      return;
    }
    for (const r of roles) {
      const label = el(doc, 'label', 'ss-interests__role');
      const box = el(doc, 'input');
      box.type = 'checkbox';
      box.value = r.id;
      box.checked = this._agenda.aspirations.includes(r.id);
      box.addEventListener('change', () => {
        const set = new Set(this._agenda.aspirations);
        if (box.checked) set.add(r.id); else set.delete(r.id);
        this._agenda.aspirations = [...set];
        this._commit();
      });
      label.append(box, el(doc, 'span', null, typeof r.title === 'string' && r.title ? r.title : r.id));
      this._roles.appendChild(label);
    }
  }

  _set(skill, strength) {
    const i = this._agenda.interests.find((x) => x.skill === skill);
    if (i) i.strength = strength;
  }

  _remove(skill, n) {
    const name = this._index.label(skill);
    this._agenda.interests = this._agenda.interests.filter((x) => x.skill !== skill);
    this._renderList();
    // Keep focus in the list: the next remove button, else the search box.
    const buttons = this._ul.querySelectorAll('.ss-interest__remove');
    (buttons[Math.min(n, buttons.length - 1)] ?? this._input)?.focus();
    this._commit(this._t('panel.removed', { skill: name }));
  }

  // ---- combobox -------------------------------------------------------------------------------

  _search() {
    const t = this._t;
    const q = this._input.value;
    const exclude = new Set(this._agenda.interests.map((i) => i.skill));
    this._options = this._index.search(q, { limit: 30, exclude });
    this._active = -1;
    this._list.replaceChildren();
    const doc = this.ownerDocument;
    this._options.forEach((o, i) => {
      const li = el(doc, 'li', 'ss-combo__option', o.label);
      li.id = `ss-int-${this._uid}-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.index = String(i);
      li.dataset.skill = o.id;
      if (o.alias) li.appendChild(el(doc, 'span', 'ss-combo__alias', t('panel.search.alias', { alias: o.alias })));
      this._list.appendChild(li);
    });
    const open = this._options.length > 0;
    this._list.hidden = !open;
    this._input.setAttribute('aria-expanded', String(open));
    this._input.removeAttribute('aria-activedescendant');
    this._live.textContent = q.trim()
      ? (open ? t('panel.search.count', { count: this._options.length }) : t('panel.search.none', { query: q.trim() }))
      : '';
  }

  _close() {
    if (!this._list) return;
    this._list.hidden = true;
    this._input.setAttribute('aria-expanded', 'false');
    this._input.removeAttribute('aria-activedescendant');
    this._active = -1;
  }

  _highlight(i) {
    const items = this._list.querySelectorAll('[role="option"]');
    if (!items.length) return;
    this._active = (i + items.length) % items.length;
    items.forEach((li, n) => li.setAttribute('aria-selected', String(n === this._active)));
    const li = items[this._active];
    this._input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView?.({ block: 'nearest' });
  }

  _onKey(e) {
    const open = !this._list.hidden;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) { this._search(); if (!this._list.hidden) this._highlight(0); } else this._highlight(this._active + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (open) this._highlight(this._active - 1);
        break;
      case 'Enter':
        if (open && this._active >= 0) { e.preventDefault(); this._choose(this._active); }
        else if (open && this._options.length === 1) { e.preventDefault(); this._choose(0); }
        break;
      case 'Escape':
        if (open) { e.preventDefault(); this._close(); } else if (this._input.value) { e.preventDefault(); this._input.value = ''; this._live.textContent = ''; }
        break;
      case 'Tab':
        this._close();
        break;
      default:
    }
  }

  _choose(i) {
    const o = this._options[i];
    if (!o) return;
    const t = this._t;
    if (this._agenda.interests.some((x) => x.skill === o.id)) {
      this._live.textContent = t('panel.search.already', { skill: o.label });
    } else {
      this._agenda.interests.push({ skill: o.id, strength: DEFAULT_STRENGTH });
      this._renderList();
      this._commit(t('panel.search.added', { skill: o.label }));
      this._live.textContent = t('panel.search.added', { skill: o.label });
    }
    this._input.value = '';
    this._options = [];
    this._close();
    this._input.focus();
  }
}

/** Defines <sweetspot-interests> (once). */
export function defineInterestsElement(name = 'sweetspot-interests') {
  const registry = globalThis.customElements;
  if (!registry) return null;
  if (!registry.get(name)) registry.define(name, name === 'sweetspot-interests' ? SweetspotInterests : class extends SweetspotInterests {});
  return registry.get(name);
}

/** Creates a configured panel inside `container` (a function form of the element). */
export function createInterestsPanel(container, options) {
  defineInterestsElement();
  const panel = container.ownerDocument.createElement('sweetspot-interests');
  panel.configure(options);
  container.appendChild(panel);
  return panel;
}
