// What the plugin's pages share: the start-up, Moodle's services and the engines of
// learner-start.js (re-exported here; it locates the .wasm from its own URL, so neither
// requirejs.php nor a theme that rewrites document.currentScript can misplace it), and the small
// DOM and string helpers below.
export {
  adapters, adoptPrivateCopy, call, createFullEngine as createSweetspotEngine, loadLearnerPage, loadTaxonomy, parseAgendaText, ui, warn,
} from './learner-start.js';

/**
 * A DOM element: `props` become attributes (`class`, `text` as textContent, `on…` as listeners,
 * DOM properties for non-string values), `children` are appended. Strings from Moodle go in as
 * text, never as HTML.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/**
 * The language strings a PHP page put on an element (data-strings: raw strings of
 * lang/en/local_sweetspot.php, in the user's language). Returns str(key, a): the string with its
 * {$a} / {$a->name} placeholders filled in, as text (the caller puts it in with textContent).
 */
export function pageStrings(element) {
  let strings = {};
  try {
    const parsed = JSON.parse(element?.getAttribute('data-strings') ?? '{}');
    if (parsed && typeof parsed === 'object') strings = parsed;
  } catch (e) {
    warn('the page\'s strings could not be read', e);
  }
  return (key, a) => {
    const text = typeof strings[key] === 'string' ? strings[key] : `[[${key}]]`;
    if (a === undefined || a === null) return text;
    if (typeof a !== 'object') return text.replace(/\{\$a\}/g, () => String(a));
    return text.replace(/\{\$a->(\w+)\}/g, (m, name) => (name in a ? String(a[name]) : m));
  };
}

/**
 * A counted phrase: the string `key` with the count (formatted) as {$a}, or `key`_one when the
 * count is 1 and the page has that string ("1 interest", "3 interests").
 */
export function counted(str, key, n) {
  const one = str(`${key}_one`, formatCount(n));
  if (n === 1 && !one.startsWith('[[')) return one;
  return str(key, formatCount(n));
}

/** Formats a count for the page's language ("1,500"). */
export function formatCount(n) {
  try {
    return new Intl.NumberFormat(document.documentElement.lang || 'en').format(n);
  } catch {
    return String(n);
  }
}
