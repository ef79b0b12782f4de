// Message catalogs for the learner-facing UI (tags, "Why?" popover, interests panel, matrix).
// Every label and sentence the UI shows comes from here; see README.md in this folder for how to add
// a locale. Messages are plain strings with {name} placeholders; a message whose value is an object
// of plural categories ({one, other, ...}) is chosen with Intl.PluralRules on the `count` parameter.
// Output is always plain text: callers put it into the DOM with textContent, never as HTML.
import en from './en.js';
import de from './de.js';
import fr from './fr.js';
import es from './es.js';

const catalogs = new Map([['en', en], ['de', de], ['fr', fr], ['es', es]]);

export const DEFAULT_LOCALE = 'en';

/** Adds (or replaces) a locale's catalog at run time. Missing keys fall back to English. */
export function registerLocale(code, messages) {
  if (typeof code !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) {
    throw new TypeError(`registerLocale: invalid locale code ${JSON.stringify(code)}`);
  }
  if (!messages || typeof messages !== 'object') throw new TypeError('registerLocale: messages must be an object');
  catalogs.set(code, messages);
}

/** The codes of the registered locales, e.g. ["en", "de", "fr", "es"]. */
export function availableLocales() {
  return [...catalogs.keys()];
}

/** Picks the best registered locale for a requested one ("de-AT" -> "de"), else English. */
export function resolveLocale(requested) {
  if (!requested) return DEFAULT_LOCALE;
  const list = Array.isArray(requested) ? requested : [requested];
  for (const r of list) {
    if (typeof r !== 'string') continue;
    if (catalogs.has(r)) return r;
    const base = r.split('-')[0].toLowerCase();
    if (catalogs.has(base)) return base;
  }
  return DEFAULT_LOCALE;
}

function lookup(code, key) {
  const cat = catalogs.get(code);
  if (cat && Object.prototype.hasOwnProperty.call(cat, key)) return cat[key];
  if (Object.prototype.hasOwnProperty.call(en, key)) return en[key];
  return undefined;
}

function interpolate(template, params) {
  return template.replace(/\{(\w+)\}/g, (m, name) =>
    Object.prototype.hasOwnProperty.call(params, name) && params[name] != null ? String(params[name]) : m);
}

/**
 * A translator bound to one locale: t(key, params) -> string, plus number formatters.
 * Unknown keys return the key itself (visible in development, never an exception).
 */
export function translator(requested) {
  const locale = resolveLocale(requested);
  const plural = new Intl.PluralRules(locale);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const pctFine = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false });
  function t(key, params = {}) {
    let msg = lookup(locale, key);
    if (msg && typeof msg === 'object') {
      const cat = plural.select(Number(params.count ?? 0));
      msg = msg[cat] ?? msg.other ?? lookup(DEFAULT_LOCALE, key)?.other;
    }
    if (typeof msg !== 'string') return key;
    return interpolate(msg, params);
  }
  t.locale = locale;
  /** 0.5625 -> "56%" (with one decimal below 1%, so a small contribution does not read as 0%). */
  t.percent = (x) => {
    const v = Number(x) || 0;
    return v > 0 && v < 0.01 ? pctFine.format(v) : pct.format(v);
  };
  t.number = (x) => num.format(Number(x) || 0);
  /** A weight as the engine writes it (0.8, 0.125): every digit it has, in the locale's notation. */
  t.decimal = (x) => decimal.format(Number(x) || 0);
  return t;
}

const CLOSERS = ['"', "'", ')', ']', '\u00BB', '\u201D', '\u2019'];
const STOPS = ['.', '!', '?', ':', '\u2026', '\u3002', '\uFF01', '\uFF1F'];

/**
 * An organization's text as a sentence of its own: a final stop is added when it has none (behind
 * closing quotes and brackets), so the sentence after it does not run into it. The engine's
 * English does the same (explanations.cpp as_sentence).
 */
export function asSentence(value) {
  const text = String(value ?? '').replace(/[ \t\n\r]+$/, '');
  let core = text;
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const c of CLOSERS) {
      if (core.endsWith(c)) { core = core.slice(0, -c.length); stripped = true; }
    }
  }
  return STOPS.some((stop) => core.endsWith(stop)) ? text : `${text}.`;
}
