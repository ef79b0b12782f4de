// The learner's own agenda (interests and aspirations), kept in localStorage and nowhere else:
// nothing here sends it anywhere. Values are validated on every read; a corrupted or partial value
// (truncated JSON, wrong types, out-of-range strengths) is never used: the store falls back to the
// last good copy (kept under a second key and in memory) and repairs the main key.

export const AGENDA_SCHEMA = 'sweetspot-agenda/1';
const MAX_ITEMS = 10000;
const MAX_STRING = 4096;

function isId(x) {
  return typeof x === 'string' && x.length > 0 && x.length <= MAX_STRING;
}

/**
 * Validates a stored agenda. Returns {interests, aspirations} or null when the value is not a
 * complete, well-formed agenda. Options: skills / roles (Sets of known ids): entries naming an id
 * outside them are dropped (the taxonomy may have changed), which does not make the value invalid.
 */
export function validateAgenda(value, { skills, roles } = {}) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  if (value.schema !== AGENDA_SCHEMA) return null;
  const { interests, aspirations } = value;
  if (!Array.isArray(interests) || !Array.isArray(aspirations)) return null;
  if (interests.length > MAX_ITEMS || aspirations.length > MAX_ITEMS) return null;
  const seen = new Set();
  const outInterests = [];
  for (const i of interests) {
    if (!i || typeof i !== 'object' || Array.isArray(i)) return null;
    if (!isId(i.skill)) return null;
    if (typeof i.strength !== 'number' || !Number.isFinite(i.strength) || i.strength < 0 || i.strength > 1) return null;
    if (seen.has(i.skill)) return null;
    seen.add(i.skill);
    if (skills && !skills.has(i.skill)) continue;
    outInterests.push({ skill: i.skill, strength: i.strength });
  }
  const seenRoles = new Set();
  const outAspirations = [];
  for (const r of aspirations) {
    if (!isId(r)) return null;
    if (seenRoles.has(r)) return null;
    seenRoles.add(r);
    if (roles && !roles.has(r)) continue;
    outAspirations.push(r);
  }
  return { interests: outInterests, aspirations: outAspirations };
}

function safeStorage(storage) {
  try {
    const s = storage === undefined ? globalThis.localStorage : storage;
    if (!s) return null;
    const probe = '__sweetspot_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null; // disabled, sandboxed, or full
  }
}

/**
 * A store for one learner's agenda. Options: learnerId (required), storage (default localStorage),
 * prefix, skills / roles (Sets of known ids, see validateAgenda).
 * read() -> {interests, aspirations} | null; write(agenda); clear(); subscribe(fn) -> unsubscribe.
 */
export function createAgendaStore({ learnerId, storage, prefix = 'sweetspot:agenda:', skills, roles } = {}) {
  if (!isId(learnerId)) throw new TypeError('createAgendaStore: learnerId must be a non-empty string');
  const store = safeStorage(storage);
  const key = prefix + learnerId;
  const backupKey = key + ':last-good';
  let lastGood = null;
  const listeners = new Set();

  function parse(raw) {
    if (typeof raw !== 'string') return null;
    try { return validateAgenda(JSON.parse(raw), { skills, roles }); } catch { return null; }
  }
  function serialize(agenda) {
    return JSON.stringify({ schema: AGENDA_SCHEMA, learner: learnerId, interests: agenda.interests, aspirations: agenda.aspirations });
  }
  function get(k) {
    try { return store ? store.getItem(k) : null; } catch { return null; }
  }
  function set(k, v) {
    try { if (store) store.setItem(k, v); return !!store; } catch { return false; }
  }

  function read() {
    const raw = get(key);
    const main = parse(raw);
    if (main) { lastGood = main; return clone(main); }
    const backup = parse(get(backupKey));
    if (backup) {
      lastGood = backup;
      if (raw !== null) set(key, serialize(backup)); // repair the main key
      return clone(backup);
    }
    return lastGood ? clone(lastGood) : null;
  }

  function write(agenda) {
    const valid = validateAgenda({ schema: AGENDA_SCHEMA, interests: agenda?.interests ?? [], aspirations: agenda?.aspirations ?? [] }, { skills, roles });
    if (!valid) throw new TypeError('agenda: invalid interests or aspirations');
    lastGood = valid;
    const text = serialize(valid);
    const ok = set(key, text) && set(backupKey, text);
    emit(valid);
    return ok;
  }

  function clear() {
    lastGood = null;
    try { if (store) { store.removeItem(key); store.removeItem(backupKey); } } catch { /* ignore */ }
    emit(null);
  }

  function emit(agenda) {
    for (const fn of listeners) {
      try { fn(agenda ? clone(agenda) : null); } catch (err) { queueMicrotask(() => { throw err; }); }
    }
  }

  // Another tab changed the agenda: re-read (validated) and notify.
  const onStorage = (e) => {
    if (e.key === key || e.key === backupKey || e.key === null) emit(read());
  };

  function subscribe(fn) {
    if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
    listeners.add(fn);
    return () => {
      listeners.delete(fn);
      if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
    };
  }

  return { key, learnerId, persistent: !!store, read, write, clear, subscribe };
}

function clone(a) {
  return { interests: a.interests.map((i) => ({ ...i })), aspirations: [...a.aspirations] };
}

/**
 * The learner as the engine should see it: the stored agenda, when there is one, replaces the
 * learner's interests and aspirations; everything else (role, levels, feedback) is kept.
 */
export function applyAgenda(learner, agenda) {
  if (!agenda) return learner;
  return { ...learner, interests: agenda.interests.map((i) => ({ ...i })), aspirations: [...agenda.aspirations] };
}
