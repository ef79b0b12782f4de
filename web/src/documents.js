// Turning the caller's documents into the JSON text the engine reads. Documents may be given as
// objects (serialized with JSON.stringify) or as JSON text (passed on byte for byte).

import { usageError } from './errors.js';

/** Today's date, YYYY-MM-DD in local time: the default `asOf` (the engine never reads a clock). */
export function today(now = new Date()) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** JSON text of one document: a string is taken as JSON text, anything else is stringified. */
export function jsonText(doc, what = 'document') {
  if (typeof doc === 'string') return doc;
  if (doc === null || typeof doc !== 'object') {
    throw usageError(`a ${what} (object or JSON text)`, doc === null ? 'null' : typeof doc);
  }
  return JSON.stringify(doc);
}

/**
 * `asOf` as JSON text, or undefined to leave it out: an explicit string is used as given (the
 * engine checks it), `null` means "none" (results then carry asOf null), undefined means today.
 */
function asOfText(options) {
  const asOf = options?.asOf === undefined ? today() : options.asOf;
  if (asOf === null) return undefined;
  if (asOf instanceof Date) return JSON.stringify(today(asOf));
  return JSON.stringify(asOf);
}

/** {"<key>": <doc>, "asOf": "<date>"} without parsing or re-serializing `doc`. */
export function requestText(key, doc, options) {
  const asOf = asOfText(options);
  const body = jsonText(doc, key);
  return asOf === undefined ? `{"${key}":${body}}` : `{"${key}":${body},"asOf":${asOf}}`;
}

// Parts of a combined document that may be given as JSON text of their own.
const PARTS = new Set(['taxonomy', 'organization', 'catalog', 'learner', 'learners']);

/**
 * A combined document {taxonomy?, organization, catalog, learner|learners, asOf?}. As an object,
 * each of its parts may itself be JSON text (e.g. fetched files); as a string it is used verbatim.
 * With `withAsOf`, a missing top-level asOf is filled in from options (today by default).
 */
export function combinedText(doc, options, withAsOf) {
  if (typeof doc === 'string') return withAsOf ? withDefaultAsOf(doc, options) : doc;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw usageError('a document (object or JSON text)', doc === null ? 'null' : Array.isArray(doc) ? 'array' : typeof doc);
  }
  const members = [];
  let hasAsOf = false;
  for (const key of Object.keys(doc)) {
    const value = doc[key];
    if (value === undefined) continue;
    if (key === 'asOf') hasAsOf = true;
    const text = PARTS.has(key) && typeof value === 'string' ? value : JSON.stringify(value);
    members.push(`${JSON.stringify(key)}:${text}`);
  }
  if (withAsOf && !hasAsOf) {
    const asOf = asOfText(options);
    if (asOf !== undefined) members.push(`"asOf":${asOf}`);
  }
  return `{${members.join(',')}}`;
}

// A JSON text given as a string: when it is an object without a top-level asOf, one is spliced in
// after its opening brace; everything else stays byte for byte (invalid JSON goes to the engine
// unchanged so that its error names the problem).
function withDefaultAsOf(text, options) {
  const asOf = asOfText(options);
  if (asOf === undefined) return text;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || 'asOf' in parsed) return text;
  const open = text.indexOf('{');
  const rest = text.slice(open + 1);
  const empty = rest.trim().startsWith('}');
  return `${text.slice(0, open + 1)}"asOf":${asOf}${empty ? '' : ','}${rest}`;
}
