// The demo's remembered choices (the learner picked, the language), shared by its two pages. A
// browser without storage (private mode) simply remembers nothing.
const PREFS_KEY = 'sweetspot-demo:prefs';

export function readPrefs() {
  try {
    const p = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}');
    return p && typeof p === 'object' ? p : {};
  } catch {
    return {};
  }
}

/** Remembers `changes` on top of what is already remembered. */
export function writePrefs(changes) {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ ...readPrefs(), ...changes }));
  } catch { /* private mode */ }
}
