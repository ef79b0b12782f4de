// The learner's own agenda (interests, "not for me" and aspirations, and the 360 feedback needs the
// learner accepted, when a host offers them), kept in this browser and nowhere else: nothing here
// sends it anywhere.
//
// Two copies, both in the browser:
//   - IndexedDB (database "sweetspot", store "agendas"): the durable copy. LMSs clear
//     localStorage wholesale — Moodle 4.5's core/storage_validation at every new login and
//     core/storagewrapper after every "Purge caches" call localStorage.clear() — but leave
//     IndexedDB alone.
//   - localStorage (the key and a ":last-good" backup): a synchronous mirror, so that read() has an
//     answer before IndexedDB has opened, and other tabs hear of changes (storage events).
// Every copy carries the time it was written (`updated`); when they disagree the newest valid one
// wins, and the others are repaired from it. A wiped localStorage is refilled from IndexedDB once
// `ready` resolves (listeners are told). Values are validated on every read; a corrupted or partial
// value (truncated JSON, wrong types, out-of-range strengths) is never used.

export const AGENDA_SCHEMA = 'sweetspot-agenda/1';
export const AGENDA_DATABASE = 'sweetspot';
export const AGENDA_OBJECT_STORE = 'agendas';
const MAX_ITEMS = 10000;
const MAX_STRING = 4096;
const OPEN_TIMEOUT_MS = 3000; // a blocked or hung open must not hold the page

function isId(x) {
  return typeof x === 'string' && x.length > 0 && x.length <= MAX_STRING;
}

/**
 * Validates a stored agenda. Returns {interests, aspirations, feedback?} or null when the value is
 * not a complete, well-formed agenda (`feedback`, the accepted 360 needs [{skill, need 0..1}], is
 * optional and kept only when present). Options: skills / roles (Sets of known ids): entries naming an id
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
  const out = { interests: outInterests, aspirations: outAspirations };
  if (value.feedback !== undefined) {
    if (!Array.isArray(value.feedback) || value.feedback.length > MAX_ITEMS) return null;
    const seenNeeds = new Set();
    out.feedback = [];
    for (const f of value.feedback) {
      if (!f || typeof f !== 'object' || Array.isArray(f) || !isId(f.skill) || seenNeeds.has(f.skill)) return null;
      if (typeof f.need !== 'number' || !Number.isFinite(f.need) || f.need < 0 || f.need > 1) return null;
      seenNeeds.add(f.skill);
      if (skills && !skills.has(f.skill)) continue;
      out.feedback.push({ skill: f.skill, need: f.need });
    }
  }
  return out;
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

// ---- IndexedDB -------------------------------------------------------------------------------

const request = (req) => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

/** Opens the agenda database; resolves to null when IndexedDB is missing, refused or hangs. */
function openDatabase(factory, name) {
  if (!factory || typeof factory.open !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    let settled = false;
    const done = (db) => {
      if (settled) { db?.close?.(); return; }
      settled = true;
      clearTimeout(timer);
      resolve(db);
    };
    const timer = setTimeout(() => done(null), OPEN_TIMEOUT_MS);
    let req;
    try {
      req = factory.open(name, 1);
    } catch {
      done(null); // e.g. a sandboxed frame, or a browser's private mode
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(AGENDA_OBJECT_STORE)) req.result.createObjectStore(AGENDA_OBJECT_STORE);
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another page upgrading the database: let it, and stop using this handle.
      db.onversionchange = () => db.close();
      done(db);
    };
    req.onerror = () => done(null);
    req.onblocked = () => done(null);
  });
}

function idbGet(db, key) {
  const tx = db.transaction(AGENDA_OBJECT_STORE, 'readonly');
  return request(tx.objectStore(AGENDA_OBJECT_STORE).get(key));
}

function idbPut(db, key, value) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(AGENDA_OBJECT_STORE, 'readwrite');
    if (value === null) tx.objectStore(AGENDA_OBJECT_STORE).delete(key);
    else tx.objectStore(AGENDA_OBJECT_STORE).put(value, key);
    tx.oncomplete = () => resolve(true);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

// ---- the store -------------------------------------------------------------------------------

/**
 * A store for one learner's agenda. Options: learnerId (required); storage (default localStorage;
 * null for none); indexedDB (default globalThis.indexedDB; null for none); database (name, default
 * "sweetspot"); prefix; skills / roles (Sets of known ids, see validateAgenda).
 *
 * read() -> {interests, aspirations} | null (synchronous: the newest copy known so far);
 * write(agenda) -> whether a browser copy was written; clear(); subscribe(fn) -> unsubscribe;
 * ready: a promise, resolved once the IndexedDB copy has been read and the copies reconciled (to
 * the agenda, or null) — a host reads after it before it lets the learner edit;
 * saved(): a promise, resolved when every write so far has reached IndexedDB;
 * updated(): when the current agenda was written (ms since 1970; 0 when unknown).
 */
export function createAgendaStore({
  learnerId, storage, indexedDB: idbFactory = globalThis.indexedDB, database = AGENDA_DATABASE,
  prefix = 'sweetspot:agenda:', skills, roles,
} = {}) {
  if (!isId(learnerId)) throw new TypeError('createAgendaStore: learnerId must be a non-empty string');
  const store = safeStorage(storage);
  const key = prefix + learnerId;
  const backupKey = key + ':last-good';
  let current = null; // {agenda, updated}: the newest valid copy seen
  let db = null;
  let idbQueue = Promise.resolve();
  const listeners = new Set();

  function parse(raw) {
    if (typeof raw !== 'string') return null;
    try {
      const value = JSON.parse(raw);
      const agenda = validateAgenda(value, { skills, roles });
      if (!agenda) return null;
      const updated = Number.isFinite(value.updated) && value.updated > 0 ? value.updated : 0;
      return { agenda, updated };
    } catch {
      return null;
    }
  }
  function serialize({ agenda, updated }) {
    return JSON.stringify({ schema: AGENDA_SCHEMA, learner: learnerId, updated, ...agenda });
  }
  function get(k) {
    try { return store ? store.getItem(k) : null; } catch { return null; }
  }
  function set(k, v) {
    try { if (store) store.setItem(k, v); return !!store; } catch { return false; }
  }
  const newer = (a, b) => (!b || (a && a.updated > b.updated) ? a : b);

  function persistIdb(text) {
    if (!db) return;
    idbQueue = idbQueue.then(() => idbPut(db, key, text)).catch(() => false);
  }

  /** The newest valid copy in localStorage and memory; repairs a corrupted or stale main key. */
  function readLocal() {
    const raw = get(key);
    const main = parse(raw);
    const backup = main ? null : parse(get(backupKey));
    const local = main ?? backup;
    const best = newer(local, current);
    if (best && best !== main) {
      // The main key was wiped, cut short, or is older than what this page already knows.
      const text = serialize(best);
      set(key, text);
      set(backupKey, text);
    }
    current = best;
    return best;
  }

  function read() {
    const best = readLocal();
    return best ? clone(best.agenda) : null;
  }

  /**
   * Stores the agenda. options.updated: when it was written, for a copy taken from elsewhere (the
   * learner's private copy in their account); by default now, strictly later than any copy seen.
   */
  function write(agenda, options = {}) {
    const value = { schema: AGENDA_SCHEMA, interests: agenda?.interests ?? [], aspirations: agenda?.aspirations ?? [] };
    if (agenda?.feedback !== undefined) value.feedback = agenda.feedback;
    const valid = validateAgenda(value, { skills, roles });
    if (!valid) throw new TypeError('agenda: invalid interests, aspirations or feedback');
    const given = options.updated;
    const updated = Number.isFinite(given) && given > 0 ? given : Math.max(Date.now(), (current?.updated ?? 0) + 1);
    current = { agenda: valid, updated };
    const text = serialize(current);
    const local = set(key, text) && set(backupKey, text);
    persistIdb(text);
    emit(valid);
    return local || !!db;
  }

  function clear() {
    current = null;
    try { if (store) { store.removeItem(key); store.removeItem(backupKey); } } catch { /* ignore */ }
    if (db) idbQueue = idbQueue.then(() => idbPut(db, key, null)).catch(() => false);
    emit(null);
  }

  function emit(agenda) {
    for (const fn of listeners) {
      try { fn(agenda ? clone(agenda) : null); } catch (err) { queueMicrotask(() => { throw err; }); }
    }
  }

  // Opens IndexedDB, then reconciles: the newest valid copy of the three wins everywhere.
  const ready = (async () => {
    db = await openDatabase(idbFactory, database);
    if (!db) return read();
    let stored = null;
    try { stored = parse(await idbGet(db, key)); } catch { stored = null; }
    const before = current;
    const local = readLocal();
    const best = newer(stored, local);
    if (best && best !== stored) persistIdb(serialize(best)); // IndexedDB missing it, or older
    if (best && best !== local) {
      current = best;
      const text = serialize(best);
      set(key, text);
      set(backupKey, text);
    }
    if (best && best !== before) emit(best.agenda);
    return best ? clone(best.agenda) : null;
  })();

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

  return {
    key,
    learnerId,
    get persistent() { return !!store || !!db; },
    /** Where the durable copy is: "indexeddb", "localstorage" or "memory" (known once ready). */
    get backend() { return db ? 'indexeddb' : store ? 'localstorage' : 'memory'; },
    ready,
    saved: () => ready.then(() => idbQueue).then(() => undefined),
    updated: () => current?.updated ?? 0,
    read,
    write,
    clear,
    subscribe,
  };
}

function clone(a) {
  const out = { interests: a.interests.map((i) => ({ ...i })), aspirations: [...a.aspirations] };
  if (a.feedback) out.feedback = a.feedback.map((f) => ({ ...f }));
  return out;
}

/**
 * The learner as the engine should see it: the stored agenda, when there is one, replaces the
 * learner's interests and aspirations; everything else (role, levels, feedback) is kept.
 */
export function applyAgenda(learner, agenda) {
  if (!agenda) return learner;
  const out = { ...learner, interests: agenda.interests.map((i) => ({ ...i })), aspirations: [...agenda.aspirations] };
  if (agenda.feedback) out.feedback = agenda.feedback.map((f) => ({ ...f }));
  return out;
}
